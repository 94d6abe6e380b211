"""Titles and sentences: headline labels and wire slugs, sentences the scraper cut, a lead
set in capitals, sharer and correction notes."""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources

from bot.content.clean.captions_and_tails import (
    _DOTS_RUN,
    _LEFTOVER_LT,
    _LEFTOVER_TAG,
    _PAUSE,
    _SCRIPT_URL,
    _TRUNCATED_END,
    _cut_mark_in,
    _opens_sentence,
    _terminal,
    drop_controls,
)
from bot.content.clean.entities import _unglue, fix_entities
from bot.content.clean.html_blocks import drop_invisible, speech_verbs
from bot.content.clean.tables import _JUNK_TABLE, _words
from bot.content.clean.wire_leads import (
    _CJK_WIRE_LEAD,
    _DATED_PLACE_LEAD,
    _URDU_LETTERS,
    _WIRE_LEAD,
    wire_lead_possible,
)
from bot.core import lazy_re as re  # compiles each pattern on first use


def clean_title(title: str) -> str:
    """A headline as plain text: tags out ("<em>Exclusive:</em>", "<span class='webrupee'>₹
    </span>4,000"), entities decoded, also numeric ones missing their "&"."""
    text = fix_entities(drop_controls(title))
    if "<" in text:
        text = _LEFTOVER_TAG.sub("", text)
        text = fix_entities(text)
    text = " ".join(drop_invisible(text).split())  # = _SPACES.sub(" ", …).strip()
    # "UPDATE 2-Talks stall", "Live: Summit opens", "EN DIRECT Sommet…": the label goes.
    stripped = _TITLE_LABEL.sub("", text, count=1)
    while stripped != text and len(stripped) >= 8:
        text = stripped
        stripped = _TITLE_LABEL.sub("", text, count=1)
    stripped = cut_wire_slug(text)
    return stripped if len(stripped) >= 8 else text


_SPACES = re.compile(r"\s+")
_TITLE_LABEL = re.compile(
    r"^\W{0,2}(?:"
    # a hyphen glued on both sides joins a compound ("Premium-Tanker …"), it is no separator
    rf"(?i:{'|'.join(_JUNK_TABLE['title_prefixes'])})\W{{0,2}}(?:\s*[:：|–—]|\s+-|-(?=\s))\s*"
    rf"|(?:{'|'.join(_JUNK_TABLE['title_prefixes_caps'])})(?:\s*[-:：|–—]\s*|\s+(?=[A-ZÀ-Ý0-9]))"
    r")"
)


# A wire desk's topic slug glued to the headline or lead with a hyphen: "SOCCER-Morocco to…",
# "GLOBAL MARKETS-Stocks edge…" (bot/data/junk.json); the labels the headline drops too
# ("UPDATE 2-Kenya's shilling fell…").
_WIRE_SLUG = re.compile(
    rf"^(?:{'|'.join(_JUNK_TABLE['wire_slugs'])}|{'|'.join(_JUNK_TABLE['title_prefixes_caps'])})"
    r"\s*-\s*(?=[A-Z][a-z]|[A-Z]['’]|[0-9][\d.,]*\s|[\"“‘'])"
)


def opens_with_dateline(text: str) -> bool:
    """Does the text open with a wire or newspaper dateline ("KYIV, Dec 3 (Reuters) -",
    "LIMA, 3 dic (EFE).-", "Wien (apa) -", "【釜山共同】"): a written report's, which cleaning
    cuts from the text?"""
    text = text.lstrip()
    return bool((wire_lead_possible(text) and _WIRE_LEAD.match(text)) or _CJK_WIRE_LEAD.match(text)
                or _DATED_PLACE_LEAD.match(text))


def cut_wire_slug(text: str) -> str:
    """`text` without a wire desk's label or topic slug at its start ("SOCCER-", "UPDATE 2-")."""
    if "-" not in text[:40]:
        return text
    return text[m.end():] if (m := _WIRE_SLUG.match(text)) else text


@lru_cache(maxsize=512)
def _name_in_caps(words: str) -> str:
    """A place's name set in capitals ("IRAN", "SOUTH KOREA") as the gazetteer writes it, else
    "" (also for acronyms, which it writes in capitals: "NATO", "IAEA")."""
    from bot.content import geo

    found = geo.find_mentions(words)
    if len(found) != 1 or found[0].surface.casefold() != words.casefold():
        return ""
    name = found[0].entity.name
    if name.isupper():
        return ""
    if name.casefold() == words.casefold():
        return name
    # "IRANIAN", "CHINESE": a demonym, not initials ("US", "UAE", "DRC" stay)
    if len(words) >= 4 and " " not in words and words[:3].casefold() == name[:3].casefold():
        return words.capitalize()
    return ""


@lru_cache(maxsize=512)
def _is_known_name(words: str) -> bool:
    """A name the English gazetteer knows ("NATO", "OPEC", "IAEA"), in any case."""
    from bot.content import geo

    return any(m.surface.casefold() == words.casefold() for m in geo.find_mentions(words))


_CHAT_TOKEN = re.compile(r"<([!@#][\w|^@&:.-]{1,60})>")


def _chat_words(m: re.Match[str]) -> str:
    """"<!channel>" → "@channel", "<@U123|ana>" → "@ana", "<#C1|general>" → "#general": the chat
    syntax a story quotes, as a reader writes it (plain text pings nobody: the adapters escape
    it, and Discord's @everyone/@here are defused there)."""
    token = m[1]
    sign, body = token[0], token[1:]
    name = body.split("|", 1)[1] if "|" in body else body.split("^", 1)[0]
    return name if name[:1] in "@#" else ("@" if sign in "!@" else "#") + name


def _strip_markup_leftovers(text: str) -> str:
    """Last line of defence: no tag-looking text and no script URLs ever reach a digest."""
    text = _unglue(fix_entities(text))
    if "<" in text:  # the patterns below need these characters: skip them when absent
        # Chat syntax quoted in a story ("<!channel>", "<@U123>") stays readable but inert.
        text = _CHAT_TOKEN.sub(_chat_words, text)
        text = _LEFTOVER_TAG.sub(" ", text)
        text = _LEFTOVER_LT.sub("‹", text)
    if ":" in text:
        text = _SCRIPT_URL.sub("", text)
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        # every whitespace character but the space is unprintable: the text is spaced as the
        # join below would space it (most paragraphs; one C pass instead of a list of words)
        return text
    return " ".join(text.split())  # = _WS.sub(" ", text).strip(), without the regex


# A whole quotation: an opening mark, words, the closing mark (straight, curly, German, French,
# CJK corner marks; a Hebrew gershayim inside a word is no mark: it has letters on both sides).
_QUOTATION = re.compile(
    r'(?:^|(?<=[\s(\[:,،—–-]))["“„«»‘「『][^"“”„«»「」『』]{3,}?["”“»«’」』](?=[\s,.;:!?،)\]—–-]|$)'
)
QUOTE_TAIL_WORDS = 12  # words after a quotation: an attribution, not a cut-off sentence


def _quotation_then_short_tail(sentence: str) -> bool:
    """Does `sentence` hold a whole quotation followed by at most QUOTE_TAIL_WORDS words?"""
    # the sentence's end only: a quotation and a short tail fit in it, and an unpunctuated
    # block of thousands of characters is not searched whole
    ends = [m.end() for m in _QUOTATION.finditer(sentence, max(0, len(sentence) - 600))]
    return bool(ends) and len(sentence[ends[-1] :].split()) <= QUOTE_TAIL_WORDS


def _drop_truncated(
    sentences: list[str], *, last_paragraph: bool, keep_cut: bool = False
) -> list[str]:
    """Remove sentences the scraper cut: "…", "[...]", "........", or a tail cut mid-word.

    A complete sentence followed by an ellipsis ("…on Thursday.…") is kept without it. With
    `keep_cut` (the text has nothing else) a cut sentence is kept, ending in " …"."""
    kept = []
    for i, sentence in enumerate(sentences):
        end = sentence[-40:]  # _TRUNCATED_END needs a cut mark (and is anchored at the end)
        if _cut_mark_in(end) and (m := _TRUNCATED_END.search(end)):
            before = sentence[: len(sentence) - 40 + m.start()] if len(sentence) > 40 else (
                sentence[: m.start()])
            before = before.rstrip()
            if _terminal(before) and not before.endswith("…"):
                sentence = before
            elif _PAUSE.fullmatch(end[m.start():]) and len(before.split()) >= 4 and (
                    i + 1 < len(sentences) and _opens_sentence(sentences[i + 1])):
                # "…on Tuesday… Police advisers will…": more text follows in the paragraph, so
                # the ellipsis is the writer's pause that ends the sentence, not a cut.
                before = before.rstrip(",;:–—- ")
                sentence = before + ("۔" if _URDU_LETTERS.search(before[-60:]) else ".")
            elif keep_cut and len(before.split()) >= 4:
                glued = m.start() > 0 and end[m.start() - 1].isalnum()
                if cut := _clean_cut(before, glued=glued):
                    kept.append(cut)
                continue
        run = _DOTS_RUN.search(sentence) if (
            "…" in sentence or ".." in sentence or sentence.count(".") >= 3) else None
        if run:
            sentence = sentence[: run.start()].rstrip()
            # Text before a dot run is a complete sentence only if it says so.
            if not _terminal(sentence):
                continue
        end = sentence[-40:]  # anchored at the end: look at the end only
        if _cut_mark_in(end) and _TRUNCATED_END.search(end):
            continue
        is_tail = last_paragraph and i == len(sentences) - 1
        # A final sentence with no terminal punctuation was cut off mid-word or mid-clause;
        # short unpunctuated lines ("Analysis", "Background") are kept; so is a whole
        # quotation with at most a short attribution after it ('… said the swap had “kept the
        # lights on” during the squeeze', '"…", אמרה ד"ר …': outlets that end every
        # description without a full stop would otherwise lose their quotes), and a last
        # sentence after complete ones that ends as a sentence ends, only without its full
        # stop ("…gennaio.Secondo fonti …, Teheran ha ottenuto lo stop alla risoluzione").
        if is_tail and len(sentence.split()) >= 6 and not _terminal(sentence) and not (
            _quotation_then_short_tail(sentence)
            or (kept and _terminal(kept[-1]) and _latin_letter(sentence[-1:]) and (
                # "…kündigt Gegenmaßnahmen an": a German or Dutch verb particle ends it
                _ends_on_verb_particle(sentence, " ".join(sentences))
                or (not _OPEN_ENDING.search(sentence) and not _CUT_WORD_END.search(sentence)
                    and sentence.rsplit(None, 1)[-1].casefold() not in _NEVER_LAST_WORDS))
            and not _WRITES_CREDIT.search(sentence))
        ):
            continue
        if sentence:
            kept.append(sentence)
    return kept


def _clean_cut(before: str, *, glued: bool) -> str:
    """A teaser the CMS cut, kept because the text has nothing else. A summary never ends in
    "…" or mid-phrase: a teaser stopping on a whole word a sentence may end on ("…into a
    nearby warehouse …") ends there with a full stop; one stopping mid-phrase ("…after taking
    office, setting up a …", "…remained uncert...") is cut back to its last comma; with no
    such comma nothing is left (the digest shows the headline). Text without spaces (Chinese,
    Japanese) keeps its words and " …": its words cannot be told whole."""
    words = before.split()
    cut_word = glued and not _whole_word(words[-1], words)
    if cut_word:
        words.pop()
    while words and not any(c.isalnum() for c in words[-1]):
        words.pop()
    if len(words) < 3:
        return ""
    text = " ".join(words).rstrip(",;:–—- ")
    if _CJK_TEXT.search(text[-40:]):
        return text + " …"
    stop = _sentence_stop(text)
    last = words[-1].strip(_WORD_EDGE).casefold()
    # "…and that Berlin …", "…seen in Canberra as limiting …": a clause that just opened
    opened = any(w.strip(_WORD_EDGE).casefold() in _CLAUSE_OPENERS for w in words[-3:-1])
    if (not cut_word and not opened and len(words) >= _TEASER_WHOLE_WORDS
            and last not in _NEVER_LAST_WORDS
            and not (_latin_letter(text[-1:]) and _CUT_WORD_END.search(text))
            and not words[-1].endswith((",", ";", ":"))):
        return text + stop
    for m in reversed(list(_CLAUSE_BREAK.finditer(text))):
        head, tail = text[: m.start()], text[m.end():]
        head_words = head.split()
        if len(head_words) < _TEASER_MIN_WORDS:
            break
        if head_words[-1].strip(_WORD_EDGE).casefold() in _NEVER_LAST_WORDS:
            continue
        first = tail.split(None, 1)[0].strip(_WORD_EDGE).casefold() if tail.split() else ""
        if first in _COMPLEMENTISERS or tail[:1] in "\"“„«‘":
            continue  # "…said, that …": the words before introduce what was cut
        if _speech_verb_end(head_words):
            continue
        return head.rstrip(",;:–—- ") + stop
    # No whole clause: the words the feed gave, marked as cut. The item has text, so its digest
    # is not a bare headline (README: never empty while the item has text).
    return text + " …"


_TEASER_MIN_WORDS = 6  # a cut teaser's words that may stand as its sentence
_TEASER_WHOLE_WORDS = 8  # … and as it was written, with a full stop ("Footage … shows" is not)
_WORD_EDGE = "\"'“”‘’„«»()[]"
_CJK_TEXT = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;،]|\s[–—-])\s+")
_COMPLEMENTISERS = frozenset(
    w for ws in json.loads(resources.files("bot.data").joinpath("summary.json").read_text(
        "utf-8"))["teaser_cut_complementisers"].values() for w in ws
)


_CLAUSE_OPENERS = frozenset(
    w for ws in json.loads(resources.files("bot.data").joinpath("summary.json").read_text(
        "utf-8"))["teaser_cut_clause_openers"].values() for w in ws
)


def _sentence_stop(text: str) -> str:
    """The full stop of the text's script: "۔" in Urdu, "।" in Hindi and Bengali, else "."."""
    tail = text[-60:]
    if _URDU_LETTERS.search(tail):
        return "۔"
    if any("\u0900" <= c <= "\u09ff" for c in tail):
        return "।"
    return "."


def _speech_verb_end(words: list[str]) -> bool:
    """Do the words end on a speech verb ("…the minister said", "…a déclaré")?"""
    low = tuple(w.strip(_WORD_EDGE + ",").casefold() for w in words[-3:])
    return any(low[-len(v):] == v for v in speech_verbs())


# A lead set in print style, its first word or words in capitals: "TALKS between Serbia and
# Kosovo…", "THE Government said…", "A SENIOR minister…". The capitals end before a word in
# small letters.
_CAPS_LEAD = re.compile(r"^(?P<caps>(?:[A-Z][A-Z'’]*\s+){1,3})(?=[A-Z]?[a-z])")
# Words a caps lead may start with that are never acronyms (bot/data/summary.json).
_LEAD_FUNCTION_WORDS = frozenset(
    json.loads(resources.files("bot.data").joinpath("summary.json").read_text("utf-8"))[
        "caps_lead_words"]
)
_LEAD_ACRONYMS = frozenset(
    json.loads(resources.files("bot.data").joinpath("summary.json").read_text("utf-8"))[
        "caps_lead_acronyms"]
)
_CAPS_LEAD_MIN_LETTERS = 5  # "TALKS", "SENIOR": shorter capitals may be an acronym ("IMF")


def sentence_case_lead(para: str, context: Sequence[str] = ()) -> str:
    """`para` with its print-style capitals lead in sentence case ("TALKS between" → "Talks
    between", "THE Government said" → "The Government said"). An acronym stays ("NATO defence
    ministers", "IAEA inspectors", "EU and UN officials"): a name the gazetteer knows, a word the
    text writes in capitals again, or a short word not known to be an ordinary one."""
    m = _CAPS_LEAD.match(para)
    if not m:
        return para
    words = m["caps"].split()
    if name := _name_in_caps(" ".join(words)):  # "IRAN said", "SOUTH KOREA has"
        return name + " " + para[m.end():]
    rest = " ".join(context)[:3000]
    out = []
    for i, word in enumerate(words):
        letters = sum(c.isalpha() for c in word)
        if i and (name := _name_in_caps(word)):
            out.append(name)
            continue
        ordinary = word.casefold() in _LEAD_FUNCTION_WORDS or (
            letters >= 3 and word not in _LEAD_ACRONYMS and not _is_known_name(word) and (
                (letters >= _CAPS_LEAD_MIN_LETTERS
                and len(re.findall(rf"\b{re.escape(word)}\b", rest)) <= 1)
                or re.search(rf"\b{re.escape(word.lower())}\b", rest) is not None
            )
        )
        if letters > 1 and not ordinary:
            if out and any(w.casefold() in _LEAD_FUNCTION_WORDS for w in words[:i]):
                # "THE EU is preparing", "AN EU envoy": print capitals up to the acronym
                return " ".join([*out, *words[i:]]) + " " + para[m.end():]
            return para  # an acronym: the lead is not set in print capitals
        if letters <= 2 and len(words) == 1 and not para[m.end():m.end() + 1].islower():
            return para  # "AS Roma", "IS fighters"?: a short word before a name may be one
        out.append(word.capitalize() if i == 0 else word.lower() if letters > 1 else word)
    return " ".join(out) + " " + para[m.end():]


_ENGLISH_MARKERS = frozenset(("the", "of", "and", "to", "in", "that", "for", "on", "with"))


def _whole_word(word: str, words: list[str]) -> bool:
    """Is the word a teaser's ellipsis is glued to whole? Only English text can tell (the
    clustering vocabulary): "talks" is, "uncert" is not. In other languages it is not known
    whole ("perseguiç..."), so it goes: the summary ends at the last word a space closed."""
    from bot.content import clustering
    from bot.content.relevance import _stem

    if sum(w.casefold() in _ENGLISH_MARKERS for w in words) < 2:
        return False
    low = word.casefold().strip("\"'“”‘’(),;:")
    _, df = clustering._static_df()
    if not df or low in _NEVER_LAST_WORDS or _stem(low) in df or any(
        low.endswith(end) and low[: -len(end)] in df for end in ("s", "es", "ed", "d", "ing")
    ):
        return True
    # A name the vocabulary lacks ("…a university in Irkutsk..."): CMSs mostly cut at a word's
    # end, so it is whole unless it is clearly the start of a longer word the vocabulary or the
    # text has ("Ukrain…", "Moza…" beside "Mozambique").
    return word[:1].isupper() and len(low) > 2 and not _starts_known_word(low, words)


def _starts_known_word(low: str, words: list[str]) -> bool:
    """Is `low` the start of a longer word of the clustering vocabulary or of `words`?"""
    keys = _sorted_vocabulary()
    i = bisect.bisect_right(keys, low)
    return (i < len(keys) and keys[i].startswith(low)) or any(
        w.casefold().startswith(low) and len(w) > len(low) for w in words[:-1]
    )


@cache
def _sorted_vocabulary() -> list[str]:
    from bot.content import clustering

    return sorted(clustering._static_df()[1])


# "💬 Hamish Doyle: Useful on the logistics, thin on the politics." opening a curated item: the
# curator's note (junk.json sharer_note_marks), up to its first sentence end or the line's.
_SHARER_MARKS = tuple(_JUNK_TABLE["sharer_note_marks"])
_SHARER_NOTE = re.compile(
    rf"^\s*(?:{'|'.join(map(re.escape, _SHARER_MARKS))})\s*[^\W\d_][^:\n]{{1,40}}:\s*"
    r"(?:[^\n]*?[.!?…](?=\s|$)|[^\n]*)\s*"
)


# "(Im zweiten Absatz wurde der Name … berichtigt.)", "(Corrects spelling of name in paragraph
# 2)": a corrected reissue's bracketed note opening the text (junk.json correction_notes).
_CORRECTION_NOTE = re.compile(
    rf"^\s*[(\[]\s*(?:{_words('correction_notes')})[^()\[\]]{{0,200}}[)\]]\W*$",
    re.IGNORECASE,
)
# Words no sentence ends on, in many languages (bot/data/open_endings.json).
_NEVER_LAST_WORDS = frozenset(
    word
    for key, words in json.loads(
        resources.files("bot.data").joinpath("open_endings.json").read_text("utf-8")
    ).items()
    if not key.startswith("_")
    for word in words
)
_VERB_PARTICLES = {
    lang: (frozenset(v["particles"]), frozenset(v["markers"]))
    for lang, v in json.loads(
        resources.files("bot.data").joinpath("verb_particles.json").read_text("utf-8")
    ).items()
    if not lang.startswith("_")
}


def _ends_on_verb_particle(text: str, context: str) -> bool:
    """Does `text` end on a separable verb particle ("…kündigt Gegenmaßnahmen an") of the
    language `context` (its paragraph) reads as? Then it ends as written, only unstopped."""
    last = text.rsplit(None, 1)[-1:]
    if not last:
        return False
    word = last[0].casefold()
    words = [w.casefold() for w in context.split()]
    english = sum(w in _ENGLISH_MARKERS for w in words)
    return any(
        word in particles and sum(w in markers for w in words) > english
        for particles, markers in _VERB_PARTICLES.values()
    )


# "…could swallow most of the new money, writes Evan Thorsby": an op-ed teaser's credit.
_WRITES_CREDIT = re.compile(
    r",\s+(?:writes|argues|says)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}$"
)
# A last word of one or two letters ("…the government would co"): cut, not ended.
_CUT_WORD_END = re.compile(r"(?:^|\s)\w{1,2}$")


def _latin_letter(ch: str) -> bool:
    """Words that cannot end a sentence are known for Latin-script languages only
    (open_endings.json); elsewhere a cut and a missing full stop look alike ("…וכן מטוסי"),
    and a visibly cut sentence is worse than a shorter summary."""
    return ch.isalpha() and ord(ch) < 0x250


_OPEN_ENDING = re.compile(r"(?:[,–—-]|\b(?:the|a|an|of|to|and|or|in|on|at|for|with|by))$", re.I)
