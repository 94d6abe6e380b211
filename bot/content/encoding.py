"""Feed bytes → text in the right encoding, before feedparser sees them.

Real feeds declare the wrong encoding or none: Shift-JIS with no declaration (XML's default is
UTF-8), windows-1255 declared UTF-8, KOI8-R declared windows-1251, windows-1251 declared
ISO-8859-1, Latin-1 declared UTF-8, or one Latin-1 item pasted into a UTF-8 feed. A single-byte
declaration decodes *anything* without an error, into mojibake. So:

* bytes that are valid in the declared multi-byte encoding (UTF-8, UTF-16, Shift-JIS…) are
  trusted: the common case costs one strict decode;
* a UTF-8 document with a few invalid bytes between valid multi-byte sequences is repaired
  byte-run by byte-run (the invalid runs read as windows-1252);
* bytes that are valid UTF-8, with three or more multi-byte sequences, under a single-byte
  declaration are UTF-8 (a stale template declaration: legacy text is practically never valid
  UTF-8);
* otherwise charset-normalizer picks the encoding; a declared single-byte encoding is kept
  unless the detected one reads clearly better (less "chaos");
* a single-byte decoding that yields characters real text never has — C1 controls
  (U+0080–U+009F: windows-1250 read as ISO-8859-2, windows-1252 as ISO-8859-1), U+FFFD, or
  box-drawing signs (KOI8-U read as KOI8-R) — is replaced by the cleanest of its sibling
  codepages (bot/data/encodings.json) and charset-normalizer's guess; none clean: refused;
* a clean single-byte decoding is still compared with its siblings where their bytes differ
  as letters or ordinary signs (windows-1250 'ą' is ISO-8859-2 'š', windows-1253 'Ά' is
  ISO-8859-7 '’', windows-1255 '₪' is ISO-8859-8 '¤'): a sibling wins only when it removes at
  least two implausible characters and leaves under a third of them — a letter of another
  script or outside the feed's <language> alphabet (or, with no <language>, of every language
  whose alphabet fits the other reading), an upper-case letter inside a lower-case word, a
  stray accent or sign glued to a word; otherwise the declaration is kept. Where neither
  reading fits the feed's <language> (Hungarian names in an English feed), the alphabet of a
  language holding one reading's letters whole judges them;
* when nothing decodes with confidence, `EncodingError` (one line) refuses the feed.

The result is re-encoded as UTF-8 with the XML declaration rewritten, so feedparser and the
rest of the pipeline see one encoding.
"""

from __future__ import annotations

import codecs
import functools
import html.entities
import json
import unicodedata
from importlib import resources
from itertools import pairwise

from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.errors import ParseError

_XML_DECL = re.compile(
    rb"^(\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']"
)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
_MULTIBYTE = frozenset({"utf_8", "utf_16", "utf_32", "utf_16_le", "utf_16_be", "utf_8_sig"})
_VALID_UTF8_SEQ = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_ENCODINGS = json.loads(resources.files("bot.data").joinpath("encodings.json").read_text("utf-8"))
_SIBLINGS: dict[str, list[str]] = _ENCODINGS["siblings"]
# (compared letter by letter only, never a clean reading of C1 controls: encodings.json)
_LETTER_SIBLINGS: dict[str, list[str]] = _ENCODINGS["letter_siblings"]
_NOT_WEB = frozenset(_ENCODINGS["not_web"])
_LAST_RESORT: dict[str, list[str]] = _ENCODINGS["last_resort"]
_LETTERS: dict[str, frozenset[str]] = {
    lang: frozenset(letters) for lang, letters in _ENCODINGS["letters"].items()
}
_LANGUAGE = re.compile(
    rb"<(?:\w+:)?language>\s*([A-Za-z]{2,3})|xml:lang\s*=\s*[\"']([A-Za-z]{2,3})"
)
# Signs real text has next to a letter only by mistake: spacing accents, ¤ ¦ ¬ ¶.
_STRAY_SIGNS = frozenset("¤¦¨´¸˛ˇ˙΅¬¶˘˝")
# Signs a word never holds between two of its letters (quotes only in non-Latin words).
_IN_WORD_SIGNS = frozenset("©®±µ·×¹²³¼½¾«»§°¢£¥₯€№")
_QUOTES = frozenset("‘’“”")
_WORD_OPENING_SIGNS = frozenset("©®")  # never glued before a word's lower-case letters
SIBLING_MIN_GAIN = 2  # implausible characters a sibling must remove, and 3 times fewer than left
_NEVER_IN_TEXT = re.compile("[\u0080-\u009f\ufffd]")  # C1 controls, replacement character
_BOX_DRAWING = re.compile("[\u2500-\u259f]")  # KOI8 letters read in the other KOI8
MAX_CHAOS = 0.25  # charset-normalizer's mess ratio above which a decoding is not trusted
BETTER_BY = 0.05  # a detected encoding must beat the declared one by this much chaos
UTF8_UNDER_SINGLE_BYTE = 3  # valid UTF-8 sequences that outweigh a single-byte declaration


class EncodingError(ParseError):
    pass


def _norm(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return None


def declared_encoding(body: bytes, content_type: str | None) -> str | None:
    """The encoding the feed claims: HTTP charset first (RFC 7303), then the XML declaration."""
    if content_type and (m := _CHARSET.search(content_type)) and (name := _norm(m.group(1))):
        return name
    if decl := _XML_DECL.match(body[:512]):
        return _norm(decl.group(2).decode("ascii"))
    return None


def _repair_mixed_utf8(body: bytes) -> str | None:
    """UTF-8 with a few legacy (windows-1252) byte runs pasted in: decode each part right."""
    invalid = 0
    out: list[str] = []
    pos = 0
    while pos < len(body):
        try:
            out.append(body[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as e:
            out.append(body[pos : pos + e.start].decode("utf-8"))
            bad = body[pos + e.start : pos + e.end]
            invalid += len(bad)
            out.append(bad.decode("cp1252", errors="replace"))
            pos += e.end
    valid = len(_VALID_UTF8_SEQ.findall(body))
    # Mostly UTF-8: many valid multi-byte sequences, few stray bytes.
    if valid >= 3 and invalid <= valid:
        return "".join(out)
    return None


def _detect(body: bytes) -> tuple[str, float] | None:
    from charset_normalizer import from_bytes  # only for a feed whose charset is in doubt

    best = from_bytes(body).best()
    if best is None:
        return None
    return _norm(best.encoding) or best.encoding, float(best.chaos)


def _chaos_of(body: bytes, encoding: str) -> float:
    from charset_normalizer import from_bytes

    match = from_bytes(body, cp_isolation=[encoding]).best()
    return float(match.chaos) if match is not None else 1.0


# Byte order marks, longest first (UTF-32 LE starts with UTF-16 LE's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf_32"), (codecs.BOM_UTF32_BE, "utf_32"),
    (codecs.BOM_UTF8, "utf_8_sig"), (codecs.BOM_UTF16_LE, "utf_16"),
    (codecs.BOM_UTF16_BE, "utf_16"),
)


def _bom_encoding(body: bytes) -> str | None:
    return next((name for bom, name in _BOMS if body.startswith(bom)), None)


# UTF-8 read as windows-1252 and stored again ("CÃ´te dâ€™Ivoire"): a lead byte's character
# followed by its continuation bytes' characters.
_CP1252_HIGH = "".join(
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(128, 256)
)
_CONTINUATION = re.escape(_CP1252_HIGH[: 0xC0 - 0x80])
_DOUBLE_ENCODED = re.compile(
    rf"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
    rf"|[\u00f0-\u00f4][{_CONTINUATION}]{{3}}"
)


def _undouble(match: re.Match[str]) -> str:
    # windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined: they came through as the
    # C1 control of the same number ("â€\x9d" is "”").
    try:
        raw = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in match[0])
        return raw.decode("utf-8")
    except (UnicodeError, ValueError):
        return match[0]


def repair_double_encoded(text: str) -> str:
    """"CÃ´te dâ€™Ivoire" → "Côte d’Ivoire": an item stored as UTF-8 read as windows-1252 (a CMS
    that copied text between databases), repaired where the characters spell UTF-8 bytes."""
    return _DOUBLE_ENCODED.sub(_undouble, text)


# The same in Greek, Cyrillic, Hebrew and Arabic script: two-byte letters whose lead byte reads
# "Î Ï Ð Ñ × Ø Ù Ú Û" ("Ù…Ù„Ø§Ø¦ÛŒØ´ÛŒØ§" for "ملائیشیا"). Three in a row, as no Latin text
# writes them, before the whole text is repaired.
_DOUBLE_ENCODED_RUN = re.compile(
    rf"(?:[\u00ce\u00cf\u00d0\u00d1\u00d7-\u00db][{_CONTINUATION}]){{3}}"
)


# The lead characters of _DOUBLE_ENCODED_RUN ("in" is a fast scan, the regex's class is not).
_RUN_LEADS = "\u00ce\u00cf\u00d0\u00d1" + "".join(map(chr, range(0xD7, 0xDC)))


# The same double encoding written as character references: PHP's htmlentities() with its old
# ISO-8859-1 default run over UTF-8 text writes each byte of "é" as an entity ('&Atilde;&copy;'),
# inside an otherwise pure-ASCII document; an escaped HTML description escapes it once more
# ('&amp;Atilde;&amp;copy;'). A run of two to four references (named, decimal or hex) at one
# escaping level; only a run whose characters spell UTF-8 bytes is rewritten.
_REF = r"(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{2,4}|#[xX][0-9a-fA-F]{2,4});"
_REF_RUN = re.compile(rf"(&(?:amp;)?){_REF}(?:\1{_REF}){{1,3}}")
_ONE_REF = re.compile(r"&(?:amp;)?(#?[A-Za-z0-9]+);")


def _ref_char(name: str) -> str | None:
    if not name.startswith("#"):
        named = html.entities.name2codepoint.get(name)
        return chr(named) if named is not None else None
    cp = int(name[2:], 16) if name[1:2] in "xX" else int(name[1:])
    if 0x80 <= cp < 0xA0:
        # HTML reads a reference to a C1 control as the windows-1252 character ('&#137;' is
        # '‰'), which is how the byte's character appears in _DOUBLE_ENCODED
        return bytes([cp]).decode("cp1252", errors="ignore") or chr(cp)
    return chr(cp)


def _unref(match: re.Match[str]) -> str:
    escape = match[1]
    refs = [m[0] for m in _ONE_REF.finditer(match[0])]
    chars = [_ref_char(_ONE_REF.fullmatch(r)[1]) for r in refs]  # type: ignore[index]
    if None in chars:
        return match[0]
    spelled = "".join(c for c in chars if c)
    out, at = [], 0
    for m in _DOUBLE_ENCODED.finditer(spelled):  # one character per reference: spans align
        fixed = _undouble(m)
        if fixed == m[0]:  # not UTF-8 bytes after all: the references stay as written
            continue
        out += refs[at:m.start()]
        # the character back as a reference at the run's own escaping level, so that the
        # document's escaping is unchanged
        out += [f"{escape}#{ord(c)};" for c in fixed]
        at = m.end()
    return "".join(out + refs[at:]) if at else match[0]


def repair_double_encoded_references(text: str) -> str:
    """'Mar&Atilde;&sup2;' → 'Mar&#242;' ("Marò"): UTF-8 bytes written as Latin-1 or
    windows-1252 character references, repaired where the run spells valid UTF-8."""
    return _REF_RUN.sub(_unref, text)


# UTF-8 read through another code page and saved again (bot/data/encodings.json
# "double_encoded_via"): each UTF-8 byte became the code page's character ('ú' → C3 BA →
# Mac OS Roman '√∫'). Unlike windows-1252's 'Ã', the lead characters of these code pages are
# ordinary letters or signs of clean text (windows-1256 'ت' is 0xCA, so a clean Urdu 'تک'
# spells U+0298), so a word is repaired only when every non-ASCII character in it belongs to
# such a sequence, its letters come out in one script and no control or stray combining mark
# comes out; and only in an item (or the channel's head) where most words holding non-ASCII
# characters repair so, and when three such words or more repair in the whole document.
_DOUBLE_VIA: tuple[str, ...] = tuple(_ENCODINGS["double_encoded_via"])
_MIN_DOUBLE_WORDS = 3
_ITEM_START = re.compile(r"(?=<(?:item|entry)[\s>])")
_NON_ASCII_WORD = re.compile(r"[^\x00-\x7f]\S*")  # from its first such character: linear
_SPACE = re.compile(r"\s")


def _byte_chars(codec: str, first: int, last: int) -> str:
    return "".join(bytes([b]).decode(codec, errors="ignore") for b in range(first, last + 1))


# Typographic quotes a pipeline left clean around a damaged word ('”بروقت … تحقیقات“'), where
# the code page does not use them as a lead character.
_CLEAN_QUOTES = "“”‘’«»„"


@functools.cache
def _double_via(
    codec: str,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, int]]:
    """The patterns of a lead character and a continuation (a quick scan: one character class
    after another is ~15 times faster than the sequences' alternation), of one UTF-8 sequence
    and of a whole word spelled in `codec`'s double encoding, and the code page's character →
    byte map for its high half."""
    byte_of = {bytes([b]).decode(codec, errors="ignore"): b for b in range(0x80, 0x100)}
    byte_of.pop("", None)
    leads = _byte_chars(codec, 0xC2, 0xF4)
    cont = f"[{re.escape(_byte_chars(codec, 0x80, 0xBF))}]"
    seq = (
        f"(?:[{re.escape(_byte_chars(codec, 0xC2, 0xDF))}]{cont}"
        f"|[{re.escape(_byte_chars(codec, 0xE0, 0xEF))}]{cont}{{2}}"
        f"|[{re.escape(_byte_chars(codec, 0xF0, 0xF4))}]{cont}{{3}})"
    )
    other = "!-~" + re.escape("".join(q for q in _CLEAN_QUOTES if q not in leads))
    word = re.compile(rf"[{other}]*(?:{seq}[{other}]*)+")
    return re.compile(f"[{re.escape(leads)}]{cont}"), re.compile(seq), word, byte_of


def _undouble_word(word: str, seq: re.Pattern[str], byte_of: dict[str, int]) -> str | None:
    failed = False

    def undo(match: re.Match[str]) -> str:
        nonlocal failed
        try:
            return bytes(byte_of[c] for c in match[0]).decode("utf-8")
        except UnicodeDecodeError:
            failed = True
            return match[0]

    fixed = seq.sub(undo, word)
    if failed or len({_script(c) for c in fixed if c.isalpha() and not c.isascii()}) > 1:
        return None
    for prev, c in pairwise(" " + fixed):
        cat = unicodedata.category(c)
        if cat in ("Cc", "Co", "Cn", "Cs") or (cat.startswith("M") and not prev.isalpha()):
            return None
    return fixed


def _undouble_part(part: str, codec: str) -> tuple[str, int]:
    """One item's text repaired, and how many words were, when most of its words repair."""
    lead, seq, word, byte_of = _double_via(codec)
    # the words holding a sequence (few in clean text: scanning for a lead and checking its
    # word is far faster than trying the word pattern at every character)
    spans: dict[int, int] = {}
    for m in lead.finditer(part):
        if m.start() < max(spans.values(), default=-1):
            continue  # inside a word already taken
        start, end = _word_span(part, m.start(), m.end())
        spans[start] = end
    out, at, fixed = [], 0, 0
    for start, end in spans.items():
        text = part[start:end]
        repaired = _undouble_word(text, seq, byte_of) if word.fullmatch(text) else None
        if repaired is not None:
            out += [part[at:start], repaired]
            at, fixed = end, fixed + 1
    if not fixed or 2 * fixed <= len(_NON_ASCII_WORD.findall(part)):
        return part, 0
    return "".join([*out, part[at:]]), fixed


def _word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited word around text[start:end]."""
    start = max(text.rfind(c, 0, start) for c in " \t\n\r") + 1
    space = _SPACE.search(text, end)
    return start, space.start() if space else len(text)


def repair_double_encoded_via(text: str, codec: str) -> str:
    """'C√∫pula' → 'Cúpula' (Mac OS Roman), 'ظ¾ط§ع©ط³طھط§ظ†' → 'پاکستان' (windows-1256):
    UTF-8 read as `codec` and saved again, repaired item by item where it spells UTF-8."""
    if not _double_via(codec)[0].search(text):  # the common case: one quick scan
        return text
    parts = [_undouble_part(part, codec) for part in _ITEM_START.split(text)]
    if sum(n for _, n in parts) < _MIN_DOUBLE_WORDS:
        return text
    return "".join(part for part, _ in parts)


@functools.cache
def _any_double_lead() -> re.Pattern[str]:
    """A lead character of any of the code pages, then a continuation of any: what each
    codec's own scan (`_double_via`) finds, this finds, in one scan instead of one a codec."""
    leads = "".join(_byte_chars(c, 0xC2, 0xF4) for c in _DOUBLE_VIA)
    conts = "".join(_byte_chars(c, 0x80, 0xBF) for c in _DOUBLE_VIA)
    return re.compile(f"[{re.escape(leads)}][{re.escape(conts)}]")


def _repair_double_via(text: str) -> str:
    # every code page's character for a byte of 0x80 or more is non-ASCII
    if text.isascii() or not _any_double_lead().search(text):  # the common case
        return text
    for codec in _DOUBLE_VIA:
        text = repair_double_encoded_via(text, codec)
    return text


def decode_feed(body: bytes, *, url: str, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding used). Raises EncodingError when no encoding reads the bytes sensibly.
    Double-encoded UTF-8 inside the text is repaired ("+repaired" is added to the name)."""
    text, used = _decode_feed(body, url=url, content_type=content_type)
    if "&" in text and _REF_RUN.search(text):
        repaired = repair_double_encoded_references(text)
        if repaired != text:
            text, used = repaired, used + "+repaired"
    if text.isascii():  # nothing to repair (the run's search alone was ~3 ms a 78 KB feed)
        return text, used
    if (  # the common lead characters: cheap test first; a run needs one of its leads
        "Ã" in text or "â€" in text or "Â" in text
        or (any(c in text for c in _RUN_LEADS) and _DOUBLE_ENCODED_RUN.search(text))
    ):
        repaired = repair_double_encoded(text)
        if repaired != text:
            text, used = repaired, used + "+repaired"
    repaired = _repair_double_via(text)
    if repaired != text:
        return repaired, used if used.endswith("+repaired") else used + "+repaired"
    return text, used


# "<?xm" in EBCDIC (XML 1.0 Appendix F): an IBM i or z/OS program that wrote its feed in the
# host's code page and a server that passed it on unconverted.
_EBCDIC_SIGNATURE = b"\x4c\x6f\xa7\x94"
_EBCDIC_DECL = re.compile(r"^<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")


def _decode_ebcdic(body: bytes, url: str, content_type: str | None) -> tuple[str, str]:
    """An EBCDIC document in the code page its HTTP charset or XML declaration names. The
    declaration is read in cp037, whose ASCII-range letters all EBCDIC code pages share; the
    national ones (cp273's 'ü' is cp037's '}') differ, so without a named EBCDIC code page
    Python can read, the feed is refused rather than guessed."""
    names = []
    if content_type and (m := _CHARSET.search(content_type)):
        names.append(m.group(1))
    if decl := _EBCDIC_DECL.match(body[:256].decode("cp037")):
        names.append(decl.group(1))
    for name in names:
        codec = _norm(name)
        try:
            if codec and body[:4].decode(codec) == "<?xm":
                # NEL (0x15) is the EBCDIC line end; XML 1.0 takes only LF, CR and tab as space.
                return body.decode(codec).replace("\x85", "\n"), codec
        except (UnicodeDecodeError, LookupError):
            continue
    raise EncodingError(url, "the feed is EBCDIC and names no EBCDIC code page that can be "
                             f"read ({', '.join(names) or 'none declared'})")


def _decode_feed(body: bytes, *, url: str, content_type: str | None = None) -> tuple[str, str]:
    if body.startswith(_EBCDIC_SIGNATURE):
        return _decode_ebcdic(body, url, content_type)
    # A byte order mark decides, over the HTTP charset and the XML declaration (XML 1.0
    # Appendix F; a template that writes a BOM under a windows-1252 declaration).
    if (bom := _bom_encoding(body)) is not None:
        try:
            return body.decode(bom), bom
        except UnicodeDecodeError:
            if bom == "utf_8_sig" and (repaired := _repair_mixed_utf8(body[3:])) is not None:
                return repaired, "utf_8_sig+cp1252"
    declared = declared_encoding(body, content_type)
    if declared == "ascii" and not body.isascii():
        # A 7-bit declaration over 8-bit bytes (a classic-ASP or SQL template's "us-ascii"
        # default) names no codepage for them: the bytes are read as undeclared ones.
        declared = None
    trusted = declared or "utf_8"
    if body.isascii():
        if trusted == "utf_7":
            return _utf7(body, url), trusted
        if trusted in _ISO2022 or (b"\x1b" in body and _ISO2022_SHIFT.search(body)):
            return _iso2022(body, trusted, url)
        return body.decode("ascii"), trusted
    if not _is_single_byte(trusted):
        try:
            text = body.decode(trusted)
        except (UnicodeDecodeError, LookupError):
            pass
        else:  # ISO-8859-6/-8 leave bytes undefined, yet have a windows sibling
            return _plausible_sibling(body, trusted, text) or (text, trusted)
        if trusted.startswith("utf_8") and (repaired := _repair_mixed_utf8(body)) is not None:
            return repaired, "utf_8+cp1252"
        found = _detect(body)
        if found is None or found[1] > MAX_CHAOS:
            raise EncodingError(url, f"the feed is not valid {trusted.replace('_', '-')} and "
                                     "its real encoding cannot be told")
        text, used = _clean_single_byte(body, found[0], url)
        if declared is None and _is_single_byte(used):
            # No charset anywhere: the codepage whose words are real, then (as for a declared
            # one) its sibling where their letters differ ('ő' in windows-1250, 'õ' in 1252).
            text, used = _best_codepage(body, text, used) or (text, used)
            return _plausible_sibling(body, used, text) or (text, used)
        return text, used
    # Valid UTF-8 with multi-byte sequences under a single-byte declaration: a stale template
    # header (a site moved to UTF-8 kept its windows-1251 declaration), which reads '“' as
    # 'вЂњ' without one control character. Legacy text is practically never valid UTF-8: each
    # letter byte ≥ 0xC2 would have to be followed by exactly the continuation bytes (in
    # windows-1251 signs like 'Ђ њ ‚', in windows-1252 '€ ™ ©') that a UTF-8 lead promises.
    if len(_VALID_UTF8_SEQ.findall(body)) >= UTF8_UNDER_SINGLE_BYTE:
        try:
            return body.decode("utf-8"), "utf_8"
        except UnicodeDecodeError:
            pass
    # A single-byte declaration decodes anything: check that it reads as text.
    text = body.decode(trusted, errors="replace")
    if _NEVER_IN_TEXT.search(text) or _BOX_DRAWING.search(text):
        # The clean codepage may still misread letters its own sibling has: windows-1254
        # Turkish declared ISO-8859-1 is clean as windows-1252 but 'ş ı' read 'þ ý'.
        text, used = _clean_single_byte(body, trusted, url, text)
        if used == trusted or not _is_single_byte(used):
            return text, used
        return _plausible_sibling(body, used, text) or (text, used)
    if (sibling := _plausible_sibling(body, trusted, text)) is not None:
        return sibling
    found = _detect(body)
    if found is not None and found[0] != trusted:
        declared_chaos = _chaos_of(body, trusted)
        if found[1] + BETTER_BY < declared_chaos:
            return _clean_single_byte(body, found[0], url)
        if declared_chaos > MAX_CHAOS:
            raise EncodingError(url, f"the feed's text does not read as {trusted.replace('_', '-')}"
                                     " and its real encoding cannot be told")
    return text, trusted


# ISO-2022 (RFC 1468, 1554, 1557): 7-bit stateful encodings, the Japanese one of mail and old
# mail-magazine archives. Every byte is ASCII, so ASCII-looking bytes prove nothing; what proves
# it is the escape byte, which XML never allows in text (ESC $ B / ESC ( B shift in and out of
# JIS X 0208). Read as ASCII it posts '$B%5%b%"…(B' runs.
_ISO2022 = ("iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3",
            "iso2022_jp_ext", "iso2022_kr")
_ISO2022_KR_HEADER = b"\x1b$)C"  # RFC 1557's designation, once at the start of the text
# A designation: ESC $ then a double-byte set (@ B A, or ( D / ) C…), or ESC ( B / J / I.
_ISO2022_SHIFT = re.compile(rb"\x1b(?:\$[()]?[@-Z]|\([BIJ])")


def _iso2022(body: bytes, declared: str, url: str) -> tuple[str, str]:
    """ASCII bytes declared in an ISO-2022 encoding or holding its escapes: the declared one if
    it reads them whole, else the first of the family that does (a Japanese mail archive
    declared us-ascii, UTF-8 or nothing); escapes that no member reads are refused, never
    posted as '$B…' runs."""
    if not _ISO2022_SHIFT.search(body):  # declared ISO-2022 with no shift at all: plain ASCII
        return body.decode("ascii"), declared
    tried = [declared] if declared in _ISO2022 else []
    tried += ["iso2022_kr"] if _ISO2022_KR_HEADER in body else []
    tried += [name for name in _ISO2022 if name not in tried]
    for name in tried:
        try:
            text = body.decode(name)
        except UnicodeDecodeError:
            continue
        if "\x1b" not in text and not _NEVER_IN_TEXT.search(text):
            return text, name
    raise EncodingError(url, "the feed holds ISO-2022 escape sequences that no ISO-2022 "
                             "encoding reads")


def _utf7(body: bytes, url: str) -> str:
    """A feed declared UTF-7 (a classic-ASP page with CodePage 65000): its bytes are ASCII with
    '+AOk-'-style base64 runs for every other character, which read as ASCII would be posted
    as they are. Runs that do not decode to text (a '+' in plain ASCII that was never UTF-7)
    are refused rather than guessed."""
    try:
        text = body.decode("utf-7")
    except UnicodeDecodeError:
        text = ""
    if not text or _NEVER_IN_TEXT.search(text) or any(
            "\ud800" <= c <= "\udfff" for c in text):
        raise EncodingError(url, "the feed is declared UTF-7 but its bytes do not read as UTF-7")
    return text


def _clean_single_byte(
    body: bytes, chosen: str, url: str, text: str | None = None
) -> tuple[str, str]:
    """`chosen`'s decoding if it holds no character real text never has; else the cleanest
    sibling codepage or charset-normalizer's guess; else EncodingError. Never mojibake."""
    text = body.decode(chosen, errors="replace") if text is None else text
    if not _NEVER_IN_TEXT.search(text) and not _BOX_DRAWING.search(text):
        return text, chosen
    found = _detect(body)
    guess = [found[0]] if found and found[0] not in _NOT_WEB else []
    candidates = [chosen, *_SIBLINGS.get(chosen, ()), *guess]
    best: tuple[int, float, str, str] | None = None
    for name in dict.fromkeys(candidates):
        try:
            decoded = body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if _NEVER_IN_TEXT.search(decoded):
            continue
        score = (len(_BOX_DRAWING.findall(decoded)), _chaos_of(body, name), name, decoded)
        if score[1] <= MAX_CHAOS and (best is None or score[:2] < best[:2]):
            best = score
    for name in _LAST_RESORT.get(chosen, ()) if best is None else ():
        # (Mac OS Roman under a Latin-1 declaration: no sibling reads it without controls)
        try:
            decoded = body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if _NEVER_IN_TEXT.search(decoded) or _implausible_letters(body, decoded):
            continue
        if (chaos := _chaos_of(body, name)) <= MAX_CHAOS:
            best = (len(_BOX_DRAWING.findall(decoded)), chaos, name, decoded)
            break
    if best is None:
        raise EncodingError(url, f"the feed's text holds control characters as "
                                 f"{chosen.replace('_', '-')} and no related codepage reads it")
    return best[3], best[2]


def _implausible_letters(body: bytes, decoded: str) -> int:
    """How many of a single-byte decoding's non-ASCII characters read as no real text does
    (`_implausible`), judged by the feed's <language> alphabet or the one its letters fit."""
    positions = [i for i, b in enumerate(body) if b >= 0x80]
    lang = _feed_language(body)
    letters = _LETTERS.get(lang) if lang else _language_of_one(decoded)
    return _implausible(decoded, positions, letters | _ASCII_LOWER if letters else None)


def _script(c: str) -> str:
    return unicodedata.name(c, "?").split(" ", 1)[0]


def _lower(c: str) -> str:
    """One letter in lower case, as one character: Turkish 'İ' is 'i' (str.lower adds a dot)."""
    return c.lower()[:1]


def _implausible(text: str, positions: list[int], letters: frozenset[str] | None) -> int:
    """How many of the characters at `positions` (where sibling codepages differ) read as no
    real text does: a letter of another script or outside the feed language's alphabet, an
    upper-case letter inside a lower-case word, a stray accent or sign glued to a word."""
    bad = 0
    for i in positions:
        c = text[i]
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if c.isalpha():
            script = _script(c)
            bad += (
                any(n.isalpha() and _script(n) != script for n in (prev, nxt))  # other script
                or (letters is not None and script == "LATIN" and _lower(c) not in letters)
                or (c.isupper() and prev.isalpha() and prev.islower())  # "wsPólnie"
            )
        elif c == "¤":
            bad += 1
        elif c in _STRAY_SIGNS:
            bad += prev.isalpha() or nxt.isalpha()
        elif c in _IN_WORD_SIGNS:
            # ("©iaur", "®emaitytė": Latin-4 'Š Ž' read as Latin-1 opens a word with a sign;
            # "©2015", "© Name" and "Brand®" are how text writes them)
            bad += (prev.isalpha() and nxt.isalpha()) or (
                c in _WORD_OPENING_SIGNS and not prev.isalpha() and nxt.islower())
        elif c in _QUOTES and nxt.isalpha():
            opening = c in "‘“"
            if prev.isalpha():
                bad += _script(prev) != "LATIN" or _script(nxt) != "LATIN" or opening
            else:
                bad += not opening
    return bad


_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _language_of_one(*texts: str) -> frozenset[str] | None:
    """With no <language>: the alphabet of a language holding every non-ASCII Latin letter of
    exactly one of the decodings (Polish 'ą…ł' yes, 'š…ł' no language), else None."""
    fits: list[list[frozenset[str]]] = []
    for text in texts:
        used = {_lower(c) for c in text if c.isalpha() and not c.isascii()
                and _script(c) == "LATIN"} - _ASCII_LOWER
        fits.append([a for a in _LETTERS.values() if a and used <= a])
    with_fit = [f for f in fits if f]
    return with_fit[0][0] if len(with_fit) == 1 else None


def _feed_language(body: bytes) -> str | None:
    m = _LANGUAGE.search(body[:8192])
    return (m.group(1) or m.group(2)).decode("ascii").lower() if m else None



def _reading(body: bytes, name: str) -> str | None:
    """`body` read in the codepage `name`; None where it cannot be, or where the reading holds
    characters no text does (C1 controls, U+FFFD, box drawing)."""
    try:
        text = body.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None
    if _NEVER_IN_TEXT.search(text) or _BOX_DRAWING.search(text):
        return None
    return text

def _plausible_sibling(body: bytes, declared: str, text: str) -> tuple[str, str] | None:
    """A sibling codepage's decoding when the bytes where the two differ read clearly better
    in it (windows-1250 Polish declared ISO-8859-2: 'ą' read as 'š'); None keeps the declared
    one, also whenever the evidence is thin."""
    siblings = [*_SIBLINGS.get(declared, ()), *_LETTER_SIBLINGS.get(declared, ())]
    if not siblings:
        return None
    lang = _feed_language(body)
    letters = _LETTERS.get(lang) if lang else None
    present = {b for b in body if b >= 0x80}
    best: tuple[int, str, str] | None = None
    for name in siblings:
        other = _reading(body, name)
        if other is None:
            continue
        differ = {b for b in present if bytes([b]).decode(declared, "replace")
                  != bytes([b]).decode(name, "replace")}
        if not differ:
            continue
        positions = [i for i, b in enumerate(body) if b in differ]
        alphabet = letters if letters is not None else _language_of_one(text, other)
        if alphabet is not None:
            alphabet = alphabet | _ASCII_LOWER
        mine = _implausible(text, positions, alphabet)
        theirs = _implausible(other, positions, alphabet)
        if letters is not None and mine and theirs and (
            names := _language_of_one(text, other)
        ) is not None:
            # Neither reading fits the feed's language: the letters are of names and places
            # from another ("Lőrincz", "Dvořák" in an English feed). The language whose
            # alphabet holds one reading's letters whole judges them instead.
            names |= letters | _ASCII_LOWER
            mine = _implausible(text, positions, names)
            theirs = _implausible(other, positions, names)
        if mine - theirs >= SIBLING_MIN_GAIN and theirs * 3 < mine and (
            best is None or theirs - mine < best[0]
        ):
            best = (theirs - mine, name, other)
    return (best[2], best[1]) if best is not None else None


# Undeclared legacy bytes: the single-byte codepages a web feed is most often written in.
UNDECLARED_CODEPAGES = (
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_9", "iso8859_13", "iso8859_15", "koi8_r",
)
_WORD = re.compile(r"[^\W\d_]+")
# A non-ASCII letter glued before a digit is a currency sign read as a letter ("Ђ1.2bn").
_LETTER_ON_DIGIT = re.compile(r"(?<![^\W\d_])[^\W\d_](?=\d)(?<![A-Za-z])")
# The script a feed language's own letters are in, where it is not Latin.
_LANGUAGE_SCRIPT = {
    "el": "GREEK", "ru": "CYRILLIC", "uk": "CYRILLIC", "bg": "CYRILLIC", "sr": None,
    "mk": "CYRILLIC", "be": "CYRILLIC", "he": "HEBREW", "yi": "HEBREW", "ar": "ARABIC",
    "fa": "ARABIC", "ur": "ARABIC",
}


def _word_badness(text: str, lang: str | None) -> int:
    """Implausible non-ASCII letters of a decoding: in a word mixing scripts, in a Latin word
    whose accented letters no one language's alphabet holds ("Çñåìá"), in a Latin word of a
    feed whose language has another script, or an upper-case letter inside a lower-case word
    ("íåñÜ"); plus stray signs glued to words (as `_implausible` counts them) and a lone
    letter before a number where a currency sign belongs ("Ђ1.2bn" for "€1.2bn")."""
    native = _LANGUAGE_SCRIPT.get(lang or "")
    alphabets = [a for a in _LETTERS.values() if a]
    bad = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isascii():
            continue
        odd = [c for c in word if not c.isascii()]
        scripts = {_script(c) for c in word}
        if len(scripts) > 1:
            bad += len(odd)
            continue
        script = scripts.pop()
        if script == "LATIN":
            used = {_lower(c) for c in odd} - _ASCII_LOWER
            if native or not any(used <= a for a in alphabets):
                bad += len(odd)
                continue
        elif native and script != native:
            bad += len(odd)
            continue
        bad += sum(c.isupper() and p.islower() for p, c in pairwise(word))
    signs = [i for i, c in enumerate(text) if not c.isascii() and not c.isalpha()]
    return bad + _implausible(text, signs, None) + len(_LETTER_ON_DIGIT.findall(text))


def _best_codepage(body: bytes, text: str, used: str) -> tuple[str, str] | None:
    """Undeclared, not UTF-8: the codepage whose reading has the fewest implausible letters
    (`_word_badness`: words in one script that fits the feed's language, letters one
    alphabet holds) when it beats `used`'s reading clearly (cp1253 Greek read as cp1252 gives
    Latin-1 letters: «Çñåìá» for «Ήρεμα»). None keeps `used`."""
    lang = _feed_language(body)
    mine = _word_badness(text, lang)
    if not mine:
        return _language_codepage(body, text, used, lang)
    best: tuple[int, str, str] | None = None
    for name in UNDECLARED_CODEPAGES:
        if name == used:
            continue
        other = _reading(body, name)
        if other is None:
            continue
        theirs = _word_badness(other, lang)
        if mine - theirs >= SIBLING_MIN_GAIN and theirs * 3 < mine and (
            best is None or theirs < best[0]
        ):
            best = (theirs, name, other)
    return (best[2], best[1]) if best is not None else None


def _foreign_letters(text: str, alphabet: frozenset[str]) -> int:
    """Non-ASCII Latin letters of `text` that `alphabet` (a language's own) does not hold."""
    return sum(1 for c in text if c.isalpha() and not c.isascii() and _script(c) == "LATIN"
               and _lower(c) not in alphabet)


def _language_codepage(body: bytes, text: str, used: str, lang: str | None
                       ) -> tuple[str, str] | None:
    """Undeclared bytes whose reading is plausible letter by letter yet not in the feed's
    language: windows-1252 Italian guessed as windows-1250 reads 'è à' as 'č ŕ', letters of
    Czech and Slovak, so no word looks wrong. The codepage whose letters are the language's
    own wins when it clearly reads more of them so (the gain and 3× rule of the siblings, or
    all of them where `used` misreads even one); None keeps `used`."""
    alphabet = _LETTERS.get(lang or "")
    if not alphabet or _LANGUAGE_SCRIPT.get(lang or ""):
        return None
    mine = _foreign_letters(text, alphabet)
    if not mine:
        return None
    best: tuple[int, str, str] | None = None
    for name in UNDECLARED_CODEPAGES:
        if name == used or (other := _reading(body, name)) is None:
            continue
        theirs = _foreign_letters(other, alphabet)
        # (one letter is evidence enough where the other reading has none outside the
        # language: "ańo" against "año")
        if (theirs * 3 < mine and (mine - theirs >= SIBLING_MIN_GAIN or not theirs)
                and _word_badness(other, lang) == 0 and (best is None or theirs < best[0])):
            best = (theirs, name, other)
    return (best[2], best[1]) if best is not None else None


_SINGLE: dict[str, bool] = {}


def _is_single_byte(name: str) -> bool:
    """Does (almost) every byte decode alone in `name`? Then any bytes "decode" in it."""
    if name not in _SINGLE:
        ok = 0
        for b in range(128, 256):
            try:
                bytes([b]).decode(name)
                ok += 1
            except (UnicodeDecodeError, LookupError):
                pass
        _SINGLE[name] = name not in _MULTIBYTE and ok >= 100
    return _SINGLE[name]


# A JavaScript escaper (charCodeAt) writes an emoji as two references to its UTF-16 surrogates
# ("&#55357;&#56628;" for U+1F534). Each alone is no character: HTML decoding makes it U+FFFD,
# an XML parser refuses it. A high then a low surrogate reference are one character; a lone
# surrogate reference is dropped.
# (XML's references, or HTML's inside escaped HTML: "&amp;#55357;&amp;#56628;")
_SURROGATE_REF = re.compile(
    rb"&(?:amp;)?#(?:[xX]0*([dD][89a-fA-F][0-9a-fA-F]{2})|0*(5[5-7][0-9]{3}));"
)
_SURROGATE_PAIR_REF = re.compile(
    rb"&(amp;)?#(?:[xX]0*([dD][89abAB][0-9a-fA-F]{2})|0*(5[5-6][0-9]{3}));"
    rb"&(?(1)amp;)#(?:[xX]0*([dD][c-fC-F][0-9a-fA-F]{2})|0*(5[6-7][0-9]{3}));"
)


def _ref_value(hex_part: bytes | None, dec_part: bytes | None) -> int:
    return int(hex_part, 16) if hex_part else int(dec_part or b"0")


def join_surrogate_references(body: bytes) -> bytes:
    """`body` with each pair of UTF-16 surrogate references written as the one character's
    reference, and lone surrogate references dropped (unchanged when it has none)."""
    # (b"#" is memchr, and every reference holds one; b"&#" is a slower two-byte search than
    # the regex's own prefix scan, and nearly every feed holds "&")
    if b"#" not in body or _SURROGATE_REF.search(body) is None:
        return body

    def pair(m: re.Match[bytes]) -> bytes:
        high, low = _ref_value(m[2], m[3]), _ref_value(m[4], m[5])
        if not (0xD800 <= high <= 0xDBFF and 0xDC00 <= low <= 0xDFFF):
            return m[0]
        return b"&%s#%d;" % (m[1] or b"", 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))

    def lone(m: re.Match[bytes]) -> bytes:
        return b"" if 0xD800 <= _ref_value(m[1], m[2]) <= 0xDFFF else m[0]

    return _SURROGATE_REF.sub(lone, _SURROGATE_PAIR_REF.sub(pair, body))


def to_utf8(body: bytes, *, url: str, content_type: str | None = None) -> bytes:
    """The feed as UTF-8 bytes with a matching XML declaration (unchanged if already UTF-8)."""
    text, used = decode_feed(body, url=url, content_type=content_type)
    # UTF-8 under another declaration (a stale single-byte one) needs its declaration rewritten.
    if used == "ascii" or (used == "utf_8" and declared_encoding(body, content_type) in (
        None, "utf_8"
    )):
        return body
    text = text.lstrip("\ufeff")
    text = re.sub(r"^(\s*<\?xml[^>]*?encoding\s*=\s*[\"'])[A-Za-z0-9._:-]+([\"'])",
                  r"\1utf-8\2", text, count=1)
    return text.encode("utf-8")
