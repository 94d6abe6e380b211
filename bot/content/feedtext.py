"""Feed text written in a form readers never see it in, put back into plain Unicode.

Three traps of well-formed feeds whose bytes decode fine but whose text does not read:

- Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC): legacy converters (InPage to
  Unicode, old PDF and Windows exporters) write each Urdu, Arabic or Persian letter as its
  contextual glyph. The screen shows the right word; every word list, name and tag does not
  match it. NFKC maps those code points back to the letters (only those: NFKC elsewhere would
  fold full-width CJK punctuation, superscripts and ligatures the outlet wrote).
- Mathematical Alphanumeric Symbols (U+1D400–U+1D7FF): a social desk's 'bold text generator'
  writes "𝗕𝘆 𝗝𝗮𝗻𝗲" for a bold "By Jane". Screens show letters; a byline, a speaker's name or a
  title label in them matches nothing (no word list, no capital-letter test sees a letter).
  NFKC maps them to the plain letters and digits (the emphasis is lost, the words are not).
- JSON escapes in RSS text: an exporter that put `JSON.stringify` output into the XML writes
  `\\u2019` for "’", `\\n` for a line break, `\\"` for a quotation mark and wraps each string
  in double quotes. Decoded only when the feed evidently did that in several items (a literal
  backslash sequence in one item is someone's text: a developer blog quoting code).
- Quoted-printable residue in an item's HTML (a CMS fed by e-mail): undone per field on strong
  evidence (bot.content.quoted_printable). Here, after every parse path (feedparser, the fast
  path, JSON Feed), so no path can miss it.
- Decomposed letters (`compose`): a script that normalised its strings to NFD (for slugs) and
  stored the result writes "ã" as "a" + U+0303. The screen shows the letter; every word list,
  desk credit and name pattern (a combining mark is no word character) breaks on it
  ("Fonsêca" read as "Fonse"). Base letter and marks are composed again (NFC of those runs).
- Invisible format characters (`drop_format_marks`): right-to-left and left-to-right marks an
  InPage-to-Unicode converter or a word processor leaves around Urdu, Arabic or Hebrew words, a
  BOM stored in the database in front of a title or a name, a zero-width space beside a space.
  The screen shows nothing; every name, honorific, desk credit and title label the tables list
  does not match the word they sit on.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from bot.content.quoted_printable import decode_encoded_words, undo_quoted_printable
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import FeedEntry, ParsedFeed

_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc\U0001d400-\U0001d7ff]+")


# A mathematical letter or an Arabic presentation form as an HTML character reference inside
# an item's HTML ("&#120001;", "&#65238;"): the same text as the character itself.
_MATH_REF = re.compile(
    r"&#(?:[xX]0*(1[dD][4-7][0-9a-fA-F]{2}|[fF][b-eB-E][0-9a-fA-F]{2})|0*(1[12]\d{4}|6[45]\d{3}));"
)


def _math_ref(m: re.Match[str]) -> str:
    char = chr(int(m[1], 16) if m[1] else int(m[2]))
    return unicodedata.normalize("NFKC", char) if _PRESENTATION.fullmatch(char) else m[0]


def presentation_forms(text: str) -> str:
    """`text` with Arabic presentation forms and mathematical letters (raw or as character
    references) as the letters they show (NFKC of those only)."""
    if "&#" in text:
        text = _MATH_REF.sub(_math_ref, text)
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


# Format characters with no place in shown text: the word joiner, a BOM inside the text, the
# bidirectional marks (LRM, RLM, the Arabic letter mark) and the embedding, override and isolate
# controls. The zero-width non-joiner and joiner shape Persian, Indic and emoji text: they stay.
# A zero-width space marks a word break in Thai, Khmer or Burmese text between two letters: it
# goes only beside whitespace or at either end of a field. (The soft hyphen of a CMS's
# hyphenation is dropped where titles and item text are cleaned, bot.content.clean.)
_MARKS = ("\u2060", "\ufeff", "\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c",
          "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069")
_MARK = re.compile(f"[{''.join(_MARKS)}]+")
_ZWSP = re.compile(r"(?<=\s)\u200b+|\u200b+(?=\s)|^\u200b+|\u200b+$")
# The same characters in a UTF-8 document, raw or as XML character references.
_MARK_BYTES = re.compile(
    rb"\xe2\x80[\x8b\x8e\x8f\xaa-\xae]|\xe2\x81[\xa0\xa6-\xa9]|\xef\xbb\xbf|\xd8\x9c"
    rb"|&#(?:[xX]0*(?:200[bBeEfF]|202[a-eA-E]|206[0689]|[fF][eE][fF][fF]|61[cC])"
    rb"|0*(?:820[378]|823[4-8]|8288|829[4-7]|65279|1564));"
)


def drop_format_marks(text: str) -> str:
    """`text` without the invisible format characters above (the same string when it has
    none). For the fields of a feed whose bytes hold one (`has_format_marks`)."""
    if text.isascii():
        return text
    text = _MARK.sub("", text)
    return _ZWSP.sub("", text) if "\u200b" in text else text


# `_MARK_BYTES` split by its first byte: each part is looked for only in a document holding that
# byte (`in` with one byte is memchr, microseconds; the references' part by their "#": nearly
# every feed holds "&"), and a part that opens with a literal is searched by its prefix. The
# one regex tried every alternative at every byte: ~0.4 ms on an 80 KB feed, the largest of the
# body-wide scans a poll with one new item makes.
_MARK_PARTS = tuple((lead, re.compile(part)) for lead, part in (
    (b"\xe2", rb"\xe2\x80[\x8b\x8e\x8f\xaa-\xae]|\xe2\x81[\xa0\xa6-\xa9]"),
    (b"\xef", rb"\xef\xbb\xbf"),
    (b"\xd8", rb"\xd8\x9c"),
    (b"#", rb"&#(?:[xX]0*(?:200[bBeEfF]|202[a-eA-E]|206[0689]|[fF][eE][fF][fF]|61[cC])"
           rb"|0*(?:820[378]|823[4-8]|8288|829[4-7]|65279|1564));"),
))


def has_format_marks(body: bytes) -> bool:
    """Does a UTF-8 document hold invisible format characters (a quick look at its bytes)? A
    byte-order mark opening the document is none."""
    start = 3 if body.startswith(b"\xef\xbb\xbf") else 0
    return any(lead in body and part.search(body, start) is not None
               for lead, part in _MARK_PARTS)


# A letter followed by combining diacritical marks (U+0300–U+036F), and their UTF-8 bytes or
# their character references (XML's, or HTML's inside escaped HTML: "&amp;#769;").
_DECOMPOSED = re.compile("[^\u0300-\u036f][\u0300-\u036f]+")
_MARK_REF = re.compile(r"&#(?:[xX]0*(3[0-6][0-9a-fA-F])|0*(7[6-9]\d|8[0-7]\d));")
_DECOMPOSED_BYTES = re.compile(
    rb"\xcc[\x80-\xbf]|\xcd[\x80-\xaf]|&(?:amp;)?#(?:[xX]0*3[0-6][0-9a-fA-F]|7[6-9]\d|8[0-7]\d);"
)
# The same, split as `_MARK_PARTS` is: the raw marks searched only in a document holding their
# lead bytes, the references only in one holding "#" (every reference has one; `in` with one
# byte is memchr, while `b"&#" in body` scans byte by byte, slower than the regex). Nearly every
# feed holds "&" (escaped HTML), and the one regex tried all three alternatives at every byte:
# ~0.4 ms of a 2 ms parse of an 80 KB feed.
_DECOMPOSED_RAW = re.compile(rb"\xcc[\x80-\xbf]|\xcd[\x80-\xaf]")
_DECOMPOSED_REF = re.compile(rb"&(?:amp;)?#(?:[xX]0*3[0-6][0-9a-fA-F]|7[6-9]\d|8[0-7]\d);")


def compose(text: str) -> str:
    """`text` with each letter written as base letter + combining marks composed (NFC of those
    runs only: the rest of the text stays as the outlet wrote it)."""
    if "&#" in text:  # a mark as an HTML character reference is the mark
        text = _MARK_REF.sub(lambda m: chr(int(m[1], 16) if m[1] else int(m[2])), text)
    if text.isascii() or not _DECOMPOSED.search(text):
        return text
    return _DECOMPOSED.sub(lambda m: unicodedata.normalize("NFC", m[0]), text)


def has_decomposed(body: bytes) -> bool:
    """Does a UTF-8 document hold combining diacritical marks, raw or as character references
    (a quick look at its bytes)?"""
    if (b"\xcc" in body or b"\xcd" in body) and _DECOMPOSED_RAW.search(body) is not None:
        return True
    return b"#" in body and _DECOMPOSED_REF.search(body) is not None


def _fix(text: str | None, escaped: bool, marks: bool = True,
         decomposed: bool = False) -> str | None:
    if not text:
        return text
    if escaped:
        text = unescape_json(text)
    text = presentation_forms(text)
    if decomposed:
        text = compose(text)
    return drop_format_marks(text) if marks else text


def _fix_entry(entry: FeedEntry, escaped: bool, marks: bool, decomposed: bool) -> FeedEntry:
    def fix(text: str | None) -> str | None:
        return _fix(text, escaped, marks, decomposed)

    return replace(
        entry,
        title=fix(entry.title) or "",
        summary_html=fix(entry.summary_html) or "",
        content_html=fix(entry.content_html) or "",
        authors=tuple(fix(a) or "" for a in entry.authors),
        categories=tuple(fix(c) or "" for c in entry.categories),
        source_title=fix(entry.source_title),
        rights=fix(entry.rights),
    )


# The forms' UTF-8 bytes: U+FB50–U+FDFF and U+FE70–U+FEFC; the mathematical letters'
# (U+1D400–U+1D7FF) raw or as character references, escaped once more in escaped HTML (the
# decimal form a little wide: a hint that the fields are then looked at); the Arabic forms as
# references, XML's or HTML's (a hint: U+FB00–U+FEFF, 64300–65299). Each alternative keyed by
# a byte it must hold (the references' "#": nearly every feed holds "&").
_PRESENTATION_ALTERNATIVES: tuple[tuple[bytes, bytes], ...] = (
    (b"\xef", rb"\xef(?:\xad[\x90-\xbf]|[\xae-\xb7][\x80-\xbf]|\xb9[\xb0-\xbf]"
             rb"|\xba[\x80-\xbf]|\xbb[\x80-\xbc])"),
    (b"\xf0", rb"\xf0\x9d[\x90-\x9f][\x80-\xbf]"),
    (b"#", rb"&(?:amp;)?#(?:[xX]0*1[dD][4-7][0-9a-fA-F]{2}|0*1(?:19[89]|20[0-8])\d\d);"
           rb"|&(?:amp;)?#(?:[xX]0*[fF][b-eB-E][0-9a-fA-F]{2}|0*6(?:4[3-9]|5[0-2])\d\d);"),
)
# The whole pattern (the reference `has_presentation_forms` answers as).
_PRESENTATION_BYTES = re.compile(b"|".join(part for _, part in _PRESENTATION_ALTERNATIVES))
# The same split by the byte each alternative opens with, as `_MARK_PARTS`: a part is searched
# only in a document holding that byte (`in` with one byte is memchr; a longer needle is no
# quicker than the search), and searched by its literal first byte. The one regex tried its
# three alternatives at every byte: ~1.4 ms on an 80 KB feed, a third of the parse of a poll
# with one new item (bench.pipeline's one-new cycle); ~0.04 ms this way.
_PRESENTATION_PARTS = tuple((lead, re.compile(part)) for lead, part in _PRESENTATION_ALTERNATIVES)


def has_presentation_forms(body: bytes) -> bool:
    """Does a UTF-8 document hold Arabic presentation forms (a quick look at its bytes)?
    The same answer as `_PRESENTATION_BYTES.search`, part by part (`_PRESENTATION_PARTS`)."""
    return any(lead in body and part.search(body) is not None
               for lead, part in _PRESENTATION_PARTS)


def _fields(parsed: ParsedFeed) -> list[str | None]:
    fields = [parsed.title, parsed.description, parsed.image_title, parsed.rights,
              parsed.publisher, parsed.publication_name]
    for e in parsed.entries:
        fields += [e.title, e.summary_html, e.content_html, e.source_title, e.rights,
                   *e.authors, *e.categories]
    return fields


def _needs_fix(parsed: ParsedFeed) -> bool:
    return any(f and _PRESENTATION.search(f) for f in _fields(parsed))


def _has_marks(parsed: ParsedFeed) -> bool:
    return any(f and (_MARK.search(f) or "\u200b" in f) for f in _fields(parsed))


def _without_quoted_printable(entry: FeedEntry) -> FeedEntry:
    summary = undo_quoted_printable(entry.summary_html)
    content = undo_quoted_printable(entry.content_html)
    title, authors = entry.title, entry.authors
    if "=?" in title:
        title = decode_encoded_words(title)
    if any("=?" in a for a in authors):
        authors = tuple(decode_encoded_words(a) for a in authors)
    if (summary is entry.summary_html and content is entry.content_html
            and title is entry.title and authors is entry.authors):
        return entry  # (the common case: no evidence, the same strings back)
    return replace(entry, summary_html=summary, content_html=content, title=title,
                   authors=authors)


def repair(parsed: ParsedFeed, escaped: bool = False, forms: bool | None = None,
           marks: bool | None = None, decomposed: bool | None = None) -> ParsedFeed:
    """`parsed` with quoted-printable item HTML undone, presentation forms mapped to letters,
    invisible format characters dropped and, when `escaped` (see `json_escaped`), JSON escapes
    decoded in every text field. `forms`, `marks`: whether the feed has presentation forms or
    format characters, `decomposed` whether it has combining marks (`compose`), when its bytes
    told (None: look at the fields)."""
    entries = tuple(_without_quoted_printable(e) for e in parsed.entries)
    if any(new is not old for new, old in zip(entries, parsed.entries, strict=True)):
        parsed = replace(parsed, entries=entries)
    forms = _needs_fix(parsed) if forms is None else forms
    # (JSON escapes may stand for the marks: looked for after decoding, field by field)
    marks = escaped or (_has_marks(parsed) if marks is None else marks)
    if decomposed is None:
        decomposed = any(f and _DECOMPOSED.search(f) for f in _fields(parsed))
    if not (escaped or forms or marks or decomposed):
        return parsed

    def fix(text: str | None) -> str | None:
        return _fix(text, escaped, marks, decomposed)

    return replace(
        parsed,
        title=fix(parsed.title),
        description=fix(parsed.description),
        image_title=fix(parsed.image_title),
        rights=fix(parsed.rights),
        publisher=fix(parsed.publisher),
        publication_name=fix(parsed.publication_name),
        entries=tuple(_fix_entry(e, escaped, marks, decomposed) for e in parsed.entries),
    )
