"""Digest lint over folders of feeds: items with each visible defect class (issue 17).

    python -m bench.digest_lint [DIR ...] [--verbose] [--out PATH]

Each feed file is served from a loopback HTTP server (with the Content-Type its
`<name>.expect.json` sidecar names, else a plain feed type) and read through the same path as
`newsbrief preview --json URL`: the real fetcher, `process_feed`, `preview_items`. The findings
come from bot.content.lint. A feed the pipeline refuses counts as refused, with its one-line
error. Default folders: tests/data/realistic_feeds and the demo feeds (bot/data/demo).
Writes bench/results/digest_lint.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import feedparser
from aiohttp import web

from bot.content import lint
from bot.content.articles import process_feed
from bot.core.errors import NewsbriefError
from bot.core.settings import FetchSettings, SummarySettings
from bot.deliver.preview import preview_items
from bot.ingest import fetch

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIRS = (ROOT / "tests" / "data" / "realistic_feeds", ROOT / "bot" / "data" / "demo")
RESULTS = ROOT / "bench" / "results" / "digest_lint.json"
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf", ".json", ".feed")


def feed_files(dirs: Sequence[Path]) -> list[Path]:
    out = []
    for d in dirs:
        for path in sorted(d.iterdir()):
            if path.suffix not in FEED_SUFFIXES or path.name.endswith(".expect.json"):
                continue
            if path.suffix == ".json" and b"jsonfeed.org" not in path.read_bytes()[:500]:
                continue  # a data file beside the feeds (serve.json, story_groups.json)
            out.append(path)
    return out


def sidecar(path: Path) -> dict[str, Any]:
    side = path.with_name(path.name.rsplit(".", 1)[0] + ".expect.json")
    return json.loads(side.read_text(encoding="utf-8")) if side.exists() else {}


def content_type_for(path: Path) -> str:
    declared = sidecar(path).get("feed", {}).get("content_type")
    if declared:
        return str(declared)
    return "application/feed+json" if path.suffix == ".json" else "application/xml"


def feed_facts(body: bytes) -> list[lint.FeedFacts]:
    """What each raw item carried, read with feedparser directly: the date as written (not as
    parsed) and the media:description caption."""
    parsed = feedparser.parse(body)
    feed = parsed.get("feed", {})
    names = tuple(n for n in (feed.get("title"), feed.get("rights"),
                              (feed.get("image") or {}).get("title")) if n)
    out = []
    for e in parsed.entries:
        date = e.get("published") or e.get("updated") or e.get("created")
        out.append(lint.FeedFacts(date_text=date or None,
                                  media_description=e.get("media_description") or None,
                                  feed_names=names))
    return out


async def preview_url(url: str) -> tuple[list[dict[str, Any]], bytes]:
    """`newsbrief preview --json URL`, without the process: the same calls in the same order."""
    settings = FetchSettings()
    async with fetch.make_session(settings, allow_private_networks=True) as session:
        fetcher = fetch.Fetcher(session, settings, allow_private_networks=True)
        result = await fetcher.fetch(url)
    body = result.body or b""
    _, articles = await asyncio.to_thread(
        process_feed, body, url=url, content_type=result.content_type, summary=SummarySettings()
    )
    return preview_items(articles), body


async def lint_files(paths: Sequence[Path]) -> dict[str, Any]:
    """Serve each file over loopback, preview it, lint it. Returns a report dict."""
    app = web.Application()
    by_name = {p.name: p for p in paths}

    async def serve(request: web.Request) -> web.Response:
        path = by_name[request.match_info["name"]]
        headers = {"Content-Type": content_type_for(path)}
        return web.Response(body=path.read_bytes(), headers=headers)

    app.router.add_get("/{name}", serve)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    feeds: list[dict[str, Any]] = []
    try:
        for path in paths:
            url = f"http://127.0.0.1:{port}/{path.name}"
            try:
                items, body = await preview_url(url)
            except NewsbriefError as e:
                feeds.append({"feed": path.name, "refused": str(e).splitlines()[0], "items": []})
                continue
            facts = feed_facts(body)
            if len(facts) != len(items):
                facts = [None] * len(items)  # type: ignore[list-item]
            findings = lint.lint_feed(items, facts)  # type: ignore[arg-type]
            feeds.append({
                "feed": path.name,
                "items": [
                    {"title": i["title"], "is_story": i["is_story"],
                     "findings": [[f.defect, f.detail] for f in fs]}
                    for i, fs in zip(items, findings, strict=True)
                ],
            })
    finally:
        await runner.cleanup()
    return summarise(feeds)


def summarise(feeds: list[dict[str, Any]]) -> dict[str, Any]:
    all_items = [i for f in feeds for i in f["items"]]
    per_class = lint.count(
        [[lint.Finding(d, t) for d, t in i["findings"]] for i in all_items]
    )
    return {
        "feeds": len(feeds),
        "refused": sum(1 for f in feeds if f.get("refused")),
        "items": len(all_items),
        "items_with_defect": sum(1 for i in all_items if i["findings"]),
        "per_class": per_class,
        "detail": feeds,
    }


def table(reports: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per defect class, one column per folder: items with that defect."""
    rows = []
    for defect in lint.CLASSES:
        row: dict[str, Any] = {"defect": defect}
        for label, report in reports.items():
            row[f"{label} ({report['items']} items)"] = report["per_class"].get(defect, 0)
        rows.append(row)
    total: dict[str, Any] = {"defect": "items with any defect"}
    for label, report in reports.items():
        total[f"{label} ({report['items']} items)"] = report["items_with_defect"]
    return [*rows, total]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--verbose", "-v", action="store_true", help="print every finding")
    ap.add_argument("--quick", action="store_true", help="same run (the folders are small)")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    dirs = args.dirs or list(DEFAULT_DIRS)
    reports = {d.name: asyncio.run(lint_files(feed_files([d]))) for d in dirs}
    for label, report in reports.items():
        for feed in report["detail"]:
            if feed.get("refused"):
                print(f"{label}/{feed['feed']}: refused: {feed['refused']}")
            if args.verbose:
                for item in feed["items"]:
                    for defect, detail in item["findings"]:
                        print(f"{feed['feed']}: {item['title'][:50]!r}: {defect}: {detail}")
        print(f"{label}: {report['feeds']} feeds ({report['refused']} refused), "
              f"{report['items']} items, {report['items_with_defect']} with a defect")
        for defect, n in report["per_class"].items():
            print(f"  {defect:15} {n}")
    if args.out or not args.dirs:
        out = args.out or RESULTS
        result = {
            "title": "Digest lint: items with each visible defect (issue 17), previewed through "
                     "the real fetch and pipeline; flat_relevance is a whole non-English feed "
                     "scored alike (relevance, issue 18)",
            "table": table(reports),
        }
        out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
