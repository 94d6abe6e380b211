"""`/news …` slash commands, platform-free. Slack, Discord and the console call the same code.

An adapter builds a CommandContext (channel, user, is_admin as its platform decides) and calls
`CommandHandler.handle(ctx, text)`; it gets a Reply back and shows it. Errors are Replies with
`ok=False` that say what to do, never exceptions, so every platform shows them the same way.
"""

from __future__ import annotations

import logging
import re
import shlex
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.chat import opml
from bot.content import filters as filter_rules
from bot.core.errors import CommandError, ConfigError, FeedError, NewsbriefError, NotAFeedError
from bot.core.types import Article, CommandContext, Feed, Reply
from bot.deliver import digest as digests
from bot.deliver import roundups
from bot.store.base import CatalogStore

log = logging.getLogger(__name__)

# Validates (and may normalise) a URL a user wants to add; raises FeedError subclasses.
UrlCheck = Callable[[str], Awaitable[str]]

HELP = """\
*newsbrief* — foreign-policy news digests
`/news latest [n]` — the newest stories for this channel (default 5, at most 20)
`/news search <words>` — search stored stories
`/news digest [since]` — a roundup now, e.g. `digest 12h` (default 24h)
`/news sources` — the feeds this channel follows
`/news why <story>` — why a story was picked (relevance score and reasons)
Admins:
`/news feeds add <url> [name]` · `/news feeds remove <feed>` · `/news feeds list` · \
`/news feeds import <OPML url>`
`/news subscribe <feed>` · `/news unsubscribe <feed>` — follow an existing feed here
`/news filters <feed> include|exclude|include-regex|exclude-regex|tag <value>` · \
`/news filters <feed> clear` · `/news filters <feed>` (show)
`/news settings mode instant|roundup` · `settings times 08:00,18:00` · \
`settings timezone Europe/Berlin` · `settings threshold 0.5` · `settings quiet 22:00-07:00|off`"""

MAX_IMPORT_LINES = 15  # per-outline report lines shown in chat; the rest are counted
ADMIN_COMMANDS = frozenset({"feeds", "subscribe", "unsubscribe", "filters", "settings"})
_DURATION = re.compile(r"^(\d{1,4})\s*([mhdw])$")
_UNITS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_duration(text: str) -> timedelta:
    m = _DURATION.match(text.strip().lower())
    if not m:
        raise CommandError(f"cannot read {text!r} as a duration: use e.g. 30m, 12h, 2d or 1w")
    seconds = int(m[1]) * _UNITS[m[2]]
    if seconds <= 0 or seconds > 30 * 86400:
        raise CommandError("the duration must be between 1 minute and 30 days")
    return timedelta(seconds=seconds)


def _error(text: str) -> Reply:
    return Reply(text=text, ok=False, ephemeral=True)


def _story_line(article: Article) -> str:
    when = article.published.strftime("%Y-%m-%d %H:%M UTC") if article.published else "undated"
    return f"• {article.title} — {article.outlet}, {when} [{article.story_key[:8]}]"


@dataclass
class CommandHandler:
    store: CatalogStore
    default_threshold: float = 0.5
    check_url: UrlCheck | None = None  # set by the app: SSRF guard + a test fetch
    fetch_opml: Callable[[str], Awaitable[bytes]] | None = None  # set by the app: SSRF-safe GET
    allow_private_networks: bool = False
    now: Callable[[], datetime] = lambda: datetime.now(UTC)

    async def handle(self, ctx: CommandContext, text: str) -> Reply:
        try:
            words = shlex.split(text.strip().removeprefix("/news").strip())
        except ValueError as e:
            return _error(f"cannot read the command: {e}. Try `/news help`.")
        if not words:
            return Reply(text=HELP)
        name, args = words[0].lower(), words[1:]
        handler = getattr(self, f"_cmd_{name.replace('-', '_')}", None)
        if handler is None:
            return _error(f"unknown command {name!r}. Try `/news help`.")
        if (
            name in ADMIN_COMMANDS
            and not ctx.is_admin
            and not (name == "feeds" and args[:1] == ["list"])
        ):
            return _error(
                f"`/news {name}` is for admins of this workspace or server; ask one to run it."
            )
        try:
            return await handler(ctx, args)
        except CommandError as e:
            return _error(str(e))
        except NewsbriefError as e:
            log.warning("command failed", extra={"command": name, "error": str(e)})
            return _error(f"that did not work: {e}")

    # readers -------------------------------------------------------------------------------
    async def _cmd_help(self, ctx: CommandContext, args: list[str]) -> Reply:
        return Reply(text=HELP)

    async def _cmd_latest(self, ctx: CommandContext, args: list[str]) -> Reply:
        n = 5
        if args:
            if not args[0].isdigit() or not 1 <= int(args[0]) <= 20:
                raise CommandError("`latest` takes a number of stories from 1 to 20")
            n = int(args[0])
        articles = await self.store.latest_articles(limit=n * 3, channel=ctx.channel)
        if not articles:
            return Reply(text="No stories yet for this channel. Admins: `/news feeds add <url>`.")
        d = digests.roundup(articles, title="Latest stories", limit=n)
        return Reply(text=f"Latest {len(d.items)} stories", digest=d)

    async def _cmd_search(self, ctx: CommandContext, args: list[str]) -> Reply:
        query = " ".join(args).strip()
        if not query:
            raise CommandError("`search` needs words to look for, e.g. `/news search kim jong un`")
        if len(query) > 200:
            raise CommandError("the search is too long: use at most 200 characters")
        found = await self.store.search(query, limit=10)
        if not found:
            return Reply(text=f"No stories match {query!r}.")
        d = digests.roundup(found, title=f"Search: {query}", limit=10)
        return Reply(text=f"{len(d.items)} stories match {query!r}", digest=d)

    async def _cmd_digest(self, ctx: CommandContext, args: list[str]) -> Reply:
        since = parse_duration(args[0]) if args else timedelta(hours=24)
        settings = await self.store.channel_settings(ctx.channel)
        articles = await self.store.latest_articles(
            limit=500, channel=ctx.channel, since=self.now() - since
        )
        articles = [a for a in articles if (a.relevance or 0) >= self._threshold(settings)]
        if not articles:
            return Reply(text="No stories in that time. Try a longer span, e.g. `digest 3d`.")
        d = digests.roundup(
            articles,
            title="News roundup",
            limit=settings.roundup_size,
            timezone=settings.timezone,
            now=self.now(),
        )
        return Reply(text=d.title, digest=d, ephemeral=False)

    def _threshold(self, settings) -> float:  # type: ignore[no-untyped-def]
        return settings.threshold if settings.threshold is not None else self.default_threshold

    async def _cmd_sources(self, ctx: CommandContext, args: list[str]) -> Reply:
        subs = await self.store.subscriptions_for_channel(ctx.channel)
        if not subs:
            return Reply(text="This channel follows no feeds yet.")
        lines = []
        for sub in subs:
            feed = await self.store.get_feed(sub.feed_id)
            if feed is None:
                continue
            state = f" — paused: {sub.disabled_reason}" if sub.disabled_reason else ""
            state = state or (
                f" — disabled: {feed.disabled_reason}" if feed.disabled_reason else ""
            )
            lines.append(f"• {feed.display_name} <{feed.url}>{state}")
        return Reply(text="Sources for this channel:\n" + "\n".join(lines))

    async def _cmd_why(self, ctx: CommandContext, args: list[str]) -> Reply:
        if not args:
            raise CommandError("`why` needs a story id, as shown in brackets by `latest`")
        article = await self.store.get_article(args[0])
        if article is None:
            raise CommandError(f"no story {args[0]!r}: use the id shown in brackets by `latest`")
        score = "not scored" if article.relevance is None else f"{article.relevance:.2f}"
        reasons = "\n".join(f"  {r}" for r in article.reasons) or "  (no strong signals)"
        tags = ", ".join(article.tags) or "none"
        return Reply(
            text=f"*{article.title}* ({article.outlet})\nrelevance: {score}\n"
            f"reasons:\n{reasons}\ntags: {tags}"
        )

    # admins --------------------------------------------------------------------------------
    async def _resolve_feed(self, ref: str) -> Feed:
        feed = await self.store.find_feed(ref)
        if feed is None:
            raise CommandError(f"no feed {ref!r}: use its number, URL or name from `feeds list`")
        return feed

    async def _cmd_feeds(self, ctx: CommandContext, args: list[str]) -> Reply:
        action = args[0].lower() if args else "list"
        if action == "list":
            return await self._feeds_list(ctx)
        if action == "add":
            if len(args) < 2:
                raise CommandError("usage: `/news feeds add <url> [name]`")
            return await self.add_feed(ctx, args[1], name=" ".join(args[2:]) or None)
        if action == "import":
            if len(args) != 2:
                raise CommandError("usage: `/news feeds import <url of an OPML file>`")
            return await self._feeds_import(ctx, args[1])
        if action == "remove":
            if len(args) != 2:
                raise CommandError("usage: `/news feeds remove <feed>` (number, URL or name)")
            feed = await self._resolve_feed(args[1])
            await self.store.unsubscribe(ctx.channel, feed.id)
            return Reply(text=f"This channel no longer follows {feed.display_name}.")
        raise CommandError(f"unknown feeds action {action!r}: use add, remove, list or import")

    async def add_feed(
        self,
        ctx: CommandContext,
        url: str,
        *,
        name: str | None = None,
        interval: int | None = None,
        trusted: bool = False,
        full_text: bool = False,
    ) -> Reply:
        """Check, add and subscribe: the one path for `/news feeds add` and the CLI."""
        if self.check_url is not None:
            try:
                url = await self.check_url(url)
            except NotAFeedError as e:
                if e.alternates:
                    options = "\n".join(f"• {u}" for u in e.alternates[:5])
                    raise CommandError(
                        f"{url} is a web page, not a feed. It advertises these feeds; add one:"
                        f"\n{options}"
                    ) from e
                raise CommandError(f"{url} is a web page, not a feed, and lists none") from e
            except FeedError as e:
                raise CommandError(f"cannot add this feed: {e}") from e
        elif not re.match(r"^https?://[^\s/]+", url):
            raise CommandError(f"{url!r} is not an http(s) URL")
        feed, created = await self.store.add_feed(
            url, name=name, interval=interval, trusted=trusted, full_text=full_text
        )
        _, subscribed = await self.store.subscribe(ctx.channel, feed.id)
        verb = (
            "Added"
            if created
            else "This channel now follows"
            if subscribed
            else "Already following"
        )
        return Reply(text=f"{verb} {feed.display_name} (feed #{feed.id}). New stories appear here.")

    async def _feeds_import(self, ctx: CommandContext, url: str) -> Reply:
        """Import an OPML export (from another reader) by URL: chat commands carry no files.
        The same plan as `newsbrief feeds import-opml`: every outline checked, nothing half
        done, a line for each one skipped or refused."""
        if self.fetch_opml is None:
            raise CommandError("OPML import is not available here; use `newsbrief feeds "
                               "import-opml FILE --channel …` on the server")
        try:
            data = await self.fetch_opml(url)
        except FeedError as e:
            raise CommandError(f"cannot fetch the OPML file: {e}") from e
        try:
            plan = opml.plan_document(
                data, source=url, allow_private_networks=self.allow_private_networks
            )
        except ConfigError as e:
            raise CommandError(str(e)) from e
        report = await opml.apply_import(self.store, plan, ctx.channel)
        details = report.lines()
        shown = "\n".join(f"• {line}" for line in details[:MAX_IMPORT_LINES])
        if len(details) > MAX_IMPORT_LINES:
            shown += f"\n… and {len(details) - MAX_IMPORT_LINES} more"
        log.info("opml imported", extra={"url": url, "channel": str(ctx.channel),
                                         "added": len(report.added), "failed": len(plan.failed)})
        return Reply(text=f"OPML import: {report.summary()}." + (f"\n{shown}" if shown else ""))

    async def _feeds_list(self, ctx: CommandContext) -> Reply:
        subs = {s.feed_id: s for s in await self.store.subscriptions_for_channel(ctx.channel)}
        feeds = [f for f in await self.store.list_feeds() if f.id in subs]
        if not feeds:
            return Reply(text="This channel follows no feeds. Add one: `/news feeds add <url>`.")
        lines = []
        for f in feeds:
            status = (
                f"disabled: {f.disabled_reason}"
                if f.disabled_reason
                else f"error: {f.last_error}"
                if f.last_error
                else "ok"
            )
            flt = filter_rules.describe(subs[f.id].filters)
            lines.append(
                f"#{f.id} {f.display_name} <{f.url}> — {status}" + (f" — {flt}" if flt else "")
            )
        return Reply(text="Feeds for this channel:\n" + "\n".join(lines))

    async def _cmd_subscribe(self, ctx: CommandContext, args: list[str]) -> Reply:
        if len(args) != 1:
            raise CommandError("usage: `/news subscribe <feed>`; to add a new URL use `feeds add`")
        feed = await self._resolve_feed(args[0])
        _, created = await self.store.subscribe(ctx.channel, feed.id)
        return Reply(
            text=("Now following " if created else "Already following ") + feed.display_name
        )

    async def _cmd_unsubscribe(self, ctx: CommandContext, args: list[str]) -> Reply:
        if len(args) != 1:
            raise CommandError("usage: `/news unsubscribe <feed>`")
        feed = await self._resolve_feed(args[0])
        removed = await self.store.unsubscribe(ctx.channel, feed.id)
        return Reply(
            text=("Stopped following " if removed else "Was not following ") + feed.display_name
        )

    async def _cmd_filters(self, ctx: CommandContext, args: list[str]) -> Reply:
        if not args:
            raise CommandError("usage: `/news filters <feed> [include|exclude|… <value>|clear]`")
        feed = await self._resolve_feed(args[0])
        sub = next(
            (
                s
                for s in await self.store.subscriptions_for_channel(ctx.channel)
                if s.feed_id == feed.id
            ),
            None,
        )
        if sub is None:
            raise CommandError(f"this channel does not follow {feed.display_name}")
        if len(args) == 1:
            text = filter_rules.describe(sub.filters) or "no filters"
            return Reply(text=f"Filters for {feed.display_name}: {text}")
        new = filter_rules.parse_filter_args(args[1:], sub.filters)
        filter_rules.compile_filters(new)  # validates every pattern before anything is stored
        await self.store.set_filters(sub.id, new)
        return Reply(
            text=f"Filters for {feed.display_name}: {filter_rules.describe(new) or 'no filters'}"
        )

    async def _cmd_settings(self, ctx: CommandContext, args: list[str]) -> Reply:
        current = await self.store.channel_settings(ctx.channel)
        if not args:
            return Reply(text=_describe_settings(current, self.default_threshold))
        if len(args) != 2:
            raise CommandError(
                "usage: `/news settings <mode|times|timezone|threshold|size|quiet> <value>`"
            )
        key, value = args[0].lower(), args[1]
        if key == "mode":
            if value not in ("instant", "roundup"):
                raise CommandError("mode is `instant` (each story) or `roundup` (scheduled)")
            new = replace(current, mode=value)  # type: ignore[arg-type]
        elif key == "times":
            times = tuple(t.strip() for t in value.split(",") if t.strip())
            if not times or not all(re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", t) for t in times):
                raise CommandError("times are local HH:MM, comma-separated, e.g. 08:00,18:00")
            new = replace(current, roundup_times=times)
        elif key == "timezone":
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise CommandError(f"unknown timezone {value!r}: use e.g. Europe/Berlin") from None
            new = replace(current, timezone=value)
        elif key == "threshold":
            try:
                threshold = float(value)
            except ValueError:
                threshold = -1.0
            if not 0 <= threshold <= 1:
                raise CommandError("threshold is a number from 0 (everything) to 1 (strictest)")
            new = replace(current, threshold=threshold)
        elif key == "size":
            if not value.isdigit() or not 1 <= int(value) <= 25:
                raise CommandError("size is the number of stories per roundup, 1 to 25")
            new = replace(current, roundup_size=int(value))
        elif key == "quiet":
            if value == "off":
                new = replace(current, quiet_hours=None)
            else:
                m = re.fullmatch(r"((?:[01]\d|2[0-3]):[0-5]\d)-((?:[01]\d|2[0-3]):[0-5]\d)", value)
                if not m:
                    raise CommandError("quiet hours are HH:MM-HH:MM (local), or `off`")
                new = replace(current, quiet_hours=(m[1], m[2]))
        else:
            raise CommandError(
                f"unknown setting {key!r}: mode, times, timezone, threshold, size, quiet"
            )
        if key in ("times", "quiet") and (clash := roundups.roundup_times_in_quiet_hours(new)):
            raise CommandError(
                f"roundup time(s) {', '.join(clash)} fall in the quiet hours "
                f"{'-'.join(new.quiet_hours or ())}, so a roundup would break the quiet. Move "
                "the times (`settings times …`) or the quiet hours (`settings quiet …|off`)."
            )
        await self.store.save_channel_settings(new)
        return Reply(text="Saved. " + _describe_settings(new, self.default_threshold))


def _describe_settings(s, default_threshold: float) -> str:  # type: ignore[no-untyped-def]
    threshold = s.threshold if s.threshold is not None else default_threshold
    quiet = "-".join(s.quiet_hours) if s.quiet_hours else "off"
    return (
        f"mode {s.mode}; roundup at {', '.join(s.roundup_times)} {s.timezone}, "
        f"{s.roundup_size} stories; threshold {threshold:.2f}; quiet hours {quiet}"
    )
