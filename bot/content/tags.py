"""Region and topic tags derived from text, e.g. "east-asia", "middle-east", "sanctions".

Regions come from `bot.content.geo` entity mentions (whole words and demonyms: "Iranian" →
middle-east,
never a substring of another word; ambiguous names like "Jordan" or "Georgia" need
corroboration). A region counts if it is in the title or lead, or named at least twice further
on, so one passing comparison ("unlike France…") does not tag a story. Topics come from word
lists matched on whole words and word pairs.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict

from bot.content import geo

REGIONS: tuple[str, ...] = (
    "east-asia",
    "southeast-asia",
    "south-asia",
    "central-asia",
    "middle-east",
    "europe",
    "russia",
    "africa",
    "americas",
    "oceania",
)


# Topic → words/pairs (lowercase, whole-word). A topic needs one title hit or two text hits.
def _topic(words: str, *phrases: str) -> frozenset[str]:
    return frozenset([*words.split(), *phrases])


_TOPICS: dict[str, frozenset[str]] = {
    "sanctions": _topic(
        "sanction sanctions sanctioned sanctioning embargo embargoes blacklisted blacklist",
        "asset freeze",
        "price cap",
    ),
    "nuclear": _topic("nuclear uranium enrichment warhead warheads centrifuges plutonium npt"),
    "trade": _topic(
        "tariff tariffs duties wto dumping quotas",
        "trade deal",
        "trade war",
        "trade talks",
        "trade agreement",
        "export controls",
        "free trade",
        "trade pact",
        "trade dispute",
    ),
    "diplomacy": _topic(
        "diplomacy diplomat diplomats diplomatic embassy envoy ambassador summit bilateral "
        "multilateral consulate",
        "foreign minister",
        "foreign ministers",
        "peace talks",
        "state visit",
        "secretary of state",
        "foreign ministry",
        "foreign secretary",
    ),
    "conflict": _topic(
        "airstrike airstrikes missile missiles shelling invasion ceasefire truce insurgents "
        "militants offensive troops drone drones artillery frontline hostages",
        "air strike",
        "air strikes",
        "armed forces",
        "military operation",
    ),
    "elections": _topic(
        "election elections referendum runoff ballot polls electoral",
        "snap election",
        "presidential vote",
    ),
    "migration": _topic("refugee refugees migrants migrant asylum displaced unhcr deportation"),
    "humanitarian": _topic(
        "famine humanitarian starvation", "aid convoy", "aid agencies", "food aid"
    ),
    "nato": _topic("nato"),
    "united-nations": _topic("", "united nations", "security council", "general assembly"),
}
KNOWN_TAGS: tuple[str, ...] = REGIONS + tuple(_TOPICS)
# Cities where other countries' business is done: "talks in Geneva", "agreed in Istanbul",
# "diplomats in Vienna". Outside the title they tag their region only if the text also names
# the host country itself (or mentions the city again further on), else the Kyiv energy truce
# "agreed in Istanbul" would be a middle-east story.
_VENUES = frozenset((
    "geneva", "vienna", "istanbul", "doha", "oslo", "helsinki", "davos", "munich", "brussels",
    "jeddah", "astana", "minsk", "abu dhabi", "dubai", "the hague", "bern", "zurich",
))
_LEAD_CHARS = 600
_SAMPLE_CHARS = 3000


def _grams(tokens: list[str]) -> set[str]:
    words = [t.lower() for t in tokens]
    return (
        set(words)
        | {f"{a} {b}" for a, b in itertools.pairwise(words)}
        | {f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)}
    )


# What a story is about, by where a name or word appears (issue 17): the headline says it; the
# first words of the lead name the main actors; elsewhere in the lead a name may be a passing
# mention ("with China and Russia abstaining"); deep in the text it is one unless repeated.
W_TITLE, W_LEAD_START, W_LEAD, W_REST = 3.0, 2.0, 1.0, 0.5
LEAD_START_TOKENS = 15
TAG_SCORE = 2.0
# A region outside the headline must weigh at least this share of the strongest region:
# a story about Haiti that names China once is not an east-asia story.
RELATIVE_REGION = 0.5


def derive_tags(title: str, text: str = "") -> tuple[str, ...]:
    """Region tags then topic tags, in KNOWN_TAGS order. Pure and deterministic."""
    lead = text[:_LEAD_CHARS]
    rest = text[_LEAD_CHARS:_SAMPLE_CHARS]
    title_tokens = geo.tokenize(title)
    lead_tokens = geo.tokenize(lead) if lead else []
    lead_low = [t.lower() for t in lead_tokens]  # for the gazetteer and the topic words
    parts = (
        (geo.find_mentions(title, title_tokens), True),
        (geo.find_mentions(lead, lead_tokens, lowered=lead_low) if lead else [], False),
    )
    rest_tokens = geo.tokenize(rest) if rest else []
    rest_low = [t.lower() for t in rest_tokens]
    rest_mentions = geo.find_mentions(rest, rest_tokens, lowered=rest_low) if rest else []
    # Countries that are main actors themselves (headline, start of the lead): their cities
    # count as theirs, not as venues.
    hosts = {
        m.entity.name for ms, is_title in parts for m in ms
        if m.surface.lower() not in _VENUES and (is_title or m.start < LEAD_START_TOKENS)
    }
    region_score: dict[str, float] = defaultdict(float)
    in_title: set[str] = set()  # regions of the main actors
    topic_score: dict[str, float] = defaultdict(float)
    for mentions, is_title in parts:
        tokens = title_tokens if is_title else lead_tokens
        for m in mentions:
            if is_title:
                weight = W_TITLE
            else:
                weight = W_LEAD_START if m.start < LEAD_START_TOKENS else W_LEAD
            if _compared(tokens, m.start):
                weight = W_REST  # "unlike France", "without Russian participation"
            # A venue city ("talks in Istanbul", "after Istanbul talks") is where, not what:
            # it counts only as the headline's first word or when its country is named too.
            if m.surface.lower() in _VENUES and m.entity.name not in hosts and not (
                is_title and m.start == 0
            ):
                continue
            _score_entity(m, weight, region_score, topic_score)
            if weight >= W_LEAD_START and m.entity.region in REGIONS:
                in_title.add(m.entity.region)  # a main actor: the headline or the lead's start
    for m in rest_mentions:
        if m.surface.lower() not in _VENUES or m.entity.name in hosts:
            _score_entity(m, W_REST, region_score, topic_score)
    found: set[str] = set()
    top = max(region_score.values(), default=0.0)
    for region, weight in region_score.items():
        if region in in_title or (weight >= TAG_SCORE and weight >= RELATIVE_REGION * top):
            found.add(region)
    title_grams = _grams(title_tokens)
    lead_start = _grams(lead_tokens[:LEAD_START_TOKENS])
    lead_hits = _topic_hits(lead_low)
    rest_hits = _topic_hits(rest_low)
    for topic, words in _TOPICS.items():
        if topic in ("nato", "united-nations"):
            continue
        if title_grams & words:
            found.add(topic)
            continue
        score = topic_score[topic] + W_LEAD_START * len(lead_start & words)
        score += W_LEAD * lead_hits[topic]
        score += W_REST * rest_hits[topic]
        if score >= TAG_SCORE:  # a word early in the lead, or twice in it, or often further on
            found.add(topic)
    found.update(t for t in ("nato", "united-nations") if topic_score[t] >= TAG_SCORE)
    found.update(
        t for t, score in topic_score.items()
        if t not in ("nato", "united-nations") and t in _TOPICS and score >= TAG_SCORE
    )
    return tuple(tag for tag in KNOWN_TAGS if tag in found)


# Words that make the next name a comparison or an absence, not an actor of the story.
_COMPARISON_CUES_TEXT = "unlike like than without except excluding versus vs compared similar"
_COMPARISON_CUES = frozenset(_COMPARISON_CUES_TEXT.split())


def _compared(tokens: list[str], start: int) -> bool:
    before = [t.lower() for t in tokens[max(0, start - 2) : start]]
    return bool(before) and (
        before[-1] in _COMPARISON_CUES or (len(before) == 2 and before[0] in ("compared", "as"))
    )


def _score_entity(
    m: geo.Mention, weight: float, regions: dict[str, float], topics: dict[str, float]
) -> None:
    if m.entity.region in REGIONS:
        regions[m.entity.region] += weight
    # Institution topics (NATO, UN) come from the gazetteer, which knows "UN" from "un".
    if m.entity.name == "NATO":
        topics["nato"] += weight
    elif m.entity.name == "United Nations":
        topics["united-nations"] += weight
    elif m.entity.kind == "institution" and m.entity.region in _TOPICS:
        topics[m.entity.region] += weight  # "Blinken" → diplomacy, "IAEA" → nuclear


# Word or phrase → the topics listing it; first word of a phrase → its phrase lengths. Counting
# a text's topic words is then one dict lookup per token (and a phrase only where one can start).
_WORD_TOPICS: dict[str, tuple[str, ...]] = {}
_PHRASE_LENGTHS: dict[str, set[int]] = defaultdict(set)
for _name, _words in _TOPICS.items():
    for _w in _words:
        _WORD_TOPICS[_w] = (*_WORD_TOPICS.get(_w, ()), _name)
        _parts = _w.split(" ")
        if len(_parts) in (2, 3):  # pairs and triples, as the grams of a title
            _PHRASE_LENGTHS[_parts[0]].add(len(_parts))


_TRIGGERS = frozenset(_WORD_TOPICS) | frozenset(_PHRASE_LENGTHS)


def _topic_hits(words: list[str]) -> Counter[str]:
    """Topic → how many of the text's words (lower-cased tokens), word pairs and triples are in
    its list (each occurrence counts)."""
    hits: Counter[str] = Counter()
    if not words:
        return hits
    get = _WORD_TOPICS.get
    # Only the positions where a listed word or phrase starts (most words are neither).
    for i in [i for i, word in enumerate(words) if word in _TRIGGERS]:
        word = words[i]
        for topic in get(word, ()):
            hits[topic] += 1
        for n in _PHRASE_LENGTHS.get(word, ()):
            if i + n <= len(words):
                for topic in get(" ".join(words[i : i + n]), ()):
                    hits[topic] += 1
    return hits
