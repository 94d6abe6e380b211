"""`/news …` slash commands, platform-free. Slack, Discord and the console call the same code.

An adapter builds a CommandContext (channel, user, is_admin as its platform decides) and calls
`CommandHandler.handle(ctx, text)`; it gets a Reply back and shows it. Errors are Replies with
`ok=False` that say what to do, never exceptions, so every platform shows them the same way.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.chat import opml, spec, subscribe
from bot.chat.words import split_words
from bot.content import filters as filter_rules
from bot.core.errors import CommandError, ConfigError, FeedError, NewsbriefError
from bot.core.types import Article, ChannelSettings, CommandContext, Digest, Feed, Reply
from bot.deliver import digest as digests
from bot.deliver import roundups
from bot.store.base import CatalogStore

log = logging.getLogger(__name__)


MAX_IMPORT_LINES = 15  # per-outline report lines shown in chat; the rest are counted
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
    probe: subscribe.Probe | None = None  # set by the app: fetch and parse, as the poller does
    fetch_opml: Callable[[str], Awaitable[bytes]] | None = None  # set by the app: SSRF-safe GET
    allow_private_networks: bool = False
    now: Callable[[], datetime] = lambda: datetime.now(UTC)
    # (url, channel) pairs declared in the config file: they come back on the next start.
    config_feeds: frozenset[tuple[str, str]] = frozenset()
    min_interval: int = 60  # poll.min_interval: the floor for a feed's own interval

    async def handle(self, ctx: CommandContext, text: str) -> Reply:
        words = split_words(text.strip().removeprefix("/news").strip())
        if not words:
            return Reply(text=spec.help_text())
        found = spec.resolve(words)
        if found is None:
            name = words[0].lower()
            if subs := spec.groups().get(name):
                actions = ", ".join(c.path[1] for c in subs)
                return _error(f"unknown {name} action {' '.join(words[1:2])!r}: use {actions}")
            return _error(f"unknown command {name!r}. Try `/news help`.")
        command, args = found
        if command.admin and not ctx.is_admin:
            return _error(
                f"`/news {command.name}` is for admins of this workspace or server; "
                "ask one to run it."
            )
        try:
            return await HANDLERS[command.name](self, ctx, args)
        except CommandError as e:
            return _error(str(e))
        except NewsbriefError as e:
            log.warning("command failed", extra={"command": command.name, "error": str(e)})
            return _error(f"that did not work: {e}")

    # readers -------------------------------------------------------------------------------
    async def _cmd_help(self, ctx: CommandContext, args: list[str]) -> Reply:
        return Reply(text=spec.help_text())

    async def _cmd_latest(self, ctx: CommandContext, args: list[str]) -> Reply:
        n = 5
        if args:
            if not args[0].isdigit() or not 1 <= int(args[0]) <= 20:
                raise CommandError("`latest` takes a number of stories from 1 to 20")
            n = int(args[0])
        candidates = await self.store.latest_articles(limit=n * 20, channel=ctx.channel)
        articles = await self._receivable(ctx, candidates)
        if not articles:
            return Reply(text="No stories yet for this channel. Admins: `/news feeds add <url>`.")
        settings = await self.store.channel_settings(ctx.channel)
        d = _newest_first(articles, "Latest stories", n, settings.timezone, self.now())
        return Reply(text=f"Latest {_count(len(d.items), 'story', 'stories')}", digest=d)

    async def _cmd_search(self, ctx: CommandContext, args: list[str]) -> Reply:
        query = " ".join(args).strip()
        if not query:
            raise CommandError("`search` needs words to look for, e.g. `/news search kim jong un`")
        if len(query) > 200:
            raise CommandError("the search is too long: use at most 200 characters")
        found = await self._receivable(
            ctx, await self.store.search(query, limit=100, channel=ctx.channel)
        )
        if not found:
            return Reply(text=f"No stories match {query!r}.")
        d = digests.roundup(found, title=f"Search: {query}", limit=10)
        return Reply(text=f"{_count(len(d.items), 'story', 'stories')} match {query!r}", digest=d)

    async def _cmd_digest(self, ctx: CommandContext, args: list[str]) -> Reply:
        since = self.now() - (parse_duration(args[0]) if args else timedelta(hours=24))
        settings = await self.store.channel_settings(ctx.channel)
        articles = await self.store.latest_articles(limit=500, channel=ctx.channel, since=since)
        # Stored since then, and published since then too: a feed added today brings old items.
        articles = [a for a in await self._receivable(ctx, articles)
                    if a.published is None or a.published >= since]
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

    async def _receivable(self, ctx: CommandContext, articles: list[Article]) -> list[Article]:
        """The articles this channel would be sent: from feeds it follows, relevant enough (or
        trusted) and through its filters (filters.delivers, the poller's rule)."""
        subs = {s.feed_id: s for s in await self.store.subscriptions_for_channel(ctx.channel)}
        if not subs:
            return []
        threshold = self._threshold(await self.store.channel_settings(ctx.channel))
        trusted = {f.id: f.trusted for f in await self.store.list_feeds() if f.id in subs}
        compiled: dict[int, filter_rules.CompiledFilters | None] = {}
        out = []
        for a in articles:
            sub = subs.get(a.feed_id) if a.feed_id is not None else None
            if sub is None or sub.feed_id not in trusted:
                continue
            if sub.feed_id not in compiled:
                try:
                    compiled[sub.feed_id] = filter_rules.compile_filters(sub.filters)
                except NewsbriefError:  # a stored pattern that no longer compiles: as the poller
                    compiled[sub.feed_id] = None
            rules = compiled[sub.feed_id]
            if rules is not None and filter_rules.delivers(
                a, trusted=trusted[sub.feed_id], threshold=threshold, compiled=rules
            ):
                out.append(a)
        return out

    def _threshold(self, settings: ChannelSettings) -> float:
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
        # The article `latest` shows for this story: its newest (several outlets may carry it).
        epoch = datetime.min.replace(tzinfo=UTC)
        coverage = await self.store.story_articles(article.story_key)
        article = max(coverage or [article], key=lambda a: a.published or epoch)
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

    async def _cmd_feeds_list(self, ctx: CommandContext, args: list[str]) -> Reply:
        return await self._feeds_list(ctx)

    async def _cmd_feeds_add(self, ctx: CommandContext, args: list[str]) -> Reply:
        if not args:
            raise CommandError("usage: `/news feeds add <url> [name]`")
        return await self.add_feed(ctx, args[0], name=" ".join(args[1:]) or None)

    async def _cmd_feeds_import(self, ctx: CommandContext, args: list[str]) -> Reply:
        if len(args) != 1:
            raise CommandError("usage: `/news feeds import <url of an OPML file>`")
        return await self._feeds_import(ctx, args[0])

    async def _cmd_feeds_remove(self, ctx: CommandContext, args: list[str]) -> Reply:
        if len(args) != 1:
            raise CommandError("usage: `/news feeds remove <feed>` (number, URL or name)")
        return await self._unfollow(ctx, await self._resolve_feed(args[0]))

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
        """Check, add and subscribe (bot/chat/subscribe.py): `/news feeds add` and the CLI."""
        if interval is not None and interval < self.min_interval:
            raise CommandError(
                f"an interval of {interval} s is below poll.min_interval ({self.min_interval} s):"
                f" use {self.min_interval} or more"
            )
        checked = await subscribe.check_feed(
            url, self.probe, allow_private_networks=self.allow_private_networks
        )
        added = await subscribe.add_and_subscribe(
            self.store, ctx.channel, checked, name=name, interval=interval, trusted=trusted,
            full_text=full_text,
        )
        if added.warning:
            log.warning("feed added unchecked", extra={"url": checked.url,
                                                       "warning": added.warning})
        return Reply(text=added.message())

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
        plan = await opml.check_plan(
            plan, self.probe, allow_private_networks=self.allow_private_networks
        )
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
        created = await subscribe.follow(self.store, ctx.channel, feed, self.now())
        return Reply(
            text=("Now following " if created else "Already following ") + feed.display_name
        )

    async def _cmd_unsubscribe(self, ctx: CommandContext, args: list[str]) -> Reply:
        if len(args) != 1:
            raise CommandError("usage: `/news unsubscribe <feed>`")
        return await self._unfollow(ctx, await self._resolve_feed(args[0]))

    async def _unfollow(self, ctx: CommandContext, feed: Feed) -> Reply:
        text = await subscribe.unfollow(self.store, ctx.channel, feed, self.now())
        if (feed.url, str(ctx.channel)) in self.config_feeds:
            text += (" It is listed in the config file, so it comes back on the next start: "
                     "remove it there too.")
        return Reply(text=text)

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
            raise CommandError(f"usage: `/news {spec.BY_NAME['settings'].usage}`")
        key, value = args[0].lower(), args[1]
        change = _SETTERS.get(key)
        if change is None:
            raise CommandError(
                f"unknown setting {key!r}: {', '.join(s.key for s in spec.SETTINGS)}"
            )
        new = change(current, value)
        if key in ("times", "quiet") and (clash := roundups.roundup_times_in_quiet_hours(new)):
            raise CommandError(
                f"roundup time(s) {', '.join(clash)} fall in the quiet hours "
                f"{'-'.join(new.quiet_hours or ())}, so a roundup would break the quiet. Move "
                "the times (`settings times …`) or the quiet hours (`settings quiet …|off`)."
            )
        await self.store.save_channel_settings(new)
        return Reply(text="Saved. " + _describe_settings(new, self.default_threshold))


# `settings <key> <value>`: one parser per key (the keys and their help: spec.SETTINGS).
_TIME = r"(?:[01]\d|2[0-3]):[0-5]\d"


def _set_mode(s: ChannelSettings, value: str) -> ChannelSettings:
    if value == "instant":
        return replace(s, mode="instant")
    if value == "roundup":
        return replace(s, mode="roundup")
    raise CommandError("mode is `instant` (each story) or `roundup` (scheduled)")


def _set_times(s: ChannelSettings, value: str) -> ChannelSettings:
    times = tuple(t.strip() for t in value.split(",") if t.strip())
    if not times or not all(re.fullmatch(_TIME, t) for t in times):
        raise CommandError("times are local HH:MM, comma-separated, e.g. 08:00,18:00")
    return replace(s, roundup_times=times)


def _set_timezone(s: ChannelSettings, value: str) -> ChannelSettings:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise CommandError(f"unknown timezone {value!r}: use e.g. Europe/Berlin") from None
    return replace(s, timezone=value)


def _set_threshold(s: ChannelSettings, value: str) -> ChannelSettings:
    try:
        threshold = float(value)
    except ValueError:
        threshold = -1.0
    if not 0 <= threshold <= 1:
        raise CommandError("threshold is a number from 0 (everything) to 1 (strictest)")
    return replace(s, threshold=threshold)


def _set_size(s: ChannelSettings, value: str) -> ChannelSettings:
    if not value.isdigit() or not 1 <= int(value) <= 25:
        raise CommandError("size is the number of stories per roundup, 1 to 25")
    return replace(s, roundup_size=int(value))


def _set_quiet(s: ChannelSettings, value: str) -> ChannelSettings:
    if value == "off":
        return replace(s, quiet_hours=None)
    m = re.fullmatch(f"({_TIME})-({_TIME})", value)
    if not m:
        raise CommandError("quiet hours are HH:MM-HH:MM (local), or `off`")
    return replace(s, quiet_hours=(m[1], m[2]))


_SETTERS: dict[str, Callable[[ChannelSettings, str], ChannelSettings]] = {
    "mode": _set_mode, "times": _set_times, "timezone": _set_timezone,
    "threshold": _set_threshold, "size": _set_size, "quiet": _set_quiet,
}

Handler = Callable[[CommandHandler, CommandContext, list[str]], Awaitable[Reply]]

# Every command of the spec, by name, to its handler: an explicit table, no lookup by name.
HANDLERS: dict[str, Handler] = {
    "latest": CommandHandler._cmd_latest,
    "search": CommandHandler._cmd_search,
    "digest": CommandHandler._cmd_digest,
    "sources": CommandHandler._cmd_sources,
    "why": CommandHandler._cmd_why,
    "help": CommandHandler._cmd_help,
    "feeds add": CommandHandler._cmd_feeds_add,
    "feeds remove": CommandHandler._cmd_feeds_remove,
    "feeds list": CommandHandler._cmd_feeds_list,
    "feeds import": CommandHandler._cmd_feeds_import,
    "subscribe": CommandHandler._cmd_subscribe,
    "unsubscribe": CommandHandler._cmd_unsubscribe,
    "filters": CommandHandler._cmd_filters,
    "settings": CommandHandler._cmd_settings,
}


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _newest_first(
    articles: list[Article], title: str, limit: int, timezone: str, now: datetime
) -> Digest:
    """One item per story, the story with the newest article first (`articles` come newest
    first from the store; group_by_story keeps that order)."""
    groups = digests.group_by_story(articles)[:limit]
    items = tuple(digests.item_from_article(g[0], g[1:]) for g in groups)
    return Digest(kind="roundup", title=title, items=items, timezone=timezone, generated_at=now)


def _describe_settings(s: ChannelSettings, default_threshold: float) -> str:
    threshold = s.threshold if s.threshold is not None else default_threshold
    quiet = "-".join(s.quiet_hours) if s.quiet_hours else "off"
    return (
        f"mode {s.mode}; roundup at {', '.join(s.roundup_times)} {s.timezone}, "
        f"{s.roundup_size} stories; threshold {threshold:.2f}; quiet hours {quiet}"
    )
