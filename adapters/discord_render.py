"""Digest → Discord embeds and message payloads. Pure functions: no discord.py, no I/O.

Discord refuses a whole message when one limit is exceeded, so every string is fitted here:
feed text is cut at a sentence boundary (word boundary as a last resort) and marked with "…",
and roundups are packed into as many messages as the 10-embed / 6,000-character limits need.
Feed text is markdown-escaped: a headline can never become a masked link or a spoiler.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

from bot.content.sentences import split_sentences
from bot.core.types import HEADLINE_ONLY_NOTE, Digest, DigestItem, Quote, Reply

# Documented limits (REFERENCE.md, Discord "Embed Limits").
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
AUTHOR_MAX = 256
FIELDS_MAX = 25
MESSAGE_EMBEDS_MAX = 10
MESSAGE_EMBED_CHARS_MAX = 6000
CONTENT_MAX = 2000
NONCE_MAX = 25

ROUNDUP_DESCRIPTION_MAX = 700  # a roundup is a list: keep each story short so several fit
ROUNDUP_FIELD_MAX = 300
VIA_MAX = 200
QUOTE_MAX = 500
EMBED_COLOR = 0x2B6CB0

Embed = dict[str, Any]

_MARKDOWN = re.compile(r"([\\*_~`|\[\]])")
_LINE_START = re.compile(r"^(\s*)([>#-])", re.MULTILINE)  # quotes, headers, lists
_MENTION_LIKE = re.compile(r"@(everyone|here)")


def escape(text: str) -> str:
    """Feed text shown literally: markdown characters escaped, @everyone/@here defused.

    `allowed_mentions` already stops pings; the zero-width space also keeps them from *looking*
    like pings to readers.
    """
    text = _LINE_START.sub(r"\1\\\2", _MARKDOWN.sub(r"\\\1", text))
    return _MENTION_LIKE.sub("@\u200b\\1", text)


def _strip_dangling_escape(text: str) -> str:
    # A cut can separate "\" from the character it escapes; an odd run of trailing "\" is one.
    trailing = len(text) - len(text.rstrip("\\"))
    return text[:-1] if trailing % 2 else text


def fit(text: str, limit: int, *, ellipsis: str = "…") -> str:
    """`text` if it fits, else its longest prefix of whole sentences within `limit` + "…".

    Falls back to a word boundary, then to a hard cut, when the first sentence alone is too
    long. The result is never longer than `limit`.
    """
    text = text.strip()
    if len(text) <= limit:
        return text
    room = limit - len(ellipsis)
    if room <= 0:
        return ellipsis[:limit]
    # Only the prefix can matter; splitting a megabyte of text would be slow for nothing.
    prefix = text[: room + 1]
    end, pos = 0, 0
    sentences = split_sentences(prefix)
    for sentence in sentences[:-1]:  # the last piece is the one the cut went through
        found = prefix.find(sentence, pos)
        if found < 0:
            break
        pos = found + len(sentence)
        if pos <= room:
            end = pos
    if end == 0:
        cut = prefix[:room]
        space = cut.rfind(" ")
        end = space if space > room // 2 else room
    head = _strip_dangling_escape(text[:end].rstrip())
    return head + ellipsis if head else text[:room] + ellipsis


def _quote_line(quote: Quote) -> str:
    who = quote.attribution
    body = fit(escape(quote.text), QUOTE_MAX)
    return f"> “{body}” — {escape(who)}"


def _author(item: DigestItem) -> str:
    name = item.outlet + (f" · {', '.join(item.authors)}" if item.authors else "")
    return fit(name, AUTHOR_MAX)


def _footer(item: DigestItem) -> str:
    # The story id comes last but is never cut: `/news why` needs it.
    parts = [f"via {fit(item.via, VIA_MAX)}"] if item.via else []
    parts.append(f"story {item.story_key[:8]}")
    return " · ".join(parts)


def _coverage_value(item: DigestItem, limit: int = FIELD_VALUE_MAX) -> str:
    """Linked outlets, as many as fit in one field value (whole entries only)."""
    out: list[str] = []
    used = 0
    for c in item.also_covered:
        name = escape(c.outlet)[:100]
        entry = f"[{name}]({c.link})" if c.link and len(c.link) < 500 else name
        extra = len(entry) + (2 if out else 0)
        if used + extra > limit - 12:
            out.append(f"+{len(item.also_covered) - len(out)} more")
            break
        out.append(entry)
        used += extra
    return ", ".join(out)


def embed_length(embed: Embed) -> int:
    """Characters Discord counts towards the 6,000 per message."""
    total = len(embed.get("title", "")) + len(embed.get("description", ""))
    total += len(embed.get("author", {}).get("name", ""))
    total += len(embed.get("footer", {}).get("text", ""))
    for f in embed.get("fields", ()):
        total += len(f["name"]) + len(f["value"])
    return total


def item_embed(item: DigestItem, *, compact: bool = False) -> Embed:
    """One story: title → article, summary and key quote, author, timestamp, "via" footer.

    `compact` (roundups) keeps the description and fields short so that several stories share
    a message.
    """
    description_max = ROUNDUP_DESCRIPTION_MAX if compact else DESCRIPTION_MAX
    field_max = ROUNDUP_FIELD_MAX if compact else FIELD_VALUE_MAX
    embed: Embed = {
        "type": "rich",
        "title": fit(escape(item.headline), TITLE_MAX) or "(untitled)",
        "color": EMBED_COLOR,
        "author": {"name": _author(item)},
        "footer": {"text": _footer(item)},
    }
    if item.link and item.link.startswith(("http://", "https://")) and len(item.link) <= 2048:
        embed["url"] = item.link
    if item.published is not None:
        embed["timestamp"] = item.published.isoformat()
    fields = []
    if item.tags:
        fields.append(
            {"name": "Tags", "value": fit(", ".join(item.tags), field_max), "inline": True}
        )
    if item.also_covered:
        fields.append(
            {"name": "Also covered by", "value": _coverage_value(item, field_max), "inline": False}
        )
    if fields:
        embed["fields"] = fields[:FIELDS_MAX]
    # The description gets what is left of the 6,000 once the other parts are counted.
    room = min(description_max, MESSAGE_EMBED_CHARS_MAX - embed_length(embed))
    quote = _quote_line(item.quotes[0]) if item.quotes else ""
    if quote and len(quote) > room // 2:
        quote = ""
    summary_room = room - (len(quote) + 2 if quote else 0)
    parts = [fit(escape(item.summary), summary_room)] if item.summary else (
        [f"*{HEADLINE_ONLY_NOTE}*"] if item.headline_only and not compact else []
    )
    if quote:
        parts.append(quote)
    description = "\n\n".join(p for p in parts if p)
    if description:
        embed["description"] = description
    return embed


def digest_messages(digest: Digest) -> list[dict[str, Any]]:
    """The messages that carry `digest`: each `{"content": str | None, "embeds": [Embed…]}`.

    A story is one message with one embed. A roundup starts with its title as content, then
    packs embeds greedily within 10 per message and 6,000 characters per message.
    """
    if digest.kind == "story" and len(digest.items) == 1:
        return [{"content": None, "embeds": [item_embed(digest.items[0])]}]
    embeds = [item_embed(i, compact=True) for i in digest.items]
    header = fit(f"**{escape(digest.title)}**", CONTENT_MAX) if digest.title else None
    messages = [{"content": header, "embeds": batch} for batch in pack(embeds)]
    if not messages:
        messages = [{"content": header or "(empty digest)", "embeds": []}]
    for later in messages[1:]:
        later["content"] = None
    return messages


def pack(embeds: Iterable[Embed]) -> list[list[Embed]]:
    """Greedy packing into messages within the per-message embed count and character limits."""
    out: list[list[Embed]] = []
    current: list[Embed] = []
    used = 0
    for e in embeds:
        size = embed_length(e)
        if current and (
            len(current) == MESSAGE_EMBEDS_MAX or used + size > MESSAGE_EMBED_CHARS_MAX
        ):
            out.append(current)
            current, used = [], 0
        current.append(e)
        used += size
    if current:
        out.append(current)
    return out


_BOLD = re.compile(r"(?<![*\w])\*([^*\n]+)\*(?![*\w])")


def reply_markdown(text: str) -> str:
    """Reply text (light markdown, `*bold*`) → Discord markdown (`**bold**`)."""
    return _BOLD.sub(r"**\1**", text)


def split_content(text: str, limit: int = CONTENT_MAX) -> list[str]:
    """Message content in chunks ≤ `limit`, cut at line breaks where possible."""
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit)
        if cut < limit // 2:
            cut = rest.rfind(" ", 0, limit)
        if cut < limit // 2:
            cut = limit
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n")
    if rest.strip() or not chunks:
        chunks.append(rest)
    return chunks


def nonce_for(key: str, part: int = 0) -> str:
    """Discord nonces are at most 25 characters: a digest of the idempotency key (and part)."""
    raw = key if part == 0 else f"{key}#{part}"
    return hashlib.sha256(raw.encode()).hexdigest()[:NONCE_MAX]


def reply_messages(reply: Reply) -> list[dict[str, Any]]:
    """A command reply as messages: its text (in ≤2,000-character chunks), then its digest."""
    chunks = split_content(reply_markdown(reply.text)) if reply.text else []
    if reply.digest is None:
        return [{"content": c, "embeds": []} for c in chunks] or [
            {"content": "Done.", "embeds": []}
        ]
    digest_msgs = digest_messages(reply.digest)
    # The reply text stands in for the roundup's own header.
    digest_msgs[0]["content"] = chunks.pop() if chunks else digest_msgs[0]["content"]
    return [{"content": c, "embeds": []} for c in chunks] + digest_msgs
