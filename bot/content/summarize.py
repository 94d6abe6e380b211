"""Offline extractive summaries: whole sentences, original order, a word budget.

Each candidate sentence gets a lead-biased score:

    score = W_POSITION·position + W_CENTRALITY·centrality + W_TITLE·title_overlap   (× penalties)

* position: 1/(1+i)^0.8; news puts the facts first, so Lead-3 is a strong baseline to beat;
* centrality: degree centrality over cosine similarity of content-word sets (LexRank without the
  power iteration: same ranking on short texts, a fraction of the cost);
* title overlap: share of the title's content words the sentence repeats.

Penalties push down sentences that read badly out of context: very short or very long ones,
questions, ones opening with a pronoun or connective ("But", "He"), bylines and datelines.
The best sentences that fit `max_words` are chosen greedily, near-duplicates skipped, and put
back in article order. Work is bounded: only the first MAX_SCORED_CHARS of text and
MAX_SCORED_SENTENCES sentences are ever scored, whatever the article's size.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz

from bot.content import language, regex_gates, wordscan
from bot.content.clean import LEAD_CREDIT, cut_at_sentence_end, fingerprint, speech_verbs
from bot.content.sentences import join_open_quotes, split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use

MAX_SCORED_CHARS = 12_000  # ~2,000 words: far more than any lead we would pick from
MAX_SCORED_SENTENCES = 60

# Tuned on tests/data/summaries.jsonl (bench/summary_quality.py); the optimum is flat:
# ROUGE-2 moves by < 0.003 over the whole grid, so these are not overfitted to 40 articles.
W_POSITION, W_CENTRALITY, W_TITLE = 0.6, 0.2, 0.2
POSITION_DECAY = 0.8  # position score = 1 / (1 + index) ** POSITION_DECAY
WEAK_OPENER_PENALTY = 0.5
# Past MIN_SENTENCES, a sentence scoring below this share of the best one is filler: stop.
# (Measured: ROUGE-2 0.170 → 0.173 and every summary still 2-3 sentences.)
MIN_RELATIVE_SCORE = 0.4
MIN_SENTENCES = 2
# A sentence that quotes no one may be the whole summary from this length (words; two CJK
# characters count as one): 6, or 4 when it ends as a sentence does.
SUMMARY_FLOOR_WORDS, SUMMARY_FLOOR_SENTENCE_WORDS = 6, 4

_STOPWORDS_TEXT = """
    a an the and or but if of to in on at by for with from as is are was were be been being has
    have had do does did it its it's this that these those there their they them he she his her
    we our you your i me my not no so than then too very can could will would should may might
    must shall also just about after before over under into out up down more most other some such
    only own same what which who whom whose when where why how all any both each few s said says
    told according one two new mr ms mrs
"""
_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
_TOKEN = re.compile(r"\w+")
_WEAK_OPENERS_TEXT = """but and or so yet however meanwhile also still he she it they this that
these those his her their its there then"""
_WEAK_OPENERS = frozenset(_WEAK_OPENERS_TEXT.split())
# "SEOUL (Reuters) - " / "WASHINGTON — " opening a wire story: not part of a summary.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([^()]{1,30}\))?"
    r"\s*[-—–]+\s+(?=\S)"
)
_BYLINE = re.compile(
    r"^(?:by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*$|(?:photo|image|file photo|reporting by"
    r"|editing by|writing by)\b)",
    re.IGNORECASE,
)
# What a _BYLINE match opens with ("by", "photo", "image", "file photo", "reporting by", …),
# either case; re's IGNORECASE also reads "ı" and "İ" as an "i" (most sentences open otherwise).
_BYLINE_FIRST = "bBpPiIİıfFrReEwW"


# A sentence quoting someone: quotation marks, or a dash quote ("– Det här är …, sade X.").
_QUOTING = re.compile(r"[“”„«»‹›「」『』\"]|^\s*[–—-]\s")
# A sentence that is all quotation (“The crossing has been closed since 2023.”): whose words?
# Any quotation marks: “…”, "…", «…», „…“, »…«, 「…」, 『…』, ‘…’.
_PURE_QUOTE = re.compile(
    r'^\s*(?:[“"«„](?:[^“”"«»]*)[”"»“]|»[^«»]*«|「[^「」]*」|『[^『』]*』|‘[^‘’]*’)\W*$'
)
# What a _PURE_QUOTE match opens with after its spaces (re's \s is what str.lstrip strips):
# most sentences open otherwise and are not matched at all.
_PURE_QUOTE_OPENERS = frozenset('“"«„»「『‘')
_ENDS_SENTENCE = re.compile(r"[.!?。！？؟۔…][\"'”’»)\]]*$")
_SENTENCE_ENDS, _SENTENCE_CLOSERS = ".!?。！？؟۔…", "\"'”’»)]"


def _ends_sentence(text: str) -> bool:
    """_ENDS_SENTENCE.search(text) from the end: the closing marks, then a sentence end ("$"
    also matches before a final newline). A search tries every position of the sentence."""
    body = text[:-1] if text.endswith("\n") else text
    end = body.rstrip(_SENTENCE_CLOSERS)[-1:]
    return bool(end) and end in _SENTENCE_ENDS


@lru_cache(maxsize=1)
def _nameless_entries() -> tuple[list[str], list[str]]:
    """The nameless speakers ("one", "er") and the speech verbs of _NAMELESS_QUOTE."""
    data = resources.files("bot.data")
    speakers = json.loads(data.joinpath("summary.json").read_text("utf-8"))["nameless_speakers"]
    verbs_table = json.loads(data.joinpath("quotes.json").read_text("utf-8"))
    verbs = set(verbs_table["verbs_en"]) | {
        v for words in verbs_table["verbs"].values() for v in words if " " not in v
    }
    return (
        [s for lang in speakers.values() for s in sorted(lang, key=len)[::-1]],
        sorted(verbs, key=lambda v: (-len(v), v)),  # ties by text: one pattern per run
    )


def _nameless_quote_pattern() -> re.Pattern[str]:
    """'"…," one said.', '„…“, sagte er.': a quotation attributed to no one by name."""
    speakers, verbs = _nameless_entries()
    who = "|".join(re.escape(s) for s in speakers)
    said = "|".join(re.escape(v) for v in verbs)
    return re.compile(
        rf'^\s*[“"«„‘](?:[^“”"«»]*)[”"»“’]\s*[,–—-]?\s*'
        rf"(?:(?:{who})\s+(?:{said})|(?:{said})\s+(?:{who}))\W*$",
        re.IGNORECASE,
    )


_NAMELESS_QUOTE = _nameless_quote_pattern()


def _nameless_last_words() -> frozenset[str] | None:
    """The last words, in lower case, of _NAMELESS_QUOTE's speakers and verbs: a match ends
    with one of them, then non-word characters. None (no gate) if an entry ends otherwise, or
    holds a letter re.IGNORECASE equates with an ASCII one ("ı", "ſ", "\u212a", "İ")."""
    speakers, verbs = _nameless_entries()
    words = speakers + verbs
    if not words or any(not re.search(r"\w$", w) or set(w) & set("ıſ\u212aİ") for w in words):
        return None
    return frozenset(re.findall(r"\w+", w)[-1].lower() for w in words)


_NAMELESS_LAST = _nameless_last_words()


def _nameless_quote(sentence: str) -> bool:
    """_NAMELESS_QUOTE.match(sentence), run only when the sentence's last word (ASCII) is the
    last word of one of its speakers or verbs: its big alternations cost ~8 µs a quotation."""
    if _NAMELESS_LAST is not None:
        end = len(sentence)
        while end and not (sentence[end - 1].isalnum() or sentence[end - 1] == "_"):
            end -= 1  # the trailing \W*
        start = end
        while start and (sentence[start - 1].isalnum() or sentence[start - 1] == "_"):
            start -= 1
        last = sentence[start:end]
        if last.isascii() and last.lower() not in _NAMELESS_LAST:
            return False
    return _NAMELESS_QUOTE.match(sentence) is not None


@lru_cache(maxsize=1)
def _attribution_only_pattern() -> re.Pattern[str]:
    """summary.json's attribution_only: "Lo riferisce l'Osservatorio…", "Das teilte X mit."."""
    table = json.loads(resources.files("bot.data").joinpath("summary.json").read_text("utf-8"))
    entries = [e for lang, es in table["attribution_only"].items() for e in es]
    return re.compile(r"^\W*(?:" + "|".join(f"(?:{e})" for e in entries) + ")", re.IGNORECASE)


_ATTRIBUTION_ONLY_MAX_WORDS = 14


def _attribution_only(cand: Candidate) -> bool:
    """A sentence that only names the source of the one before it: news only after it."""
    return cand.words <= _ATTRIBUTION_ONLY_MAX_WORDS and bool(
        _attribution_only_pattern().match(cand.text)
    )


@lru_cache(maxsize=1)
def _contrast_opener_pattern() -> re.Pattern[str]:
    """summary.json's contrast_openers: "However, …", "Já o …", "Dagegen …", "تاہم …"."""
    entries = [e for es in _summary_table()["contrast_openers"].values() for e in es]
    return re.compile(r"^[\W_]*(?:" + "|".join(f"(?:{e})" for e in entries) + ")", re.IGNORECASE)


def _leans_on_previous(cand: Candidate) -> bool:
    """A sentence opening on a contrast with the one before it ("Já o representante…"): with
    that sentence out of the summary's reach (a quotation the quote line shows, a list item),
    it would answer something the reader never saw."""
    return bool(_contrast_opener_pattern().match(cand.text))


@lru_cache(maxsize=1)
def _summary_table() -> dict[str, Any]:
    table: dict[str, Any] = json.loads(
        resources.files("bot.data").joinpath("summary.json").read_text("utf-8"))
    return table


def _outlet_core(outlet: str) -> str:
    """The outlet's name without a leading article ("The Shannon Record" → "Shannon Record"):
    the text writes "told the Shannon Record", "au Monde", "ao Diário …"."""
    words = outlet.split()
    if len(words) > 1 and words[0].casefold() in _summary_table()["own_outlet_articles"]:
        return " ".join(words[1:])
    return outlet


@lru_cache(maxsize=256)
def _own_outlet_rules(outlet: str, lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    name = r"\s+".join(re.escape(w) for w in _outlet_core(outlet).split())
    return tuple(
        (re.compile(pattern.replace("{outlet}", name), re.IGNORECASE), replacement)
        for pattern, replacement in _summary_table()["own_outlet"].get(lang, ())
    )


@lru_cache(maxsize=256)
def _own_credit(outlet: str) -> re.Pattern[str]:
    """"(Harwick Courier) ", "(THE HARWICK COURIER) – ": the outlet's name in brackets opening
    the text, before a capital."""
    name = r"\s+".join(re.escape(w) for w in _outlet_core(outlet).split())
    return re.compile(
        rf"^\((?:the\s+)?{name}\)\s*(?:(?:--|[-–—:])\s*)?(?=[A-ZÀ-ÝÄÖÜ\"“‘„«])", re.IGNORECASE
    )


def without_own_outlet(summary: str, outlet: str, lang: str) -> str:
    """The summary without the outlet named as the one a source spoke to ("«…», disse ao
    Diário do Tejo Karim Mansour" → "«…», disse Karim Mansour"; "told the Record" → "said"):
    the digest shows the outlet beside it, and "told <Outlet>" inside <Outlet>'s own card reads
    as residue of the article page (summary.json's own_outlet, per language)."""
    if not outlet or _outlet_core(outlet).casefold() not in summary.casefold():
        return summary
    if summary[:1] == "(" and (m := _own_credit(outlet).match(summary)):
        summary = summary[m.end():]  # "(Harwick Courier) Ferry fares …": the outlet's credit
    for pattern, replacement in _own_outlet_rules(outlet, lang):
        summary = pattern.sub(replacement, summary)
    return summary


@lru_cache(maxsize=1)
def _house_notes() -> tuple[regex_gates.LiteralGates, dict[str, re.Pattern[str]]]:
    """summary.json's house_notes (a blog's note about its own authors and round-ups), each
    entry its own pattern, and the gate of the literals every match of each holds."""
    entries = [e for es in _summary_table()["house_notes"].values() for e in es]
    patterns = {str(i): re.compile(e, re.IGNORECASE) for i, e in enumerate(entries)}
    return regex_gates.LiteralGates(patterns), patterns


def _house_note(sentence: str) -> bool:
    low = sentence.casefold()
    # (every entry holds one of these words: most sentences need no regex run; a plain loop,
    # asked of every candidate sentence: a generator costs more than the searches)
    for word in _HOUSE_NOTE_WORDS:
        if word in low:
            # "our " is also in "four ", "hour ", "your ": only the entries whose own literals
            # ("our new author", "my latest editor", …, found in one pass) are in the sentence
            # run, not their alternation (~45 µs a sentence: case-insensitive, at every position)
            gates, patterns = _house_notes()
            return any(patterns[name].search(sentence) for name in gates.possible(sentence))
    return False


_HOUSE_NOTE_WORDS = (
    "our ", "my ", "rounded up", "nuestr", "recopil", "notre", "nos ", "rassembl", "compil",
    "recueilli", "noss", "reuniu", "unser", "blogbeitr", "reaktionen", "nostr", "raccolto",
    "transcript", "accuracy and availability",
)


@lru_cache(maxsize=1)
def _anaphor_table() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Each anaphoric noun with its group of synonyms, and the articles before one."""
    table = _summary_table()
    groups = {w: frozenset(g) for g in table["anaphor_standfirst"] for w in g}
    return groups, frozenset(table["anaphor_articles"])


_ANAPHOR_MAX_WORDS = 14
_OPENING_WORDS = re.compile(r"^[\W_]*(\w+['’]?)\s*(\w+)")


def _anaphor_opening(cand: Candidate, title: str) -> bool:
    """A short sentence opening on "The changes", "O acordo", "Die Einigung" while the headline
    names no such thing: it leans on a sentence that is not before it."""
    if cand.words > _ANAPHOR_MAX_WORDS:
        return False
    m = _OPENING_WORDS.match(cand.text)
    if not m:
        return False
    groups, articles = _anaphor_table()
    article, noun = m.group(1).casefold(), m.group(2).casefold()
    group = groups.get(noun)
    if article not in articles or group is None:
        return False
    title_words = {w.casefold() for w in _TOKEN.findall(title)}
    return not (title_words & group)


def _lede_over_standfirst(base: list[Candidate], dek: Sequence[str]) -> list[Candidate]:
    """`base` without the standfirst sentences before the body's lede that the summary should
    not open with: one the lede says again (`_paraphrased` as a standfirst: the lede, which
    says who, where and when, stands instead), headline fragments joined by a semicolon
    ("Resultado apertado no referendo; Presidente fala em compra de votos.": no sentence), one
    announcing the label the lede opens on ("Die Behauptung kursiert …" / "Die Behauptung: …")
    and one pointing back to something before it ("Nun ist …", "She mapped …") or a teaser
    question when the standfirst sentence before it goes too. A standfirst that adds a fact
    of its own (a name or number the lede lacks, words of its own) stays."""
    dek_keys = {fingerprint(s) for p in dek for s in split_sentences(p)}
    lang = language.detect("\n".join(c.text for c in base)[:_LANG_PROBE_CHARS])
    lede = next((c for c in base if fingerprint(c.text) not in dek_keys and _summary_sized(c)),
                None)
    if lede is None:
        return base
    before = [c for c in base if c.index < lede.index and fingerprint(c.text) in dek_keys]
    dropped: set[int] = set()
    said = False
    kept_before = False
    for cand in before:
        # (the standfirst's sentences after one the lede says lean on it: they go too; one
        # before it, "Verdict: FALSE.", is a fact of its own)
        said = said or _paraphrased(cand, lede, standfirst=True)
        if said or _fragments(cand, lede) or _verbless_teaser(cand, lede, lang) or (
                _announces_label(cand, lede)) or (
                not kept_before and (_points_back(cand, lang) or _asks(cand))):
            dropped.add(cand.index)
            kept_before = False
        else:
            kept_before = True
    return [c for c in base if c.index not in dropped]


_TEASER_MAX_WORDS = 14  # headline-style fragments joined by ";" are short
_LABEL = re.compile(r"^[\W_]*((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*:\s")


def _fragments(cand: Candidate, lede: Candidate) -> bool:
    """Two headline fragments joined by a semicolon ("Resultado apertado no referendo;
    Presidente fala em …") on the lede's topic (STANDFIRST_MIN_SHARED of its keys): a teaser
    line, not a sentence a summary opens with. ("France was outvoted; Poland and Austria
    joined it in opposition." before a lede on the vote's outcome is a fact of its own.)"""
    if cand.words > _TEASER_MAX_WORDS or ";" not in cand.text.rstrip(";"):
        return False
    lang = language.detect(lede.text)
    small, big = _para_keys(cand.text, lang), _para_keys(lede.text, lang)
    return sum(len(a & b) for a, b in zip(small, big, strict=True)) >= STANDFIRST_MIN_SHARED


_LEDE_MIN_WORDS = 8  # a full lede sentence: who did what, where and when


@lru_cache(maxsize=1)
def _verb_cues() -> dict[str, re.Pattern[str]]:
    table = _summary_table()["verb_cues"]
    return {lang: re.compile(rf"(?<!\w)(?:{'|'.join(cues)})(?!\w)", re.IGNORECASE)
            for lang, cues in table.items()}


# German: a lower-case word after the first that is neither a function word nor an adjective
# before its (capitalised) noun or a number is a verb ("Die Mieten steigen weiter.").
_WORD_OR_NUMBER = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,]*")


@lru_cache(maxsize=1)
def _present_endings() -> dict[str, re.Pattern[str]]:
    table = _summary_table()["verb_endings_present"]
    return {lang: re.compile(rf"(?:{'|'.join(ends)})", re.IGNORECASE)
            for lang, ends in table.items()}


def _has_verb(text: str, lang: str) -> bool:
    """Does the sentence have a finite verb by its language's cues (summary.json 'verb_cues')?
    True for a language without a table: a fragment is only told where the cues are known."""
    cue = _verb_cues().get(lang)
    if cue is None or cue.search(text):
        return True
    if lang != "de":
        return False
    words = _WORD_OR_NUMBER.findall(text)
    return any(_de_verb(w, words[i + 1] if i + 1 < len(words) else "")
               for i, w in enumerate(words[1:], start=1))


def _de_verb(word: str, after: str) -> bool:
    """A German lower-case word, not a function word nor an adjective before its noun (one
    ending in "t" is a verb there too: "reagiert Belgrad"; no adjective before a noun ends so)."""
    return (word.islower() and len(word) > 2 and word not in _foreign_stopwords()
            and (word.endswith("t") or not (after[:1].isupper() or after[:1].isdigit())))


def _verb_like(word: str, after: str, lang: str, *, first: bool = False) -> bool:
    """Is this word of a sentence a verb: a cue, a present-tense ending (summary.json
    'verb_endings_present') or, in German, a lower-case word after the first that is no
    function word nor an adjective before its noun?"""
    if (cue := _verb_cues().get(lang)) is not None and cue.fullmatch(word):
        return True
    if (ends := _present_endings().get(lang)) is not None and ends.fullmatch(word):
        return True
    return lang == "de" and not first and _de_verb(word, after)


def _verbless_teaser(cand: Candidate, lede: Candidate, lang: str) -> bool:
    """A headline-like fragment without a verb ("Schweres Hochwasser im Norden, Tausende Häuser
    unter Wasser.", "A blow for the peace process.") before a full lede sentence on its topic:
    the lede, which says what happened, opens the summary. Not a fragment naming a place or
    a number the lede does not give (a fact of its own), nor a question."""
    text = cand.text.strip()
    if (cand.words > _TEASER_MAX_WORDS or ";" in text or _asks(cand)
            or lede.words < _LEDE_MIN_WORDS or _QUOTING.search(text)):
        return False
    if _has_verb(text, lang) or not _has_verb(lede.text, lang):
        return False
    names, numbers, words = _para_keys(text, lang)
    big_names, big_numbers, big_words = _para_keys(lede.text, lang)
    said = len(names) + len(words & big_words)
    # (the lede gives half its words or more: "Ein Empfang mit Protesten." is news of its own)
    return (names <= big_names and numbers <= big_numbers and said >= STANDFIRST_MIN_SHARED
            and said >= len(words - big_words))


def _announces_label(cand: Candidate, lede: Candidate) -> bool:
    """The lede opens on a label ("Die Behauptung: …", "The claim: …") the standfirst sentence
    opens with: the standfirst only announces what the lede then says."""
    m = _LABEL.match(lede.text)
    if not m:
        return False
    label = m.group(1).casefold().split()
    return _TOKEN.findall(cand.text.casefold())[: len(label)] == label


def _asks(cand: Candidate) -> bool:
    """A standfirst's teaser question ("Wer ist die Frau, die …?"): after a standfirst
    sentence that went, it would open the summary with a question the lede answers."""
    return cand.text.rstrip("”\"’') ").endswith("?")


_LANG_PROBE_CHARS = 600  # the text's language, told from its first sentences


@lru_cache(maxsize=1)
def _backward_openers() -> dict[str, frozenset[str]]:
    table = _summary_table()["backward_openers"]
    return {lang: frozenset(words) for lang, words in table.items()}


def _points_back(cand: Candidate, lang: str) -> bool:
    """The sentence opens on a word pointing back to something said before it ("Nun …",
    "She …", "Dabei …", "Ora …", "Agora …"): summary.json backward_openers of the text's
    language (French "il" is Italian's article)."""
    words = _backward_openers().get(lang)
    m = _TOKEN.match(cand.text.lstrip("\"'“”‘’„«»(—–- "))
    return bool(words) and m is not None and m.group(0).casefold() in (words or ())


# "Salcedo will travel to Ottawa…": a sentence opening on a bare surname, then a lower-case word.
_SURNAME_OPENER = re.compile(r"^[\W_]*([^\W\d_][^\W\d_'’-]{2,})\s+[^\W\d_]")


def _unintroduced_surname(cand: Candidate, before: str, known: str) -> bool:
    """The sentence opens on a surname the article introduced earlier with a given name or
    title ("… Economy Minister Rodrigo Salcedo said") that `known` (the headline and the
    summary's earlier sentences) never names: out of its context the reader meets a stranger."""
    m = _SURNAME_OPENER.match(cand.text)
    if not m or not m.group(1)[:1].isupper() or m.group(1)[1:2].isupper():
        return False
    name = m.group(1)
    if wordscan.has_whole_word(name, known):  # (no regex compiled per name and article)
        return False
    if name not in before:
        return False  # (the search below ends on the name: no need to scan `before` for it)
    # introduced as "<Given> Name" inside a sentence (not a sentence's first word: "Die
    # Bundesregierung"), and the bare name not used alone before
    intro = wordscan.word_before_name(name, before)
    return intro is not None and intro[:1].isupper()


# A line this short without a sentence end is a heading or a list item (clean.py leaves list
# items unclosed), not a sentence to summarise with.
_FRAGMENT_MAX_WORDS = 8
_LIST_JOINERS = frozenset(("and", "or", "y", "e", "et", "und", "i", "ve"))
# "Mali, Burkina Faso, Niger.": a list of names standing as a dek or kicker, not a sentence.
_CAP_WORDS = r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)*"
_NAME_LIST = re.compile(
    rf"^{_CAP_WORDS}(?:\s*,\s*(?:(?:and|or|y|e|et|und|i|ve)\s+)?{_CAP_WORDS})+\s*[.!]?$"
)
# The sentence that restates the headline is kept: a lead of bullets or colour never crowds out
# the news itself. It must share this share of the title's content words, early in the text.
ANCHOR_OVERLAP = 0.5
ANCHOR_WITHIN = 6


# Not frozen (never changed after it is made): a frozen dataclass's __init__ sets each field
# through object.__setattr__, 4x the cost, and ~26 are made an article.
@dataclass(slots=True, unsafe_hash=True)
class Candidate:
    index: int  # position in the article
    text: str
    words: int
    tokens: frozenset[str]
    introduced: bool = False  # in the block right after "… he wrote:": someone else's words


def _tokens(text: str) -> frozenset[str]:
    low = text.lower()
    # _TOKEN's runs: in ASCII text, what is left between the non-word characters made spaces
    # (bytes.translate: a table lookup per byte, several times faster than str.translate's dict)
    words = (
        low.encode("ascii").translate(_ASCII_NON_WORD).decode("ascii").split() if low.isascii()
        else _TOKEN.findall(low)
    )
    keys = _TOKEN_KEYS
    try:
        found = set(map(keys.__getitem__, words))
    except KeyError:  # a word not seen before: its key, kept for the next time
        if len(keys) > _TOKEN_KEYS_MAX:
            keys.clear()  # (a news vocabulary fits; a pathological stream of words does not)
        for word in set(words) - keys.keys():
            keys[word] = _token_key(word)
        found = set(map(keys.__getitem__, words))
    found.discard("")
    return frozenset(found)


# Each word's _token_key by the word: one C lookup per word instead of a cached call.
_TOKEN_KEYS: dict[str, str] = {}
_TOKEN_KEYS_MAX = 50_000


_ASCII_NON_WORD = bytes(
    c if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256)
)


def _token_key(word: str) -> str:
    """The word as a token, or "" for a stopword or a number."""
    if word in _STOPWORDS or word.isdigit():
        return ""
    # A light stemmer: "sanctions"/"sanction", "talks"/"talk" count as one word.
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_CJK_CHARS = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")  # no spaces between words
_CJK_OR_HANGUL = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")


def _quote_keys(quotes: Sequence[str]) -> list[tuple[str, bool]]:
    # Long enough to be sure it is the quote (Chinese, Japanese and Korean say more per
    # character: a short key is already a whole statement there); a short one ("The door
    # remains open") only in a sentence that quotes someone.
    # A quote joined from its parts around the attribution ("“A,” said X. “B.”" → "A. B."):
    # each part is the quote too, in the sentence that carries it with its speaker.
    parts = [p for q in quotes for p in (q, *(split_sentences(q) if ". " in q else ()))]
    return [
        (k, len(k) > 20 or bool(_CJK_OR_HANGUL.search(k)))
        for k in dict.fromkeys(fingerprint(q) for q in parts) if len(k) >= 8
    ]


def _carries_quote(sentence: str, key: str, quote_keys: Sequence[tuple[str, bool]]) -> bool:
    long_key = len(key) > 20
    for k, sure in quote_keys:  # (a loop: asked of every candidate, a generator costs more)
        if (k in key and (sure or _QUOTING.search(sentence))) or (long_key and key in k):
            return True
    return False


def candidate_sentences(
    title: str, paragraphs: Sequence[str], avoid: Sequence[str] = ()
) -> list[Candidate]:
    """The sentences that will be scored: bounded in characters and count, title repeats out,
    and no sentence carrying one of the `avoid` quotations (shown with their speaker)."""
    title_key = fingerprint(title)
    # "Ledger World: Hong Kong's new rules, explained": a newsletter's or column's label before
    # the headline; the body's heading repeats only what follows it
    label, colon, tail = title.partition(":")
    tail_key = fingerprint(tail) if colon and len(label.split()) <= _LABEL_WORDS and len(
        tail.split()) >= _TAIL_WORDS else ""
    avoid_keys = _quote_keys(avoid)
    out: list[Candidate] = []
    seen: set[str] = set()
    budget = MAX_SCORED_CHARS
    introduced = False
    for para in paragraphs:
        if budget <= 0 or len(out) >= MAX_SCORED_SENTENCES:
            break
        if len(para) > budget:
            para = cut_at_sentence_end(para, budget)  # never score a sentence we cut
        budget -= len(para) or budget
        in_quote, introduced = introduced, _introduces_words(para)
        # Asked of the paragraph once: each sentence is a part of it (a dateline, credit or
        # headline cut from its start leaves the rest; sentences inside one quotation are
        # joined at a space after their stop), so what the paragraph lacks no sentence holds.
        stamped = bool(title_key) and _may_hold_stamp(para)
        low = para.casefold()
        noted = False
        for word in _HOUSE_NOTE_WORDS:  # (a plain loop: see _house_note)
            if word in low:
                noted = True
                break
        for sentence in join_open_quotes(split_sentences(para)):
            if not out:
                sentence = _DATELINE.sub("", sentence)
            if sentence[:1] == "(":
                sentence = LEAD_CREDIT.sub("", sentence, count=1)  # "(AP) Council leader …"
            if title_key and " " in sentence:
                sentence = _cut_title_lead(sentence, title_key)
            key = fingerprint(sentence)
            if not key or key in seen or _repeats_title(key, title_key) or (
                    sentence[:1] in _BYLINE_FIRST and _BYLINE.match(sentence)):
                continue
            if stamped and _dated_title_header(sentence, title_key):
                continue
            if tail_key and sentence == para.strip() and _repeats_title(key, tail_key):
                continue  # (a block of its own, as a heading: not "Quiz: X? It is …")
            words = len(sentence.split())
            if not _ends_sentence(sentence) and (
                words < 4 or (words <= _FRAGMENT_MAX_WORDS and sentence == para.strip())
            ):
                continue  # a heading ("Abstract", "Key points") or a bullet, not a sentence
            if words <= _FRAGMENT_MAX_WORDS and _NAME_LIST.match(sentence) and all(
                w[:1].isupper() or w in _LIST_JOINERS for w in sentence.replace(",", " ").split()
            ):
                continue  # "Mali, Burkina Faso, Niger.": names, not a sentence
            if words < 4 and sentence[:1] in "—–-":
                continue  # "— AFP pic.": a caption's credit left behind, not a sentence
            if sentence.endswith((":", "：")):
                continue  # "Here are the main facts:": it introduces a list or a quote left out
            if sentence.count("”") > sentence.count("“"):
                continue  # the tail of a quote whose opening was cut off: not a sentence
            if (sentence.lstrip()[:1] in _PURE_QUOTE_OPENERS and _PURE_QUOTE.match(sentence)) or (
                sentence[:2].lstrip()[:1] in "“\"«„‘" and _nameless_quote(sentence)
            ):
                continue  # someone's words without their name: the quotes section names them
            if noted and _house_note(sentence):
                continue  # "…, our new author covering …": the blog about itself, not news
            if avoid_keys and _carries_quote(sentence, key, avoid_keys):
                continue  # the quotes section shows these words with their speaker
            seen.add(key)
            out.append(Candidate(len(out), sentence, words, _tokens(sentence), in_quote))
            if len(out) >= MAX_SCORED_SENTENCES:
                break
    return out


_INTRO_WORDS = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")


def _introduces_words(para: str) -> bool:
    """Does the paragraph end by handing over to someone's words ("Larbi followed the event
    and he twittered:", "Die Ministerin schrieb:", "Le ministère a déclaré :")? The block after
    it is theirs, quoted without marks: no summary sentence without the intro (left out)."""
    tail = para.rstrip()
    if not tail.endswith((":", "：")):
        return False
    words = tuple(w.casefold() for w in _INTRO_WORDS.findall(split_sentences(tail)[-1]))
    return any(
        words[i : i + len(v)] == v for v in speech_verbs() for i in range(len(words))
        if words[i] == v[0]
    )


# "<headline> — <teaser>": an aggregator's block sets the linked headline before its teaser.
_ASCII_NON_ALNUM = "".join(chr(c) for c in range(128) if not chr(c).isalnum())
_TITLE_DASH = re.compile(r"\s+[—–-]+\s+")


def _cut_title_lead(sentence: str, title_key: str) -> str:
    """The sentence without the headline set before it with a dash ("Shopwise lays off 20% …
    — In a memo to employees, …"): what follows the dash is the teaser."""
    if sentence.isascii() and sentence.lstrip(_ASCII_NON_ALNUM)[:1].lower() != title_key[:1]:
        # an ASCII sentence's fingerprint opens with its first letter or digit, lower-cased:
        # another one than the headline's opens no headline (no fingerprint made per sentence)
        return sentence
    if not fingerprint(sentence[:len(title_key) + 40]).startswith(title_key[:20]):
        return sentence
    for m in _TITLE_DASH.finditer(sentence):
        key = fingerprint(sentence[: m.start()])
        # (the item's title may carry more: "… within weeks (Author / Outlet)")
        if key == title_key or (title_key.startswith(key) and len(key) * 10 >= 8 * len(title_key)):
            rest = sentence[m.end():]
            return rest if len(rest.split()) >= 4 else sentence
    return sentence


_LABEL_WORDS = 3  # a label before a headline's colon: "Ledger World", "Analyse", "Il punto"
_TAIL_WORDS = 4  # a headline after it long enough that a sentence equal to it is a repeat


# A CMS teaser's header set inline before the text (Drupal's node teaser: the title, the
# author field and the 'medium' date "Wed, 10/23/2019 - 11:40"; other CMSs "23.10.2019, 11:40
# Uhr"): the headline, a byline and a date stamp closing the sentence.
_CLOSING_STAMP = re.compile(
    r"(?:[^\W\d_]{2,12}\.?,?\s+)?\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
    r"(?:\s*[-–—,|]?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm))?)?\W*$",
    re.IGNORECASE,
)


# In every match of _CLOSING_STAMP ("23.10.2019", "10/23/2019"): a cheap test first.
_STAMP_DATE = re.compile(r"\d[./-]\d{1,2}[./-]\d")

_HEADER_BYLINE_CHARS = 80
# Each ASCII digit as "0": in ASCII text \d is [0-9], so _STAMP_DATE matches where this bytes
# pattern does, which opens on a literal (re skips to its occurrences instead of trying the
# pattern at each position).
_DIGITS_AS_ZERO = bytes(48 if 48 <= c <= 57 else c for c in range(256))


def _may_hold_stamp(text: str) -> bool:
    """_STAMP_DATE.search(text) is not None (~0.5 µs for an ASCII paragraph against ~5 µs)."""
    if text.isascii():
        return _STAMP_ZEROS.search(text.encode("ascii").translate(_DIGITS_AS_ZERO)) is not None
    return _STAMP_DATE.search(text) is not None


_STAMP_ZEROS = re.compile(rb"0[./-]00?[./-]0")  # _STAMP_DATE in the bytes, opening on a literal


def _dated_title_header(sentence: str, title_key: str) -> bool:
    """The headline again, then a byline and a date stamp ("Title Lena Brandt mit dpa Wed,
    10/23/2019 - 11:40."): without the stamp, the headline and a few words."""
    # the date's digits first (what every stamp holds): the whole pattern, tried at each
    # position of every candidate sentence, was ~50 µs a sentence, a tenth of the build
    if not _may_hold_stamp(sentence):
        return False
    m = _CLOSING_STAMP.search(sentence)
    if not m or not m.start():
        return False
    key = fingerprint(sentence[: m.start()])
    # a byline of two people with their posts ("A, Korrespondentin in Wien, und B") is longer
    # than what a headline repeat may carry; the stamp closing it says it is the header
    return (key.startswith(title_key) and len(key) - len(title_key) <= _HEADER_BYLINE_CHARS
            ) or _repeats_title(key, title_key)


def _repeats_title(key: str, title_key: str) -> bool:
    """The headline again, maybe with the outlet tacked on ("… six months Reuters")."""
    if not title_key:
        return False
    if key.startswith(title_key) and len(key) - len(title_key) <= 30:
        return True
    # The ratio is at most 100·(1 − |a − b| / (a + b)): lengths this far apart score < 90.
    if abs(len(key) - len(title_key)) * 10 > len(key) + len(title_key):
        return False
    return fuzz.ratio(key, title_key, score_cutoff=90) >= 90


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def score_sentences(title: str, candidates: Sequence[Candidate]) -> list[float]:
    """One score per candidate, higher is better (see the module docstring)."""
    n = len(candidates)
    if n == 0:
        return []
    centrality = [0.0] * n
    tokens = [c.tokens for c in candidates]
    sizes = [len(t) for t in tokens]
    for i in range(n):
        a, size = tokens[i], sizes[i]
        if not size:
            continue
        for j in range(i + 1, n):
            # _similarity inlined (the same arithmetic): a pair sharing no word adds 0.0
            common = len(a & tokens[j])
            if common:
                sim = common / math.sqrt(size * sizes[j])
                centrality[i] += sim
                centrality[j] += sim
    top = max(centrality) or 1.0
    title_tokens = _tokens(title)
    scores = []
    for cand, central in zip(candidates, centrality, strict=True):
        overlap = len(cand.tokens & title_tokens) / len(title_tokens) if title_tokens else 0.0
        score = (
            W_POSITION / (1 + cand.index) ** POSITION_DECAY
            + W_CENTRALITY * central / top
            + W_TITLE * overlap
        )
        scores.append(score * _penalty(cand))
    return scores


def _penalty(cand: Candidate) -> float:
    factor = 1.0
    if cand.words < 6:
        factor *= 0.4
    elif cand.words > 50:
        factor *= 0.6
    text = cand.text
    if text.rstrip("”\"’') ").endswith("?"):
        factor *= 0.6
    if cand.index > 0 and (first := _TOKEN.match(text.lstrip("“\"‘'("))) and (
            first.group(0).lower() in _WEAK_OPENERS):
        factor *= WEAK_OPENER_PENALTY
    return factor


def _summary_sized(c: Candidate) -> bool:
    words = max(c.words, len(_CJK_CHARS.findall(c.text)) // 2)
    return words >= SUMMARY_FLOOR_WORDS or (
        words >= SUMMARY_FLOOR_SENTENCE_WORDS and _ends_sentence(c.text)
    )


def summarize(
    title: str, paragraphs: Sequence[str], *, max_words: int = 60, max_sentences: int = 3,
    quotes: Sequence[str] = (), list_items: Collection[str] = (), dek: Sequence[str] = (),
) -> str:
    """See _summarize; the summary never opens in small letters ("die Nato hat …" after a
    greeting line, a transcript written without capitals): its first letter is capitalised
    unless the word has a capital inside ("iPhone", "eBay")."""
    out = _summarize(title, paragraphs, max_words=max_words, max_sentences=max_sentences,
                     quotes=quotes, list_items=list_items, dek=dek)
    if out[:1].islower() and (m := _FIRST_WORD.match(out)) and m[0].islower():
        return out[0].upper() + out[1:]
    return out


_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _summarize(
    title: str, paragraphs: Sequence[str], *, max_words: int = 60, max_sentences: int = 3,
    quotes: Sequence[str] = (), list_items: Collection[str] = (), dek: Sequence[str] = (),
) -> str:
    """2-3 of the article's own best sentences within `max_words`, in article order.

    Never cuts a sentence: if even the best sentence is over budget, the best one within twice
    the budget is used alone, else the result is "" (the digest then shows the title only).
    `quotes`: quotations the digest shows with their speaker; sentences carrying them are left
    to the quotes section unless nothing else is left to summarise.
    `list_items`: fingerprints of the text's `<li>` items (`clean.list_item_keys`): bullets
    between a standfirst and its lede are no sentences of the summary unless they are all.
    `dek`: the leading paragraphs that are the standfirst written for the body: a body sentence
    that says its fact again in other words does not stand beside it (the longer one stays).
    """
    candidates = candidate_sentences(title, paragraphs)
    keys = _quote_keys(quotes)
    # A list's items (its colon intro is no candidate): the summary stops before the list
    # ("…so far: * A former Danish minister…" reads as if there were one candidate), unless
    # the list is all there is.
    listed = _list_parts(candidates) | _html_list_items(candidates, list_items)
    # the block after "… he wrote:" is that person's words, without the intro that says so
    listed |= {c.index for c in candidates if c.introduced}
    base = [c for c in candidates if c.index not in listed]
    # a broadcast transcript's turns ("NORDAHL: The premier told me …"): someone's words
    # without who they are; the summary is the host's introduction, unless nothing else is left
    # (and its greetings and thanks: "Good morning.", "Thanks, Erik.")
    if turns := _speaker_turns(paragraphs):
        base = [c for c in base
                if fingerprint(c.text) not in turns and c.words >= _TURN_MIN_WORDS] or base
    # a tabloid's kicker ("Polen macht dicht!", "Jetzt ist es beschlossen!") only sets the
    # scene for the news after it: no summary sentence while there is another one
    base = [c for c in base if not _kicker(c)] or base
    # a standfirst opening on "The changes …" / "O acordo …" that the headline does not
    # introduce: the lede says what it is about, so the summary starts there
    if dek and base and _anaphor_opening(base[0], title):
        dek_keys0 = {fingerprint(s) for p in dek for s in split_sentences(p)}
        if fingerprint(base[0].text) in dek_keys0 and any(
            _summary_sized(c) and fingerprint(c.text) not in dek_keys0 for c in base[1:]
        ):
            base = base[1:]
    if dek and base:
        base = _lede_over_standfirst(base, dek)
    if not any(_summary_sized(c) for c in base):
        base = list(candidates)
    allowed = [
        c for c in base if not _carries_quote(c.text, fingerprint(c.text), keys)
    ] if keys else base
    # A sentence of its own ("Brigaden ska vara operativ 2029.") is a summary, however short:
    # the quote then shows with its speaker. Only with none left does the summary take the
    # quoted sentence (its speaker in it) rather than nothing.
    if not any(_summary_sized(c) for c in allowed):
        allowed = base
    if not candidates:
        return _fallback(title, paragraphs, max_words)
    # Every sentence is scored (a quoted one is still part of what the article is about, and
    # removing it would shift the others' scores); the quoted ones are just not chosen.
    scores = score_sentences(title, candidates)
    keep = {c.text for c in allowed}
    ranked = [
        i for i in sorted(range(len(candidates)), key=lambda i: (-scores[i], i))
        if candidates[i].text in keep
    ]
    chosen: list[Candidate] = []
    by_index = {c.index: c for c in candidates}
    words = 0
    floor = scores[ranked[0]] * MIN_RELATIVE_SCORE
    anchor = _anchor(title, candidates, max_words)
    if anchor is not None and anchor != ranked[0] and anchor in ranked:
        ranked.remove(anchor)
        ranked.insert(0, anchor)
    text = "\n".join(paragraphs)
    dek_keys = {fingerprint(s) for p in dek for s in split_sentences(p)}
    dek_out = False
    dek_lang = language.detect(text[:_LANG_PROBE_CHARS]) if dek else ""
    for i in ranked:
        cand = candidates[i]
        if len(chosen) >= MIN_SENTENCES and scores[i] < floor:
            break  # the rest would be filler
        if words + cand.words > max_words:
            continue
        if _leaves_quote_open(cand.text):
            continue  # a teaser cut inside someone's words: the summary would end in them
        if cand.index and _attribution_only(cand) and not any(
            c.index == cand.index - 1 for c in chosen
        ):
            continue  # "Lo riferisce l'Osservatorio…" means something only after its news
        if cand.index and _leans_on_previous(cand) and (
                (before := by_index.get(cand.index - 1)) is None or before.text not in keep):
            continue  # "Já o representante…" after a quotation the summary leaves out
        if cand.index and _unintroduced_surname(
            cand, text[: text.find(cand.text)] if cand.text in text else text,
            " ".join([title, *(c.text for c in chosen if c.index < cand.index)]),
        ):
            continue  # "Salcedo will travel…" with the sentence naming him left out
        if any(_similarity(cand.tokens, c.tokens) > 0.7 for c in chosen) or _restates(
            cand, chosen
        ) or any(_contained(cand, c) or _paraphrased(cand, c) for c in chosen):
            continue
        # "Revenue passed 5bn dinars in the first eight months of the season." (a dek) and the
        # lede "Tunisia earned … in the first eight months of the season, …": a run of words
        # said twice reads as a repeat; the longer sentence, which says more, stays.
        in_dek = fingerprint(cand.text) in dek_keys
        if in_dek and dek_out:
            continue  # the rest of a standfirst the lede said again ("Ma tra Spagna … non torna.")
        if in_dek and _points_back(cand, dek_lang) and not any(
                c.index == cand.index - 1 for c in chosen):
            continue  # "Nun ist der Diplomat … gestorben." without the sentence it follows
        echoed = [c for c in chosen if _shared_run(cand.text, c.text)]
        # (only a lede longer than the standfirst says it again with more: a shorter body
        # sentence sharing its topic words is another fact: "On paper, the three Baltic
        # states agree …" after "Lithuania's refusal to sign the joint Baltic statement …")
        dek_echo = [
            c for c in chosen if dek_keys and in_dek != (fingerprint(c.text) in dek_keys)
            and (_lede_says_again(cand, c) if in_dek else _lede_says_again(c, cand))
        ]
        if any(c.words >= cand.words for c in [*echoed, *dek_echo]):
            if in_dek and dek_echo:  # the lede said it with more: no part of the standfirst
                dek_out = True
                for said in [c for c in chosen if fingerprint(c.text) in dek_keys]:
                    chosen.remove(said)
                    words -= said.words
            continue
        if dek_echo:
            # the lede says the standfirst's fact with more: the standfirst goes as a whole
            # (its other sentence leans on the one that goes)
            dek_out = True
            echoed += [c for c in chosen if fingerprint(c.text) in dek_keys and c not in echoed]
        for said in echoed:
            chosen.remove(said)
            words -= said.words
        # a chosen sentence this one says again with more ("The agreement covers joint
        # patrols." before "X and Y signed an agreement …, covering joint patrols …") goes
        # (and a standfirst whose fact the longer lede after it gives with who/where/when)
        for said in [c for c in chosen
                     if _restates(c, [cand]) or _contained(c, cand) or _paraphrased(c, cand)]:
            chosen.remove(said)
            words -= said.words
            if not in_dek and fingerprint(said.text) in dek_keys and _paraphrased(said, cand):
                # the lede says the standfirst in other words: the rest of the standfirst
                # ("Caracas says it will not attend.") leans on the sentence that went
                dek_out = True
                for rest in [c for c in chosen if fingerprint(c.text) in dek_keys]:
                    chosen.remove(rest)
                    words -= rest.words
        chosen.append(cand)
        words += cand.words
        if len(chosen) >= max_sentences or max_words - words < 6:
            break
    if chosen and all(map(_attribution_only, chosen)):
        # The lead naming only the source of the headline's news ("Lo riferisce …"): with
        # another sentence it says where the news comes from; alone it says nothing.
        chosen = []
    if not chosen:
        fallback = [
            i for i in ranked
            if candidates[i].words <= 2 * max_words and not _attribution_only(candidates[i])
        ]
        if not fallback:
            # Nothing but the source named ("Lo riferisce l'Osservatorio …"): still the item's
            # text, and it says where the headline's news comes from; never an empty summary.
            return _first_words(candidates[0].text, max_words)
        chosen = [candidates[fallback[0]]]
    chosen.sort(key=lambda c: c.index)
    return " ".join(c.text for c in chosen)


def _leaves_quote_open(text: str) -> bool:
    """Does `text` end inside a quotation it opened ('Berg said: "We were asked to sign …
    this council.' where the feed cut the text)? German „…“ closes with “; »…« and Swedish
    »…» are told apart by the closing mark; straight quotes by parity."""
    if "„" in text:
        opened, closed = text.count("„"), text.count("“") + text.count("”")
    else:
        opened, closed = text.count("“"), text.count("”")
    guillemets = (text.count("»") % 2 == 1 if "«" not in text
                  else text.count("«") != text.count("»"))
    return opened > closed or guillemets or text.count('"') % 2 == 1


# "NORDAHL: …", "FADEL-MORRISON: …", "ERIK NORDAHL, BYLINE: …": a speaker's name in capitals
# opening a transcript's turn; two different names make the text a transcript (one such label
# alone is a dateline: "ISLAMABAD: The …").
_SPEAKER_LABEL = re.compile(
    r"^(?P<name>[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3})(?:,\s[A-Z][A-Z ]{1,20})?:\s+(?=\S)"
)


_TURN_MIN_WORDS = 4


def _speaker_turns(paragraphs: Sequence[str]) -> frozenset[str]:
    """The fingerprints of the sentences of a transcript's turns (the blocks a speaker's label
    opens), when two speakers or more take them; none otherwise."""
    named = [(m["name"], p) for p in paragraphs if (m := _SPEAKER_LABEL.match(p.lstrip()))]
    if len({name for name, _ in named}) < 2:
        return frozenset()
    return frozenset(fingerprint(s) for _, p in named for s in split_sentences(p))


# A sentence whose content words the chosen ones already hold to this share says nothing new
# ("The court fined the app R$ 12 million." after "Brazil's top electoral court fined a
# messaging app …"; a lede after a dek that gave its fact): a near-duplicate in other words.
RESTATE_SHARE = 2 / 3  # (no effect on the summary bench's ROUGE from 0.5 to 0.8)
_RESTATE_MIN_TOKENS = 3


def _restates(cand: Candidate, chosen: Sequence[Candidate]) -> bool:
    if not chosen:
        return False
    words = _spaced_words(cand.text)
    if len(words) < _RESTATE_MIN_TOKENS:
        return False
    said = frozenset().union(*(_spaced_words(c.text) for c in chosen))
    return len(words & said) >= RESTATE_SHARE * len(words)


# A standfirst and the lede just after it that says its fact again with who, where and when
# ("Trucks carrying rice waited four days at the crossing." / "A UN aid convoy … has been
# turned back at the border after four days of waiting"): the shorter, earlier sentence is
# contained in the longer one when this many of its word stems (CONTAIN_STEM letters: "waited"
# and "waiting" meet, in any language written with spaces) are the longer one's, every number
# it gives is there too (a number only it gives is a fact of its own) and at most one of its
# names is missing, all but CONTAIN_MAX_UNSAID of its stems are there and it quotes no one.
# Containment, not similarity: the longer sentence may say much more.
CONTAIN_STEM, CONTAIN_MIN_SHARED, CONTAIN_SHARE = 4, 3, 0.35
CONTAIN_MAX_GAP = 2  # sentences between standfirst and lede: a later one is another fact
CONTAIN_MAX_UNSAID = 5  # stems of the shorter sentence the longer one may leave out


def _contained(small: Candidate, big: Candidate) -> bool:
    if not (small.index < big.index <= small.index + CONTAIN_MAX_GAP) or (
        small.words >= big.words
    ):
        return False
    if _QUOTING.search(small.text):
        return False  # someone's words ("… was “unacceptable and provocative”"): news of its own
    stems, big_stems = _contain_stems(small.text), _contain_stems(big.text)
    shared, names = stems & big_stems, _names(small.text)
    # (names alone shared are the same company or place, not the same fact: "This content is
    # sponsored by Sunrise Energy Holdings." before "Sunrise Energy Holdings has signed …")
    if len(shared - names) < CONTAIN_MIN_SHARED or len(shared) < CONTAIN_SHARE * len(stems):
        return False
    if len(stems - shared) > CONTAIN_MAX_UNSAID:
        return False  # a long standfirst with facts of its own ("… and a shared customs database")
    numbers = {w for w in stems if any(ch.isdigit() for ch in w)}
    return numbers <= big_stems and len(names - big_stems) <= 1


@lru_cache(maxsize=256)
def _contain_stems(text: str) -> frozenset[str]:
    foreign = _foreign_stopwords()
    out = set()
    for word in text.lower().split():
        for part in word.strip(_EDGE_PUNCT).split("-"):
            if any(ch.isdigit() for ch in part):
                out.add(part.strip(_EDGE_PUNCT))
            elif len(part) >= 4 and part not in foreign and part not in _STOPWORDS:
                out.add(part[:CONTAIN_STEM])
    return frozenset(out)


def _names(text: str) -> frozenset[str]:
    """Stems of the capitalised words after the first (names: "Praia", "Washington")."""
    out = set()
    for word in text.split()[1:]:
        part = word.strip(_EDGE_PUNCT)
        if part[:1].isupper() and len(part) >= 4:
            out.add(part.lower()[:CONTAIN_STEM])
    return frozenset(out)


# A short sentence the longer one just after it says again in other words, its subject named
# differently ("The UN now seeks $816 million." / "The United Nations raised its appeal … to
# $816 million …"; "Washington zieht 3000 Soldaten aus Polen ab." / "… rund 3000 der … in
# Polen stationierten US-Soldaten …"): every name of the shorter one is the longer one's as the
# gazetteer's place or body (a capital is its country), every number is there by value, at
# least PARA_MIN_SHARED of its keys are shared and at most PARA_MAX_UNSAID of its words are not
# (one verb said differently: "seeks"/"raised its appeal"; two words of its own are a fact of
# its own). The longer one says this much more, so the shorter one goes (bot/data/summary.json
# paraphrase_comment).
PARA_MIN_SHARED, PARA_MAX_UNSAID, PARA_RATIO, PARA_MIN_WORDS = 3, 1, 1.5, 3
# A standfirst of a few words every content word of which (stems, the group's verbs, its names
# and numbers) the longer lede says again ("Erster Empfang nach der Klinik." / "Der Papst hat
# erstmals seit seiner Entlassung aus der Klinik wieder Besucher empfangen."; "Il nuovo
# presidente ha giurato." / "Joe Biden ha giurato come 46° presidente …") adds nothing: two
# shared keys are enough when none of its words is its own.
PARA_WHOLE_MAX_WORDS, PARA_WHOLE_MIN_SHARED = 8, 2
STANDFIRST_MIN_SHARED = 2  # a standfirst's keys the lede gives, a name and a word among them
_PARA_PREFIX = 4  # a group's word this long also stands for the words it starts


def _paraphrased(small: Candidate, big: Candidate, *, standfirst: bool = False) -> bool:
    """`standfirst`: `small` is a sentence of the standfirst and `big` the body's lede: the
    lede says the standfirst's fact when it gives all its names and numbers and shares
    PARA_MIN_SHARED of its keys, or STANDFIRST_MIN_SHARED with a name, a word always (the
    standfirst's own words are the teaser's way of saying it: "Moscow said it would no
    longer guarantee the safety of ships carrying Ukrainian grain." / "Russia on Monday
    pulled out of the deal that allowed Ukraine to export grain …")."""
    if not (small.index < big.index <= small.index + CONTAIN_MAX_GAP) or (
        big.words < PARA_RATIO * small.words
    ):
        return False
    if _QUOTING.search(small.text):
        return False  # someone's words are news of their own
    lang = language.detect(big.text)
    names, numbers, words = _para_keys(small.text, lang)
    if not names and not numbers and not words:
        return False
    big_names, big_numbers, big_words = _para_keys(big.text, lang)
    if not (names <= big_names and numbers <= big_numbers):
        return False  # a name or a number only the shorter one gives: a fact of its own
    said = words & big_words
    if standfirst:
        if not _names(small.text) <= _contain_stems(big.text) | _names(big.text):
            return False  # a name the gazetteer does not know ("Vaiusu wharf", "Sikkim")
        shared = len(names) + len(numbers) + len(said)
        return bool(said) and (shared >= PARA_MIN_SHARED or (
            bool(names) and shared >= STANDFIRST_MIN_SHARED)
            or _overlaps(small.text, words, said, lang))
    if said and words <= big_words and small.words <= PARA_WHOLE_MAX_WORDS and (
        len(names) + len(numbers) + len(said) >= PARA_WHOLE_MIN_SHARED
    ):
        return True  # a short one the longer one says again word for word, nothing of its own
    if len(names) + len(numbers) + len(said) < PARA_MIN_SHARED or (
        len(words - big_words) > PARA_MAX_UNSAID
    ):
        return False
    # the same fact: its number, its verb ("resume"/"restart") or PARA_MIN_WORDS of its words
    # are said again, not only its names ("Estonia says the buoys were on its side." after
    # a lede on the buoys' removal and Estonia's ambassador is a fact of its own)
    return bool(numbers) or any(w.startswith("~") for w in said) or len(said) >= PARA_MIN_WORDS


# A short standfirst that names no one and says the lede's fact in other words ("Os aluguéis
# sobem muito mais do que os salários." / "Os aluguéis médios … subiram nove por cento …,
# enquanto os salários cresceram …"): half its content words (stems) or more are the lede's,
# STANDFIRST_MIN_SHARED at least, it has few of them (a longer one carries more facts) and
# each of the others is its verb, which the lede says in its own way ("sobem" / "subiram"); a
# word of any other kind is a fact of its own ("Il premier ha giurato in ritardo.").
STANDFIRST_OVERLAP_SHARE, STANDFIRST_OVERLAP_MAX_WORDS = 0.5, 6


def _overlaps(text: str, words: frozenset[str], said: frozenset[str], lang: str) -> bool:
    if not (len(said) >= STANDFIRST_MIN_SHARED and len(words) <= STANDFIRST_OVERLAP_MAX_WORDS
            and len(said) >= STANDFIRST_OVERLAP_SHARE * len(words)):
        return False
    unsaid = words - said
    tokens = _WORD_OR_NUMBER.findall(text)
    verbs = {t.casefold()[:CONTAIN_STEM] for i, t in enumerate(tokens)
             if _verb_like(t, tokens[i + 1] if i + 1 < len(tokens) else "", lang, first=i == 0)}
    return unsaid <= verbs


_PARA_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)(?:\s?([^\W\d_]+\.?))?"
)
_POSSESSIVE = re.compile(r"['’]s$")
_THOUSANDS = re.compile(r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+")


@lru_cache(maxsize=1)
def _para_tables() -> tuple[dict[str, int], tuple[tuple[str, int], ...]]:
    table = _summary_table()
    prefixes = tuple(sorted(
        ((p, n) for n, group in enumerate(table["paraphrase_verb_groups"]) for p in group),
        key=lambda pn: -len(pn[0]),
    ))
    return dict(table["paraphrase_multipliers"]), prefixes


@lru_cache(maxsize=256)
def _para_keys(text: str, lang: str) -> tuple[frozenset[str], frozenset[float], frozenset[str]]:
    """The gazetteer's entities a sentence names, its numbers by value and its other content
    words (stems; a verb of a group as the group)."""
    from bot.content import geo  # (the gazetteer: loaded once, by the first paraphrase test)

    multipliers, prefixes = _para_tables()
    names: set[str] = set()
    named_words: set[str] = set()
    if geo.supported(lang):
        for mention in geo.find_mentions(text, lang=lang, compounds=True):
            names.add(mention.entity.code or mention.entity.name)
            named_words.update(w.casefold() for w in _TOKEN.findall(mention.surface))
    numbers = set()
    for m in _PARA_NUMBER.finditer(text):
        digits = m[1]
        if _THOUSANDS.fullmatch(digits):
            value = float(re.sub(r"\D", "", digits))
        else:
            value = float(digits.replace(",", "."))
        numbers.add(value * multipliers.get((m[2] or "").casefold().rstrip("."), 1))
    foreign = _foreign_stopwords()
    words = set()
    for word in text.casefold().split():
        for part in word.strip(_EDGE_PUNCT).split("-"):
            part = _POSSESSIVE.sub("", part.strip(_EDGE_PUNCT))
            # (a short word of a group only as itself: "auf Eis" is "gestoppt", "Eisen" is not)
            group = next((n for p, n in prefixes if part == p or (
                len(p) >= _PARA_PREFIX and part.startswith(p))), None)
            if group is not None and part not in named_words:
                words.add(f"~{group}")
            elif not (len(part) < 4 or any(ch.isdigit() for ch in part) or part in foreign
                      or part in _STOPWORDS or part in named_words or part in multipliers):
                words.add(part[:CONTAIN_STEM])
    return frozenset(names), frozenset(numbers), frozenset(words)


# A standfirst and the body's lede saying one fact in other words ("Nach mehreren Ballon-
# Vorfällen schließt Vilnius die Grenzübergänge." / "Nach mehreren Ballon-Vorfällen über dem
# Flughafen hat die Regierung die Grenzübergänge … geschlossen."; "Kiew bekommt weitere 60
# Milliarden Euro." / "… auf Hilfen von 60 Milliarden Euro für die Ukraine geeinigt."): they
# share this many content words (numbers count, word stems of ECHO_STEM letters) and this share
# of the shorter one's.
ECHO_MIN_SHARED, ECHO_SHARE, ECHO_STEM = 3, 0.3, 5
ECHO_RUN_WORDS = 4  # or a run of this many words both say


@lru_cache(maxsize=256)
def _runs(text: str, n: int) -> frozenset[tuple[str, ...]]:
    words = _TOKEN.findall(text.casefold())
    return frozenset(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def _kicker(cand: Candidate) -> bool:
    return cand.text.endswith("!") and cand.words <= KICKER_MAX_WORDS


def _lede_says_again(dek: Candidate, lede: Candidate) -> bool:
    return lede.words > dek.words and _echoes(dek.text, lede.text)


def _echoes(a: str, b: str) -> bool:
    if _runs(a, ECHO_RUN_WORDS) & _runs(b, ECHO_RUN_WORDS):
        return True  # "Bei ihrem ersten Besuch in China …" / "Bei ihrem ersten Besuch in Peking …"
    ka, kb = _echo_stems(a), _echo_stems(b)
    shared = len(ka & kb)
    return shared >= ECHO_MIN_SHARED and shared >= ECHO_SHARE * min(len(ka), len(kb))


@lru_cache(maxsize=256)
def _echo_stems(text: str) -> frozenset[str]:
    """Content words of any feed language (function words of the main ones left out), cut to
    their first ECHO_STEM letters so "geschlossen"/"schließt" differ but "Grenzübergänge"/
    "Grenzübergang" meet; the parts of a compound count ("Ballon-Vorfällen")."""
    foreign = _foreign_stopwords()
    out = set()
    for word in text.lower().split():
        for part in word.strip(_EDGE_PUNCT).split("-"):
            if any(ch.isdigit() for ch in part):
                out.add(part)
            elif len(part) >= 4 and part not in foreign and part not in _STOPWORDS:
                out.add(part[:ECHO_STEM])
    return frozenset(out)


@lru_cache(maxsize=1)
def _foreign_stopwords() -> frozenset[str]:
    from bot.content.clustering import foreign_stopwords  # (stopwords-iso lists, loaded once)

    return foreign_stopwords()


KICKER_MAX_WORDS = 8  # an exclamation this short only sets the scene for the news after it
SHARED_RUN_WORDS = 8  # consecutive words two summary sentences may not both hold


@lru_cache(maxsize=256)  # asked again for the candidate and every chosen sentence
def _word_runs(text: str) -> frozenset[tuple[str, ...]]:
    words = _TOKEN.findall(text.casefold())
    n = SHARED_RUN_WORDS
    return frozenset(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def _shared_run(a: str, b: str) -> bool:
    """Do `a` and `b` hold the same run of SHARED_RUN_WORDS words?"""
    return bool(_word_runs(a) & _word_runs(b))


@lru_cache(maxsize=256)  # the ranking loop asks again for the chosen sentences' words
def _spaced_words(text: str) -> frozenset[str]:
    """The content words between spaces (not _TOKEN's runs, which stop at the vowel signs of
    Bengali or Devanagari, whose fragments two different sentences share)."""
    out = set()
    for word in text.split():
        key = _token_key(word.strip(_EDGE_PUNCT).lower())
        if key:
            out.add(key)
    return frozenset(out)


_EDGE_PUNCT = "\"'“”‘’„«»()[]{}.,;:!?…–—-।۔،"


_BULLET = re.compile(r"^\s*(?:[*•▪◦‣]+|-)\s+\S")
_BULLET_FIRST = "*•▪◦‣-"  # what a match opens with, unless a space (re's \s is str.isspace)


def _list_parts(candidates: Sequence[Candidate]) -> set[int]:
    """Indexes of bullet items ("* A former Danish minister…", "• Gas prices"). The sentence
    ending in a colon that introduces them is never a candidate (`candidate_sentences`)."""
    return {c.index for c in candidates
            if (c.text[:1] in _BULLET_FIRST or c.text[:1].isspace()) and _BULLET.match(c.text)}


# A bullet this short is a headline-style point ("Talks held in Kunming under Chinese
# mediation", a takeaways box's "Pay is lower and contracts shorter."); longer items are the
# text's own sentences ("Key points": "Chad, Niger, Nigeria and Cameroon will pool 8,000
# troops under a rotating command based in N'Djamena") and may be summarised.
_SHORT_ITEM_WORDS = 12


def _html_list_items(candidates: Sequence[Candidate], keys: Collection[str]) -> set[int]:
    """Indexes of the candidates that are (part of) one of the markup's short list items:
    "Talks held in Kunming under Chinese mediation." between a standfirst and its lede."""
    if not keys:
        return set()
    out = set()
    for cand in candidates:
        if cand.words > _SHORT_ITEM_WORDS:
            continue
        key = fingerprint(cand.text)
        if key in keys or (len(key) >= 12 and any(key in k for k in keys)):
            out.add(cand.index)
    return out


def _anchor(title: str, candidates: Sequence[Candidate], max_words: int) -> int | None:
    """Index of the early sentence that best restates the headline, if one does."""
    title_tokens = _tokens(title)
    if len(title_tokens) < 3:
        return None
    best, best_overlap = None, ANCHOR_OVERLAP
    for cand in candidates[:ANCHOR_WITHIN]:
        overlap = len(cand.tokens & title_tokens) / len(title_tokens)
        if overlap >= best_overlap and cand.words <= max_words and (
            best is None or overlap > best_overlap
        ):
            best, best_overlap = cand.index, overlap
    return best


def _fallback(title: str, paragraphs: Sequence[str], max_words: int) -> str:
    """No sentence to score (one unpunctuated block longer than the scoring budget, a text of
    run-on fragments): the first words of the first block that is not the headline again, a
    byline or someone's unattributed words. The item has text, so the summary is not empty."""
    title_key = fingerprint(title)
    for para in paragraphs:
        key = fingerprint(para)
        if not key or _repeats_title(key, title_key) or _BYLINE.match(para):
            continue
        if _PURE_QUOTE.match(para) or (len(para.split()) < 4 and len(para) < 20):
            continue
        words = para.split()
        if len(words) > max_words:
            return " ".join(words[:max_words]).rstrip(",;:–—-") + " …"
        # Unspaced scripts (Chinese, Japanese, Thai): about a sentence's worth of characters.
        return para if len(para) <= 4 * max_words else para[: 2 * max_words] + " …"
    return ""


def _first_words(text: str, max_words: int) -> str:
    """One over-long sentence: its first words, marked as cut. Better than no summary."""
    words = text.split()
    if len(words) <= 2 * max_words:
        return text
    return " ".join(words[:max_words]).rstrip(",;:–—-") + " …"
