"""Captions, credits and sign-offs, markup left over in text, control characters, cut ends
and readers' appeals: the small tests the cleaning stages share."""

from __future__ import annotations

from bot.content.clean.tables import _JUNK_TABLE, _words
from bot.content.clean.wire_leads import _AGENCIES
from bot.core import lazy_re as re  # compiles each pattern on first use

# The feed footer WordPress (Yoast) adds, in the site's language: "The post X appeared first on
# Y.", "L’article X est apparu en premier sur Y.", "Der Beitrag X erschien zuerst auf Y.", …
_WP_FOOTER = re.compile(
    r"(?:(?<=[.!?\"”’»)…])\s*|^)(?:"
    r"the post .{1,300}? appeared first on"
    r"|l['’]article .{1,300}? est apparu en premier sur"
    r"|der beitrag .{1,300}? erschien zuerst (?:auf|bei|in)"
    r"|(?:la entrada|el artículo|el post) .{1,300}? se publicó primero en"
    r"|(?:la entrada|el artículo|el post) .{1,300}? aparece primero en"
    r"|l['’]articolo .{1,300}? "
    r"(?:proviene da|sembra essere il primo su|è apparso per la prima volta su)"
    r"|(?:o post|o artigo|a postagem) .{1,300}? (?:apareceu primeiro em|foi publicado primeiro em)"
    r"|het bericht .{1,300}? verscheen eerst op"
    r"|(?:сообщение|запись|статья) .{1,300}? "
    r"(?:появились сначала на|впервые появилась на|появилась сначала на)"
    r"|artykuł .{1,300}? pochodzi z serwisu"
    r"|.{1,300}? ilk (?:önce|olarak) .{1,200}? üzerinde ortaya çıktı"
    r") .{1,160}?\W*$",
    re.IGNORECASE | re.DOTALL,
)


# A link whose whole text is a read-more label ("<a>Continua a leggere</a>"), or a "see also"
# label with its link ("LEGGI ANCHE <a>Other headline</a>"): junk wherever it sits.
_SEE_ALSO = (
    r"(?:read|see) also|also read|read(?=\s*:)|related(?: (?:news|articles|stories|coverage))?|"
    r"more on this|"
    r"mehr zum thema|siehe auch|lesen sie auch|"
    r"lire aussi|à lire aussi|voir aussi|lee también|lea también|ver también|leggi anche|"
    r"leia também|veja também|leia mais|saiba mais|читайте также|اقرأ أيضا|اقرأ أيضاً"
)
_LINKED_JUNK = re.compile(
    rf"\ue000\W*(?:{_words('read_more')}|{_SEE_ALSO}|{_words('read_more_link_words')})\W*\ue001"
    rf"|(?<![\w])(?:{_SEE_ALSO})\s*[:»>→|-]*\s*\ue000[^\ue000\ue001]{{1,200}}\ue001"
    # A bare URL as the link text closing a paragraph (Mastodon, Bluesky): not a sentence.
    r"|\ue000\s*(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/[^\s\ue000\ue001]*)?\s*…?\s*\ue001\s*$",
    re.IGNORECASE,
)
_EMPTY_BRACKETS = re.compile(r"\s*(?:\[\s*\]|\(\s*\))")
_INLINE_CREDIT = re.compile(
    "|".join([*_JUNK_TABLE["image_credit_inline"], *_JUNK_TABLE["link_language_marks"]]),
    re.IGNORECASE,
)
# A caption's words: a picture is described in a phrase, not a paragraph.
_CAPTION_MAX_WORDS = 40


def _credited_caption(para: str) -> bool:
    """"La piazza davanti al Parlamento di Belgrado (Foto: Afp)": a paragraph that ends with an
    inline picture credit right after words that end no sentence describes a picture (the
    <span> under an <img>), it is no text of the story. "… in Berlin. (Foto: dpa)" stays."""
    return _credited_caption_of(para, list(_INLINE_CREDIT.finditer(para)))


def _credited_caption_of(para: str, credits: list[re.Match[str]]) -> bool:
    """`_credited_caption`, given the _INLINE_CREDIT matches of `para`."""
    if not credits:
        return False
    last = credits[-1]
    if para[last.end() :].strip(" .") or last.start() == 0:
        return False
    before = para[: last.start()].rstrip()
    return bool(before) and not _terminal(before) and len(before.split()) <= _CAPTION_MAX_WORDS


def _without_spans(text: str, found: list[re.Match[str]]) -> str:
    """`pattern.sub("", text)` given `found`, the pattern's `finditer(text)` (the same
    non-overlapping matches `sub` replaces)."""
    parts, at = [], 0
    for m in found:
        parts.append(text[at : m.start()])
        at = m.end()
    parts.append(text[at:])
    return "".join(parts)


# A photo caption as a paragraph of the text: it ends with a bracketed credit (junk.json).
_CAPTION_END = re.compile(
    rf"[(\[]\s*(?:{_words('caption_credit_end')})[^()\[\]]{{0,120}}[)\]]\W*$", re.IGNORECASE
)
# A photo caption as its own paragraph, credited after slashes: "Medininkai border checkpoint /
# D. Umbrasas / BNS", "Illustrative / LRT", "Soldiers in Rūdninkai / Scanpix" (Baltic and
# Nordic public broadcasters): what it shows, maybe the photographer, the agency or brand last.
_SLASH_CAPTION = re.compile(
    r"^[^/!?:;.]{2,80}(?:\s/\s[^/!?:;]{2,40})?\s/\s"
    rf"(?:(?-i:[A-Z][A-Z&-]{{1,9}})|{_AGENCIES}|Scanpix|Getty Images|EPA-EFE|[\w-]+\.[a-z]{{2,3}})"
    r"\.?$",
    re.IGNORECASE,
)
# "… a week of meetings - by Jane Doe": a byline glued to the end of the text.
_BY_TAIL = re.compile(r"\s+[-–—|]\s*by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$")
# "… the coast guard said. – Outlet.com", "… – with reports from Reuters/Outlet.com": the
# site's sign-off (Rappler-style outlets close every article with their host name).
_SITE_SIGNOFF = re.compile(
    r"(?<=[.!?\"”’])\s*[—–]\s*(?:with (?:additional )?reports? from\s+[^.\n]{1,80}?/)?"
    r"[A-Z][\w-]{1,40}\.(?:com|net|org|ph|co\.[a-z]{2}|com\.[a-z]{2})\.?\s*$"
)
_SIGNOFF_HOST_END = re.compile(r"\.(?:com|net|org|ph|co\.[a-z]{2}|com\.[a-z]{2})$")


def _site_signoff_possible(tail: str) -> bool:
    """False only where _SITE_SIGNOFF cannot match: each match ends with its host's domain
    ending, then maybe ".", then spaces (a dash alone, in most text, is no sign-off; the
    pattern's lookbehind, tried at every position, costs ~10 µs a tail)."""
    end = tail.rstrip()  # (str.isspace is re's \s)
    return _SIGNOFF_HOST_END.search(end.removesuffix(".")[-8:]) is not None


_TAIL_WINDOW = 500
_LEFTOVER_TAG = re.compile(r"</?[A-Za-z!?][^<>]{0,2000}>")
_LEFTOVER_LT = re.compile(r"<(?=/?[A-Za-z!?])")
_SCRIPT_URL = re.compile(r"\b(?:java|vb)script\s*:", re.IGNORECASE)
_TAG_TOKEN = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^<>]{0,2000}?(/?)>")
_VOID_TAGS = "area base br col embed hr img input link meta param source track wbr"
_VOID = frozenset(_VOID_TAGS.split())
# Structure kept when flattening pathologically deep documents.
_FLAT_KEEP = re.compile(r"^/?(?:p|br|li|h[1-6]|script|style|noscript|template|a)$", re.IGNORECASE)
_DOTS_RUN = re.compile(r"\.{4,}|…{2,}|(?:\.\s){3,}")
# "[?]", "[\ufffd]": a "[…]" whose ellipsis a wrong encoding step turned into a question mark or
# the replacement character (Brazilian portals' RSS).
_TRUNCATED_END = re.compile(r"(?:\.{3,}|…|\[…\]|\[\.\.\.\]|\[[?\ufffd]\])[\"'”’)\]]*$")
# A plain ellipsis ("…", "...", not "[…]" that marks left-out text).
_PAUSE = re.compile(r"(?:\.{3}|…)")


def _opens_sentence(text: str) -> bool:
    """Does `text` start as a sentence does: a letter not in lower case (a capital, or a script
    without case), a digit, after an opening quotation mark if any?"""
    first = text.lstrip("\"“„«‘' ")[:1]
    return first.isalnum() and not first.islower()


def _cut_mark_in(end: str) -> bool:
    """A cheap test before _TRUNCATED_END: does the end hold a cut mark at all ("…", "...",
    "[?]", "[\ufffd]")? (Written out: a generator over the marks costs more than the test.)"""
    return "…" in end or "..." in end or "[?]" in end or "[\ufffd]" in end
_TERMINAL = re.compile(r"[.!?。！？؟۔\"'”’»«“」』)\]:;…]$")
_WS = re.compile(r"\s+")
_NON_WORD = re.compile(r"[\W_]+")


def _is_heading(para: str) -> bool:
    """A line of at most three words and no sentence end: a desk credit or a kicker."""
    return len(para.split()) <= 3 and not _terminal(para)


def _terminal(text: str) -> bool:
    """_TERMINAL.search(text): one character then "$" (which also matches before a final "\n"),
    so only the last two positions can match; searching from there skips the whole text."""
    return _TERMINAL.search(text, max(0, len(text) - 2)) is not None


# C0 control characters a print CMS pastes into a feed (NUL, backspace, SUB, escape): no text
# has them, and an HTML parser would turn a NUL into U+FFFD. The vertical tab, form feed and
# file/group separators are whitespace to str.split: a space between words.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f]")
_CONTROL_SPACE = re.compile("[\x0b\x0c\x1c-\x1f]")
# ... but a unit separator between two letters is a layout system's discretionary hyphen
# ("del\x1fl'Olimpico" is "dell'Olimpico"): the word stays whole.
_CONTROL_IN_WORD = re.compile("(?<=[^\\W\\d_])\x1f(?=[^\\W\\d_])")


# Every character the two patterns match: `in` finds one (or its absence) ~10× faster than a
# character-class search over a long text.
_CONTROL_CHARS = tuple(
    c for c in map(chr, range(0x80)) if _CONTROL.match(c) or _CONTROL_SPACE.match(c)
)
assert not any(c.isprintable() for c in _CONTROL_CHARS)  # drop_controls' isprintable gate


# Word writes a character of a symbol font (Symbol, Wingdings, Webdings) as a code point of
# the private-use block U+F020–U+F0FF (the font's byte plus 0xF000): a bullet ("\uf0b7"), a
# square ("\uf0a7"), an arrow ("\uf0e0"), a tick ("\uf0fc") pasted from a Word file with the
# copy. Without that font no reader sees the glyph, only a box or nothing: it is decoration,
# never a word, and goes (the list's own line breaks keep its items apart).
_SYMBOL_FONT_GLYPH = re.compile("[\uf020-\uf0ff]\t?")


def drop_controls(text: str) -> str:
    """`text` without C0 control characters (a vertical tab or form feed becomes a space) and
    without the private-use glyphs of Word's symbol fonts."""
    # every control character is unprintable: one pass over a printable text (a headline) answers
    if text.isprintable():
        return text
    if _SYMBOL_FONT_GLYPH.search(text):
        text = _SYMBOL_FONT_GLYPH.sub("", text)
    if not any(c in text for c in _CONTROL_CHARS):
        return text
    if "\x1f" in text:
        text = _CONTROL_IN_WORD.sub("", text)
    return _CONTROL_SPACE.sub(" ", _CONTROL.sub("", text))


# A reader appeal closing the text (bot/data/junk.json 'appeal'): an imperative of support,
# membership or subscription naming what the reader would fund; "Support for the bill …" and
# "Help from Qatar …" (a noun, then a preposition) report.
def _appeal_words(kind: str) -> str:
    return "|".join(f"(?:{w})" for ws in _JUNK_TABLE["appeal"][kind].values() for w in ws)


_APPEAL_VERB = re.compile(
    rf"^\W{{0,3}}(?:{_appeal_words('verbs')})"
    r"\b(?!\s+(?:for|from|of|among|to the|für|von|pour|de|para|por|per|da)\b)",
    re.IGNORECASE,
)
_APPEAL_OBJECT = re.compile(rf"\b(?:{_appeal_words('objects')})", re.IGNORECASE)
_APPEAL_MAX_WORDS = 40


def _is_appeal(sentence: str) -> bool:
    return bool(
        len(sentence.split()) <= _APPEAL_MAX_WORDS
        and _APPEAL_VERB.match(sentence)
        and _APPEAL_OBJECT.search(sentence)
    )
