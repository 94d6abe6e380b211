"""The `newsbrief` command line (also `python -m bot`)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from bot import __version__
from bot.cli import install_stop_handlers, quiet_threads, stopped
from bot.cli import ops as ops_cli
from bot.core.errors import CommandError, NewsbriefError, NotAFeedError
from bot.core.signals import STOP_SIGNALS, Stopped

if TYPE_CHECKING:  # the rest is imported where a command needs it: `--help` stays fast
    # (argparse only: asyncio, json, logging and the settings load after parsing; tests/cli)
    from bot.core.settings import Settings
    from bot.core.types import ChannelRef, CommandContext, Reply
    from bot.runtime.app import App

LOGGER = "newsbrief"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one clear line, exit 2, like argparse but shorter
        self.exit(2, f"newsbrief: error: {message} (see `newsbrief --help`)\n")


def _add_global_options(p: argparse.ArgumentParser, default: Any = None) -> None:
    p.add_argument("--config", "-c", default=default,
                   help="TOML settings file (default: $NEWSBRIEF_CONFIG)")
    p.add_argument("--db", default=default, help="database URL, overrides NEWSBRIEF_DATABASE_URL")


class _SubParser(_Parser):
    """Every subcommand also takes the global options, so `run --config X` works as printed.
    SUPPRESS as default: a subcommand that was not given one keeps the top-level value."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _add_global_options(self, default=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newsbrief", description=__doc__)
    p.add_argument("--version", action="version", version=f"newsbrief {__version__}")
    _add_global_options(p)
    sub = p.add_subparsers(dest="command", required=True, parser_class=_SubParser)

    demo = sub.add_parser("demo", help="offline demo: bundled feeds from loopback → console")
    demo.add_argument("--channel", default="console:world")

    run = sub.add_parser("run", help="run the worker: poll feeds and deliver digests")
    run.add_argument("--once", action="store_true", help="one poll-and-deliver cycle, then exit")

    prev = sub.add_parser("preview", help="show what a feed would post; writes nothing")
    prev.add_argument("feed", help="feed URL or local file path")
    prev.add_argument("--json", action="store_true", help="a JSON list, one object per item")
    prev.add_argument("--all", action="store_true",
                      help="also show the items the relevance threshold would drop")

    feeds = sub.add_parser("feeds", help="manage feeds and subscriptions")
    fsub = feeds.add_subparsers(dest="action", required=True, parser_class=_SubParser)
    add = fsub.add_parser("add", help="add a feed and subscribe a channel to it")
    add.add_argument("url")
    add.add_argument("--channel", default="console:world")
    add.add_argument("--name")
    add.add_argument("--interval", type=int, help="seconds between fetches (default: 600)")
    add.add_argument("--trusted", action="store_true",
                     help="foreign-policy by nature: skip the relevance threshold")
    add.add_argument("--full-text", action="store_true",
                     help="fetch article pages when the feed carries only teasers")
    rm = fsub.add_parser("remove", help="unsubscribe a channel from a feed")
    rm.add_argument("feed", help="feed number, URL or name")
    rm.add_argument("--channel", default="console:world")
    fsub.add_parser("list", help="all feeds with their status")

    dig = sub.add_parser("digest", help="print a roundup of stored stories")
    dig.add_argument("--channel", default="console:world")
    dig.add_argument("--since", default="24h", help="e.g. 12h, 3d (default 24h)")

    ask = sub.add_parser("ask", help='run a slash command, e.g. ask "/news search kim jong un"')
    ask.add_argument("text")
    ask.add_argument("--channel", default="console:world")
    ops_cli.add_parsers(sub, fsub)  # web, doctor, setup, feeds import-opml/export-opml
    return p


def _settings(args: argparse.Namespace, **overrides: Any) -> Settings:
    from bot.core.settings import load_settings

    if args.db:
        overrides["database_url"] = args.db
    return load_settings(args.config, **overrides)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse and run one command. A stop signal raises `Stopped`; the entry point (`bot.cli:main`)
    turns it into one line and exit status 128+signal."""
    args = build_parser().parse_args(argv)
    from bot.runtime.gc_tuning import tune_gc

    # Before the command's imports (~0.35 s of CPU for `run`): at CPython's default threshold
    # they ran ~125 young collections and a full one, ~8% of that (App.start raised it after).
    tune_gc()
    if args.command == "run" and args.once:
        # A pool process starts its imports on another core while this one starts up: a
        # cold cycle's builds go there (bot/runtime/pool_spawn.py).
        from bot.runtime.pool_spawn import prestart

        prestart()
    import asyncio

    try:
        code = asyncio.run(_stoppable(_dispatch(args)))
    except NewsbriefError as e:
        print(f"newsbrief: error: {e}", file=sys.stderr)  # noqa: T201 - the CLI's own output
        return 1
    # Not under a profiler or a coverage tracer: they write what they saw at exit.
    observed = sys.getprofile() is not None or sys.gettrace() is not None
    if argv is None and args.command == "run" and args.once and not observed:
        exit_now(code)
    return code


def exit_now(code: int) -> NoReturn:
    """End the process once `run --once` is done, without the interpreter's teardown: every
    commit, delivery and close is behind us (the app closed its store, session and pool), and
    freeing the imported modules and the cycle's objects one by one took ~0.1 s of a cold
    300-feed run (bench.cli_cycle). Only the process's entry (`argv` None) ends this way: a
    caller of `main([...])` gets the code back."""
    import contextlib
    import logging

    logging.shutdown()  # what atexit would have flushed
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)


async def _stoppable(command: Awaitable[int]) -> int:
    """Run `command`; a stop signal cancels it, so every `async with` and `finally` on the way
    out runs: the app releases its leases, closes the pool, the session and the database. A
    second signal while that runs ends the process at once."""
    import asyncio

    task = asyncio.current_task()
    assert task is not None
    loop = asyncio.get_running_loop()
    got: list[int] = []

    def on_signal(signum: int) -> None:
        if got:
            os._exit(stopped(signum))
        got.append(signum)
        quiet_threads()
        task.cancel()

    for sig in STOP_SIGNALS:
        loop.add_signal_handler(sig, on_signal, sig)
    try:
        return await command
    except asyncio.CancelledError:
        if got:
            raise Stopped(got[0]) from None
        raise
    finally:
        for sig in STOP_SIGNALS:
            loop.remove_signal_handler(sig)
        install_stop_handlers()


async def _dispatch(args: argparse.Namespace) -> int:
    from bot.core.logs import configure_logging
    from bot.core.types import ChannelRef

    command = args.command
    if (code := await ops_cli.dispatch(args)) is not None:
        return code
    if command == "preview":
        return await _preview(args)
    overrides: dict[str, Any] = {}
    if command == "demo":
        from bot.core.settings import demo_database_url

        # ERROR: the demo's bundled feeds include a deliberately malformed one; its warning
        # would only alarm someone trying the demo.
        poll = {"first_poll_items": 50, "first_poll_channel_items": 500}  # show them all
        overrides = {"allow_private_networks": True, "poll": poll,
                     "log_level": "ERROR", "database_url": demo_database_url()}
    settings = _settings(args, **overrides)
    configure_logging(settings.log_level, settings.log_format)
    if command == "demo":
        return await _demo(args, settings)
    if command == "run":
        return await _run(args, settings)
    if command == "feeds" and args.action == "list":
        return await _feeds_list(settings)
    channel = ChannelRef.parse_input(args.channel)
    if command == "feeds" and args.action == "add":
        return await _ask(
            settings, channel,
            lambda app, ctx: app.commands.add_feed(
                ctx, args.url, name=args.name, interval=args.interval, trusted=args.trusted,
                full_text=args.full_text,
            ),
        )
    text = {
        "feeds": lambda: f'feeds {args.action} "{args.feed}"',
        "digest": lambda: f"digest {args.since}",
        "ask": lambda: args.text,
    }[command]()
    return await _ask(settings, channel, lambda app, ctx: app.commands.handle(ctx, text))


def _console_app(settings: Settings, **kw: Any) -> App:
    from adapters.console import ConsoleAdapter
    from bot.runtime.app import App

    return App(settings, adapters={"console": ConsoleAdapter()}, **kw)


async def _ask(
    settings: Settings,
    channel: ChannelRef,
    call: Callable[[Any, CommandContext], Awaitable[Reply]],
) -> int:
    from adapters.console import ConsoleAdapter
    from bot.core.types import CommandContext, Reply
    from bot.runtime.app import App

    console = ConsoleAdapter()
    # The CLI user owns the database, so CLI commands run as an admin.
    async with App(settings, adapters={channel.platform: console}) as app:
        ctx = CommandContext(channel=channel, user="cli", is_admin=True)
        try:
            reply = await call(app, ctx)
        except CommandError as e:
            reply = Reply(text=str(e), ok=False)
        await console.answer(ctx, reply)
    return 0 if reply.ok else 1


async def _demo(args: argparse.Namespace, settings: Settings) -> int:

    from bot.chat.subscribe import feed_state
    from bot.core.types import ChannelRef
    from bot.runtime.demo import demo_files, serve_demo_feeds

    channel = ChannelRef.parse_input(args.channel)
    async with serve_demo_feeds() as base, _console_app(settings) as app:
        feeds = []
        known = {f.name: f for f in await app.store.list_feeds()}
        for path in demo_files():
            old = known.get(path.stem)
            if old is not None and old.url != base + path.name:
                # Port 8765 was busy, now or last time: the same feeds at a new address, moved
                # as a permanent redirect would move them (nothing is posted twice).
                state = feed_state(old, disabled_reason=None, next_fetch_at=app.clock())
                await app.store.update_feed(old.id, replace(state, url=base + path.name))
            feed, _ = await app.store.add_feed(base + path.name, name=path.stem)
            await app.store.subscribe(channel, feed.id)
            feeds.append(feed)
        # Every demo run fetches again; the outbox's dedup is what keeps reposts away.
        await _make_due(app, feeds)
        polled, sent = await app.run_once(all_due=True)
    from rich.console import Console

    Console(stderr=True, soft_wrap=True, emoji=False).print(
        f"demo: {polled.feeds} feeds, {polled.new_articles} new articles, "
        f"{sent.sent} posted to {channel} (database: {settings.resolved_database_url})"
    )
    return 0


async def _make_due(app: Any, feeds: Sequence[Any]) -> None:
    """Mark feeds due now, keeping their validators (as if their last fetch were a 304)."""

    from bot.core.types import FetchResult
    from bot.ingest.schedule import plan_success

    now = app.clock()
    for feed in feeds:
        if feed.next_fetch_at is not None and feed.next_fetch_at > now:
            unchanged = FetchResult(url=feed.url, status=304, body=None)
            update = plan_success(feed, unchanged, now, app.settings.poll)
            await app.store.update_feed(feed.id, replace(update, next_fetch_at=now))


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio
    import logging

    from bot.runtime.aiohttp_import import import_aiohttp

    import_aiohttp()  # before the app's modules import it (~20 ms less of every start)
    from bot.runtime.app import App

    async with App(settings) as app:
        if args.once:
            polled, sent = await app.run_once(all_due=True)
            logging.getLogger(LOGGER).info(
                "cycle done", extra={"feeds": polled.feeds, "sent": sent.sent}
            )
            return 0
        # Runs until a stop signal cancels it (see _stoppable): the cycle in flight is
        # cancelled and its leases released on the way out.
        await app.run_forever(asyncio.Event())
    return 0


async def _feeds_list(settings: Settings) -> int:
    from rich.console import Console
    from rich.table import Table

    from bot.store import open_store

    store = await open_store(settings.resolved_database_url)
    try:
        table = Table("#", "name", "URL", "channels", "interval", "flags", "last fetch",
                      "last error", "disabled", title="feeds")
        for f in await store.list_feeds():
            subs = [str(s.channel) for ch in await store.channels()
                    for s in await store.subscriptions_for_channel(ch) if s.feed_id == f.id]
            table.add_row(
                str(f.id), f.name or f.title or "", f.url, ", ".join(subs) or "-",
                f"{f.interval or settings.poll.interval}s",
                " ".join(n for n, on in (("trusted", f.trusted), ("full-text", f.full_text)) if on),
                f.last_fetched_at.strftime("%Y-%m-%d %H:%M") if f.last_fetched_at else "never",
                f.last_error or "", f.disabled_reason or "",
            )
        Console(width=200, emoji=False).print(table)
    finally:
        await store.close()
    return 0


async def _preview(args: argparse.Namespace) -> int:
    """Parse and process a feed from a URL or file and print it. Never opens the database."""
    import asyncio
    import json
    import logging

    from bot.content.articles import process_feed
    from bot.core.logs import configure_logging
    from bot.core.types import ChannelRef
    from bot.deliver.digest import item_from_article, story_digest
    from bot.ingest import fetch

    settings = _settings(args)
    configure_logging(settings.log_level, settings.log_format)
    source: str = args.feed
    content_type = None
    site_note = ""
    if source.startswith(("http://", "https://")):
        session = fetch.make_session(
            settings.fetch, allow_private_networks=settings.allow_private_networks
        )
        async with session:
            fetcher = fetch.Fetcher(
                session, settings.fetch, allow_private_networks=settings.allow_private_networks
            )
            try:
                result = await fetcher.fetch(source)
            except NotAFeedError as e:
                if len(e.alternates) != 1:
                    raise
                # A site's page with one feed: that feed is meant, as in `/news preview`.
                site_note = f"{source} is a web page; previewing the one feed it advertises, "
                site_note += f"{e.alternates[0]}. "
                source = e.alternates[0]
                result = await fetcher.fetch(source)
        body, content_type = result.body or b"", result.content_type
    else:
        path = Path(source)
        try:
            body = await asyncio.to_thread(path.read_bytes)
        except FileNotFoundError:
            raise NewsbriefError(f"no such file: {source}") from None
        except OSError as e:
            raise NewsbriefError(f"cannot read {source}: {e.strerror}") from None
    from concurrent.futures import ThreadPoolExecutor

    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(1) as pool:
        parsed, articles = await loop.run_in_executor(
            pool, lambda: process_feed(body, url=source, content_type=content_type,
                                       summary=settings.summary)
        )
    if parsed.warning:
        logging.getLogger(LOGGER).warning("malformed feed used", extra={"warning": parsed.warning})
    # What a channel with no filters would get: the one preview rule `/news preview` uses too
    # (bot/deliver/preview.py): stories that clear the default threshold.
    from bot.deliver.preview import plan_preview

    plan = plan_preview(articles, threshold=settings.relevance.threshold)
    posted = list(plan.posted)
    if args.json:
        from bot.deliver.preview import preview_items

        out = preview_items(articles)
        for row, a in zip(out, articles, strict=True):
            row["would_post"] = a in posted
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return 0
    from adapters.console import ConsoleAdapter

    console = ConsoleAdapter()
    channel = ChannelRef("console", "preview")
    for a in articles if args.all else posted:
        await console.post(channel, story_digest(item_from_article(a), timezone=settings.timezone),
                           key=a.key)
    summary = "preview: " + site_note + plan.summary()
    if plan.dropped:
        summary += f" ({'shown above' if args.all else '--all shows them'}; channel filters "
        summary += "may drop more)"
    from rich.console import Console

    Console(stderr=True, soft_wrap=True, emoji=False).print(summary, markup=False)
    return 0
