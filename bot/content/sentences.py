"""Fast sentence splitting that keeps "U.S.", "Gen.", "Dr.", initials and decimals intact.

pysbd is accurate but costs ~16 ms per 600-word article (≈60 articles/s on one core), too slow for
the summarizer's 200 articles/s target. This splitter is one regex pass plus a few checks per
candidate boundary (~20x faster) and handles the cases that matter in news copy:

* abbreviations and titles ("Gen. Milley", "Sen. Warren", "Jan. 6", "No. 2", "e.g. this");
* dotted acronyms ("U.S. President", "the U.N. Security Council"), which end a sentence only when
  a usual sentence opener follows ("... imposed by the U.S. The move ...");
* initials ("John F. Kennedy"), decimals ("3.5%"), ellipses inside a sentence ("we will ... win");
* closing quotes and brackets after the full stop stay with their sentence (French « … » with
  its space before the closing mark too);
* CJK/Arabic/Urdu full stops and the Devanagari danda (。！？؟۔।), and languages without case
  (Korean, Arabic) after ". ".
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from bot.core import lazy_re as re  # compiles each pattern on first use

# Words after which a full stop does not end the sentence (compared case-insensitively).
_ABBREVIATIONS_TEXT = """
    mr mrs ms mx dr prof sr jr st mt ft gen lt col maj capt cpt sgt adm cmdr cdr brig ret retd
    gov sen rep reps sens pres supt insp det hon rev fr msgr amb sec atty dept approx vs etc
    coun cllr ald cpl pte pvt lieut
    jan feb apr jun jul aug sep sept oct nov dec tue tues thu thur thurs fri
    cf ca inc corp ltd co bros assn univ intl natl al
    mons mgr dott avv sig sigg sra srta dra
"""
_ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())
# Abbreviations that are ordinary words too ("no", "art"): abbreviations only before a number.
_NUMBER_ABBREVIATIONS_TEXT = "no nos vol vols pp p op fig figs art ch sect"
_NUMBER_ABBREVIATIONS = frozenset(_NUMBER_ABBREVIATIONS_TEXT.split())
# Dotted acronyms such as U.S., U.K., U.N., E.U., D.C., Ph.D.
_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}$")
# Words that commonly open a sentence: after "U.S." they signal a real boundary.
_OPENERS_TEXT = """
    The A An It He She They We I You This That These Those There Here His Her Its Their Our
    But And Or So Yet Still However Meanwhile Instead Also Then Now In On At For After Before
    When While If As Although Though Since Because Officials Some Many Most Both Neither No
"""
_OPENERS = frozenset(_OPENERS_TEXT.split())
_NEXT_WORD = re.compile(r"[\"'“‘]?(\w+)")
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then whitespace.
# CJK/Arabic full stops end a sentence even without a following space. A punctuation run is
# only tried from its start and never backtracked (possessive): "....x" × 100k stays linear.
_BOUNDARY = re.compile(
    r"(?:(?<![.!?…])(?P<p>[.!?…]++)(?P<c>(?:[ \u00a0\u202f]?»)?[\"'”’»)\]]*+)(?:\s+|$))"
    # Urdu closes a quotation with "‘" (it opens with "’"): "کہا کہ ’…ہوگی۔‘", and a double one
    # with "“" (it opens with "”"): "کہا کہ ”…ہوئی۔“"
    r"|(?:(?P<cjk>[。！？؟۔।]+)(?P<cc>(?:(?<=[۔؟])[‘“])?[”’」』)\"]*)\s*)"
)
_WORD_BEFORE = re.compile(r"(\S+)$")
# Every _BOUNDARY match starts with one of these (its lookbehind first, re finds no prefix to
# skip to: a search tries the whole pattern at every character, ~15x slower than this scan).
_BOUNDARY_START = re.compile(r"[.!?…。！？؟۔।]")


def _boundaries(text: str) -> Iterator[re.Match[str]]:
    """_BOUNDARY.finditer(text): the same matches, the pattern tried only where one can start."""
    pos = 0
    while (start := _BOUNDARY_START.search(text, pos)) is not None:
        m = _BOUNDARY.match(text, start.start())  # its lookbehind still sees text before pos
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()


def _word_before(text: str, lo: int, end: int) -> str:
    """_WORD_BEFORE.search(text, lo, end)'s word, or "": the run of non-spaces ending at `end`
    (or before a newline there, where `$` also matches), without trying the pattern at every
    position of the window (str.isspace is what re calls a space)."""
    seg = text[lo:end]
    if seg.endswith("\n"):
        seg = seg[:-1]
    if not seg or seg[-1].isspace():
        return ""
    return seg.rsplit(None, 1)[-1]


def _is_boundary(text: str, start: int, punct: str, end: int) -> bool:
    """Does `punct` at text[start], followed by text[end:], end a sentence? (no slicing: O(1))"""
    if end >= len(text):
        return True
    nxt = text[end]
    # A lowercase continuation ("we will ... win", "Jan. 6 vote, he said. then") is not a break.
    if nxt.islower():
        return False
    if punct != ".":
        return True  # "?", "!", "..." followed by a capital / digit / quote
    word = _word_before(text, max(0, start - 40), start)
    bare = word.lstrip("\"'“‘([«").lower()
    if bare in _ABBREVIATIONS or (bare in _NUMBER_ABBREVIATIONS and nxt.isdigit()):
        return False
    # a compound rank of abbreviations ("Lt.-Gen.", "Maj.-Gen.", "Brig.-Gen.": Canadian and
    # British style) before a name
    if "-" in bare and all(part.rstrip(".") in _ABBREVIATIONS for part in bare.split("-")):
        return False
    if len(bare) == 1 and bare.isalpha():
        return False  # an initial: "John F. Kennedy"
    if bare.isdigit() and len(bare) <= 3 and _german_ordinal(text, start, end):
        return False  # "das 21. Sanktionspaket", "am 18. Dezember", "zum 3. Mal"
    if _ACRONYM.search(word + "."):
        next_word = _NEXT_WORD.match(text, end)
        return next_word is not None and next_word.group(1) in _OPENERS
    return True


# German writes ordinals as a number and a full stop ("das 21. Sanktionspaket", "zum 3. Mal",
# "am 18. Dezember"): after an article (or a word fused with one, a possessive), or before a
# month's name, the full stop ends no sentence. Not after a preposition alone: "Die Zahl stieg
# auf 21. Die Behörden …" ends there. English has no such words before a number.
_ORDINAL_BEFORE_TEXT = """
    der die das den dem des am im zum zur vom beim ins ans
    ihr ihre ihrem ihrer ihren ihres sein seine seinem seiner seinen seines unser unsere
    unserem unserer unseren dieses diesem dieser diesen jedes jedem jeder jeden
"""
_ORDINAL_BEFORE = frozenset(_ORDINAL_BEFORE_TEXT.split())
_GERMAN_MONTHS_TEXT = """januar jänner februar feber märz april mai juni juli august september
    oktober november dezember"""
_GERMAN_MONTHS = frozenset(_GERMAN_MONTHS_TEXT.split())
# Words that open a German sentence and are no noun an ordinal counts: "… die 21. Die …" ends.
_GERMAN_OPENERS_TEXT = """der die das den dem des ein eine er sie es wir ich man dies diese auch
    doch aber und damit dabei dann"""
_GERMAN_OPENERS = frozenset(_GERMAN_OPENERS_TEXT.split())
_NUMBER_AFTER_WORD = re.compile(r"(\S+)\s+\d{1,3}$")


def _german_ordinal(text: str, start: int, end: int) -> bool:
    """Is the number before text[start] (a full stop) a German ordinal? text[end] is the next
    word's first character (a capital or a digit: lower case never reached here)."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or not nxt.group(1)[:1].isupper():
        return False
    word = nxt.group(1).casefold()
    if word in _GERMAN_MONTHS:
        return True
    m = _NUMBER_AFTER_WORD.search(text, max(0, start - 40), start)
    return (m is not None and m.group(1).casefold() in _ORDINAL_BEFORE
            and word not in _GERMAN_OPENERS)


# Urdu writes "۔" as a hyphen too, glued between two names ("کراچی۔پشاور", "پاک۔چین"). A glued
# "۔" is that hyphen when the word before is none a sentence ends on (a verb or an auxiliary:
# "ہے۔اس", "گئی۔مال"; a future form ending in گا/گی/گے: "ہوگا") and either a place the
# gazetteer knows stands on one side or the words since the last sentence end are too few for a
# sentence ("دونوں ممالک نے کوئٹہ۔زاہدان …"). Elsewhere glued text is two sentences run together.
_URDU_CLAUSE_MIN_WORDS = 6
_URDU_FINAL_TEXT = """
    ہے ہیں تھا تھی تھے تھیں گا گی گے گیا گئی گئے گئیں کیا کی کیے کئے دیا دی دیے دیں لیا لی لیے
    ہوا ہوئی ہوئے ہو ہوں جائے جائیں چاہیے رہا رہی رہے رہیں سکا سکی سکے کرے کریں کرتا کرتی کرتے
    کہا بتایا نہیں ملا ملی ملے
"""
_URDU_FINAL = frozenset(_URDU_FINAL_TEXT.split())
_URDU_FUTURE_ENDS = ("گا", "گی", "گے")


def _urdu_hyphen(text: str, begin: int, start: int, end: int) -> bool:
    """Is the "۔" at text[start] (text[end:] follows it; the sentence began at text[begin]) a
    hyphen inside a compound: glued to letters on both sides, after a word no sentence ends on?"""
    if end >= len(text) or not (text[end].isalpha() and start > 0 and text[start - 1].isalpha()):
        return False
    word = _word_before(text, max(0, start - 30), start)
    if word in _URDU_FINAL or word.endswith(_URDU_FUTURE_ENDS):
        return False
    if len(text[begin:start].split(None, _URDU_CLAUSE_MIN_WORDS)) < _URDU_CLAUSE_MIN_WORDS:
        return True
    after = _NEXT_WORD.match(text, end)
    return _urdu_place(word) or (after is not None and _urdu_place(after.group(1)))


@lru_cache(maxsize=256)
def _urdu_place(word: str) -> bool:
    from bot.content import geo  # the gazetteer loads on first use: only for a glued "۔"

    return any(m.surface == word for m in geo.find_mentions(word, lang="ur"))


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of `paragraph`, stripped, in order; punctuation and quotes kept with them."""
    return list(_split(paragraph))


# One article's paragraphs are split by cleaning, summary and quotes; a feed's items are all
# cleaned before the first is summarised (articles.learn_articles), so the cache holds a batch's.
@lru_cache(maxsize=1024)
def _split(paragraph: str) -> tuple[str, ...]:
    text = paragraph.strip()
    if not text:
        return ()
    out: list[str] = []
    begin = 0
    for m in _boundaries(text):
        if m["cjk"] is None:
            if not _is_boundary(text, m.start("p"), m["p"], m.end()):
                continue
            sentence = text[begin : m.end("c")].strip()
        else:
            if m["cjk"] == "۔" and _urdu_hyphen(text, begin, m.start("cjk"), m.end()):
                continue
            sentence = text[begin : m.end("cc")].strip()
        if sentence:
            out.append(sentence)
        begin = m.end()
    tail = text[begin:].strip()
    if tail:
        out.append(tail)
    return tuple(out)


def _quote_open(text: str) -> bool:
    """Does `text` leave a double quotation open? Curly and guillemet marks are counted as
    pairs; straight quotes by parity. Single quotes are ignored (they double as apostrophes),
    except ‘ before a letter of a script without case (Bengali ‘…’), which only opens."""
    return (
        text.count("“") > text.count("”")
        or text.count("«") > text.count("»")
        or text.count('"') % 2 == 1
        or ("‘" in text and sum(
            1 for m in _SINGLE_OPEN.finditer(text) if not (m[1].islower() or m[1].isupper())
        ) > text.count("’"))
    )


_SINGLE_OPEN = re.compile(r"‘([^\W\d_])")


def join_open_quotes(sentences: list[str]) -> list[str]:
    """Merge sentences that sit inside one quotation ('He said: “A. B.”' is one unit), so a
    summary never starts or ends inside someone's words. A quote still open at the end of the
    paragraph (run-on quotes continue in the next one) keeps the rest of the paragraph with it."""
    out: list[str] = []
    for sentence in sentences:
        if out and _quote_open(out[-1]):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out
