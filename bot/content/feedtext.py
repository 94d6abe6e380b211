"""Feed text written in a form readers never see it in, put back into plain Unicode.

Three traps of well-formed feeds whose bytes decode fine but whose text does not read:

- Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC): legacy converters (InPage to
  Unicode, old PDF and Windows exporters) write each Urdu, Arabic or Persian letter as its
  contextual glyph. The screen shows the right word; every word list, name and tag does not
  match it. NFKC maps those code points back to the letters (only those: NFKC elsewhere would
  fold full-width CJK punctuation, superscripts and ligatures the outlet wrote).
- JSON escapes in RSS text: an exporter that put `JSON.stringify` output into the XML writes
  `\\u2019` for "’", `\\n` for a line break, `\\"` for a quotation mark and wraps each string
  in double quotes. Decoded only when the feed evidently did that in several items (a literal
  backslash sequence in one item is someone's text: a developer blog quoting code).
- Quoted-printable residue in an item's HTML (a CMS fed by e-mail): undone per field on strong
  evidence (bot.content.quoted_printable). Here, after every parse path (feedparser, the fast
  path, JSON Feed), so no path can miss it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from bot.content.quoted_printable import undo_quoted_printable
from bot.core.types import FeedEntry, ParsedFeed

_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]+")


def presentation_forms(text: str) -> str:
    """`text` with Arabic presentation forms as the letters they show (NFKC of those only)."""
    if not _PRESENTATION.search(text):
        return text
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)


# A JSON escape in the feed's bytes: \uXXXX of a non-ASCII character (an exporter escaping
# ASCII only would not need to), or a string literal in quotes (`&quot;` or `"`) with \n or \"
# inside.
_U_ESCAPE = re.compile(rb"\\u(?!00[0-7])[0-9a-fA-F]{4}")
_ELEMENT_TEXT = re.compile(rb">([^<]+)</|<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_LITERAL_ESCAPE = re.compile(rb"\\(?:n|&quot;|\"|u[0-9a-fA-F]{4})")
_ESCAPE = re.compile(r'\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})'
                     r'|u([0-9a-fA-F]{4})|([nrt"/\\]))')
_SIMPLE = {"n": "\n", "r": "\n", "t": " ", '"': '"', "/": "/", "\\": "\\"}
_MIN_ITEMS = 2  # items that must show the escapes before the feed's text is decoded


def json_escaped(items: Sequence[bytes]) -> bool:
    """Did an exporter write JSON string literals into these items' text? Two items or more
    (and a third of them) with \\uXXXX escapes of non-ASCII characters or quoted literals."""
    marked = sum(1 for b in items if b"\\" in b and (_U_ESCAPE.search(b) or _literal(b)))
    return marked >= _MIN_ITEMS and 3 * marked >= len(items)


def _literal(item: bytes) -> bool:
    """Has the item an element whose text is a quoted string literal with an escape inside?"""
    for m in _ELEMENT_TEXT.finditer(item):
        text = (m[1] or m[2]).strip()
        for quote in (b"&quot;", b'"'):
            if (len(text) > 2 * len(quote) and text.startswith(quote) and text.endswith(quote)
                    and _LITERAL_ESCAPE.search(text)):
                return True
    return False


def unescape_json(text: str) -> str:
    """One field's JSON string literal (`"…\\u2019…"`) or escaped text as the text it encodes."""
    stripped = text.strip()
    if len(stripped) >= 2 and stripped[0] == stripped[-1] == '"':
        try:
            value = json.loads(stripped)
        except ValueError:
            value = None
        if isinstance(value, str):
            return value.replace("\r\n", "\n")
    if "\\" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        if m[1]:
            return chr(0x10000 + ((int(m[1], 16) - 0xD800) << 10) + int(m[2], 16) - 0xDC00)
        if m[3]:
            return chr(int(m[3], 16))
        return _SIMPLE[m[4]]

    return _ESCAPE.sub(one, text)


def _fix(text: str | None, escaped: bool) -> str | None:
    if not text:
        return text
    if escaped:
        text = unescape_json(text)
    return presentation_forms(text)


def _fix_entry(entry: FeedEntry, escaped: bool) -> FeedEntry:
    return replace(
        entry,
        title=_fix(entry.title, escaped) or "",
        summary_html=_fix(entry.summary_html, escaped) or "",
        content_html=_fix(entry.content_html, escaped) or "",
        authors=tuple(_fix(a, escaped) or "" for a in entry.authors),
        categories=tuple(_fix(c, escaped) or "" for c in entry.categories),
        source_title=_fix(entry.source_title, escaped),
        rights=_fix(entry.rights, escaped),
    )


# The forms' UTF-8 bytes: U+FB50–U+FDFF and U+FE70–U+FEFC.
_PRESENTATION_BYTES = re.compile(
    rb"\xef(?:\xad[\x90-\xbf]|[\xae-\xb7][\x80-\xbf]|\xb9[\xb0-\xbf]|\xba[\x80-\xbf]"
    rb"|\xbb[\x80-\xbc])"
)


def has_presentation_forms(body: bytes) -> bool:
    """Does a UTF-8 document hold Arabic presentation forms (a quick look at its bytes)?"""
    return _PRESENTATION_BYTES.search(body) is not None


def _needs_fix(parsed: ParsedFeed) -> bool:
    fields = [parsed.title, parsed.description, parsed.image_title, parsed.rights,
              parsed.publisher]
    for e in parsed.entries:
        fields += [e.title, e.summary_html, e.content_html, e.source_title, *e.authors,
                   *e.categories]
    return any(f and _PRESENTATION.search(f) for f in fields)


def _without_quoted_printable(entry: FeedEntry) -> FeedEntry:
    summary = undo_quoted_printable(entry.summary_html)
    content = undo_quoted_printable(entry.content_html)
    if summary is entry.summary_html and content is entry.content_html:
        return entry  # (the common case: no evidence, the same strings back)
    return replace(entry, summary_html=summary, content_html=content)


def repair(parsed: ParsedFeed, escaped: bool = False, forms: bool | None = None
           ) -> ParsedFeed:
    """`parsed` with quoted-printable item HTML undone, presentation forms mapped to letters
    and, when `escaped` (see `json_escaped`), JSON escapes decoded in every text field.
    `forms`: whether the feed has presentation forms, when its bytes told (None: look at the
    fields)."""
    entries = tuple(_without_quoted_printable(e) for e in parsed.entries)
    if any(new is not old for new, old in zip(entries, parsed.entries, strict=True)):
        parsed = replace(parsed, entries=entries)
    if not escaped and not (_needs_fix(parsed) if forms is None else forms):
        return parsed
    return replace(
        parsed,
        title=_fix(parsed.title, escaped),
        description=_fix(parsed.description, escaped),
        image_title=_fix(parsed.image_title, escaped),
        rights=_fix(parsed.rights, escaped),
        publisher=_fix(parsed.publisher, escaped),
        publication_name=_fix(parsed.publication_name, escaped),
        entries=tuple(_fix_entry(e, escaped) for e in parsed.entries),
    )
