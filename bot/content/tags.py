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
from collections import Counter

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


# Topic phrases of two or three words, by first word: a text's n-grams are built only where
# one could start (the text's unigrams are counted directly).
_PHRASE_STARTS = frozenset(w.split(" ")[0] for ws in _TOPICS.values() for w in ws if " " in w)


def _phrases(words: list[str]) -> set[str]:
    out = set()
    for i, w in enumerate(words):
        if w in _PHRASE_STARTS:
            out.add(" ".join(words[i : i + 2]))
            out.add(" ".join(words[i : i + 3]))
    return out


def derive_tags(title: str, text: str = "") -> tuple[str, ...]:
    """Region tags then topic tags, in KNOWN_TAGS order. Pure and deterministic."""
    head = f"{title}\n{text[:_LEAD_CHARS]}"
    rest = text[_LEAD_CHARS:_SAMPLE_CHARS]
    found: set[str] = set()
    head_tokens = geo.tokenize(head)
    head_mentions = geo.find_mentions(head, head_tokens)
    rest_mentions = geo.find_mentions(rest) if rest else []
    title_len = len(geo.tokenize(title))
    hosts = {
        m.entity.name for m in head_mentions + rest_mentions
        if m.surface.lower() not in _VENUES
    }
    for m in head_mentions:
        venue_only = (
            m.start >= title_len
            and m.surface.lower() in _VENUES
            and m.entity.name not in hosts
        )
        if m.entity.region in REGIONS and not venue_only:
            found.add(m.entity.region)
    counts = Counter(m.entity.region for m in rest_mentions if m.entity.region in REGIONS)
    found.update(region for region, n in counts.items() if n >= 2)
    # Institution topics (NATO, UN) come from the gazetteer, which knows "UN" from "un".
    for m in head_mentions + rest_mentions:
        if m.entity.name == "NATO":
            found.add("nato")
        elif m.entity.name == "United Nations":
            found.add("united-nations")
        elif m.entity.kind == "institution" and m.entity.region in _TOPICS:
            found.add(m.entity.region)  # "Blinken" → diplomacy, "IAEA" → nuclear
    title_grams = _grams(geo.tokenize(title))
    text_tokens = geo.tokenize(text[:_SAMPLE_CHARS]) if text else []
    text_counts = Counter(t.lower() for t in text_tokens)
    text_grams = _phrases([t.lower() for t in text_tokens])
    for topic, words in _TOPICS.items():
        if topic in ("nato", "united-nations"):
            continue
        if title_grams & words:
            found.add(topic)
            continue
        hits = sum(text_counts.get(w, 0) for w in words if " " not in w) + len(
            {w for w in words if " " in w} & text_grams
        )
        if hits >= 2:
            found.add(topic)
    return tuple(tag for tag in KNOWN_TAGS if tag in found)
