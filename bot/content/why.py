"""What a why-line may show (issue 17): the reasons of `/news why` and the preview name what
drove the relevance score, in words a reader understands.

A reason may show a named place or body (the gazetteer), a topic term of the lexicons, or an
English word the model learnt whose meaning agrees with its sign: a world-news word for a score
up, an off-topic one (sport, culture, business, US domestic politics) for a score down
(bot/data/reasons.json "topic_terms_en", "off_topic_terms_en"). Never a function word, a
number or unit, a generic word, nor a word the text only sets in short quotation marks (a
metaphor: a vote's "terremoto" is no earthquake). When nothing is left, `relevance.score`
shows a fallback (the strongest actor, the home country as "domestic", the topic category,
else that nothing was named). Display only: nothing here changes a score.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

from bot.content import geo
from bot.content.tags import other_sense
from bot.core import lazy_re as re

_TABLE: dict[str, Any] = json.loads(
    resources.files("bot.data").joinpath("reasons.json").read_text("utf-8")
)
TOPIC_TERMS_EN: frozenset[str] = frozenset(_TABLE["topic_terms_en"])  # reasons for a score up
OFF_TOPIC_TERMS_EN: frozenset[str] = frozenset(_TABLE["off_topic_terms_en"])  # and down
FALLBACK_NONE: str = _TABLE["fallback_none"]
_NUMBERS: dict[str, frozenset[str]] = {
    lang: frozenset(words) for lang, words in _TABLE["number_unit_words"].items()
}
_GENERIC: dict[str, frozenset[str]] = {
    lang: frozenset(words) for lang, words in _TABLE["generic_terms"].items()
}
# group → words a group's lexicon entry folds onto that are another word ("golfo": no golf)
_OTHER_WORDS: dict[str, frozenset[str]] = {
    group: frozenset(words) for group, words in _TABLE["other_word_terms"].items()
}
# group → the tag topics whose sense guards hold for its terms ("@fp": a water tariff)
_GROUP_TOPICS: dict[str, frozenset[str]] = {
    group: frozenset(topics) for group, topics in _TABLE["group_tag_topics"].items()
}
# a short quotation (up to three words): scare quotes or a metaphor, not a speaker's sentence
# (French guillemets take a space inside: « séisme »)
_QUOTED = re.compile("|".join(
    rf"(?<!\w){re.escape(a)}[ \xa0\u202f]?(?=\w)([^{re.escape(a + b)}\n]{{1,40}})"
    rf"(?<=[\w.!?])[ \xa0\u202f]?{re.escape(b)}(?!\w)"
    for a, b in _TABLE["quote_pairs"]
))
_MAX_QUOTED_WORDS = 3
# Every _QUOTED match starts on an opening mark (after its zero-width lookbehind): the pattern
# is tried only where one is (a search tries each alternative at every character, ~80 µs a
# sample), with the same matches as its finditer.
_QUOTE_OPENING = re.compile("[" + "".join(re.escape(a[:1]) for a, _ in _TABLE["quote_pairs"]) + "]")


def _quotations(sample: str) -> Iterator[re.Match[str]]:
    """_QUOTED.finditer(sample)."""
    pos = 0
    while (start := _QUOTE_OPENING.search(sample, pos)) is not None:
        m = _QUOTED.match(sample, start.start())  # (its lookbehind still sees the text before)
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()


@lru_cache(maxsize=64)
def function_words(lang: str) -> frozenset[str]:
    """`lang`'s function words (the language profile's stopwords)."""
    return frozenset(w.casefold() for w in geo.languages().get(lang, {}).get("stopwords", ()))


def is_number_or_unit(word: str, lang: str) -> bool:
    """A figure ("3.5", "18-year-old", "60%") or a number or unit word ("million", "milhões");
    a name with a figure in it ("COP32", "G7-Gipfel", "F1") is none."""
    w = word.casefold()
    return (w[:1].isdigit() or not any(map(str.isalpha, w))
            or w in _NUMBERS.get(lang, frozenset()) or w in _NUMBERS["en"])


def shown_term(term: str, lang: str, sample: str, stop: frozenset[str] = frozenset(),
               *, literal: bool = False, group: str = "") -> bool:
    """Whether a lexicon term (as the text wrote it) may be a reason: no function word alone,
    no number or unit, no generic word, not only inside short quotation marks, not a word in
    another sense than its topic's wherever the text writes it ("Gunmen storm a hotel": no
    weather; "a bargaining chip", "am Golf": tags.other_sense) nor another word its `group`'s
    entry folds onto ("golfo" is no golf). `stop`: more function words (English: the
    relevance model's own); `literal`: a diplomacy or politics term, which quotation marks do
    not make a metaphor ("shuttle diplomacy", a "guerra de tarifas"'s tariffs: its war is the
    metaphor)."""
    words = term.casefold().split()
    if not words:
        return False
    own = function_words(lang)  # two lookups, not a union built per candidate reason

    def function(w: str) -> bool:
        return w in own or w in stop

    if all(map(function, words)):
        return False
    if all(function(w) or is_number_or_unit(w, lang) for w in words):
        return False  # "milhões", "mil milhões", "18-year-old" ("Ligue 1" is a name)
    if term.casefold() in _GENERIC.get(lang, frozenset()):
        return False
    if term.casefold() in _OTHER_WORDS.get(group, frozenset()) or other_sense(
        term, sample, lang, _GROUP_TOPICS.get(group, frozenset())
    ):
        return False
    return literal or not quoted_only(term, sample, lang)


@lru_cache(maxsize=8)
def _short_quotes(sample: str, german: bool) -> tuple[str, tuple[tuple[int, int], ...]]:
    """`sample` lower-cased and the spans of its short quotations (see `quoted_only`): one
    scan of a text for all the terms asked of it (each candidate reason scanned it again)."""
    inside = []
    for m in _quotations(sample):
        quoted = next(g for g in m.groups() if g is not None)
        if len(quoted.split()) <= _MAX_QUOTED_WORDS and (german or not quoted[:1].isupper()):
            inside.append((m.start(), m.end()))
    return sample.lower(), tuple(inside)


def quoted_only(term: str, sample: str, lang: str = "") -> bool:
    """Whether every occurrence of `term` in `sample` lies inside a short quotation: the
    text's "political 'terremoto'" is a metaphor, not the topic. A quotation opening with a
    capital is a name («Zenit», "Real Madrid"), except in German, which capitalises nouns."""
    needle = term.lower()
    if not needle:
        return False
    low, inside = _short_quotes(sample, lang == "de")
    if needle not in low:
        return False
    if not inside:
        return False
    at = low.find(needle)
    while at >= 0:
        if not any(a < at and at + len(needle) < b for a, b in inside):
            return False
        at = low.find(needle, at + 1)
    return True
