"""An item's link as a chat platform accepts it: absolute against the feed URL, http(s) only,
no whitespace or control characters; anything else becomes None."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

from bot.content import links
from bot.core import lazy_re as re  # compiles each pattern on first use

MAX_LINK_CHARS = 2000  # Slack refuses button URLs over 3,000 characters; real links are short


# Whitespace (re's \s is str.isspace) or a control character: one search, not a loop per char
# (web_link runs for every item of a cold cycle, the backlog's too).
_UNSAFE_IN_LINK = re.compile(r"[\s\x00-\x1f]")


def web_link(link: str | None, feed_url: str) -> str | None:
    """The item's link as something a chat platform will accept and a reader can open: made
    absolute against the feed URL ("/world/1" → "https://outlet.example/world/1"), http(s)
    only. "javascript:", "data:" and malformed links become None: the story is posted without
    a link rather than refused by Slack or Discord."""
    if not link:
        return None
    link = link.strip()
    if links.plain_link(link) and len(link) <= MAX_LINK_CHARS:
        return link  # what the steps below make of a plain link (links.plain_link): itself
    return _web_link(link, feed_url)


def _web_link(link: str, feed_url: str) -> str | None:
    """`web_link` of any stripped link: joined, split and checked by urllib."""
    try:
        absolute = _joined(feed_url, link)
        parts = urlsplit(absolute)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host or len(absolute) > MAX_LINK_CHARS:
        return None
    if _UNSAFE_IN_LINK.search(absolute):
        return None
    # "?utm_source=rss&utm_medium=referral" says where the click came from: a reader's link
    # need not carry it (links.json lists only parameters no page needs).
    return links.strip_tracking(absolute)


def _joined(base: str, link: str) -> str:
    """urljoin(base, link), an absolute http(s) link (most are) split once: urljoin splits it
    again (urlparse) and puts it back together (urlunparse), and the split is shared with the
    steps after (urlsplit remembers its last results: web_link's own split, the outlet's
    domain_of, the story key's canonical_link). A path with ";" (parameters, which urlparse
    splits off and may drop) or another scheme goes to urljoin."""
    parts = urlsplit(link)
    if not (base and parts.netloc and parts.scheme in ("http", "https") and ";" not in link):
        return urljoin(base, link)
    # urljoin keeps a link of another scheme than the base's as written
    return urlunsplit(parts) if parts.scheme == urlsplit(base).scheme else link
