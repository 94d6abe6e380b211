"""Region and topic tags derived from text, e.g. "east-asia", "middle-east", "sanctions".

Regions come from `bot.content.geo` entity mentions in the item's own language (whole words and
demonyms: "Iranian" → middle-east, "В Грузии" → europe, "Irak'ta" → middle-east; never a
substring of another word; ambiguous English names like "Jordan" or "Georgia" need
corroboration). A region counts if it is in the title or lead, or named at least twice further
on, so one passing comparison ("unlike France…") does not tag a story; a place that is only where
talks are held ("summit in Ankara") is no tag either. Topics come from per-language word lists
(`bot/data/tags.json`) matched on whole (affix-stripped) words and phrases.
"""

from __future__ import annotations

import json
import operator
from collections import Counter, defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress, repeat
from typing import Any

from bot.content import geo, wordscan
from bot.content.letters import fold_variants
from bot.core import lazy_re as re  # compiles each pattern on first use

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
TOPICS: tuple[str, ...] = (
    "sanctions", "nuclear", "trade", "diplomacy", "conflict", "elections", "migration",
    "humanitarian", "nato", "united-nations",
)
KNOWN_TAGS: tuple[str, ...] = REGIONS + TOPICS
# The digest's own country, the same in every language (one story gets the same tags in
# whichever language it is written). It is a party to much of world news ("US and China extend
# tariff truce" is an east-asia story to a reader of a foreign-policy digest), so it tags its
# region (americas) only when the story is about it alone: no other region is named as an
# actor and the US is a main actor (headline, lead's first words) or named repeatedly — the
# storming of the US Capitol, a US election, US hurricane aid: americas, whatever the outlet.
TAG_HOME = frozenset({"US"})
_HOME_REGION = "americas"
_HOME_KEY = "home"  # region_score key of the home country's mentions
# Cities where other countries' business is done ("talks in Geneva", "agreed in Istanbul",
# "ویانا میں"): per language in tags.json ("venues"). Outside the title they tag their region
# only if the text also names the host country itself, else the Kyiv energy truce "agreed in
# Istanbul" would be a middle-east story.
_LEAD_CHARS = 600
_SAMPLE_CHARS = 3000
VENUE_WINDOW = 8  # tokens either side of a place where a meeting word makes it a venue
MEDIATION_WINDOW = 3  # tokens either side of a name where a mediation word makes it a go-between
# Turkish writes the locative after an apostrophe ("Ankara'da", "Cenevre'deki"); the tokenizer
# cuts case endings off, so the words that had one are read from the text itself.
_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_TR_LOCATIVE = re.compile(r"([^\W\d_]+)['’][dt][ae](?:ki)?\b")

# What a story is about, by where a name or word appears (issue 17): the headline says it; the
# first words of the lead name the main actors; elsewhere in the lead a name may be a passing
# mention ("with China and Russia abstaining"); deep in the text it is one unless repeated.
W_TITLE, W_LEAD_START, W_LEAD, W_REST = 3.0, 2.0, 1.0, 0.5
LEAD_START_TOKENS = 15
TAG_SCORE = 2.0
# A region outside the headline must weigh at least this share of the strongest region:
# a story about Haiti that names China once is not an east-asia story.
RELATIVE_REGION = 0.5
PAST_POST_WINDOW = 5  # tokens before a place where "former" makes "… to China" a past post
EXPULSION_WINDOW = 6  # tokens either side of an expulsion word where a diplomat makes it theirs
SENSE_WINDOW = 4  # tokens either side of a topic word where a sense guard looks (tags.json)
# "2-1", "3–0": a scoreline, with sport words, makes the story a match report
_SCORELINE = re.compile(r"(?<![\d.,:/-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d.,:/-])")
# Scripts that write names with a capital: there a name in lower case is another word.
CASED_SCRIPTS = frozenset({"latin", "cyrillic", "greek"})
_SENTENCE_END = (".", "!", "?", ":", ";", "\"", "“", "”", "(", "—", "–", "-")


@dataclass(frozen=True, slots=True)
class _Sense:
    """When a topic word has the topic's sense: none of `not_near`, and (if given) one of
    `only_near`, within `window` tokens either side; and none of `not_with` in the same part of
    the text (the headline, the lead) unless one of `unless_with` is there too."""

    not_near: frozenset[str]
    only_near: frozenset[str]
    window: int
    not_with: frozenset[str] = frozenset()
    unless_with: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class _Words:
    """One language's tag words, folded as its text is (geo.normalise)."""

    lang: str
    joiner: str  # "" in Chinese and Japanese, where a key is a string of characters
    word_topics: dict[str, tuple[str, ...]]  # folded word or phrase → the topics listing it
    lengths: dict[str, tuple[int, ...]]  # first folded token → its keys' lengths, longest first
    meeting: frozenset[str]
    before: frozenset[str]
    after: frozenset[str]
    comparison: frozenset[str]
    common: frozenset[str]  # words as written that the gazetteer takes for names ("газа": gas)
    mediation: frozenset[str] = frozenset()  # "mediated", "بوساطة": the next name is a go-between
    sport: frozenset[str] = frozenset()  # "league", "derby": the story is a sports report
    # Regions named as such ("Nahost", "Middle East", "Afrika"): folded phrase → region
    region_words: dict[str, str] | None = None
    region_lengths: dict[str, tuple[int, ...]] | None = None
    compound_heads: tuple[str, ...] = ()  # "politik": "Afrikapolitik" is about Africa
    flag: frozenset[str] = frozenset()  # "Flagge", "flagged": a ship's flag state, no actor
    past_post: frozenset[str] = frozenset()  # "former", "ex": "former ambassador to China"
    post_prepositions: frozenset[str] = frozenset()  # "to", "in": … ambassador to China
    sport_results: frozenset[str] = frozenset()  # "beat", "results": a match report
    # Capitalised words that may stand before a place ("Eastern Ukraine", "Lake Chad"); any
    # other capitalised word there makes the place a person's name ("Julián Lagos"). Empty in
    # languages that capitalise every noun (German), where the rule is off.
    qualifiers: frozenset[str] = frozenset()
    # Folded topic word or phrase → its sense guard: words that, near it, give it another sense
    # ("water tariff", "voto di fiducia") or that it needs near it to have the topic's sense.
    senses: dict[str, _Sense] | None = None
    # Last word of a hyphenated compound that makes the name in it no actor: "London-based",
    # "Chinese-made", "Ukraine-born".
    compound_not_actor: frozenset[str] = frozenset()
    comparison_lengths: tuple[int, ...] = ()  # token lengths of comparison phrases, longest first
    # Nouns a name or demonym just before only qualifies: a market, a text's author ("European
    # buyers", "a British draft"), no actor; a person's nationality ("Portuguese coach"), an
    # actor only when the story names no other region ("Iranian singer sentenced").
    qualified: frozenset[str] = frozenset()
    qualified_person: frozenset[str] = frozenset()
    venues: frozenset[str] = frozenset()  # folded names of venue cities ("wien", "ویانا")
    # Words before a name that make it the scope of a reaction or a trend, not an actor:
    # "leaders across Europe", "in ganz Europa", "em toda a Europa".
    scope: frozenset[str] = frozenset()
    scope_lengths: tuple[int, ...] = ()
    # Words before a name that make it where help comes from ("planes from Japan", "aus
    # Norwegen"): in a relief story (humanitarian or disaster words) the donors are no actors.
    provenance: frozenset[str] = frozenset()
    provenance_lengths: tuple[int, ...] = ()
    # Treaties and goals named after a city ("the Paris goals", "Accordo di Parigi", "Genfer
    # Konventionen"): folded phrases whose place names name no place of the story.
    treaties: frozenset[str] = frozenset()
    treaty_lengths: tuple[int, ...] = ()
    # Places the tagger reads as their country beside the gazetteer (folded name → ISO code):
    # "British Columbia" is Canada, not Britain; "Golan", "Suez", "Visayas".
    places: dict[str, str] | None = None
    place_lengths: tuple[int, ...] = ()
    # First folded token of each place and treaty phrase → its phrases' lengths, longest first
    # (not CJK, whose keys are character strings): the scans visit only the positions where a
    # phrase can start, as the gazetteer's does (a join per position and length cost ~30% of
    # an English article's build).
    place_starts: dict[str, tuple[int, ...]] | None = None
    treaty_starts: dict[str, tuple[int, ...]] | None = None
    # Words of an agreement or a meeting between states ("agree", "sign", "talks", "treaty",
    # "Abkommen", "معاہدہ"): with two states as the story's main actors the story is diplomacy
    # though no diplomacy word is there ("Zimbabwe, Zambia agree to fast-track hydro project").
    accords: frozenset[str] = frozenset()
    # An aid pledge in a headline: amount words ("Millionen", "tonnellate", "کروڑ"), and words
    # that mark the place the aid is for, before it ("für Gaza", "for Sudan") or after it
    # ("غزہ کے لیے"): the other states the headline names are its donors, no actors.
    pledge: frozenset[str] = frozenset()
    aid_for: frozenset[str] = frozenset()
    aid_for_after: frozenset[str] = frozenset()
    # Places where something merely happens to someone ("a Singapore hospital", "Flughafen
    # Bangkok", "un hotel di Parigi"): next to one of these nouns a place is no actor.
    incidental: frozenset[str] = frozenset()
    # Words that deny the event the topic word after them names ("without a vote", "ohne
    # Abstimmung", "senza voto", "sem votação"): no topic hit.
    negation: frozenset[str] = frozenset()
    # A private occasion in the headline ("wedding", "Hochzeit", "nozze"): its security's
    # drones and guards are no conflict.
    private_events: frozenset[str] = frozenset()
    # Nouns of what is in a place, just before its locative ("peace in Ukraine", "Frieden in
    # der Ukraine", "pace in Ucraina"): the place is what the meeting is about, no venue.
    located_subject: frozenset[str] = frozenset()
    # A country's name that is also a US state's as written ("Georgia"), and the words that
    # make it the state in the headline or lead ("Atlanta", "primarie", "Senado").
    state_names: frozenset[str] = frozenset()
    state_context: frozenset[str] = frozenset()
    state_unless: frozenset[str] = frozenset()  # the country's own words: "Tbilisi", "georgiano"
    # People after a nationality ("Irish citizens", "Canadian volunteer") and the plural
    # endings that make a demonym a people noun ("Canadians", "italiani": suffix → singular's)
    own_people: frozenset[str] = frozenset()
    own_plurals: tuple[tuple[str, str], ...] = ()
    own_plural_before: frozenset[str] = frozenset()  # articles, numbers: "due italiani"


def _fold_tokens(tokens: list[str], lang: str) -> list[str]:
    if lang == geo.DEFAULT_LANG:
        return list(map(str.lower, tokens))
    return [geo.normalise(t, lang) for t in tokens]


@lru_cache(maxsize=1)
def _file() -> dict[str, Any]:
    path = resources.files("bot.data").joinpath("tags.json")
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def _data() -> dict[str, dict[str, Any]]:
    return dict(_file()["languages"])


def _region(entity: geo.Entity) -> str | None:
    """A country's or leader's region tag; an institution's, when it is a region's own actor
    ("European Union" → europe); the home country's key (_HOME_KEY); else None."""
    if entity.code in TAG_HOME and entity.kind != "institution":
        return _HOME_KEY
    if entity.region in REGIONS:
        return entity.region
    if entity.kind == "institution":
        return _institution_regions().get(entity.name)
    return None


@lru_cache(maxsize=1)
def _institution_regions() -> dict[str, str]:
    """An institution's region when it is an actor of the story ("EU" → europe)."""
    return {k: v for k, v in _file().get("institution_regions", {}).items() if v in REGIONS}


@lru_cache(maxsize=1)
def _institution_topics() -> dict[str, str]:
    """An institution's topic tag when it is named ("WHO" → united-nations)."""
    return {k: v for k, v in _file().get("institution_topics", {}).items() if v in TOPICS}


@lru_cache(maxsize=32)
def _words(lang: str) -> _Words:
    spec = _data().get(lang) or _data()[geo.DEFAULT_LANG]
    if lang not in _data():
        lang = geo.DEFAULT_LANG
    cjk = geo.is_cjk(lang)
    joiner = "" if cjk else " "

    def parts(entry: str) -> list[str]:
        return _fold_tokens([t for t in geo.tokenize(entry, lang) if t != geo.BOUNDARY], lang)

    word_topics: dict[str, tuple[str, ...]] = {}
    lengths: dict[str, set[int]] = defaultdict(set)
    shared_topics = _file().get("shared_topics", {})
    for topic, entries in [*spec.get("topics", {}).items(), *shared_topics.items()]:
        for entry in entries:
            toks = parts(entry)
            if not toks:
                continue
            k = joiner.join(toks)
            if topic not in word_topics.get(k, ()):
                word_topics[k] = (*word_topics.get(k, ()), topic)
            lengths[toks[0]].add(len(toks))

    def folded_set(name: str) -> frozenset[str]:
        return frozenset(joiner.join(parts(e)) for e in spec.get(name, ()) if parts(e))

    region_words: dict[str, str] = {}
    region_lengths: dict[str, set[int]] = defaultdict(set)
    for region, entries in spec.get("regions", {}).items():
        for entry in entries:
            if toks := parts(entry):
                region_words[joiner.join(toks)] = region
                region_lengths[toks[0]].add(len(toks))
    senses: dict[str, _Sense] = {}
    def guard_entries(guard: dict[str, Any], key: str) -> frozenset[str]:
        return frozenset(joiner.join(parts(e)) for e in guard.get(key, ()) if parts(e))

    for guard in spec.get("senses", ()):
        sense = _Sense(guard_entries(guard, "not_near"), guard_entries(guard, "only_near"),
                       int(guard.get("window", SENSE_WINDOW)),
                       guard_entries(guard, "not_with"), guard_entries(guard, "unless_with"))
        for entry in guard["words"]:
            if toks := parts(entry):
                senses[joiner.join(toks)] = sense
    comparison = folded_set("comparison")

    def phrase_lengths(entries: frozenset[str]) -> tuple[int, ...]:
        return tuple(sorted({len(e.split(" ")) if joiner else len(e) for e in entries},
                            reverse=True))

    scope, provenance, treaties = (folded_set("scope"), folded_set("provenance"),
                                   folded_set("treaties"))
    places: dict[str, str] = {}
    shared = _file().get("places", {}) if geo.languages().get(lang, {}).get(
        "script") == "latin" else {}
    for table in (spec.get("places", {}), shared):  # the language's own names first
        for code, names in table.items():
            if code == "about":
                continue
            for name in names:
                if toks := parts(name):
                    places.setdefault(joiner.join(toks), code)
    return _Words(
        lang, joiner, word_topics,
        {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()},
        folded_set("meeting"), folded_set("locative_before"), folded_set("locative_after"),
        comparison, frozenset(spec.get("common_words", ())),
        folded_set("mediation"), folded_set("sport"), region_words,
        {w: tuple(sorted(ns, reverse=True)) for w, ns in region_lengths.items()},
        tuple(spec.get("compound_heads", ())), folded_set("flag"),
        folded_set("past_post"), folded_set("post_prepositions"), folded_set("sport_results"),
        frozenset(spec.get("place_qualifiers", ())), senses, folded_set("compound_not_actor"),
        tuple(sorted({len(c.split(" ")) for c in comparison if joiner and " " in c},
                     reverse=True)),
        folded_set("qualified"), folded_set("qualified_person"), folded_set("venues"),
        scope, phrase_lengths(scope), provenance, phrase_lengths(provenance),
        treaties, phrase_lengths(treaties), places, phrase_lengths(frozenset(places)),
        _starts(places, joiner), _starts(treaties, joiner), folded_set("accords"),
        folded_set("pledge"), folded_set("aid_for"), folded_set("aid_for_after"),
        folded_set("incidental"), folded_set("negation"), folded_set("private_events"),
        folded_set("located_subject"),
        frozenset(spec.get("us_state_homonyms", {}).get("names", ())),
        frozenset(joiner.join(parts(e)) for e in spec.get("us_state_homonyms", {}).get(
            "context", ()) if parts(e)),
        frozenset(joiner.join(parts(e)) for e in spec.get("us_state_homonyms", {}).get(
            "unless", ()) if parts(e)),
        own_people=folded_set("own_people"),
        own_plurals=tuple(tuple(e.split(":", 1)) for e in spec.get("own_people_plurals", ())),
        own_plural_before=folded_set("own_people_plural_before"),
    )


def _starts(phrases: Iterable[str], joiner: str) -> dict[str, tuple[int, ...]] | None:
    """First token → the token lengths of the phrases starting with it, longest first; None in
    Chinese and Japanese (no joiner: a key's first character need not be a whole token)."""
    if not joiner:
        return None
    lengths: dict[str, set[int]] = defaultdict(set)
    for phrase in phrases:
        toks = phrase.split(joiner)
        lengths[toks[0]].add(len(toks))
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}


def _region_word_hits(low: list[str], words: _Words) -> list[tuple[int, str]]:
    """(position, region) of each region named as such: "Middle East", "Nahost", and in a
    compound language its compounds ("Nahost-Konflikt", "Afrikapolitik"); not one that only
    qualifies the noun after it ("European buyers")."""
    table, lengths = words.region_words or {}, words.region_lengths or {}
    if not table:
        return []
    hits: list[tuple[int, str]] = []
    if not words.compound_heads:
        # No compounds to look into (all but German): only the positions where a region word
        # starts can hit; visit those, in order, past the words of a hit.
        end = 0
        for i in list(compress(range(len(low)), map(lengths.__contains__, low))):
            if i < end:
                continue
            for n in lengths[low[i]]:
                if region := table.get(words.joiner.join(low[i : i + n])):
                    if not _qualifies_next(low, i + n, words):
                        hits.append((i, region))
                    end = i + n
                    break
        return hits
    i = 0
    while i < len(low):
        for n in lengths.get(low[i], ()):
            if region := table.get(words.joiner.join(low[i : i + n])):
                if not _qualifies_next(low, i + n, words):
                    hits.append((i, region))
                i += n
                break
        else:
            if words.compound_heads and (region := _compound_region(low[i], words)):
                hits.append((i, region))
            i += 1
    return hits


def _qualifies_next(low: list[str], end: int, words: _Words) -> bool:
    """Is the word at `end` a noun a region word before it only qualifies ("European buyers")?"""
    return end < len(low) and (low[end] in words.qualified or low[end] in words.qualified_person)


def _qualifies(low: list[str], m: geo.Mention, words: _Words) -> str:
    """Does the name only qualify the noun after it? "thing" ("a British draft", "European
    buyers"), "person" ("Portuguese coach"), else ""."""
    end = m.start + (len(m.surface.split(" ")) if words.joiner else 1)
    after = low[end] if end < len(low) else ""
    return "thing" if after in words.qualified else (
        "person" if after in words.qualified_person else "")


def _compound_region(word: str, words: _Words) -> str | None:
    """"nahost-konflikt" → middle-east, "afrikapolitik" → africa: a region word, then (after a
    hyphen or not) one of the language's compound heads."""
    table = words.region_words or {}
    if "-" in word:
        head, _, tail = word.partition("-")
        return table.get(head) if tail else None
    for head in words.compound_heads:
        if word.endswith(head) and len(word) > len(head) + 2:
            stem = word[: -len(head)]
            if region := table.get(stem) or table.get(stem.removesuffix("s")):
                return region
    return None


def derive_tags(
    title: str, text: str = "", lang: str = geo.DEFAULT_LANG, home: str | None = None
) -> tuple[str, ...]:
    """Region tags then topic tags, in KNOWN_TAGS order. Pure and deterministic. `lang`: the
    item's language (ISO 639-1, as relevance detects it); a language without a gazetteer is
    read with the English one (its Latin-script names of leaders and institutions). `home`:
    the outlet's country (ISO code), when its feed says it: its own people and government, at
    home or abroad, are no actor whose region tags the story ("Austrians stranded at Bangkok
    airport" is a southeast-asia story to an Austrian world desk's reader, not a europe one);
    another actor of its region still tags it."""
    if lang != geo.DEFAULT_LANG and not geo.supported(lang):
        lang = geo.DEFAULT_LANG
    elif geo.is_cjk(lang) and not _CJK_TEXT.search(title):
        lang = geo.DEFAULT_LANG  # an English story with a Japanese quote in it
    # the gazetteer writes Urdu letters: an Urdu text typed with Arabic ones reads the same
    if (folded := fold_variants(f"{title}\n{text}")) is not None:
        title, text = folded[: len(title)], folded[len(title) + 1 :]
    words = _words(lang)
    lead = text[:_LEAD_CHARS]
    rest = text[_LEAD_CHARS:_SAMPLE_CHARS]
    title_tokens = geo.tokenize(title, lang)
    lead_tokens = geo.tokenize(lead, lang) if lead else []
    rest_tokens = geo.tokenize(rest, lang) if rest else []
    title_low = _fold_tokens(title_tokens, lang)
    lead_low = _fold_tokens(lead_tokens, lang)  # for the gazetteer and the topic words
    rest_low = _fold_tokens(rest_tokens, lang)
    english = lang == geo.DEFAULT_LANG
    home_codes: frozenset[str] = frozenset()  # the home country is scored apart (_HOME_KEY)
    # the outlet's own country (not the digest's: that is TAG_HOME's rule) names no actor
    own = home if home and home not in TAG_HOME and home in _countries() else None

    def mentions(part: str, tokens: list[str], low: list[str]) -> list[geo.Mention]:
        if not part:
            return []
        # "UNO-Sicherheitsrat", "Ukraine-Krieg", "Thai-Cambodian border": compounds name their
        # parts (not "London-based", "Chinese-made": compound_not_actor)
        found = geo.find_mentions(
            part, tokens, lang=lang, home=home_codes, lowered=low if english else None,
            compounds=True,
        )
        if words.compound_not_actor:
            found = [m for m in found if not _compound_not_actor(m, low, words)]
        if words.treaties and found:
            inside = _phrase_tokens(low, words.treaties, words.treaty_lengths, words.joiner,
                                    words.treaty_starts)
            found = [m for m in found if m.start not in inside]  # "the Paris goals"
        if words.places:
            found = _with_places(found, tokens, low, words)
        if us_state:
            found = _as_us_state(found, words)  # "Georgia, Trump vince le primarie"
        if len(found) > 1 and _homonyms():
            found = _homonym_towns(found, part, words)  # "Santiago, Philippines"
        if cased and found and part != part.lower():
            found = [m for m in found if not _common_noun(m, lang)]
        return [m for m in found if m.surface not in words.common] if words.common else found

    cased = geo.languages().get(lang, {}).get("script") in CASED_SCRIPTS
    us_state = bool(words.state_context) and _any_entry(
        story := [*title_low, *lead_low], words.state_context
    ) and not _any_entry(story, words.state_unless)
    tr_loc = _tr_locatives(title + " " + lead) if lang == "tr" else frozenset()
    found_title = mentions(title, title_tokens, title_low)
    found_lead = mentions(lead, lead_tokens, lead_low)
    rest_mentions = mentions(rest, rest_tokens, rest_low)
    # A place word that is part of a person's name ("Julián Lagos") is that person wherever
    # the name appears, the headline included ("Lagos leads runoff"); and a person's past post
    # ("former ambassador to China") makes no actor either.
    names = _person_names(lead, lead_tokens, found_lead, words) | _person_names(
        rest, rest_tokens, rest_mentions, words
    )
    parts = (
        (_actors(found_title, title_low, names, words), True),
        (_actors(found_lead, lead_low, names, words), False),
    )
    # Where the gazetteer found a name, a region word in it is that name's ("South Africa",
    # "Central African Republic"), already weighed (or set aside: "India vs South Africa").
    named = {
        "title": _named_tokens(found_title, title_tokens, words),
        "lead": _named_tokens(found_lead, lead_tokens, words),
        "rest": _named_tokens(rest_mentions, rest_tokens, words),
    }
    rest_mentions = _actors(rest_mentions, rest_low, names, words)

    # the headline's and the lead's topic words: read by the relief test and the topics below
    # (a sense guard's `not_with` reads the headline and the lead together: the story's subject)
    story_low = [*title_low, "", *lead_low]
    title_hits = _topic_hits(title_low, words, story_low)
    lead_hits = _topic_hits(lead_low, words, story_low)
    # With no war, disaster or relief in the headline or lead, a hospital, an airport or a
    # hotel is where something happened to the story's actor ("ex-president dies in Singapore
    # hospital"), not what it is about ("missile hits hospital in Kyiv" is).
    quiet = words.incidental and not any(
        (title_hits + lead_hits)[t] for t in ("conflict", "conflict_weak", "disaster",
                                             "humanitarian"))

    def incidental(m: geo.Mention, low: list[str]) -> bool:
        return bool(quiet) and _incidental(m, low, words)

    def venue(m: geo.Mention, tokens: list[str], low: list[str]) -> bool:
        return (_venue_city(m, words) or _held_in(m, tokens, low, words, tr_loc)
                or incidental(m, low))

    # Countries that are main actors themselves (headline, start of the lead): their cities
    # count as theirs, not as venues.
    hosts = {
        m.entity.name for ms, is_title in parts for m in ms
        if (is_title or m.start < LEAD_START_TOKENS)
        and not venue(m, title_tokens if is_title else lead_tokens,
                      title_low if is_title else lead_low)
    }
    # Venue cities the headline or lead writes as where a meeting is ("talks in Geneva", "Geneva
    # talks", "Gipfel in Brüssel"): there they are venues wherever they stand, a headline's
    # first word too ("Geneva talks: Iran, US edge closer"; "Brüssel: Gipfel sagt Hilfe zu").
    placed = {
        m.entity.name for ms, is_title in parts for m in ms
        if _venue_city(m, words) and (
            _meeting_next(m, title_low if is_title else lead_low, words)
            or _held_in(m, title_tokens if is_title else lead_tokens,
                        title_low if is_title else lead_low, words, tr_loc))
    }
    region_score: dict[str, float] = defaultdict(float)
    in_title: set[str] = set()  # regions of the main actors
    venue_regions: set[str] = set()  # of the headline's venues
    # of the places where something happened to the actors ("stranded at Bangkok airport"):
    # where a story about the home country's people alone is
    happened_regions: set[str] = set()
    mediator_regions: set[str] = set()  # of the go-betweens ("UAE-mediated")
    nationality_regions: set[str] = set()  # of people's nationalities ("Portuguese coach")
    setting_regions: set[str] = set()  # of a reaction's scope, of a relief story's donors
    is_relief = _relief(title_hits, lead_hits)
    relief = words.provenance and is_relief
    # Named next to a mediation word anywhere in the headline or lead: every mention of it
    # ("UAE mediates…"; "Abu Dhabi said…") is the go-between's, unless it is also a party.
    go_betweens = {
        m.entity.name for ms, is_title in parts for m in ms
        if _go_between(m, title_low if is_title else lead_low, words)
    }
    # "Libanon: Die Schweiz stockt ihre humanitäre Hilfe um 5 Millionen Franken auf": the
    # headline's donors, wherever they are named (the lead's "stellt die Schweiz … bereit")
    donors = _pledgers(found_title, title, title_low, words, lang) if words.pledge and (
        is_relief) else set()
    topic_score: dict[str, float] = defaultdict(float)
    parties: set[str] = set()  # the states and blocs that are main actors
    # the outlet's own country's mentions, scored apart: a main actor (own_main)?
    own_score: dict[str, float] = defaultdict(float)
    own_main = False
    # its people among the main actors (in the headline: True, the lead's start: False), and
    # whether the headline names its state (its name, capital, government): see own_acts
    own_people_at: set[bool] = set()
    own_state_in_title = False
    for ms, is_title in parts:
        tokens, low = (title_tokens, title_low) if is_title else (lead_tokens, lead_low)
        for m in ms:
            # the outlet's own country is scored apart, and where it stands is no fallback
            is_own = own is not None and m.entity.code == own
            if is_own and (is_title or m.start < LEAD_START_TOKENS):
                if _own_people(m, low, words):
                    own_people_at.add(is_title)
                elif is_title:
                    own_state_in_title = True
            if is_title:
                weight = W_TITLE
            else:
                weight = W_LEAD_START if m.start < LEAD_START_TOKENS else W_LEAD
            if _flag_state(low, m, words):
                continue  # "unter panamaischer Flagge", "a Panama-flagged tanker": no actor
            if qualified := _qualifies(low, m, words):
                if qualified == "person" and (region := _region_of(m, is_own)):
                    nationality_regions.add(region)
                continue  # "a British draft", "Portuguese coach": no actor
            if _compared(low, m.start, words):
                weight = W_REST  # "unlike France", "without Russian participation"
            elif not is_title and (
                _listed_after(ms, m, low, words, words.scope, words.scope_lengths)
                or (relief and _donor(ms, m, low, words))
            ):
                # "leaders across Europe condemned…", "planes from Japan and Australia landed":
                # who reacts or helps, not what the story is about, unless it names no other
                if region := _region_of(m, is_own):
                    setting_regions.add(region)
                weight = W_REST
            elif (m.entity.code or m.entity.name) in donors:
                # who gives the aid, not where it goes, unless the story names no other region
                if region := _region_of(m, is_own):
                    setting_regions.add(region)
                weight = W_REST
            elif m.entity.name in go_betweens:
                # "UAE-mediated swap", "mediated by Qatar": where the talks were brokered; the
                # story's region is its parties', unless it names no other (below).
                if m.entity.region in REGIONS and not is_own:
                    mediator_regions.add(m.entity.region)
                weight = W_REST
            # A venue ("talks in Istanbul", "summit in Ankara") is where, not what: it counts
            # only as the headline's first word or when its country is an actor too.
            subject = _subject(title if is_title else lead, m, low, words)
            if m.entity.name not in hosts and (m.entity.name in placed or not subject) and venue(
                m, tokens, low
            ):
                if subject and is_title and m.entity.code:
                    # "Sudan: Jeddah talks stall": the host of the talks is still a party to
                    # them (diplomacy below), though its region is no tag
                    parties.add(m.entity.code)
                if region := _region_of(m, is_own):
                    if incidental(m, low):
                        happened_regions.add(region)
                    elif is_title:
                        venue_regions.add(region)
                continue
            _score_entity(m, weight, own_score if is_own else region_score, topic_score)
            if weight >= W_LEAD_START and (region := _region(m.entity)):
                if is_own:
                    own_main = True
                else:
                    in_title.add(region)  # a main actor: the headline or the lead's start
                parties.add(m.entity.code or m.entity.name)  # Merkel's is Germany's
    examples = _enumerated(rest_mentions, rest_low)
    for m in rest_mentions:
        if _qualifies(rest_low, m, words):
            continue  # deep in the text a nationality is never the story's only region
        if m.start in examples:
            continue  # "members include the EU, China, Japan, Canada and Brazil": examples
        if not _venue_city(m, words) or m.entity.name in hosts:
            _score_entity(m, W_REST, own_score if own and m.entity.code == own else region_score,
                          topic_score)
    # Regions named as such weigh like a country's name in the same place.
    region_named = False
    for low, where in ((title_low, "title"), (lead_low, "lead"), (rest_low, "rest")):
        for at, region in _region_word_hits(low, words):
            if at in named[where]:
                continue
            weight = W_TITLE if where == "title" else W_REST if where == "rest" else (
                W_LEAD_START if at < LEAD_START_TOKENS else W_LEAD)
            if _compared(low, at, words):
                weight = W_REST  # "an area the size of Europe", "unlike Africa"
            elif where != "title" and _after_phrase(
                low, at, words.scope, words.scope_lengths, words
            ):
                setting_regions.add(region)  # "leaders across Europe"
                weight = W_REST
            region_score[region] += weight
            region_named = True
            if weight >= W_LEAD_START:
                in_title.add(region)
    found: set[str] = set()
    if _match_report(title + " " + lead, title_low, lead_low, words):
        # A match report: its places are teams, clubs and grounds ("Real Madrid beat Inter
        # Milan 3-1"), no region; its summit and clash words are the game's (below).
        region_score.clear()
        in_title.clear()
        venue_regions.clear()
        mediator_regions.clear()
        happened_regions.clear()
        own_score.clear()
        own_main = False
        nationality_regions.clear()
        setting_regions.clear()
    home_score = region_score.pop(_HOME_KEY, 0.0)
    top = max([*region_score.values(), *(
        region_score.get(r, 0.0) + w for r, w in own_score.items())], default=0.0)
    for region, weight in region_score.items():
        if region in in_title or (weight >= TAG_SCORE and weight >= RELATIVE_REGION * top):
            found.add(region)
    own_region = _countries()[own].region if own else ""
    # The outlet's own government or country acting beside other states or bodies ("So
    # stimmte Österreich zu Gaza", "Portugal candidata-se ao Conselho de Segurança") tags its
    # region like any actor; a story about it alone (a Windhoek election-night party in a
    # Namibian paper) or about its people where something happened to them abroad
    # ("Austrians stranded at Bangkok airport") does not.
    # Nor does a story whose own-country actor is its people, not its state ("Canadians urged
    # to leave Lebanon", "Tánaiste says 40 Irish citizens still waiting at Rafah crossing"):
    # its government's consular help is the frame, the story is where it happened, when the
    # tagger knows that place (else, as before, the home region: "Australians stranded in
    # New Caledonia", a place the gazetteer does not name).
    elsewhere = found | ((happened_regions | venue_regions) - {own_region, _HOME_KEY})
    own_people_story = bool(elsewhere) and not own_state_in_title and (
        True in own_people_at or (bool(own_people_at) and not any(
            m.entity.code == own for m in found_title)))
    own_total = sum(own_score.values())
    own_acts = own_region in REGIONS and (
        own_main or (own_total >= TAG_SCORE and own_total >= RELATIVE_REGION * top)
    ) and not (happened_regions - {own_region}) and not own_people_story and (
        region_named or _names_others(parts, rest_mentions, own, (title_low, lead_low), words))
    if own_acts:
        found.add(own_region)
    if not found:
        found.update(happened_regions - {_HOME_KEY})
    if not found and (_HOME_KEY in in_title or (home_score >= TAG_SCORE and not examples)):
        # a story about the home country alone; one that lists other countries as examples
        # is about them all, not the home country named in passing between them
        found.add(_HOME_REGION)
    if not found:
        # No actor is named anywhere: the meeting place or the go-between is all the story says
        # of where it is ("Foreign ministers arrive in Vilnius for Baltic security talks").
        # A person's nationality, with no other place named, is where the story is; so is the
        # scope of a reaction or the donors of relief.
        found.update(venue_regions or mediator_regions or nationality_regions or setting_regions)
        if _HOME_KEY in found:
            found.add(_HOME_REGION)
    if not found:
        # An alliance that is the only actor named ("Nato: barracks in the Eifel to become a
        # logistics hub"): its own region (tags.json "alliance_regions": NATO is europe).
        found.update(_alliance_regions(parts))
    start_hits = _topic_hits(lead_low[:LEAD_START_TOKENS], words, story_low)
    rest_hits = _topic_hits(rest_low, words, story_low)
    score: dict[str, float] = defaultdict(float)
    for topic in {*title_hits, *lead_hits, *rest_hits}:
        score[topic] = (
            (W_LEAD_START + W_LEAD) * title_hits[topic]  # one headline word is enough
            + W_LEAD_START * start_hits[topic]
            + W_LEAD * lead_hits[topic]
            + W_REST * rest_hits[topic]
        )
    if len(parties) >= 2 and score["trade"] < TAG_SCORE and _any_entry(title_low, words.accords):
        # Two states hold talks or a visit, as the headline says: relations between states,
        # diplomacy, though the story names no diplomat ("India, Pakistan hold water talks").
        # Talks in the lead only are often someone's aside ("…signaling that talks will
        # happen"); talks about trade are a trade story ("US and China extend tariff truce").
        score["diplomacy"] += TAG_SCORE
    # "Truce", "troops", "drones" in a trade or disaster story ("tariff truce", "troops
    # deployed to flooded towns") are no conflict unless a plain conflict word is there too.
    if words.sport and _sport_score(title_low, lead_low, words) >= TAG_SCORE:
        # A match report: "summit clash", "قمة", "attack" are the game's words, no topic.
        score["diplomacy"] = score["conflict"] = score["conflict_weak"] = 0.0
    # ... nor in peacetime soldiering: an exercise, a barracks, a defence pact ("military").
    civil = any(score[t] >= TAG_SCORE for t in ("trade", "disaster", "military")) or (
        _any_entry(title_low, words.private_events))  # ... nor at a wedding's gates
    if not (civil and score["conflict"] == 0):
        score["conflict"] += score["conflict_weak"]
    score["migration"] += score["migration_weak"]  # diplomats' expulsions already left out
    # NATO and the UN come from the gazetteer's names, the UN also from its treaties and
    # processes that do not name it ("the high seas treaty", "COP30": tags.json).
    for topic in TOPICS:
        if score[topic] + topic_score[topic] >= TAG_SCORE:
            found.add(topic)
    return tuple(tag for tag in KNOWN_TAGS if tag in found)


def _as_us_state(found: list[geo.Mention], words: _Words) -> list[geo.Mention]:
    """`found` with the country names that are also a US state's ("Georgia") read as the
    United States: the caller found the state's words in the headline or lead."""
    us = _countries().get("US")
    if us is None:
        return found
    return [geo.Mention(us, m.surface, m.start) if m.surface in words.state_names else m
            for m in found]


@lru_cache(maxsize=1)
def _homonyms() -> frozenset[str]:
    """Cities as written that other countries have too (tags.json "homonym_places")."""
    return frozenset(_file().get("homonym_places", {}).get("names", ()))


def _homonym_towns(found: list[geo.Mention], text: str, words: _Words) -> list[geo.Mention]:
    """`found` without the homonym cities written just before another country's name, after a
    comma or a locative ("Santiago, Philippines", "Lagos, no Algarve", "Tripoli in Lebanon"):
    that country's town, not the gazetteer's ("Santiago, Chile" stays Chile). A list of names
    ("Lagos, Ghana and Kenya") is no such pair."""
    out: list[geo.Mention] = []
    for i, m in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None and m.surface in _homonyms() and nxt.entity.code
            and nxt.entity.code != m.entity.code and _names_country(nxt, words)
            and _apposed(text, m.surface, nxt.surface, words)
            and not (i + 2 < len(found) and found[i + 2].start - nxt.start <= 3)
        ):
            continue
        out.append(m)
    return out


def _names_country(m: geo.Mention, words: _Words) -> bool:
    """Is the mention a country's name, its capital or one of the tagger's places ("Algarve"),
    not a demonym ("Philippine")?"""
    if geo.is_country_name(m.surface, m.entity.code, words.lang):
        return True
    folded = words.joiner.join(_fold_tokens(m.surface.split(" "), words.lang))
    return folded in (words.places or {})


def _apposed(text: str, town: str, country: str, words: _Words) -> bool:
    """Does `text` write `town`, then a comma or a locative ("in", "no"), at most one short word
    ("the"), then `country`?"""
    at = text.find(town)
    while at >= 0:
        after = text[at + len(town):]
        rest = after[1:].lstrip() if after.startswith(",") else ""
        if not rest and after[:1].isspace():
            first, _, tail = after.lstrip().partition(" ")
            rest = tail.lstrip() if first.lower() in words.before else ""
        if rest:
            head, _, tail = rest.partition(" ")
            if rest.startswith(country) or (len(head) <= 3 and tail.lstrip().startswith(country)):
                return True
        at = text.find(town, at + 1)
    return False


def _common_noun(m: geo.Mention, lang: str) -> bool:
    """A country's name, a capital or a leader's name written in lower case, in a text that
    writes names with capitals: another word of the language that shares its letters ("i mali
    della sanità", "muro di malta", "receita de peru assado", "fine china"). Demonyms and
    adjectives, lower case in many languages ("italiano", "brasileiro"), stay names."""
    surface = m.surface
    if not surface.islower() or m.entity.kind not in ("country", "leader", "home"):
        return False
    if m.entity.kind == "leader":
        return True
    if m.entity.code and geo.is_country_name(surface, m.entity.code, lang):
        return True
    return lang == geo.DEFAULT_LANG and surface == m.entity.name.lower()


def _own_people(m: geo.Mention, low: list[str], words: _Words) -> bool:
    """Is the mention its country's people, not its state: a nationality before a people noun
    ("Irish citizens", "Canadian volunteer", "overseas Filipino workers") or a plural demonym
    ("Canadians", "italiani"), never the country's name or capital?"""
    if not words.own_people or geo.is_country_name(m.surface, m.entity.code, words.lang):
        return False
    end = m.start + (len(m.surface.split(" ")) if words.joiner else 1)
    if end < len(low) and low[end] in words.own_people:
        return True
    if not _plural_demonym(m.surface.casefold(), m.entity.code, words.lang):
        return False
    if not words.own_plural_before:
        return True  # English: a plural demonym is a noun ("Canadians")
    # where the adjective follows its noun and agrees with it ("exportadores brasileiros" are
    # firms), a plural demonym is people only at the start, after an article or a number
    # ("due italiani", "os portugueses") or after a people noun ("cidadãos portugueses")
    prev = low[m.start - 1] if m.start > 0 else ""
    return (not prev or prev[:1].isdigit() or prev in words.own_plural_before
            or prev in words.own_people)


@lru_cache(maxsize=256)
def _plural_demonym(surface: str, code: str, lang: str) -> bool:
    """Is `surface` a plural whose singular the gazetteer also reads as country `code` (a
    demonym: "canadians" → "canadian"; "paris" → "pari" is no name)?"""
    for suffix, singular in _words(lang).own_plurals:
        if " " in surface or not surface.endswith(suffix) or len(surface) <= len(suffix) + 3:
            continue
        one = surface[: len(surface) - len(suffix)] + singular
        found = geo.find_mentions(one, geo.tokenize(one, lang), lang=lang, home=frozenset())
        if len(found) == 1 and found[0].entity.code == code and found[0].surface.casefold() == one:
            return True
    return False


def _region_of(m: geo.Mention, is_own: bool) -> str | None:
    """The mention's region (`_region`), none for the outlet's own country."""
    return None if is_own else _region(m.entity)


def _names_others(
    parts: tuple[tuple[list[geo.Mention], bool], ...], rest: list[geo.Mention], own: str | None,
    lows: tuple[list[str], list[str]], words: _Words,
) -> bool:
    """Does the story name an actor besides the outlet's own country: another state or a body
    ("UN", "EU"), not only the place where something happened to its people ("Österreicher
    am Flughafen Bangkok": a hospital, an airport near the name in the headline or lead)?"""
    title_low, lead_low = lows
    happened = {
        m.entity.name for ms, is_title in parts for m in ms
        if _incidental(m, title_low if is_title else lead_low, words)
    }
    return any(m.entity.code != own and m.entity.name not in happened
               for m in (*(m for ms, _ in parts for m in ms), *rest))


RUBRIC_TOKENS = 3  # a headline's lead-in before ":" or "," ("Libanon:", "Gaza,") at most


def _pledgers(
    ms: list[geo.Mention], title: str, low: list[str], words: _Words, lang: str
) -> set[str]:
    """The states a relief headline names beside the place its aid is for, when it names an
    amount ("Nahost: Bundesregierung sagt 50 Millionen Euro für Gaza-Hilfe zu"): the place is
    the headline's lead-in ("Libanon:") or follows an aid-for word ("für Gaza"); the donors'
    regions are no tag of their own unless they are the place's region too."""
    if not _any_entry(low, words.pledge):
        return set()
    cut = min((i for i in (title.find(":"), title.find(",")) if i > 0), default=-1)
    rubric = 0
    if cut > 0:
        head = [t for t in geo.tokenize(title[:cut], lang) if t != geo.BOUNDARY]
        rubric = len(head) if len(head) <= RUBRIC_TOKENS else 0
    places = {r for at, r in _region_word_hits(low, words) if at < rubric}
    for m in ms:
        region = _region(m.entity)
        if region and _aid_place(m, low, rubric, words):
            places.add(region)
    if not places:
        return set()
    return {m.entity.code or m.entity.name for m in ms
            if (region := _region(m.entity)) and region not in places}


def _aid_place(m: geo.Mention, low: list[str], rubric: int, words: _Words) -> bool:
    """Whether the mention is where the aid goes: the lead-in, or next to an aid-for word."""
    end = m.start + len(m.surface.split(" "))
    after = " ".join(low[end : end + 2])
    return (
        m.start < rubric
        or (m.start > 0 and low[m.start - 1] in words.aid_for)
        or any(after == e or after.startswith(e + " ") for e in words.aid_for_after)
    )


ENUMERATION = 4  # countries listed together deep in the text that are examples, not actors


def _enumerated(ms: list[geo.Mention], low: list[str]) -> set[int]:
    """Starts of the mentions in a list of ENUMERATION or more countries, with only short words
    between the names ("the EU, China, Japan, Canada and Brazil"): a list of examples
    names no actor, however many lists there are (a story of "middle powers" is no story of
    each)."""
    found: set[int] = set()
    run: list[geo.Mention] = []
    for m in sorted(ms, key=lambda x: x.start):
        if run:
            end = run[-1].start + len(run[-1].surface.split(" "))
            if m.start < end or any(len(w) > 3 for w in low[end : m.start]):
                _close_run(run, found)
                run = []
        run.append(m)
    _close_run(run, found)
    return found


def _close_run(run: list[geo.Mention], found: set[int]) -> None:
    if len({m.entity.code or m.entity.name for m in run}) >= ENUMERATION:
        found.update(m.start for m in run)


def _alliance_regions(parts: tuple[tuple[list[geo.Mention], bool], ...]) -> set[str]:
    """The regions of the alliances named as main actors (headline, the lead's start)."""
    table = _file().get("alliance_regions", {})
    return {
        table[m.entity.name] for ms, is_title in parts for m in ms
        if m.entity.name in table and (is_title or m.start < LEAD_START_TOKENS)
    }


def _actors(
    found: list[geo.Mention], low: list[str], names: set[str], words: _Words
) -> list[geo.Mention]:
    """The mentions that can be actors: not a person's name, not a person's past post."""
    return [m for m in found if m.surface not in names and not _past_post(low, m, words)]


def _named_tokens(found: list[geo.Mention], tokens: list[str], words: _Words) -> set[int]:
    """Token positions inside the names found, a name inside a hyphenated word excepted (its
    other parts may be a region word: "EU-Afrika-Gipfel")."""
    out: set[int] = set()
    for m in found:
        size = len(m.surface.split(" ")) if words.joiner else len(m.surface)
        whole = words.joiner.join(tokens[m.start : m.start + size])
        if m.start < len(tokens) and whole == m.surface:
            out.update(range(m.start, m.start + size))
    return out


def _compound_not_actor(m: geo.Mention, low: list[str], words: _Words) -> bool:
    """A name inside a hyphenated word whose last part makes it a description, no actor:
    "a London-based charity", "Chinese-made drones", "a Ukraine-born chef"."""
    if m.start >= len(low) or "-" not in (word := low[m.start]):
        return False
    return word.rsplit("-", 1)[1] in words.compound_not_actor


def _past_post(low: list[str], m: geo.Mention, words: _Words) -> bool:
    """"former ambassador to China", "ex-envoy in Beijing", "ehemaliger Botschafter in China":
    a post preposition just before the place (or before a short article) and a past-post word
    a few words before that."""
    if not words.past_post or not words.joiner:
        return False
    start = m.start
    if start >= 1 and low[start - 1] in words.post_prepositions:
        at = start - 1
    elif start >= 2 and low[start - 2] in words.post_prepositions and len(low[start - 1]) <= 3:
        at = start - 2
    else:
        return False
    return any(
        w in words.past_post or w.split("-", 1)[0] in words.past_post
        for w in low[max(0, at - PAST_POST_WINDOW) : at]
    )


def _person_names(
    text: str, tokens: list[str], found: list[geo.Mention], words: _Words
) -> set[str]:
    """Surfaces of places that are written as a person's surname: right after a capitalised
    word ("Julián Lagos", "President Lagos") that is not a place itself, not a qualifier
    ("Eastern", "Lake") and not the first word of a sentence ("In Lagos")."""
    if not words.qualifiers or not found:
        return set()
    taken = {m.start for m in found}
    out: set[str] = set()
    for m in found:
        i = m.start - 1
        # a leader's or a body's name is no place that could be someone's surname
        if i < 0 or i in taken or m.entity.kind in ("leader", "institution"):
            continue
        prev = tokens[i]
        if not (prev[:1].isupper() and not prev.isupper() and prev.replace("-", "").isalpha()):
            continue
        if prev in words.qualifiers:
            continue
        for start in wordscan.pair_starts(prev, m.surface, text):  # no regex per pair
            before = text[:start].rstrip()
            if before and not before.endswith(_SENTENCE_END):
                out.add(m.surface)
                break
    return out


def _match_report(
    text: str, title_low: list[str], lead_low: list[str], words: _Words
) -> bool:
    """Sport words and a result: a scoreline ("2-1") or a result word ("beat", "results")."""
    if not words.sport or _sport_score(title_low, lead_low, words) < TAG_SCORE:
        return False
    if _SCORELINE.search(text):
        return True
    return any(w in words.sport_results for w in (*title_low, *lead_low[:LEAD_START_TOKENS]))


def _tr_locatives(text: str) -> frozenset[str]:
    if "'" not in text and "’" not in text:
        return frozenset()
    return frozenset(m.group(1) for m in _TR_LOCATIVE.finditer(text))


def _held_in(
    m: geo.Mention, tokens: list[str], low: list[str], words: _Words, tr_loc: frozenset[str]
) -> bool:
    """A place written as where something is held: a locative next to it ("in Geneva",
    "в Женеве", "ジュネーブで", "Ankara'da") and a meeting word near it ("talks", "summit")."""
    size = len(m.surface.split(" ")) if words.joiner else len(m.surface)
    start, end = m.start, m.start + size
    # "in Geneva", "in der Schweiz": the locative just before, or before an article
    at = next((j for j in range(start - 1, max(0, start - 2) - 1, -1) if low[j] in words.before),
              None)
    located = at is not None or (
        end < len(low) and low[end] in words.after
    ) or m.surface in tr_loc
    if not located or not words.meeting:
        return False
    if at and low[at - 1] in words.located_subject:
        return False  # "a conference on peace in Ukraine": Ukraine is its subject, no venue
    lo, hi = max(0, start - VENUE_WINDOW), min(len(low), end + VENUE_WINDOW)
    if words.joiner:
        return _any_entry(low[lo:hi], words.meeting)
    near = "".join(low[lo:hi])  # Chinese and Japanese: meeting words are character strings
    return any(w in near for w in words.meeting)


INCIDENTAL_WINDOW = 3  # tokens either side of a place where a hospital or an airport makes it one


def _incidental(m: geo.Mention, low: list[str], words: _Words) -> bool:
    """A place next to a noun of where something happens to someone: "in a Singapore
    hospital", "am Flughafen Bangkok", "all'aeroporto di Bangkok", "num hotel de Lisboa"."""
    if not words.incidental or m.entity.kind != "country":
        return False
    size = len(m.surface.split(" ")) if words.joiner else len(m.surface)
    lo, hi = max(0, m.start - INCIDENTAL_WINDOW), min(len(low), m.start + size + INCIDENTAL_WINDOW)
    return any(w in words.incidental for w in (*low[lo : m.start], *low[m.start + size : hi]))


def _go_between(m: geo.Mention, low: list[str], words: _Words) -> bool:
    """A mediation word within MEDIATION_WINDOW words of the name: "UAE-mediated",
    "mediated by the UAE", "бо посредничестве ОАЭ", "بوساطة إماراتية"."""
    if not words.mediation:
        return False
    size = len(m.surface.split(" ")) if words.joiner else len(m.surface)
    lo, hi = max(0, m.start - MEDIATION_WINDOW), min(len(low), m.start + size + MEDIATION_WINDOW)
    if words.joiner:
        # "UAE-mediated", "Qatar-brokered": the name's own compound says so
        return any(w in words.mediation or w.rsplit("-", 1)[-1] in words.mediation
                   for w in low[lo:hi])
    near = "".join(low[lo:hi])
    return any(w in near for w in words.mediation)


def _count_entries(low: list[str], entries: frozenset[str]) -> int:
    """Hits of a word list's entries in folded tokens, a phrase ("بات چیت", "premier league",
    "كرة القدم") as one hit where its words stand together, not only single words."""
    n = sum(1 for w in low if w in entries)
    phrases = [e for e in entries if " " in e]
    if phrases:
        text = f" {' '.join(low)} "
        n += sum(text.count(f" {p} ") for p in phrases)
    return n


def _any_entry(low: list[str], entries: frozenset[str]) -> bool:
    return _count_entries(low, entries) > 0


def _sport_score(title_low: list[str], lead_low: list[str], words: _Words) -> float:
    """Sport words: a headline hit weighs like a topic word there, lead hits one each."""
    if words.joiner:
        n_title = _count_entries(title_low, words.sport)
        n_lead = _count_entries(lead_low, words.sport)
    else:
        title, lead = "".join(title_low), "".join(lead_low)
        n_title = sum(1 for w in words.sport if w in title)
        n_lead = sum(1 for w in words.sport if w in lead)
    return (W_LEAD_START + W_LEAD) * n_title + W_LEAD * n_lead


def _compared(low: list[str], start: int, words: _Words) -> bool:
    """Words that make the next name a comparison or an absence, not an actor of the story:
    one word ("unlike France") or a phrase ("an iceberg the size of Rome")."""
    before = low[max(0, start - 2) : start]
    if before and (
        before[-1] in words.comparison
        or (len(before) == 2 and before[0] in ("compared", "as") and words.lang == "en")
    ):
        return True
    return any(
        " ".join(low[start - n : start]) in words.comparison
        for n in words.comparison_lengths if n <= start
    )



@lru_cache(maxsize=1)
def _countries() -> dict[str, geo.Entity]:
    """ISO code → the gazetteer's country (bot/data/geo/en.json)."""
    return {
        c["code"]: geo.Entity(c["name"], "country", c["region"], False, c["code"])
        for c in geo.read_data("en.json")["countries"]
    }


def _with_places(
    found: list[geo.Mention], tokens: list[str], low: list[str], words: _Words
) -> list[geo.Mention]:
    """`found` with the tagger's own places (tags.json "places") in: a place's name replaces
    the gazetteer's mentions inside it ("British Columbia" is Canada, not "British")."""
    table, joiner, countries = words.places or {}, words.joiner, _countries()
    extra: list[geo.Mention] = []
    covered: set[int] = set()
    if (starts := words.place_starts) is not None:
        end = 0
        # (the positions picked by C iterators: no bytecode per token)
        for i in list(compress(range(len(low)), map(starts.__contains__, low))):
            if i < end:
                continue  # inside a place found
            for n in starts[low[i]]:
                code = table.get(joiner.join(low[i : i + n])) if i + n <= len(low) else None
                if code and code in countries:
                    extra.append(geo.Mention(countries[code], joiner.join(tokens[i : i + n]), i))
                    covered.update(range(i, i + n))
                    end = i + n
                    break
        if not extra:
            return found
        kept = [m for m in found if m.start not in covered]
        return sorted(kept + extra, key=lambda m: m.start)
    i = 0
    while i < len(low):
        for n in words.place_lengths:
            code = table.get(joiner.join(low[i : i + n])) if i + n <= len(low) else None
            if code and code in countries:
                extra.append(geo.Mention(countries[code], joiner.join(tokens[i : i + n]), i))
                covered.update(range(i, i + n))
                i += n
                break
        else:
            i += 1
    if not extra:
        return found
    kept = [m for m in found if m.start not in covered]
    return sorted(kept + extra, key=lambda m: m.start)


def _subject(text: str, m: geo.Mention, low: list[str], words: _Words) -> bool:
    """Does the name open the headline, a sentence or a clause, with no locative after it
    ("Bruxelles ha sospeso…", "Berna tratta…" after "Dazi USA,"; not "ویانا میں…")? There it
    is the subject, its country or institution acting, never a venue."""
    size = len(m.surface.split(" ")) if words.joiner else len(m.surface)
    if m.start + size < len(low) and low[m.start + size] in words.after:
        return False
    if m.start == 0:
        return True
    at = text.find(m.surface)
    return at > 0 and text[:at].rstrip().endswith(
        (".", "!", "?", ":", ",", ";", "–", "—", "|", " -"))


def _venue_city(m: geo.Mention, words: _Words) -> bool:
    """Is the name as written one of the language's venue cities ("Geneva", "Wien", "ویانا")?"""
    if not words.venues:
        return False
    size = len(m.surface.split(" ")) if words.joiner else 1
    toks = m.surface.split(" ") if words.joiner and size > 1 else [m.surface]
    return words.joiner.join(_fold_tokens(toks, words.lang)) in words.venues


def _meeting_next(m: geo.Mention, low: list[str], words: _Words) -> bool:
    """A meeting word just after the name: "Geneva talks", "Brussels summit", "Vienna
    conference"."""
    if not words.joiner:
        return False
    end = m.start + len(m.surface.split(" "))
    return any(" ".join(low[end : end + n]) in words.meeting for n in (1, 2) if end + n <= len(low))


def _after_phrase(
    low: list[str], start: int, entries: frozenset[str], lengths: tuple[int, ...], words: _Words
) -> bool:
    """One of `entries` ends just before `start`, or before an article or a determiner there
    ("across Europe", "in ganz Europa", "em toda a Europa", "from the United States")."""
    if not entries or not words.joiner:
        return False
    for end in (start, start - 1):
        if end < start and (end < 0 or len(low[end]) > 3):
            break  # only a short word ("the", "a", "la") may stand between
        for n in lengths:
            if n <= end and " ".join(low[end - n : end]) in entries:
                return True
    return False


def _donor(ms: list[geo.Mention], m: geo.Mention, low: list[str], words: _Words) -> bool:
    """A name after a provenance word ("from Japan"), or in the list it opens ("from Norway,
    Japan and the United States": only short words between the names)."""
    return _listed_after(ms, m, low, words, words.provenance, words.provenance_lengths)


def _listed_after(
    ms: list[geo.Mention], m: geo.Mention, low: list[str], words: _Words,
    entries: frozenset[str], lengths: tuple[int, ...],
) -> bool:
    """A name just after one of `entries`, or in the list it opens ("joining China, Indonesia
    and Australia": only short words between the names)."""
    pos = {x.start: x for x in ms}
    at = m.start
    while True:
        if _after_phrase(low, at, entries, lengths, words):
            return True
        prev = next((pos[j] for j in range(at - 1, max(-1, at - 4), -1) if j in pos), None)
        if prev is None:
            return False
        end = prev.start + len(prev.surface.split(" "))
        if any(len(w) > 3 for w in low[end:at]):
            return False
        at = prev.start


def _relief(title_hits: Counter[str], lead_hits: Counter[str]) -> bool:
    """A relief story: humanitarian or disaster words in the headline or the lead (their
    `_topic_hits`)."""
    hits = title_hits + lead_hits
    return hits["humanitarian"] > 0 or hits["disaster"] > 0


def _phrase_tokens(
    low: list[str], entries: frozenset[str], lengths: tuple[int, ...], joiner: str,
    starts: dict[str, tuple[int, ...]] | None = None,
) -> set[int]:
    """Token positions inside any of the phrases `entries` in the folded tokens `low`;
    `starts`: their first tokens' lengths (`_starts`), to visit only where one can start."""
    out: set[int] = set()
    if starts is not None:
        for i in list(compress(range(len(low)), map(starts.__contains__, low))):
            for n in starts[low[i]]:
                if i + n <= len(low) and joiner.join(low[i : i + n]) in entries:
                    out.update(range(i, i + n))
                    break
        return out
    for i in range(len(low)):
        for n in lengths:
            if i + n <= len(low) and joiner.join(low[i : i + n]) in entries:
                out.update(range(i, i + n))
                break
    return out


def _flag_state(low: list[str], m: geo.Mention, words: _Words) -> bool:
    """A ship's flag state: a flag word just after the name ("panamaischer Flagge", "Panama-
    flagged", "Panamanian-flagged") or "flag of" just before it."""
    if not words.flag:
        return False
    size = len(m.surface.split(" ")) if words.joiner else 1
    end = m.start + size
    after = low[end : end + 1]
    word = low[m.start] if m.start < len(low) else ""
    return bool(
        (after and after[0] in words.flag)
        or any(word.endswith("-" + f) for f in words.flag)
        or (m.start >= 2 and low[m.start - 1] == "of" and low[m.start - 2] in words.flag)
    )


def _score_entity(
    m: geo.Mention, weight: float, regions: dict[str, float], topics: dict[str, float]
) -> None:
    if region := _region(m.entity):
        regions[region] += weight
    # Institution topics (NATO, UN) come from the gazetteer, which knows "UN" from "un".
    if m.entity.name == "NATO":
        topics["nato"] += weight
    elif m.entity.name == "United Nations":
        topics["united-nations"] += weight
    elif m.entity.kind == "institution" and m.entity.region in TOPICS:
        topics[m.entity.region] += weight  # "Blinken" → diplomacy, "IAEA" → nuclear
    elif topic := _institution_topics().get(m.entity.name):
        topics[topic] += weight  # "WHO", "UNICEF": agencies of the UN


def _topic_hits(low: list[str], words: _Words, story: list[str] | None = None) -> Counter[str]:
    """Topic → how many of the text's words and phrases (folded tokens) are in its list, each
    occurrence once, the longest match first: "tariff truce" is one trade hit, not a truce.
    `story`: the headline and lead tokens, where a sense guard's `not_with` looks (else `low`)."""
    hits: Counter[str] = Counter()
    lengths, get, joiner = words.lengths, words.word_topics.get, words.joiner
    covered = 0
    claimed: set[int] = set()  # tokens inside a matched phrase
    envoys: list[int] = []  # where diplomacy words are
    expulsions: list[int] = []  # where expulsion words are ("deportation", "espulsione")
    # (the positions picked by C iterators: no bytecode per token)
    for i in list(compress(range(len(low)), map(lengths.__contains__, low))):
        if i < covered:
            continue
        for n in lengths[low[i]]:
            if i + n > len(low):
                continue
            topics = get(low[i] if n == 1 else joiner.join(low[i : i + n]))
            if topics:
                covered = i + n
                if words.senses and not _topic_sense(low, i, n, words, story):
                    break  # "water tariff", "voto di fiducia": another sense of the word
                if words.negation and _negated(low, i, words):
                    break  # "without a vote", "senza voto": the event did not happen
                for topic in topics:
                    hits[topic] += 1
                if "diplomacy" in topics:
                    envoys.append(i)
                if "migration_weak" in topics:
                    expulsions.append(i)
                if n > 1:
                    claimed.update(range(i, i + n))
                break
    # A hyphenated compound ends in its head word ("EU-Gipfel", "maxi-esercitazione",
    # "non-tariff barriers"): the head counts as the word itself, unless the whole compound
    # is an entry or inside a longer phrase.
    # (the hyphenated positions picked in C: most words have no hyphen)
    for i in list(compress(range(len(low)), map(operator.contains, low, repeat("-")))):
        if i in claimed or low[i] in lengths:
            continue
        head = low[i].rsplit("-", 1)[1]
        topics = get(head) or (get(geo.normalise(head, words.lang)) if words.joiner else None)
        for topic in topics or ():
            hits[topic] += 1
    # A diplomat expelled ("the expulsion of the ambassador") is diplomacy, not migration.
    hits["migration_weak"] -= sum(
        1 for i in expulsions if any(abs(i - j) <= EXPULSION_WINDOW for j in envoys)
    )
    return hits


def _negated(low: list[str], i: int, words: _Words) -> bool:
    """A negation word just before the topic word, or before a short article there ("without
    a vote", "ohne Abstimmung", "sem uma votação")."""
    return (i >= 1 and low[i - 1] in words.negation) or (
        i >= 2 and low[i - 2] in words.negation and len(low[i - 1]) <= 3)


def other_sense(term: str, text: str, lang: str, topics: AbstractSet[str] = frozenset()) -> bool:
    """Whether `term` has another sense than its topic's wherever `text` writes it, by the
    sense guards of bot/data/tags.json ("Gunmen storm a hotel" is no weather, "a bargaining
    chip" no technology, "Spannungen am Golf" no sport): the why-line's one definition of a
    word's sense (bot.content.why). A guard on a word that tags a topic holds only when that
    topic is one of `topics` (the sense the caller means: "asylum" at an embassy is no
    migration, but still foreign affairs). False where `text` never writes it or no guard
    covers it."""
    if lang not in _file()["languages"]:
        return False
    words = _words(lang)
    key = _fold_tokens(geo.tokenize(term, lang), lang)
    joined = words.joiner.join(key)
    if not words.senses or not key or joined not in words.senses:
        return False
    tagged = words.word_topics.get(joined)
    if tagged and not set(tagged) & topics:
        return False
    low = _fold_tokens(geo.tokenize(text, lang), lang)
    n = len(key)
    found = [i for i in range(len(low) - n + 1) if low[i : i + n] == key]
    return bool(found) and not any(_topic_sense(low, i, n, words, low) for i in found)


def _topic_sense(low: list[str], i: int, n: int, words: _Words,
                 story: list[str] | None = None) -> bool:
    """Whether the topic word or phrase low[i:i+n] has its topic's sense here: no guard word
    near it ("water tariff" is a utility price, "il voto di fiducia" a vote in parliament),
    and a word it needs near it if its guard names some."""
    key = words.joiner.join(low[i : i + n])
    sense = (words.senses or {}).get(key)
    if sense is None:
        return True
    near = [*low[max(0, i - sense.window) : i], *low[i + n : i + n + sense.window]]
    if sense.not_near and _any_entry(near, sense.not_near):
        return False
    if sense.not_with and _any_entry(story := story or low, sense.not_with) and not (
        sense.unless_with and _any_entry(story, sense.unless_with)
    ):
        return False  # "Energy regulator sets new tariff": a price schedule, no customs duty
    return not sense.only_near or _any_entry(near, sense.only_near)
