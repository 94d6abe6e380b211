"""Digests and replies as Slack Block Kit, built with `slack_sdk.models.blocks`. Pure: no I/O.

Feed text is untrusted. Everything that lands in mrkdwn goes through `escape()` (`&`, `<`, `>`),
so `<!channel>`, `<@U123>` or `<https://evil|click>` in a headline are shown, never executed;
mrkdwn objects are also `verbatim` (no auto-linking of names). Quotes use rich_text, which is
never parsed as markup at all; `plain_text` (headers, buttons) is not parsed for mentions.

Limits (Block Kit): header 150 chars, section text 3,000, 50 blocks per message. Long text is
cut at a sentence boundary (pysbd), else at a word boundary, and gets an ellipsis; never mid-word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pysbd
from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    RichTextBlock,
    RichTextElementParts,
    RichTextQuoteElement,
    SectionBlock,
)

from bot.core.types import HEADLINE_ONLY_NOTE, Digest, DigestItem, Reply

HEADER_MAX = 150
SECTION_MAX = 3000
CONTEXT_MAX = 1000  # our own cap per context element (Slack allows more); keeps bylines short
BUTTON_TEXT_MAX = 75
URL_MAX = 3000
QUOTE_MAX = 1000
MAX_BLOCKS = 50
# Slack refuses a message whose blocks hold more than about 12-13k characters of text in all
# (`msg_blocks_too_long`, undocumented; slackapi/bolt-js#2509): stay well below.
TEXT_BUDGET = 11_000
FALLBACK_MAX = 3000  # the notification text; Slack truncates at 40,000 but nobody reads that
MAX_AUTHORS = 3
MAX_COVERAGE = 5
ELLIPSIS = "…"
OPEN_ACTION = "newsbrief_open"  # action_id of the "Read at …" link button
CHOICE_ACTION = "newsbrief_choice"  # action_id prefix of a reply's choice buttons
VALUE_MAX = 2000  # a button's value: the /news words it runs
MAX_CHOICES = 5
# The only mentions a digest may carry: a user group an admin chose for the feed (checked
# against usergroups.list when it was set). Never <!channel>, <!here> or <!everyone>.
_SUBTEAM = re.compile(r"^<!subteam\^[A-Z0-9]{2,20}(\|[^<>]*)?>$")


def escape(text: str) -> str:
    """Slack's three control characters as entities: the text is shown, never interpreted."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _identity(text: str) -> str:
    return text


def fit(text: str, limit: int, render: Callable[[str], str] = _identity) -> str:
    """`render(text)` cut to at most `limit` characters at a sentence (else word) boundary.

    `render` (e.g. `escape`) is applied before measuring, because the limit is on what is sent.
    A cut is marked with an ellipsis; a word is never cut unless it alone exceeds the limit.
    """
    text = text.strip()
    whole = render(text)
    if len(whole) <= limit:
        return whole
    budget = limit - 2  # room for " …"
    # render() never shortens text, so nothing past limit+1 raw characters can be kept; this
    # also bounds the work pysbd does on a hostile megabyte-long summary.
    text = text[: limit + 1]
    kept = ""
    for end in _sentence_ends(text):
        candidate = text[:end].rstrip()  # cut the original text: spacing stays as written
        if len(render(candidate)) > budget:
            break
        kept = candidate
    if kept:
        return render(kept) + " " + ELLIPSIS
    # Not even the first sentence fits: keep the most whole words that do (binary search;
    # the rendered length grows with the number of words).
    words = text.split()
    lo, hi = 0, len(words) - 1  # the last word may be cut by the slice above: never keep it
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if len(render(" ".join(words[:mid]))) <= budget:
            lo = mid
        else:
            hi = mid - 1
    if lo > 0:
        return render(" ".join(words[:lo])) + ELLIPSIS
    # One "word" longer than the limit (a hostile blob): a hard cut is all that is left, made on
    # the raw text so an entity such as &amp; is never split.
    out: list[str] = []
    used = 0
    for ch in words[0] if words else "":
        used += len(render(ch))
        if used > budget:
            break
        out.append(ch)
    return render("".join(out)) + ELLIPSIS


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def _sentence_ends(text: str) -> list[int]:
    """Offsets just past each sentence of `text` (pysbd knows "U.S." ends no sentence).

    A boundary must be followed by whitespace: pysbd splits "<!channel>" after "<!".
    """
    return [
        span.end for span in _segmenter().segment(text)
        if span.end >= len(text) or text[span.end - 1].isspace()
    ]


def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit for a button or a `<url|text>` link, else None.

    `|` and `>` would end a mrkdwn link early, and a space ends it too: percent-encode them.
    """
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    url = quote(url, safe=":/?#[]@!$&'()*+,;=%~-._")
    return url if len(url) <= URL_MAX else None


def link(url: str | None, label: str, *, max_url: int = URL_MAX) -> str:
    """A mrkdwn link `<url|label>` with `label` escaped (plain escaped label without a URL)."""
    target = safe_url(url)
    text = escape(label)
    if target is None or len(target) > max_url:
        return text
    return f"<{escape(target)}|{text}>"


def local_time(when: datetime | None, tz: str) -> str:
    if when is None:
        return "undated"
    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return when.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")


def byline(item: DigestItem, tz: str) -> str:
    """outlet · authors · local time · via, as plain text (escape before putting in mrkdwn)."""
    parts = [item.outlet]
    if item.authors:
        authors = ", ".join(item.authors[:MAX_AUTHORS])
        if len(item.authors) > MAX_AUTHORS:
            authors += f" and {len(item.authors) - MAX_AUTHORS} more"
        parts.append(authors)
    parts.append(local_time(item.published, tz))
    if item.via:
        parts.append(f"via {item.via}")
    return " · ".join(parts)


def _mrkdwn(text: str) -> MarkdownTextObject:
    # verbatim: Slack must not auto-link channel names or parse anything we did not write.
    return MarkdownTextObject(text=text, verbatim=True)


def _context(text_mrkdwn: str) -> ContextBlock:
    return ContextBlock(elements=[_mrkdwn(text_mrkdwn)])


def _quote_block(item: DigestItem) -> RichTextBlock | None:
    if not item.quotes:
        return None
    elements: list[RichTextQuoteElement] = []
    for q in item.quotes:
        who = q.attribution
        elements.append(
            RichTextQuoteElement(
                elements=[
                    RichTextElementParts.Text(text=f"“{fit(q.text, QUOTE_MAX)}”"),
                    RichTextElementParts.Text(
                        text=f" — {fit(who, 200)}", style={"italic": True}
                    ),
                ]
            )
        )
    return RichTextBlock(elements=elements)


def story_blocks(item: DigestItem, tz: str) -> list[Block]:
    """One story: header, summary, byline, quotes, other coverage, link button, tags and id."""
    blocks: list[Block] = [HeaderBlock(text=PlainTextObject(text=fit(item.headline, HEADER_MAX)))]
    if item.summary:
        blocks.append(SectionBlock(text=_mrkdwn(fit(item.summary, SECTION_MAX, escape))))
    blocks.append(_context(fit(byline(item, tz), CONTEXT_MAX, escape)))
    if item.headline_only:
        blocks.append(_context(f"_{HEADLINE_ONLY_NOTE}_"))
    quote_block = _quote_block(item)
    if quote_block is not None:
        blocks.append(quote_block)
    if item.also_covered:
        covered = ", ".join(link(c.link, c.outlet) for c in item.also_covered[:MAX_COVERAGE])
        if len(covered) > CONTEXT_MAX:  # links cannot be cut safely: fall back to names only
            covered = fit(", ".join(c.outlet for c in item.also_covered), CONTEXT_MAX - 20, escape)
        blocks.append(_context("Also covered by: " + covered))
    url = safe_url(item.link)
    if url is not None:
        label = fit(f"Read at {item.outlet}", BUTTON_TEXT_MAX)
        blocks.append(
            ActionsBlock(
                elements=[ButtonElement(text=label, url=url, action_id=OPEN_ACTION)]
            )
        )
    footer = f"story {item.story_key[:8]}"
    if item.tags:
        footer = "tags: " + ", ".join(item.tags) + " · " + footer
    blocks.append(_context(fit(footer, CONTEXT_MAX, escape)))
    return blocks


def text_size(blocks: Sequence[Block]) -> int:
    """Characters of text and URLs in `blocks`: what Slack's undocumented total limit counts."""
    total = 0

    def walk(node: Any) -> None:
        nonlocal total
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("text", "url") and isinstance(value, str):
                    total += len(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk([b.to_dict() for b in blocks])
    return total


def _roundup_story(item: DigestItem, tz: str, with_context: bool, share: int) -> list[Block]:
    """One roundup entry in about `share` characters: linked headline, byline, summary."""
    head = f"*{link(item.link, fit(item.headline, 250), max_url=500)}*"
    line = fit(byline(item, tz), 300, escape)
    if with_context:
        share -= len(line)
    else:
        head += f"\n_{line}_"
    room = min(SECTION_MAX, share) - len(head) - 1
    summary = fit(item.summary, room, escape) if item.summary and room >= 60 else ""
    blocks: list[Block] = [SectionBlock(text=_mrkdwn(f"{head}\n{summary}" if summary else head))]
    if with_context:
        blocks.append(_context(line))
    return blocks


def roundup_blocks(digest: Digest, budget: int = TEXT_BUDGET) -> list[Block]:
    """A header and one section (+ byline context when there is room) per story.

    At most 50 blocks and `budget` characters in all; summaries share the room evenly, and
    stories that do not fit become an "…and N more stories" line.
    """
    items = digest.items
    blocks: list[Block] = [HeaderBlock(text=PlainTextObject(text=fit(digest.title, HEADER_MAX)))]
    used = text_size(blocks)
    reserve = 40  # the "…and N more" line
    with_context = 1 + 2 * len(items) <= MAX_BLOCKS
    shown = 0
    for i, item in enumerate(items):
        last = i == len(items) - 1
        share = (budget - used - reserve) // (len(items) - i)
        story = _roundup_story(item, digest.timezone, with_context, share)
        size = text_size(story)
        fits_blocks = len(blocks) + len(story) + (0 if last else 1) <= MAX_BLOCKS
        fits_text = used + size + (0 if last else reserve) <= budget
        if not (fits_blocks and fits_text):
            break
        blocks += story
        used += size
        shown += 1
    if shown < len(items):
        blocks.append(_context(f"…and {len(items) - shown} more stories"))
    return blocks


def headline_list_blocks(digest: Digest, budget: int = TEXT_BUDGET) -> list[Block]:
    """The parent message of a threaded roundup: a header and the numbered headlines."""
    blocks: list[Block] = [HeaderBlock(text=PlainTextObject(text=fit(digest.title, HEADER_MAX)))]
    used = text_size(blocks) + 100  # room for the closing line
    lines: list[str] = []
    for n, item in enumerate(digest.items, 1):
        line = (f"{n}. {link(item.link, fit(item.headline, 250), max_url=500)}"
                f" — {fit(item.outlet, 100, escape)}")
        if used + len(line) + 1 > budget:
            break
        lines.append(line)
        used += len(line) + 1
    mention = mention_of(digest)  # the roundup's feeds' user groups: the parent pings, once
    chunks = _chunk_lines(lines, SECTION_MAX)[: MAX_BLOCKS - (3 if mention else 2)]
    if mention:
        blocks.append(_context(mention))
    blocks += [SectionBlock(text=_mrkdwn(chunk)) for chunk in chunks]
    listed = sum(chunk.count("\n") + 1 for chunk in chunks)
    more = len(digest.items) - listed
    blocks.append(_context(f"…and {more} more in the thread" if more else "Details in the thread."))
    return blocks


def mention_of(digest: Digest) -> str | None:
    """The digest's feed mentions that are user groups, once each and space-separated; None
    when there are none (never pings anyone else)."""
    groups = dict.fromkeys(m for m in digest.mentions if _SUBTEAM.match(m))
    return " ".join(groups) or None


def digest_blocks(digest: Digest) -> list[Block]:
    if digest.kind == "story" and len(digest.items) == 1:
        blocks = story_blocks(digest.items[0], digest.timezone)
    else:
        blocks = roundup_blocks(digest)
    if (mention := mention_of(digest)) is not None and len(blocks) < MAX_BLOCKS:
        blocks.insert(0, _context(mention))
    return blocks


def fallback_text(digest: Digest) -> str:
    """The message's `text`: shown in notifications and by clients without Block Kit."""
    mention = mention_of(digest)
    if digest.kind == "story" and len(digest.items) == 1:
        item = digest.items[0]
        text = f"{item.headline} — {item.outlet}"
        if item.summary:
            text += f"\n{item.summary}"
        if mention:
            return mention + " " + fit(text, FALLBACK_MAX - len(mention) - 1, escape)
        return fit(text, FALLBACK_MAX, escape)
    lines = [digest.title] + [f"• {i.headline} — {i.outlet}" for i in digest.items]
    if mention:  # a roundup: its feeds' user groups, once each
        return mention + " " + _chunk_lines(lines, FALLBACK_MAX - len(mention) - 1, escape)[0]
    return _chunk_lines(lines, FALLBACK_MAX, escape)[0]


def _chunk_lines(
    lines: Sequence[str], limit: int, render: Callable[[str], str] = _identity
) -> list[str]:
    """`render`ed lines grouped into chunks of at most `limit` characters; long lines are fit."""
    chunks: list[str] = []
    current = ""
    for raw in lines:
        line = render(raw)
        if len(line) > limit:
            line = fit(raw, limit, render)
        if current and len(current) + 1 + len(line) > limit:
            chunks.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        chunks.append(current)
    return chunks


def reply_blocks(reply: Reply, budget: int = TEXT_BUDGET) -> list[Block]:
    """Reply text in sections (split at lines), then the digest as a roundup.

    At most 50 blocks and `budget` characters: the text takes what it needs up to half the room
    when there is a digest, the digest gets the rest.
    """
    # The text may quote feed titles and URLs: escape it all. The core's `*bold*`, backticks
    # and bullet lines mean the same in mrkdwn.
    has_digest = reply.digest is not None and bool(reply.digest.items)
    text_room = budget // 2 if has_digest else budget - 100
    blocks: list[Block] = []
    used = 0
    chunks = _chunk_lines(reply.text.split("\n"), SECTION_MAX, escape)
    for chunk in chunks[: MAX_BLOCKS - 1]:
        if used + len(chunk) > text_room:  # a chunk is ≤ 3,000 < text_room: one always fits
            break
        blocks.append(SectionBlock(text=_mrkdwn(chunk)))
        used += len(chunk)
    if len(blocks) < len(chunks):
        blocks.append(_context("…(cut to fit one message)"))
    if has_digest and reply.digest is not None:
        digest_part = roundup_blocks(reply.digest, budget=budget - used)[1:]  # no second title
        room = MAX_BLOCKS - len(blocks)
        if len(digest_part) > room:
            digest_part = [*digest_part[: room - 1], _context("…more stories not shown")]
        blocks += digest_part
    if reply.choices and len(blocks) < MAX_BLOCKS:
        blocks.append(choice_block(reply))
    return blocks


# The tail the core ends an admin channel's alert with ("Followed by <#C0123>, <#C0456> (run
# it there)."), once escaped: only there do channel links stay links.
_FOLLOWED_BY = re.compile(
    r"Followed by ((?:&lt;#[CG][A-Z0-9]{1,20}&gt;)(?:, &lt;#[CG][A-Z0-9]{1,20}&gt;)*)"
    r" \(run it there\)\.$"
)
_ESCAPED_CHANNEL = re.compile(r"&lt;#([CG][A-Z0-9]{1,20})&gt;")


def notice_blocks(text: str) -> tuple[list[Block], str]:
    """A feed alert: one section (the core's backticks read as code in mrkdwn) and its text.
    Everything is escaped (a feed's title is the site's text) except the channel links of the
    closing "Followed by …", which link channels and ping nobody."""
    shown = ":warning: " + _FOLLOWED_BY.sub(
        lambda m: _ESCAPED_CHANNEL.sub(r"<#\1>", m[0]), fit(text, SECTION_MAX - 20, escape)
    )
    return [SectionBlock(text=_mrkdwn(shown))], shown


def choice_block(reply: Reply) -> ActionsBlock:
    """A reply's choices as buttons; pressing one runs its `/news` words as whoever pressed."""
    return ActionsBlock(elements=[
        ButtonElement(text=fit(c.label, BUTTON_TEXT_MAX), value=c.command[:VALUE_MAX],
                      action_id=f"{CHOICE_ACTION}_{n}")
        for n, c in enumerate(reply.choices[:MAX_CHOICES])
    ])


def reply_fallback(reply: Reply) -> str:
    chunks = _chunk_lines(reply.text.split("\n"), FALLBACK_MAX, escape)
    return chunks[0] if chunks else "…"
