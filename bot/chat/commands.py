"""`/news …` slash commands, platform-free. Slack, Discord and the console call the same code.

An adapter builds a CommandContext (channel, user, is_admin as its platform decides) and calls
`CommandHandler.handle(ctx, text)`; it gets a Reply back and shows it. Errors are Replies with
`ok=False` that say what to do, never exceptions, so every platform shows them the same way.
"""

from __future__ import annotations

import asyncio
import logging
import re
import unicodedata
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.chat import opml, spec, subscribe
from bot.chat.words import quote_word, split_words
from bot.content import filters as filter_rules
from bot.core.errors import (
    BlockedURLError,
    CommandError,
    ConfigError,
    FeedError,
    NewsbriefError,
    NotAFeedError,
)
from bot.core.types import (
    STYLES,
    Article,
    ChannelRef,
    ChannelSettings,
    Choice,
    CommandContext,
    Digest,
    Feed,
    FeedOptions,
    Filters,
    Reply,
    Style,
    WorkspaceSettings,
)
from bot.deliver import digest as digests
from bot.deliver import preview as previews
from bot.deliver import roundups
from bot.ingest.urlguard import validate_feed_url
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


# Checks a role / user-group mention against its platform: (token to post, label to show).
# Raises CommandError when the platform does not know it. Set per platform by the app.
MentionCheck = Callable[[CommandContext, str], Awaitable[tuple[str, str]]]
# Fetches and processes a feed as the poller would, for `/news preview`. Set by the app.
LoadFeed = Callable[[str], Awaitable[list[Article]]]

# Mentions that would ping everyone, on any platform: refused before any platform is asked.
_EVERYONE = re.compile(
    r"@(everyone|here|channel)\b|<!(channel|here|everyone)(\||>)|^(everyone|here|channel)$",
    re.IGNORECASE,
)
_ROLE_TOKEN = re.compile(r"^(<@&\d{17,20}>|<!subteam\^[A-Z0-9]{2,20}(\|[^>]*)?>)$")
MAX_CHOICES = 5


# Letters that look like the Latin ones of "everyone", "here" and "channel" (Cyrillic, Greek).
_LOOKALIKES = str.maketrans("еоасһурхνεηԁ", "eoachypxvend")


def pings_everyone(text: str) -> bool:
    """Whether `text` names @everyone, @here or <!channel> in any spelling we know: also in
    full-width or other compatibility forms (＠everyone), with invisible characters inside
    (@\u200beveryone) or with look-alike letters (@еveryone, Cyrillic е)."""
    plain = "".join(c for c in unicodedata.normalize("NFKC", text)
                    if unicodedata.category(c) != "Cf")
    return bool(_EVERYONE.search(plain.strip().lower().translate(_LOOKALIKES)))


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
    load_feed: LoadFeed | None = None  # set by the app: `/news preview` fetches with it
    retention_days: int | None = None  # poll.retention_days: older items are never posted
    first_poll_items: int | None = None  # poll.first_poll_items: what a new feed posts at once
    preview_items: int | None = None  # `load_feed` builds at most this many (the newest)
    # Per platform ("discord", "slack"): checks a role / user group exists there.
    mention_checks: dict[str, MentionCheck] = field(default_factory=dict)

    async def handle(self, ctx: CommandContext, text: str) -> Reply:
        words = split_words(text.strip().removeprefix("/news").strip())
        if not words:
            return await self._cmd_help(ctx, [])
        found = spec.resolve(words)
        if found is None:
            name = words[0].lower()
            if subs := spec.groups().get(name):
                actions = ", ".join(c.path[1] for c in subs)
                return _error(f"unknown {name} action {' '.join(words[1:2])!r}: use {actions}")
            return _error(f"unknown command {name!r}. Try `/news help`.")
        command, args = found
        try:
            if command.admin and not ctx.is_admin and not await self._member_may(ctx, command):
                return _error(
                    f"`/news {command.name}` is for admins of this workspace or server; "
                    "ask one to run it."
                )
            if ctx.workspace is not None:
                # Where this channel's feed alerts go is its workspace's setting.
                await self.store.set_channel_workspace(ctx.channel, ctx.workspace_key)
            return await HANDLERS[command.name](self, ctx, args)
        except CommandError as e:
            return _error(str(e))
        except NewsbriefError as e:
            log.warning("command failed", extra={"command": command.name, "error": str(e)})
            return _error(f"that did not work: {e}")

    async def _member_may(self, ctx: CommandContext, command: spec.Command) -> bool:
        """A member may run the commands an admin opened to members (spec: `members=True`)
        when the workspace says everyone may, or the member has the workspace's role."""
        if not command.members:
            return False
        ws = await self.store.workspace_settings(ctx.workspace_key)
        if ws.members == "everyone":
            return True
        return ws.members == "role" and ws.members_role is not None and (
            ws.members_role in ctx.roles
        )

    # readers -------------------------------------------------------------------------------
    async def _cmd_help(self, ctx: CommandContext, args: list[str]) -> Reply:
        opened = frozenset([
            c.name for c in spec.COMMANDS
            if c.members and not ctx.is_admin and await self._member_may(ctx, c)
        ])
        return Reply(text=spec.help_text(opened))

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
        feeds = [f for f in await self.store.list_feeds() if f.id in subs]
        trusted = {f.id: f.trusted for f in feeds}
        articles = await _scored(articles, {f.id: f.url for f in feeds})
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
        settings = await self.store.channel_settings(ctx.channel)
        lines = []
        for sub in subs:
            feed = await self.store.get_feed(sub.feed_id)
            if feed is None:
                continue
            state = f" — paused: {sub.disabled_reason}" if sub.disabled_reason else ""
            state = state or (
                f" — disabled: {feed.disabled_reason}" if feed.disabled_reason else ""
            )
            shown = _describe_options(sub.options, settings)
            lines.append(f"• #{feed.id} {feed.display_name} <{feed.url}>{state} — {shown}")
        return Reply(text=f"Sources for this channel ({_describe_format(settings)}):\n"
                          + "\n".join(lines))

    async def _cmd_preview(self, ctx: CommandContext, args: list[str]) -> Reply:
        """What the channel would receive from a feed right now: fetched and processed as the
        poller would, then the channel's threshold, this feed's filters (if it follows it) and
        format. Only the caller sees it; nothing is stored or posted."""
        if len(args) != 1:
            raise CommandError("usage: `/news preview <feed URL, or a feed's number or name>`")
        ref = args[0]
        feed = await self.store.find_feed(ref)
        if feed is not None:
            url = feed.url
        else:
            if not ref.lower().startswith(("http://", "https://")):
                raise CommandError(f"no feed {ref!r}: give a feed URL, or a number or name "
                                   "from `feeds list`")
            try:
                url = validate_feed_url(ref, allow_private_networks=self.allow_private_networks)
            except BlockedURLError as e:
                raise CommandError(subscribe.blocked("preview", ref, e)) from e
            feed = await self.store.find_feed(url)
        if self.load_feed is None:
            raise CommandError("preview is not available here; on the server run "
                               f"`newsbrief preview {url}`")
        site_note = ""
        try:
            articles = await self.load_feed(url)
        except NotAFeedError as e:
            # A site's page, as `feeds add` takes it: one advertised feed is meant; several
            # are offered as choices.
            if len(e.alternates) > 1:
                return _feed_choices(url, e.alternates, "preview")
            if len(e.alternates) != 1:
                raise CommandError(str(subscribe.refusal(url, e, verb="preview"))) from e
            site_note = f"{url} is a web page; it advertises one feed, {e.alternates[0]}. "
            url = e.alternates[0]
            feed = await self.store.find_feed(url)
            try:
                articles = await self.load_feed(url)
            except FeedError as e2:
                raise CommandError(_cannot_preview(url, e2)) from e2
        except FeedError as e:
            raise CommandError(_cannot_preview(url, e)) from e
        settings = await self.store.channel_settings(ctx.channel)
        sub = None
        if feed is not None:
            sub = next((s for s in await self.store.subscriptions_for_channel(ctx.channel)
                        if s.feed_id == feed.id), None)
        cutoff = (self.now() - timedelta(days=self.retention_days)
                  if self.retention_days else None)
        plan = previews.plan_preview(
            articles, threshold=self._threshold(settings),
            trusted=feed.trusted if feed is not None else False,
            filters=sub.filters if sub is not None else Filters(), cutoff=cutoff,
        )
        name = feed.display_name if feed is not None else url
        fmt = settings.format_for(sub.options if sub else None)
        rules = (f"threshold {plan.threshold:.2f}, "
                 + ("no filters (the channel does not follow it yet)" if sub is None
                    else "no filters" if sub.filters.is_empty()
                    else f"filters: {filter_rules.describe(sub.filters)}")
                 + f", format {fmt.style}")
        text = f"{site_note}Preview of {name} for this channel ({rules}): {plan.summary()}"
        if self.preview_items is not None and plan.total >= self.preview_items:
            text += f" Only the feed's newest {self.preview_items} items were checked."
        if sub is None and plan.posted:
            text += " " + self._on_subscribing(feed, len(plan.posted))
        if not plan.posted:
            return Reply(text=text)
        d = previews.preview_digest(plan, title=f"Preview: {name}", settings=settings,
                                    options=sub.options if sub else None)
        if len(plan.posted) > len(d.items):
            text += f" The newest {len(d.items)} are shown."
        return Reply(text=text, digest=d)

    def _on_subscribing(self, feed: Feed | None, passing: int) -> str:
        """What following the feed would post now, for a channel that does not follow it:
        the poller never floods a channel with a feed's back catalogue."""
        if feed is not None and feed.last_fetched_at is not None:
            return ("Following it posts none of these now: only the stories the feed "
                    "publishes from then on.")
        if self.first_poll_items is not None and passing > self.first_poll_items:
            n = self.first_poll_items
            return (f"Following it posts only the newest {_count(n, 'story', 'stories')} of "
                    "these now (poll.first_poll_items); then each new one as it comes.")
        return ""

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
        if not article.built and article.feed_id is not None:
            feed = await self.store.get_feed(article.feed_id)
            (article,) = await _scored([article], {article.feed_id: feed.url if feed else None})
        score = "not scored" if article.relevance is None else f"{article.relevance:.2f}"
        reasons = "\n".join(f"  {r}" for r in article.reasons) or "  (no strong signals)"
        tags = ", ".join(article.tags) or "none"
        backlog = "" if article.built else (
            "\nbacklog: stored as seen when the feed was added (scored on its headline and "
            "standfirst), never posted"
        )
        return Reply(
            text=f"*{article.title}* ({article.outlet})\nrelevance: {score}\n"
            f"reasons:\n{reasons}\ntags: {tags}{backlog}"
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
        if option := next((a for a in args if a.startswith("--")), None):
            raise CommandError(f"`feeds add` takes no options such as {option}: "
                               "usage: `/news feeds add <url> [name]` (trusted and full-text "
                               "feeds are set on the server: `newsbrief feeds add --help`)")
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
        try:
            checked = await subscribe.check_feed(
                url, self.probe, allow_private_networks=self.allow_private_networks
            )
        except subscribe.FeedRefused as e:
            found = e.__cause__.alternates if isinstance(e.__cause__, NotAFeedError) else ()
            if len(found) > 1:
                return _feed_choices(url, found)
            if len(found) != 1:
                raise
            # A site's page that advertises exactly one feed: that feed is meant. Subscribe.
            checked = await subscribe.check_feed(
                found[0], self.probe, allow_private_networks=self.allow_private_networks
            )
            added = await subscribe.add_and_subscribe(
                self.store, ctx.channel, checked, name=name, interval=interval, trusted=trusted,
                full_text=full_text,
            )
            return Reply(text=f"{url} is a web page; it advertises one feed, {checked.url}, so "
                              f"that is what this channel follows.\n{added.message()}")
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
            settings = await self.store.channel_settings(ctx.channel)
            return Reply(text=f"Filters for {feed.display_name}: {text}; "
                              f"{_describe_options(sub.options, settings)}")
        option = args[1].lower()
        if option in _OPTION_SETTERS:
            if len(args) < 3:
                raise CommandError(f"usage: `/news filters <feed> {option} "
                                   f"{_OPTION_VALUES[option]}`")
            value = " ".join(args[2:]).strip()
            options = await _OPTION_SETTERS[option](self, ctx, sub.options, value)
            await self.store.set_options(sub.id, options)
            settings = await self.store.channel_settings(ctx.channel)
            return Reply(text=f"Saved. {feed.display_name} in this channel: "
                              f"{_describe_options(options, settings)}. Stories already posted "
                              "stay as they are.")
        if option not in spec.FILTER_ACTIONS:
            raise CommandError(f"unknown filters action {args[1]!r}: use "
                               f"{', '.join(spec.FILTER_ACTIONS)}")
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


    async def _cmd_workspace(self, ctx: CommandContext, args: list[str]) -> Reply:
        ws = await self.store.workspace_settings(ctx.workspace_key)
        if not args:
            return Reply(text=_describe_workspace(ws))
        if len(args) < 2:
            raise CommandError(f"usage: `/news {spec.BY_NAME['workspace'].usage}`")
        key, value = args[0].lower(), " ".join(args[1:]).strip()
        if key == "members":
            ws = await self._set_members(ctx, ws, value)
        elif key == "alerts":
            ws = await _set_alerts(self.store, ctx, ws, value)
        else:
            raise CommandError(f"unknown workspace setting {key!r}: "
                               f"{', '.join(s.key for s in spec.WORKSPACE_SETTINGS)}")
        await self.store.save_workspace_settings(ws)
        return Reply(text="Saved. " + _describe_workspace(ws))

    async def _set_members(
        self, ctx: CommandContext, ws: WorkspaceSettings, value: str
    ) -> WorkspaceSettings:
        low = value.lower()
        if low in ("admins", "everyone"):
            return replace(ws, members="admins" if low == "admins" else "everyone",
                           members_role=None, members_label=None)
        if low.split()[0] in ("admins", "everyone"):
            raise CommandError(f"members is `admins`, `everyone` or one role: not {value!r}")
        if pings_everyone(value):  # "@everyone" / "@here" here means every member
            raise CommandError(f"to let every member subscribe, use `workspace members "
                               f"everyone` (not {value!r})")
        token, label = await self.check_mention(ctx, value)
        role = _role_id(token)
        return replace(ws, members="role", members_role=role, members_label=label)

    async def check_mention(self, ctx: CommandContext, value: str) -> tuple[str, str]:
        """A role / user group as the platform knows it, never one that pings everyone."""
        if pings_everyone(value):
            raise CommandError("that would ping everyone: mention a role (Discord) or a user "
                               "group (Slack) instead, never @everyone, @here or @channel")
        check = self.mention_checks.get(ctx.channel.platform)
        if check is None:
            raise CommandError(f"{ctx.channel.platform} has no roles or user groups to mention")
        token, label = await check(ctx, value)
        if pings_everyone(token) or not _ROLE_TOKEN.match(token):
            raise CommandError(f"{value!r} is not a role or user group that can be mentioned")
        return token, label


def _feed_choices(url: str, found: tuple[str, ...], command: str = "feeds add") -> Reply:
    """A site's page that advertises several feeds: each offered as `<command> <feed URL>`."""
    shown = found[:MAX_CHOICES]
    lines = "\n".join(f"{i}. {u}" for i, u in enumerate(shown, 1))
    more = f"\n(and {len(found) - len(shown)} more)" if len(found) > len(shown) else ""
    return Reply(
        text=f"{url} is a web page that advertises {len(found)} feeds; pick one:\n{lines}{more}",
        choices=tuple(Choice(label=u, command=f"{command} {quote_word(u)}") for u in shown),
    )


def _cannot_preview(url: str, error: FeedError) -> str:
    refused = subscribe.refusal(url, error, verb="preview")
    return str(refused) if refused else f"cannot fetch {url} now: {error}"


def _role_id(token: str) -> str:
    """"<@&123>" → "123"; "<!subteam^S1|@eds>" → "S1"."""
    return re.sub(r"^<(@&|!subteam\^)|(\|[^>]*)?>$", "", token)


async def _set_alerts(
    store: CatalogStore, ctx: CommandContext, ws: WorkspaceSettings, value: str
) -> WorkspaceSettings:
    low = value.lower()
    if low in ("on", "off"):
        return replace(ws, alerts="on" if low == "on" else "off", alerts_channel=None)
    channel = ctx.channel if low == "here" else _channel_ref(ctx.channel.platform, value)
    if channel is None:
        raise CommandError("alerts is `on` (each channel), `off`, `here` (this channel), or "
                           "the channel to send them all to: <#C0123ABCD>, its id, or "
                           f"{ctx.channel.platform}:id")
    elsewhere = await store.channel_workspace(channel)
    if elsewhere is not None and elsewhere != ctx.workspace_key:
        raise CommandError(f"{channel} belongs to another workspace or server: pick a channel "
                           "of this one (or run `/news workspace alerts here` in it)")
    return replace(ws, alerts="channel", alerts_channel=str(channel))


_CHANNEL_MENTION = re.compile(r"^<#([A-Z0-9]{2,20}|\d{17,20})(\|[^>]*)?>$")


def _channel_ref(platform: str, value: str) -> ChannelRef | None:
    """A channel the admin typed: <#id>, a bare id of this platform, platform:id, or (on the
    console, whose channels are names) #name."""
    if m := _CHANNEL_MENTION.match(value):
        return ChannelRef(platform, m[1])
    if ":" not in value:
        value = f"{platform}:{value.removeprefix('#') if platform == 'console' else value}"
    try:
        ref = ChannelRef.parse_input(value)
    except ConfigError:
        return None
    return ref if ref.platform == platform else None


def _describe_workspace(ws: WorkspaceSettings) -> str:
    who = {"admins": "admins only", "everyone": "every member",
           "role": f"admins and members of {ws.members_label or ws.members_role}"}[ws.members]
    where = {"on": "in each channel that follows the feed", "off": "off",
             "channel": f"all to {ws.alerts_channel}"}[ws.alerts]
    return f"subscribe, unsubscribe and preview: {who}; feed alerts: {where}"


def _describe_format(s: ChannelSettings) -> str:
    fmt = s.format_for()
    return f"format {fmt.style}, quotes {_onoff(fmt.quotes)}, tags {_onoff(fmt.tags)}"


def _describe_options(o: FeedOptions, settings: ChannelSettings) -> str:
    fmt = settings.format_for(o)
    parts = [f"format {fmt.style}" + ("" if o.style else " (channel's)"),
             f"quotes {_onoff(fmt.quotes)}", f"tags {_onoff(fmt.tags)}"]
    if o.mention:
        parts.append(f"mentions {o.mention_label or o.mention}")
    if o.sender_name:
        parts.append(f"posts as {o.sender_name}")
    if o.sender_avatar:
        parts.append(f"avatar {o.sender_avatar}")
    return ", ".join(parts)


def _onoff(value: bool) -> str:
    return "on" if value else "off"


def _switch(value: str, what: str, *, default: bool = False) -> bool | None:
    low = value.lower()
    if low in ("on", "yes", "true"):
        return True
    if low in ("off", "no", "false"):
        return False
    if default and low == "default":
        return None
    raise CommandError(f"{what} is `on` or `off`" + (" (or `default`: the channel's)"
                                                     if default else ""))


def _style(value: str, *, default: bool = False) -> Style:
    low = value.lower()
    if low not in STYLES:
        raise CommandError(f"unknown format {value!r}: use " + ", ".join(STYLES)
                           + (" or default (the channel's)" if default else ""))
    return STYLES[STYLES.index(low)]  # as the Literal


# `filters <feed> <option> <value>`: a feed's own presentation in this channel.
async def _opt_format(h: CommandHandler, ctx: CommandContext, o: FeedOptions,
                      value: str) -> FeedOptions:
    return replace(o, style=None if value.lower() == "default" else _style(value, default=True))


async def _opt_quotes(h: CommandHandler, ctx: CommandContext, o: FeedOptions,
                      value: str) -> FeedOptions:
    return replace(o, quotes=_switch(value, "quotes", default=True))


async def _opt_tags(h: CommandHandler, ctx: CommandContext, o: FeedOptions,
                    value: str) -> FeedOptions:
    return replace(o, tags=_switch(value, "tags", default=True))


async def _opt_mention(h: CommandHandler, ctx: CommandContext, o: FeedOptions,
                       value: str) -> FeedOptions:
    if value.lower() in ("off", "none"):
        return replace(o, mention=None, mention_label=None)
    token, label = await h.check_mention(ctx, value)
    return replace(o, mention=token, mention_label=label)


async def _opt_name(h: CommandHandler, ctx: CommandContext, o: FeedOptions,
                    value: str) -> FeedOptions:
    if value.lower() in ("off", "none"):
        return replace(o, sender_name=None)
    if not 1 <= len(value) <= 80 or pings_everyone(value) or "discord" in value.lower():
        raise CommandError("a webhook name is 1 to 80 characters, without @everyone, @here "
                           "or the word discord (Discord refuses those)")
    return replace(o, sender_name=value)


async def _opt_avatar(h: CommandHandler, ctx: CommandContext, o: FeedOptions,
                      value: str) -> FeedOptions:
    if value.lower() in ("off", "none"):
        return replace(o, sender_avatar=None)
    if not re.fullmatch(r"https://\S{1,500}", value):
        raise CommandError("an avatar is an https:// image URL")
    return replace(o, sender_avatar=value)


OptionSetter = Callable[[CommandHandler, CommandContext, FeedOptions, str],
                        Awaitable[FeedOptions]]
_OPTION_SETTERS: dict[str, OptionSetter] = {
    "format": _opt_format, "quotes": _opt_quotes, "tags": _opt_tags,
    "mention": _opt_mention, "name": _opt_name, "avatar": _opt_avatar,
}
_OPTION_VALUES = {o.key: o.value for o in spec.FEED_OPTIONS}
assert set(_OPTION_SETTERS) == set(_OPTION_VALUES)


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


def _set_format(s: ChannelSettings, value: str) -> ChannelSettings:
    return replace(s, style=_style(value))


def _set_quotes(s: ChannelSettings, value: str) -> ChannelSettings:
    return replace(s, quotes=bool(_switch(value, "quotes")))


def _set_tags(s: ChannelSettings, value: str) -> ChannelSettings:
    return replace(s, tags=bool(_switch(value, "tags")))


_SETTERS: dict[str, Callable[[ChannelSettings, str], ChannelSettings]] = {
    "mode": _set_mode, "times": _set_times, "timezone": _set_timezone,
    "threshold": _set_threshold, "size": _set_size, "quiet": _set_quiet,
    "format": _set_format, "quotes": _set_quotes, "tags": _set_tags,
}
assert set(_SETTERS) == {s.key for s in spec.SETTINGS}

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
    "preview": CommandHandler._cmd_preview,
    "workspace": CommandHandler._cmd_workspace,
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
        f"{s.roundup_size} stories; threshold {threshold:.2f}; quiet hours {quiet}; "
        f"{_describe_format(s)}"
    )


async def _scored(articles: list[Article], urls: dict[int, str | None]) -> list[Article]:
    """Backlog rows are stored unscored (articles.seen_article): score those here, off the
    event loop (~0.15 ms each, a search reads at most 100)."""
    if all(a.built or a.relevance is not None for a in articles):
        return articles
    from bot.content.articles import score_seen  # the scoring tables: only when needed

    def score() -> list[Article]:
        return [score_seen(a, urls.get(a.feed_id) if a.feed_id is not None else None)
                for a in articles]

    return await asyncio.to_thread(score)
