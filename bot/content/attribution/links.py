"""An item's domains and links: known outlets and aggregators by domain, the publisher's link
behind an aggregator's, shared and tracked links."""

from __future__ import annotations

import base64
import html as htmllib
from functools import lru_cache
from urllib.parse import parse_qs, unquote, urlsplit

from bot.content.attribution.tables import (
    _TABLES,
    _TAG,
    AGGREGATORS,
    KNOWN_OUTLETS,
    PROXIES,
    _alternation,
)
from bot.content.links import plain_link
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import FeedEntry, ParsedFeed

# Legal forms end a company name ("GmbH & Co. KG", "S.p.A.", "(Pvt) Ltd", "Inc.").
_LEGAL_TAIL = re.compile(
    rf"(?:^|[\s,]+|(?<=[\u3040-\u9fff\uac00-\ud7af]))"  # "东岸日报有限公司": no space in CJK
    rf"(?:{_alternation({f.rstrip('.') for f in _TABLES['legal_forms']})})\.?$",
    re.IGNORECASE,
)
_PUBLISHER_TAIL = re.compile(rf"(?:^|\s+)(?:{_alternation(_TABLES['publisher_words'])})$")
_PUBLISHER_HEAD = re.compile(rf"^(?:{_alternation(_TABLES['publisher_prefixes'])})\s+")
# " - Reuters", " | BBC News", " — The Guardian" at the end of an aggregated item's title.
_TITLE_SUFFIX = re.compile(r"^(?P<title>.{8,}?)\s+[-–—|]\s+(?P<outlet>[^-–—|]{2,60})$")
_OUTLET_WORD = re.compile(r"^(?:[A-Z0-9][\w.&'’/+:-]*|of|the|and|on|for|de|du|des|la|le|el|&)$")


def _registered(domain: str, table: dict[str, str] | frozenset[str]) -> str | None:
    """`domain` or its nearest parent domain that is a key of `table` (feeds.bbci… → bbc…)."""
    while domain:
        if domain in table:
            return domain
        _, _, domain = domain.partition(".")
        if "." not in domain:
            return None
    return None


@lru_cache(maxsize=1024)  # pure; an item's link and its feed's are looked at several times
def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    if plain := plain_link(url.strip()):  # its host is what urlsplit reads (links.plain_link)
        return plain[2].lower().removeprefix("www.") or None
    return _split_domain(url)


def _split_domain(url: str) -> str | None:
    """`domain_of` any URL, split by urllib."""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().removeprefix("www.")
    except ValueError:  # "http://[::1" and other unparsable URLs
        return None
    return host or None


def outlet_for_domain(domain: str | None) -> str | None:
    """Known outlet name for a domain or any parent domain (feeds.bbci.co.uk → bbc.co.uk)."""
    key = _registered(domain or "", KNOWN_OUTLETS)
    return KNOWN_OUTLETS[key] if key else None


def aggregator_for_domain(domain: str | None) -> str | None:
    key = _registered(domain or "", AGGREGATORS)
    return AGGREGATORS[key] if key else None


# Community platforms (Reddit): the community in the feed's link path is the outlet.
_COMMUNITIES: dict[str, tuple[re.Pattern[str], str]] = {
    domain: (re.compile(rule["path"]), rule["name"])
    for domain, rule in _TABLES["community_feeds"].items()
}


def community_name(*urls: str | None) -> str | None:
    """"https://www.reddit.com/r/worldnews/" → "r/worldnews": the first URL that names a
    community on a community platform."""
    for url in urls:
        key = _registered(domain_of(url) or "", frozenset(_COMMUNITIES))
        if not key or not url:
            continue
        path_rule, name = _COMMUNITIES[key]
        try:
            path = urlsplit(url.strip()).path
        except ValueError:
            continue
        if m := path_rule.match(path):
            return name.format(*m.groups())
    return None


# Link posts on link-sharing communities: bot/data/attribution.json "link_posts".
_LINK_POSTS = _TABLES["link_posts"]
_LINK_ANCHOR = re.compile(
    r"<a\b[^>]*?\bhref\s*=\s*[\"'](?P<href>[^\"']+)[\"'][^>]*>\s*(?:"
    + _alternation(_LINK_POSTS["anchors"]) + r")\s*</a>",
    re.IGNORECASE,
)
_PLATFORM_HOSTS = frozenset(_LINK_POSTS["platform_hosts"])


def _name_label(domain: str) -> str:
    """"news.outlet.co.uk" → "outlet", "bbc.com" → "bbc": the label that names the site."""
    return _site(domain).split(".")[0]


# The last item `shared_link` answered for: the link and the outlet steps ask it in turn of
# the same item (FeedEntry and ParsedFeed are immutable, and held here: the same objects are
# the same item).
_last_shared: tuple[FeedEntry, ParsedFeed, str | None] | None = None


def shared_link(entry: FeedEntry, feed: ParsedFeed) -> str | None:
    """`_shared_link`, remembered for the last item asked."""
    global _last_shared
    last = _last_shared
    if last is not None and last[0] is entry and last[1] is feed:
        return last[2]
    found = _shared_link(entry, feed)
    _last_shared = (entry, feed, found)
    return found


def _shared_link(entry: FeedEntry, feed: ParsedFeed) -> str | None:
    """The article a link post on a link-sharing community shares, or None for any other item.

    Reddit: on the platform's own feed or thread, the "[link]" anchor of "submitted by … [link]
    [comments]" when it leaves the platform (an image or a self post stays on it). Hacker
    News-style feeds: the item's guid (its comments page) is on the feed's own site and its
    link on another one. A site's other domains (bbc.co.uk and bbc.com) are the same site."""
    on_platform = any(
        _registered(domain_of(url) or "", _PLATFORM_HOSTS) for url in (entry.link, feed.link)
    )
    for html in (entry.content_html, entry.summary_html) if on_platform else ():
        if html and (m := _LINK_ANCHOR.search(html)):
            href = htmllib.unescape(m["href"]).strip()
            domain = domain_of(href)
            if domain and not _registered(domain, _PLATFORM_HOSTS) and not _is_proxy(domain):
                return href
    home, link_domain = domain_of(feed.link), domain_of(entry.link)
    guid = (entry.guid or "").strip()
    guid_domain = domain_of(guid) if guid.startswith(("http://", "https://")) else None
    if not (home and link_domain and guid_domain) or aggregator_for_domain(home):
        return None
    if _is_proxy(link_domain) or aggregator_for_domain(link_domain):
        return None
    own = _name_label(home)
    if _name_label(guid_domain) == own and _name_label(link_domain) != own:
        # A link post's text is a blurb ("Article URL … Points: 318"); an item carrying a whole
        # article is the feed's own, whatever host its link names (a crawler's capture rewrites
        # every link to its mirror: "archive.example/…/index.html.1").
        return None if _carries_article(entry) else entry.link
    return None


ARTICLE_WORDS = 150  # an item's own text this long is an article, not a link post's blurb


def _carries_article(entry: FeedEntry) -> bool:
    html = max(entry.content_html or "", entry.summary_html or "", key=len)
    return len(_TAG.sub(" ", html).split()) >= ARTICLE_WORDS


_ENCODED_LINKS = {
    domain: re.compile(pattern) for domain, pattern in _TABLES["encoded_article_links"].items()
}


_URL_BYTES = re.compile(rb"[\x21-\x7e]+")


def _protobuf_url(token: str) -> str | None:
    """"CBMi…" → the URL in field 4 of the base64url protobuf message, or None."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (ValueError, TypeError):
        return None
    at = 0
    while at < len(raw):
        key, at = _varint(raw, at)
        field, wire = key >> 3, key & 7
        if wire == 0:
            _, at = _varint(raw, at)
        elif wire == 2:
            size, at = _varint(raw, at)
            value, at = raw[at:at + size], at + size
            if field == 4:  # a URL is printable ASCII: stop at the next field's bytes
                url = _URL_BYTES.match(value)
                text = url[0].decode("ascii") if url else ""
                return text if text.startswith(("https://", "http://")) else None
        else:
            return None
    return None


def _varint(raw: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while at < len(raw):
        byte = raw[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, at
    return value, len(raw) + 1


def publisher_link(entry: FeedEntry) -> str | None:
    """The publisher's URL an aggregator's redirect link encodes (Google News' "CBMi…" ids, in
    the link's path or the guid), or None when it encodes none we can read offline."""
    key = _registered(domain_of(entry.link) or "", frozenset(_ENCODED_LINKS))
    if not key:
        return None
    pattern = _ENCODED_LINKS[key]
    for text in (urlsplit((entry.link or "").strip()).path, (entry.guid or "").strip()):
        if (m := pattern.search(text)) and (url := _protobuf_url(m[1])):
            return url
    return None


# A search engine's click tracker: "…/news/apiclick.aspx?ref=FexRss&tid=…&url=https%3A%2F%2F…"
# (Bing News RSS), "…/redirect?url=…", "…/click?u=…": the article's own URL is in the query.
_CLICK_PATH = re.compile(r"(?:click|redirect|redir)[\w.]*$", re.IGNORECASE)
_CLICK_PARAMS = ("url", "u", "link", "dest", "destination", "target", "goto", "to")
# A publisher's own redirect, its host or a path part naming it, with the article's URL in the
# path after "*" or "/": "redir.outlet.example/redir/online/world/rss091/*https://www.…" (the
# Folha / UOL style), "…/click/track/https%3A%2F%2F…".
_CLICK_WORD = re.compile(r"(?:^|[./_-])(?:click|redirect|redir|track)s?(?:$|[./_-])", re.I)
_PATH_URL = re.compile(r"[*/](?P<url>https?(?::|%3A)(?://|%2F%2F).+)$", re.IGNORECASE)


def _absolute(value: str) -> str | None:
    return value if value.startswith(("https://", "http://")) and urlsplit(value).netloc else None


def tracked_link(link: str | None) -> str | None:
    """The article URL a click-tracking redirect carries in its query or its path, or None."""
    if not link or "http" not in link[8:].casefold():
        return None
    parts = urlsplit(link.strip())
    if _CLICK_PATH.search(parts.path):
        query = parse_qs(parts.query)
        for name in _CLICK_PARAMS:
            for value in query.get(name, []):
                if url := _absolute(value):
                    return url
    if (_CLICK_WORD.search(parts.netloc) or _CLICK_WORD.search(parts.path)) and (
        m := _PATH_URL.search(link.strip())
    ):
        return _absolute(unquote(m["url"]) if "%" in m["url"][:12] else m["url"])
    return None


def article_link(entry: FeedEntry, feed: ParsedFeed) -> str | None:
    """The link a digest gives the item: the shared article of a link post, the publisher's URL
    behind an aggregator's redirect or a search engine's click tracker, else the item's own
    link."""
    return (
        shared_link(entry, feed) or publisher_link(entry) or tracked_link(entry.link)
        or entry.link
    )


def _is_proxy(domain: str | None) -> bool:
    return bool(domain) and _registered(domain or "", PROXIES) is not None


_SECOND_LEVEL_LABELS = frozenset(_TABLES["second_level_labels"])


@lru_cache(maxsize=1024)  # pure; an item's and its feed's domains are asked several times a row
def _site(domain: str | None) -> str:
    """"www.news.outlet.co.uk" → "outlet.co.uk"-ish: the last labels that name the site."""
    labels = (domain or "").split(".")
    # "bbc.co.uk", "tribune.com.pk": a country's second level ("co", "com") is no site's name;
    # "rss.orf.at", "rss.iol.io": a short name is ("orf", "iol")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL_LABELS and len(labels[-1]) == 2 \
        else 2
    return ".".join(labels[-keep:])
