"""Domain types: frozen dataclasses shared by every stage. Nothing here does I/O.

Flow of data:  FetchResult → ParsedFeed(FeedEntry…) → Article → (store) → DigestItem → Digest.
Raw platform payloads (Slack JSON, Discord JSON) are typed beside their adapter, never here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, fields
from datetime import datetime
from operator import attrgetter
from typing import Any, Literal, TypeVar

from bot.core.errors import ConfigError

_T = TypeVar("_T")


def pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle a frozen slots dataclass as (class, its field values), made again by its
    `__init__`: the dataclass's own `__getstate__`/`__setstate__` walk `fields()` in Python for
    every object, and a cold cycle's first polls send ~20,000 entries and rows between the
    pool process and the worker (bench.cli_cycle: ~40% less CPU both ways). Every field must
    be an `__init__` argument, in order; pickles made the old way still load."""
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    assert len(names) > 1, "attrgetter of one name returns the value, not a tuple"
    values: Callable[[Any], tuple[Any, ...]] = attrgetter(*names)

    def __reduce__(self: Any) -> tuple[type[Any], tuple[Any, ...]]:
        return type(self), values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


_CHANNEL_RE = re.compile(r"^(?P<platform>[a-z][a-z0-9_-]{0,19}):(?P<id>[A-Za-z0-9._#/-]{1,100})$")


@dataclass(frozen=True, slots=True, order=True)
class ChannelRef:
    """A chat channel named `platform:id` everywhere: `console:world`, `slack:C0123ABCD`."""

    platform: str
    id: str

    @classmethod
    def parse(cls, text: str) -> ChannelRef:
        match = _CHANNEL_RE.match(text.strip())
        if not match:
            raise ConfigError(
                f"invalid channel {text!r}: use platform:id, e.g. console:world or slack:C0123ABCD"
            )
        return cls(match["platform"], match["id"])

    @classmethod
    def parse_input(cls, text: str) -> ChannelRef:
        """`parse`, plus the platform's own id format: for channels a person types (CLI
        options, config files), where `slack:general` or `discord:abc` is a mistake to catch
        before anything waits in a queue for a channel that cannot exist."""
        ref = cls.parse(text)
        rule = _CHANNEL_ID_RULES.get(ref.platform)
        if rule is not None and not rule[0].fullmatch(ref.id):
            raise ConfigError(f"invalid channel {text.strip()!r}: {rule[1]}")
        return ref

    def __str__(self) -> str:
        return f"{self.platform}:{self.id}"


_CHANNEL_ID_RULES = {
    "slack": (
        re.compile(r"[CGD][A-Z0-9]{1,20}"),
        "Slack channel ids look like C0123ABCD (channel name → About → Channel ID); "
        "a name such as 'general' is not an id",
    ),
    "discord": (
        re.compile(r"\d{17,20}|webhook-[\w.-]{1,80}"),
        "Discord channel ids are 17–20 digits (Developer Mode → right-click the channel → "
        "Copy Channel ID), or webhook-<name> for a DISCORD_WEBHOOKS entry",
    ),
}


@dataclass(frozen=True, slots=True)
class Entity:
    """A gazetteer entry (bot.content.geo): a country, a leader, an institution."""

    name: str  # canonical: "North Korea", "NATO", "Vladimir Putin"
    kind: str  # "country", "leader", "institution", "home"
    region: str  # region tag for countries and leaders, topic for institutions; "" if none
    ambiguous: bool = False
    code: str = ""  # ISO 3166 alpha-2 of the country it belongs to ("KP"); "" if none


# Not frozen (never changed after it is made): a frozen dataclass's __init__ sets each field
# through object.__setattr__, ~3x the cost, and a tagged article makes dozens.
@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """A gazetteer entity named in a text."""

    entity: Entity
    surface: str  # the words as written
    start: int  # token index


@dataclass(frozen=True, slots=True)
class NameScan:
    """The gazetteer's walk over one text's words (`geo.scan_names`), before anything that
    depends on who reads it: the outlet's home country, names inside hyphenated words and
    ambiguous names are settled from it by each reader (`geo.find_mentions(scan=…)`).
    Its sequences are never changed once made (shared, not copied)."""

    lang: str  # the table it was read with
    tokens: Sequence[str]
    folded: Sequence[str]  # the tokens as the table's keys are written
    found: Sequence[Mention]  # longest match first, as the walk met them
    named_nothing: AbstractSet[int]  # tokens of a phrase that names nothing ("US-Dollar")


@dataclass(frozen=True, slots=True)
class TextScan:
    """What relevance reads of one item's title and lead (`relevance.scan`), read once for every
    stage that needs it: the home-country evidence and the relevance features. Never changed
    once made (its readers copy what they rewrite)."""

    text: str  # the sample read: "title\nlead"
    lang: str
    tokens: Sequence[str]
    title_len: int  # tokens of the title
    folded: Sequence[str]  # the tokens as the lexicon reads them (stems in English)
    counts: Mapping[str, int]  # lexicon group → its hits
    in_title: AbstractSet[str]  # groups hit in the title
    masked: AbstractSet[int]  # token positions inside a sense phrase
    example: Mapping[str, str]  # group → one of its words as written (lower-cased)
    spans: Mapping[str, AbstractSet[int]]  # group → the token positions of its hits
    names: NameScan


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote and, where the text says so, who said it and for whom they speak."""

    text: str
    speaker: str | None = None
    affiliation: str | None = None

    @property
    def attribution(self) -> str:
        """"Amina Diallo, World Food Programme"; the affiliation is left out where the speaker
        already names it ("Côte d’Ivoire’s defence minister", not "…, Côte d’Ivoire")."""
        who = self.speaker or "unattributed"
        if self.affiliation and self.affiliation not in who:
            who += f", {self.affiliation}"
        return who


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What the fetcher got for one feed. `body is None` means 304 Not Modified."""

    url: str  # the URL finally fetched (after redirects)
    status: int
    body: bytes | None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    content_hash: str | None = None  # sha256 of the body, to skip parsing unchanged bodies
    permanent_redirect: str | None = None  # new URL to store after 301/308


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item as the feed carries it: HTML still inside, nothing cleaned."""

    title: str
    link: str | None = None
    guid: str | None = None
    summary_html: str = ""
    content_html: str = ""
    authors: tuple[str, ...] = ()
    published: datetime | None = None  # timezone-aware UTC
    # `published` is a time written without a zone and read as UTC, no home zone being known
    # when the feed was parsed: the article build places it in the outlet's inferred country.
    floating: bool = False
    categories: tuple[str, ...] = ()
    source_title: str | None = None  # <source> element: the original publisher behind an aggregator
    source_url: str | None = None
    rights: str | None = None
    # The item's own medium when it is a clip or an episode rather than text ("video",
    # "audio"): from its enclosures, <media:content> and episode <itunes:*> elements.
    media: tuple[str, ...] = ()


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    link: str | None
    entries: tuple[FeedEntry, ...]
    rights: str | None = None
    language: str | None = None
    warning: str | None = None  # set when the feed was malformed but still yielded items
    image_title: str | None = None  # <image><title>: often the outlet's name without a section
    publisher: str | None = None  # <dc:publisher>, <managingEditor> "(Name)", Atom feed <author>
    publication_name: str | None = None  # <prism:publicationName>: a journal's own name
    description: str | None = None  # channel <description>/<subtitle>: may name the outlet


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned, summarized item, ready to store and post."""

    key: str  # stable identity within a feed: guid, else canonical link, else content hash
    story_key: str  # identity of the story across feeds; articles sharing it are one story
    title: str
    link: str | None
    summary: str
    text: str  # cleaned text, paragraphs separated by blank lines
    outlet: str  # the original publisher, never the aggregator
    via: str | None = None  # the aggregator that carried it, if any
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    quotes: tuple[Quote, ...] = ()
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # region/topic tags, e.g. "east-asia", "sanctions"
    relevance: float | None = None  # 0..1 foreign-policy relevance; None = not scored
    reasons: tuple[str, ...] = ()  # the top reasons behind `relevance`, human readable
    feed_id: int | None = None
    id: int | None = None  # store row id, once stored
    entry_hash: str | None = None  # hash of the entry as the feed carried it: edits show up
    # False: a first poll's backlog item, stored cheaply as seen (headline, link, date, authors,
    # the standfirst as plain text) and never summarized, clustered or posted (poll.backlog).
    built: bool = True


@dataclass(frozen=True, slots=True)
class StoryRow:
    """What the story index reads of a stored article: no body, no quotes, no JSON."""

    id: int  # its place in commit order (story_log.seq), not the article's row id
    feed_id: int | None
    key: str
    story_key: str
    title: str
    lead: str  # the first 400 characters of the summary, or of the text when it has none
    published: datetime | None


@dataclass(frozen=True, slots=True)
class Feed:
    id: int
    url: str
    name: str | None = None
    title: str | None = None  # the feed's own <title>
    interval: int | None = None  # seconds; None = the global default
    trusted: bool = False  # foreign-policy by nature: skip the relevance threshold
    full_text: bool = False  # fetch article pages for teaser-only feeds
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    next_fetch_at: datetime | None = None
    last_fetched_at: datetime | None = None
    last_success_at: datetime | None = None
    error_count: int = 0
    last_error: str | None = None
    disabled_reason: str | None = None
    created_at: datetime | None = None
    # The feed's recent items as template detection remembers them (boilerplate.learn):
    # opaque bytes, b"" before its first poll.
    template_memory: bytes = field(default=b"", repr=False, compare=False)

    @property
    def display_name(self) -> str:
        return self.name or self.title or self.url


@dataclass(frozen=True, slots=True)
class FeedUpdate:
    """The feed's new fetch state after one attempt: every field is the value to store."""

    url: str
    next_fetch_at: datetime
    last_fetched_at: datetime | None
    last_success_at: datetime | None
    error_count: int
    last_error: str | None
    disabled_reason: str | None
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    title: str | None = None
    template_memory: bytes | None = None  # None: as stored (boilerplate.learn's memory)


@dataclass(frozen=True, slots=True)
class Filters:
    """Per-subscription filters (like MonitoRSS): all non-empty parts must pass."""

    include: tuple[str, ...] = ()  # keywords: at least one must appear
    exclude: tuple[str, ...] = ()  # keywords: none may appear
    include_regex: tuple[str, ...] = ()
    exclude_regex: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # at least one of these region/topic tags

    def is_empty(self) -> bool:
        return not (
            self.include or self.exclude or self.include_regex or self.exclude_regex or self.tags
        )


Style = Literal["compact", "standard", "full"]
STYLES: tuple[Style, ...] = ("compact", "standard", "full")


@dataclass(frozen=True, slots=True)
class DigestFormat:
    """How a channel (or one feed in it) shows stories: compact (headline, outlet, link),
    standard (as always) or full (more quotes, every other outlet); quotes and tags can be
    turned off in any style."""

    style: Style = "standard"
    quotes: bool = True
    tags: bool = True


@dataclass(frozen=True, slots=True)
class FeedOptions:
    """A subscription's own presentation; None means "as the channel says"."""

    style: Style | None = None
    quotes: bool | None = None
    tags: bool | None = None
    # A platform mention token, validated when it was set: "<@&123>" (Discord role),
    # "<!subteam^S123>" (Slack user group). Never @everyone, @here or <!channel>.
    mention: str | None = None
    mention_label: str | None = None  # how replies name it: "@editors"
    sender_name: str | None = None  # Discord webhook channels: the poster's name…
    sender_avatar: str | None = None  # …and avatar (default: the outlet's name, no avatar)

    def is_empty(self) -> bool:
        return self == FeedOptions()


@dataclass(frozen=True, slots=True)
class Subscription:
    id: int
    channel: ChannelRef
    feed_id: int
    filters: Filters = field(default_factory=Filters)
    disabled_reason: str | None = None
    options: FeedOptions = field(default_factory=FeedOptions)


DeliveryMode = Literal["instant", "roundup"]


@dataclass(frozen=True, slots=True)
class ChannelSettings:
    channel: ChannelRef
    mode: DeliveryMode = "instant"
    threshold: float | None = None  # None = the global default
    timezone: str = "UTC"
    roundup_times: tuple[str, ...] = ("08:00",)  # local HH:MM
    roundup_size: int = 10
    quiet_hours: tuple[str, str] | None = None  # local (start, end) HH:MM
    style: Style = "standard"
    quotes: bool = True
    tags: bool = True

    def format_for(self, options: FeedOptions | None = None) -> DigestFormat:
        """The channel's format with a feed's own choices on top."""
        o = options or FeedOptions()
        return DigestFormat(
            style=o.style or self.style,
            quotes=self.quotes if o.quotes is None else o.quotes,
            tags=self.tags if o.tags is None else o.tags,
        )


MemberAccess = Literal["admins", "everyone", "role"]


@dataclass(frozen=True, slots=True)
class WorkspaceSettings:
    """One Slack workspace or Discord server (or the console): who may subscribe, where feed
    alerts go."""

    workspace: str
    members: MemberAccess = "admins"  # who may run subscribe/unsubscribe/preview
    members_role: str | None = None  # with members="role": the Discord role / Slack group id
    members_label: str | None = None
    alerts: Literal["on", "off", "channel"] = "on"
    alerts_channel: str | None = None  # with alerts="channel": platform:id of the admin channel


DeliveryStatus = Literal["pending", "held", "sent", "failed", "skipped"]


@dataclass(frozen=True, slots=True)
class PlannedDelivery:
    """A story accepted for a channel: written to the outbox with the article, atomically."""

    channel: ChannelRef
    article_key: str
    story_key: str
    status: DeliveryStatus = "pending"  # "held" waits for the channel's next roundup


@dataclass(frozen=True, slots=True)
class Delivery:
    """An outbox row leased for sending."""

    id: int
    channel: ChannelRef
    article: Article
    attempts: int = 0
    status: DeliveryStatus = "pending"
    message_id: str | None = None
    # Set when an earlier lease (a crashed or replaced worker) may have posted this row: the
    # time that lease began. The platform's fresh state is checked before any resend.
    maybe_sent_since: datetime | None = None


@dataclass(frozen=True, slots=True)
class Coverage:
    """Another outlet's article on the same story."""

    outlet: str
    link: str | None
    title: str


# What a headline card shows where the summary would be (product decision: posted, not held;
# an aggregator's or a microblog's item often has nothing but its headline).
HEADLINE_ONLY_NOTE = "Headline only: the source's feed gives no summary."


@dataclass(frozen=True, slots=True)
class DigestItem:
    """One story as a channel sees it. Platform-free: adapters turn it into blocks/embeds/text."""

    story_key: str
    headline: str
    summary: str
    link: str | None
    outlet: str
    via: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    quotes: tuple[Quote, ...] = ()
    tags: tuple[str, ...] = ()
    relevance: float | None = None
    also_covered: tuple[Coverage, ...] = ()
    # The source gives no text beyond the headline (an aggregator's link, a one-sentence
    # post, an empty description): posted as a headline card that says so.
    headline_only: bool = False

    @property
    def speakers(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(q.speaker for q in self.quotes if q.speaker))


@dataclass(frozen=True, slots=True)
class Digest:
    """What one post carries: a single story (instant) or a roundup of several."""

    kind: Literal["story", "roundup"]
    title: str
    items: tuple[DigestItem, ...]
    timezone: str = "UTC"
    generated_at: datetime | None = None
    # Validated platform mentions posted with it (see FeedOptions): an instant post carries its
    # feed's, a roundup those of its stories' feeds, once each.
    mentions: tuple[str, ...] = ()
    sender_name: str | None = None  # webhook channels: post under this name…
    sender_avatar: str | None = None  # …and avatar


NoticeKind = Literal["broken", "recovered"]


@dataclass(frozen=True, slots=True)
class Notice:
    """A short message to a channel that is not a story: a feed it follows broke or recovered.
    Queued in its own outbox, unique per `key` (feed, channel, UTC day)."""

    key: str
    channel: ChannelRef
    feed_id: int
    kind: NoticeKind
    text: str
    id: int | None = None
    attempts: int = 0
    maybe_sent_since: datetime | None = None
    not_before: datetime | None = None  # queued for a later day: not sent before then


@dataclass(frozen=True, slots=True)
class CommandContext:
    """Who runs a slash command, and where. `is_admin` is decided by the adapter's platform."""

    channel: ChannelRef
    user: str
    is_admin: bool = False
    workspace: str | None = None  # Slack team id, Discord guild id; None: the platform's one
    roles: tuple[str, ...] = ()  # the user's Discord role ids / Slack user group ids

    @property
    def workspace_key(self) -> str:
        return workspace_key(self.channel.platform, self.workspace)


def workspace_key(platform: str, workspace: str | None) -> str:
    """Where a workspace's settings are stored: "slack:T0123", "discord:<server id>"; a
    platform without workspaces (the console), or a channel whose workspace is unknown,
    has "<platform>:-"."""
    return f"{platform}:{workspace or '-'}"


@dataclass(frozen=True, slots=True)
class Choice:
    """One option of a reply (a button on Slack and Discord, a numbered line on the console):
    choosing it runs `command` as the person who chose."""

    label: str
    command: str  # the words after /news, e.g. 'feeds add "https://x.example/rss"'


@dataclass(frozen=True, slots=True)
class Reply:
    """The answer to a command: text (platform-neutral markdown-ish), optionally with a digest."""

    text: str
    digest: Digest | None = None
    ephemeral: bool = True  # only the caller sees it, where the platform allows
    ok: bool = True
    choices: tuple[Choice, ...] = ()
