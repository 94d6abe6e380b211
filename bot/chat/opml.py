"""OPML import and export: `newsbrief feeds import-opml FILE --channel C` / `export-opml [FILE]`.

Import is validate-all-then-add: a file that is not well-formed OPML is refused as a whole with
the line and column of the problem; inside a good file every outline is checked first and the
report names, by line, what was added, skipped (duplicate in the file, already subscribed) and
failed (bad URL). `--strict` adds nothing when anything failed; `--dry-run` only reports.

Why stdlib expat and not listparser: with lxml installed (it is, via trafilatura) listparser
parses through lxml's *recovering HTML* parser. Measured here: it reads an ISO-8859-1 file as
UTF-8 ("Le Monde diplomatique �t�"), silently drops `xmlUrl=""` and duplicate URLs, and
accepts truncated or non-XML input without an error — the opposite of what an import must
report. expat honours the declared encoding, gives line numbers, and refuses entity
declarations here (no billion-laughs, no external entities).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.parsers import expat

from bot.chat import subscribe
from bot.core.errors import BlockedURLError, ConfigError
from bot.core.types import ChannelRef, Feed
from bot.ingest.urlguard import validate_feed_url

log = logging.getLogger(__name__)

MAX_OPML_BYTES = 10 * 1024 * 1024  # the largest real-world exports are a few hundred KB


@dataclass(frozen=True, slots=True)
class OpmlEntry:
    url: str
    title: str = ""
    categories: tuple[str, ...] = ()  # titles of the enclosing folder outlines
    line: int = 0


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would do, decided before the database is touched."""

    add: tuple[OpmlEntry, ...] = ()
    duplicates: tuple[tuple[OpmlEntry, int], ...] = ()  # (entry, line of the first occurrence)
    failed: tuple[tuple[OpmlEntry, str], ...] = ()  # (entry, why)
    warnings: tuple[tuple[OpmlEntry, str], ...] = ()  # added, but failed in a way that may pass


@dataclass
class ImportReport:
    plan: ImportPlan
    added: list[OpmlEntry] = field(default_factory=list)
    present: list[OpmlEntry] = field(default_factory=list)  # already subscribed to the channel

    def summary(self) -> str:
        skipped = len(self.plan.duplicates) + len(self.present)
        return (
            f"added {len(self.added)}, skipped {skipped} ({len(self.plan.duplicates)} duplicate "
            f"in the file, {len(self.present)} already subscribed), failed {len(self.plan.failed)}"
        )

    def lines(self) -> list[str]:
        out = [f"line {e.line}: duplicate of line {first}: {e.url}"
               for e, first in self.plan.duplicates]
        out += [f"line {e.line}: already subscribed: {e.url}" for e in self.present]
        out += [f"line {e.line}: failed: {why}" for e, why in self.plan.failed]
        out += [f"line {e.line}: added, but {why}" for e, why in self.plan.warnings]
        return sorted(out, key=lambda s: int(s.split(":", 1)[0].removeprefix("line ")))


# parsing ------------------------------------------------------------------------------------


def parse_opml(data: bytes, *, source: str = "the OPML file") -> list[OpmlEntry]:
    """Every `<outline xmlUrl=…>` in document order. Raises ConfigError for anything that is not
    a well-formed OPML document (empty, not XML, another XML format, unsupported encoding)."""
    if not data.strip():
        raise ConfigError(f"{source} is empty")
    if len(data) > MAX_OPML_BYTES:
        raise ConfigError(f"{source} is larger than {MAX_OPML_BYTES // 1024 // 1024} MiB")
    if data.lstrip()[:14].lower() in (b"<!doctype html", b"<html>") or data.lstrip()[
        :5
    ].lower() == b"<html":
        raise ConfigError(
            f"{source} is an HTML page, not OPML (did the download need a login?); "
            "nothing was imported"
        )
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    entries: list[OpmlEntry] = []
    folders: list[str | None] = []  # one per open <outline>: its title if it is a folder
    root: list[str] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        if not root:
            root.append(name)
            if name.lower() != "opml":
                raise ConfigError(f"{source} is not OPML: the root element is <{name}>")
        if name.lower() != "outline":
            return
        a = {k.lower(): v for k, v in attrs.items()}
        title = (a.get("title") or a.get("text") or "").strip()
        if "xmlurl" in a:
            folder_titles = tuple(f for f in folders if f)
            entries.append(OpmlEntry(a["xmlurl"].strip(), title, folder_titles,
                                     parser.CurrentLineNumber))
            folders.append(None)
        else:
            folders.append(title or None)

    def end(name: str) -> None:
        if name.lower() == "outline" and folders:
            folders.pop()

    def refuse_entities(*_: object) -> None:
        raise ConfigError(f"{source} declares XML entities, which are not allowed in OPML")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.EntityDeclHandler = refuse_entities
    try:
        parser.Parse(data, True)
    except expat.ExpatError as e:
        raise ConfigError(
            f"{source} is not well-formed XML (line {e.lineno}, column {e.offset + 1}: "
            f"{expat.ErrorString(e.code)}); nothing was imported"
        ) from None
    except ValueError as e:  # e.g. "multi-byte encodings are not supported"
        raise ConfigError(f"{source} cannot be read ({e}); save it as UTF-8") from None
    return entries


def plan_import(
    entries: Sequence[OpmlEntry], *, allow_private_networks: bool = False
) -> ImportPlan:
    """Pure: which entries to add, which are duplicates inside the file, which are invalid."""
    add: list[OpmlEntry] = []
    duplicates: list[tuple[OpmlEntry, int]] = []
    failed: list[tuple[OpmlEntry, str]] = []
    first_line: dict[str, int] = {}
    for raw in entries:
        if not raw.url:
            failed.append((raw, "the outline has an empty xmlUrl"))
            continue
        try:
            # The same format check as `feeds add` (no DNS: importing hundreds of feeds must not
            # resolve each one; the fetcher's resolver guards every actual request).
            url = validate_feed_url(raw.url, allow_private_networks=allow_private_networks)
        except BlockedURLError as e:
            failed.append((raw, str(e)))
            continue
        entry = OpmlEntry(url, raw.title, raw.categories, raw.line)
        if url in first_line:
            duplicates.append((entry, first_line[url]))
        else:
            first_line[url] = entry.line
            add.append(entry)
    return ImportPlan(tuple(add), tuple(duplicates), tuple(failed))


def plan_document(data: bytes, *, source: str, allow_private_networks: bool = False) -> ImportPlan:
    """Parse an OPML document and plan its import: one path for the CLI and `/news feeds
    import`. ConfigError if it is not OPML or lists no feeds."""
    entries = parse_opml(data, source=source)
    if not entries:
        raise ConfigError(f"{source} contains no feeds (no <outline xmlUrl=…>)")
    return plan_import(entries, allow_private_networks=allow_private_networks)


async def check_plan(
    plan: ImportPlan, probe: subscribe.Probe | None, *, allow_private_networks: bool
) -> ImportPlan:
    """Check every planned feed the way `feeds add` does (bot/chat/subscribe.py): definite
    failures (404, no such host, not a feed) move to `failed`, maybe-temporary ones are kept
    with a warning."""
    results = await subscribe.check_feeds(
        [e.url for e in plan.add], probe, allow_private_networks=allow_private_networks
    )
    add: list[OpmlEntry] = []
    failed = list(plan.failed)
    warnings = list(plan.warnings)
    for entry, result in zip(plan.add, results, strict=True):
        if isinstance(result, subscribe.FeedRefused):
            failed.append((entry, str(result)))
            continue
        add.append(entry)
        if result.warning:
            warnings.append((entry, result.warning))
    return ImportPlan(tuple(add), plan.duplicates, tuple(failed), tuple(warnings))


async def apply_import(
    store: Any, plan: ImportPlan, channel: ChannelRef, *, progress: Any = None
) -> ImportReport:
    """Add the planned feeds and subscribe `channel` (the same service as `feeds add`).
    Idempotent: a re-run after a crash skips what is already subscribed. `progress(n)` is
    called after each feed."""
    report = ImportReport(plan)
    for entry in plan.add:
        added = await subscribe.add_and_subscribe(
            store, channel, subscribe.Checked(entry.url), name=entry.title or None
        )
        (report.added if added.subscribed else report.present).append(entry)
        if progress is not None:
            progress(1)
    return report


# export -------------------------------------------------------------------------------------


def export_opml(
    feeds: Sequence[Feed], channels_of: dict[int, list[str]], *, now: datetime,
    title: str = "newsbrief feeds",
) -> bytes:
    """OPML 2.0, one flat outline per feed; subscribed channels go in `category` ("/slack:C1")."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(now)
    ET.SubElement(head, "docs").text = "https://opml.org/spec2.opml"
    body = ET.SubElement(root, "body")
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.display_name, "title": feed.display_name,
                 "xmlUrl": feed.url}
        if channels_of.get(feed.id):
            attrs["category"] = ",".join(f"/{c}" for c in sorted(channels_of[feed.id]))
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    xml: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return xml + b"\n"


# CLI ----------------------------------------------------------------------------------------


async def _read(path: str) -> bytes:
    try:
        size = (await asyncio.to_thread(os.stat, path)).st_size
        if size > MAX_OPML_BYTES:
            raise ConfigError(f"{path} is larger than {MAX_OPML_BYTES // 1024 // 1024} MiB")
        return await asyncio.to_thread(Path(path).read_bytes)
    except FileNotFoundError:
        raise ConfigError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise ConfigError(f"{path} is a directory, not an OPML file") from None
    except OSError as e:
        raise ConfigError(f"cannot read {path}: {e.strerror}") from None


def import_progress(console: Any) -> Any:
    """A progress bar on a terminal; nothing at all when output is piped or logged."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    console=console, disable=not console.is_terminal, transient=True)


async def cli_import(args: argparse.Namespace, settings: Any) -> int:
    from rich.console import Console

    from bot.store import open_store

    channel = ChannelRef.parse_input(args.channel)
    # soft_wrap: piped output gets one report line per line
    console = Console(stderr=True, soft_wrap=True, emoji=False)
    from bot.ingest.probe import standalone_probe

    plan = plan_document(await _read(args.file), source=args.file,
                         allow_private_networks=settings.allow_private_networks)
    if not args.no_check:
        async with standalone_probe(settings) as probe:
            plan = await check_plan(plan, probe,
                                    allow_private_networks=settings.allow_private_networks)
    if channel.platform not in settings.adapters:
        console.print(f"warning: no {channel.platform!r} adapter is configured "
                      f"(adapters = {list(settings.adapters)}); posts will wait in the queue")
    if args.dry_run or (args.strict and plan.failed):
        report = ImportReport(plan)
        for line in report.lines():
            console.print(line, markup=False, highlight=False)
        verdict = "dry run" if args.dry_run else "--strict: nothing added"
        console.print(f"{verdict}: would add {len(plan.add)}, {len(plan.duplicates)} duplicate, "
                      f"{len(plan.failed)} failed", markup=False)
        return 1 if plan.failed else 0
    store = await open_store(settings.resolved_database_url)
    try:
        with import_progress(console) as progress:
            task = progress.add_task(f"importing into {channel}", total=len(plan.add))
            report = await apply_import(
                store, plan, channel, progress=lambda n: progress.advance(task, n)
            )
    finally:
        await store.close()
    for line in report.lines():
        console.print(line, markup=False, highlight=False)
    console.print(f"{args.file} → {channel}: {report.summary()}", markup=False)
    log.info("opml imported", extra={"file": args.file, "channel": str(channel),
                                     "added": len(report.added), "failed": len(plan.failed)})
    return 1 if plan.failed else 0


async def cli_export(args: argparse.Namespace, settings: Any) -> int:
    from bot.store import open_store

    store = await open_store(settings.resolved_database_url)
    try:
        feeds = await store.list_feeds()
        channels_of: dict[int, list[str]] = {}
        for ch in await store.channels():
            for sub in await store.subscriptions_for_channel(ch):
                channels_of.setdefault(sub.feed_id, []).append(str(ch))
    finally:
        await store.close()
    from datetime import UTC

    data = export_opml(feeds, channels_of, now=datetime.now(UTC))
    if args.file in (None, "-"):
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        await asyncio.to_thread(_write_atomic, Path(args.file), data)
        from rich.console import Console

        console = Console(stderr=True, soft_wrap=True, emoji=False)
        console.print(f"wrote {len(feeds)} feeds to {args.file}", markup=False)
    return 0


def _write_atomic(path: Path, data: bytes) -> None:
    """Write beside the target and rename, so a crash never leaves half an OPML file."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=f".{path.name}.")
    except OSError as e:
        raise ConfigError(f"cannot write {path}: {e.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
