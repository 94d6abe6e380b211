"""A reader service's header above a shared story ("<user> shared this story from <favicon>
<feed title>:", the sharer's comment, then a rule): NewsBlur's blurblog feeds and other readers'
shared-item feeds put it before the origin's HTML. It is the sharer's, not the story's."""

from __future__ import annotations

import json
from importlib import resources

from bot.core import lazy_re as re  # compiled on first use

_TABLE = json.loads(resources.files("bot.data").joinpath("junk.json").read_text("utf-8"))
_PHRASE = re.compile(
    "|".join(f"(?:{w})" for lang, ws in _TABLE["share_header"].items()
             if not lang.startswith("_") for w in ws),
    re.IGNORECASE,
)
_RULE = re.compile(r"<hr\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_RULE_MARKS = ("<hr", "<HR", "<Hr", "<hR")  # "<hr" in any case (only H and R lower to h, r)
_HEAD_CHARS = 6000  # the header with its table markup and a long comment
_HEAD_WORDS = 120  # the sharer's line and comment; more is the story itself
# The header's line ends where its block does; "from <favicon> Brand - Section:" names the
# origin feed.
_LINE_END = re.compile(r"</(?:td|b|p|div|strong)>|<br\b|<tr\b", re.IGNORECASE)
_FROM = re.compile(r"^\W*(?:from|von|aus|de|da|di|desde|depuis|do|dal)\s+(?P<feed>.+?)\s*[:.]?$",
                   re.IGNORECASE)


def _header(html: str) -> str | None:
    """The share header's HTML (before the first <hr>), or None when `html` has none."""
    if not any(html.find(mark, 0, _HEAD_CHARS) >= 0 for mark in _RULE_MARKS):
        return None  # (no lower-cased copy of the head made per text: most have no rule)
    rule = _RULE.search(html, 0, _HEAD_CHARS)
    if rule is None:
        return None
    head = " ".join(_TAG.sub(" ", html[: rule.start()]).split())
    if len(head.split()) > _HEAD_WORDS or not _PHRASE.search(head):
        return None
    return html[: rule.end()]


def without_share_header(html: str) -> str:
    """`html` without the share header closed by its first <hr>, when it has one."""
    header = _header(html)
    return html[len(header):] if header is not None else html


def shared_from(html: str) -> str | None:
    """The origin feed's title the share header names ("… shared this story from <favicon>
    The Liffey Courier - World:"), as a <source> would: the story's publisher and section."""
    header = _header(html)
    if header is None or (m := _PHRASE.search(header)) is None:
        return None
    end = _LINE_END.search(header, m.end())
    line = " ".join(_TAG.sub(" ", header[m.end(): end.start() if end else None]).split())
    found = _FROM.match(line)
    return found["feed"] if found and len(found["feed"]) <= 120 else None
