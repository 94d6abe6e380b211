"""Foreign-policy relevance: a score in 0..1 with the reasons behind it. Offline and fast.

Model: logistic regression over binary features of the title and lead, trained at build time
by `python3 -m bench.train_relevance` (scikit-learn there only) and shipped as plain weights in
`bot/data/relevance_model.json`. Two weight sets share one feature definition:
  * English ("weights"): word stems and word pairs ("sanction", "foreign minist") plus the
    language-neutral features below;
  * every other supported language ("neutral"): the language-neutral features only, so the
    same topic evidence counts in German, Arabic or Japanese without a corpus per language.
Language-neutral features are
  * gazetteer cues from `bot.content.geo` ("@country", "@leader", "@institution", "@home"): a
    country the training set never saw still counts as abroad, and the outlet's own country is
    home, not abroad;
  * topic groups from per-language lexicons (`bot/data/lexicon/<lang>.json`): "@fp" diplomacy,
    "@war" armed conflict, "@pol" politics, and the off-topic groups (sport, business, culture,
    tech and science, crime, weather), each also crossed with where the story is ("@pol|abroad",
    "@sport|abroad"): a match between two countries is still sport, a company deal naming
    Germany still business, while an election abroad is world news.
Word-sense care: multi-word "senses" in the lexicons ("international space station", "African
National Congress", "top dog") take their words out of the word features, so the
"international" of an airport or the "Congress" of a foreign party teaches nothing. In a
language that capitalises only names (a lexicon's "name_case": Portuguese, Spanish, Italian,
French) a capitalised lexicon word right after another capitalised word inside a sentence is
part of a name ("Duarte Lobo Neves" is no snow) and counts for no group.
Feed categories ("World", "Sport") are outlet labels, not text the model saw: they add a fixed
prior on top. Only the title and the first `LEAD_WORDS` words of the text are read, because the
model was trained on headline + one-sentence descriptions.

A language without lexicons (Korean, Hebrew, Dutch…) is not scored: `Relevance.scored` is
False, the reasons say so, and the article is stored unscored, so only a trusted feed passes it.
The language comes from `bot.content.language` (script, function words, the feed's declared
language as a tie-breaker); a region subtag ("pt-BR", "en-GB") names the outlet's home country.
The model file records a hash of every feature table it was trained with; a table edited
without retraining is refused at load with a message that says how to rebuild.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import operator
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from itertools import compress, repeat
from pathlib import Path
from typing import Any

from bot.content import geo, language, why
from bot.content.letters import fold_variants
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.errors import ConfigError
from bot.core.types import TextScan


def _words(text: str) -> list[str]:
    """Split a literal word list (kept as one string so it reads like prose)."""
    return text.split()


LEAD_WORDS = 60
MIN_REASON_WEIGHT = 0.2  # weaker contributions are noise in `/news why` ("+ week")
MODEL_FILE = "relevance_model.json"
LEXICON_DIR = "lexicon"

# Also imported by clustering: changing it changes clustering terms.
_STOP = frozenset(
    _words(
        "a an the of to in on for and or at by "
        "with from as is are was were be been being has have "
        "had do does did will would can could should may might must this that these those it its "
        "he she they them his her their we our you your i me my not no but if so than then there "
        "here what which who whom when where why how all any some more most about into over after "
        "before up down out off again just also very too only own same s t said says say new "
        # Generic words: weightless in meaning, so neither a feature nor a reason ("+ week").
        "week year day time one two three first last since such many much even still back "
        "like get got make made take took way well while during amid across near per via"
    )
)
# Never a reason in `/news why`: a weight on "tuesday" or "meet" is an accident of the corpus,
# one on "far" or "million" tells a reader nothing (bot/data/reasons.json).
_REASONS_TABLE = json.loads(
    resources.files("bot.data").joinpath("reasons.json").read_text("utf-8")
)
_NO_REASON_WORDS = _REASONS_TABLE["no_reason_en"]
# (bodies, cities): a country named only by the city that seats a body the item names is that
# body ("Brussels" beside the EU), not a country the reasons mention (reasons.json "seats")
_SEATS: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = tuple(
    (frozenset(s["bodies"]), tuple(s["cities"])) for s in _REASONS_TABLE["seats"]
)


@lru_cache(maxsize=64)
def _seat_keys(lang: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The seats' cities as `lang`'s gazetteer keys its text ("Brüssels" meets "Brüssel")."""
    return tuple(
        (bodies, frozenset(geo.key(city, lang) for city in cities)) for bodies, cities in _SEATS
    )


def _seat_only(mentions: Sequence[geo.Mention], lang: str) -> frozenset[str]:
    """The countries named only by a city that seats a body the item also names."""
    bodies = {m.entity.name for m in mentions if m.entity.kind == "institution"}
    if not bodies:
        return frozenset()
    seats = [cities for named, cities in _seat_keys(lang) if named & bodies]
    if not seats:
        return frozenset()
    by_city: dict[str, bool] = {}
    for m in mentions:
        if m.entity.kind != "country":
            continue
        surface = geo.key(m.surface, lang)
        at_seat = any(surface in cities for cities in seats)
        by_city[m.entity.name] = by_city.get(m.entity.name, True) and at_seat
    return frozenset(name for name, only in by_city.items() if only)

_GROUP_LABEL = {
    "@fp": "foreign-affairs term",
    "@war": "conflict term",
    "@pol": "politics term",
    "@sport": "sports term",
    "@econ": "business term",
    "@business": "business term",
    "@culture": "culture/lifestyle term",
    "@tech": "tech/science term",
    "@crime": "crime term",
    "@mishap": "accident term",
    "@weather": "weather term",
    "@us_politics": "US domestic politics term",
}
# Topic groups crossed with where the story is: "@sport|abroad" (a fixture between two countries)
# is not "@pol|abroad" (an election abroad); "@fp|home" is the home country's foreign policy.
_WHERE = frozenset(
    _words(
        "@fp @us_politics @pol @war @sport @econ @business @culture @tech @crime @mishap @weather"
    )
)

# Outlet categories ("World", "Ausland", "بین الاقوامی", "Sport"): a fixed prior in logit units,
# matched on the lowercased category's words; per language in bot/data/category_priors.json.
def _category_priors() -> dict[str, float]:
    data = json.loads(
        resources.files("bot.data").joinpath("category_priors.json").read_text("utf-8")
    )
    return {
        word.casefold(): float(w)
        for lang, table in data.items() if not lang.startswith("_")
        for word, w in table.items()
    }


_CATEGORY_PRIOR: dict[str, float] = _category_priors()
_CATEGORY_RE = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(_CATEGORY_PRIOR, key=len, reverse=True)) + r")\b"
)


# Curated priors on top of the learnt English weights, applied only when no foreign-affairs or
# conflict term is present: the HuffPost corpus has few sports items, many of
# them about politics (anthem protests), so it under-learns that "Korea stun Portugal" is a match
# report; and its world news is full of figures ("million", "percent"), so a company deal
# naming two countries looks like world news to it, while the definition says it is business.
# Its world news also counts accidents abroad ("hiker dies in fall in the Alps"), which the
# definition leaves out as human interest (the state acting on one, an evacuation, is "@fp").
_GROUP_PRIOR: dict[str, float] = {
    "@mishap": -1.5,
    "@sport": -1.5,
    "@culture": -0.7,
    "@tech": -0.5,
    "@business": -1.0,
}
_WORLD_GROUPS = frozenset({"@fp", "@war"})  # any of these: no curated prior
# A city's own news (`_city_news`): a curated prior in every language, chosen on the tune split
# of the released held-out sets (-1.5: 8 false positives fewer, 1 true one lost at 0.5; -1.0
# fixed as many there but left most city news written in other outlets' words above 0.5)
CITY = "@city"
CITY_PRIOR = -1.5
# Genre groups a story of state action outweighs: "EU fines US cloud provider" (a company, a
# review), "Kenya and Ethiopia announce a highway link" (millions) are the states' acts, and the
# genre words only say what they act on. Not sport: "Korea stun Portugal" names two states too.
_GENRE_GROUPS = frozenset({"@econ", "@business", "@tech", "@culture", "@weather"})


def _genre(feature: str) -> bool:
    """Whether a feature is a genre group's ("T:@econ", "@tech2", "@business|abroad")."""
    return feature.removeprefix("T:").split("|")[0].rstrip("2") in _GENRE_GROUPS


@dataclass(frozen=True, slots=True)
class Relevance:
    score: float
    reasons: tuple[str, ...]
    language: str = "en"  # ISO 639-1 of the text as detected ("und" if unknown)
    scored: bool = True  # False: a language without lexicons; the score is not a judgement


_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=1 << 16)  # pure, and called for every word of every article
def _stem(word: str) -> str:
    """A deliberately tiny stemmer (Porter step 1, simplified): plurals and -ed/-ing, so that
    "voted", "votes" and "vote" meet and weights generalise across inflections."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    for suffix in ("ing", "ed"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and _VOWELS & set(stem):
            if (
                stem.endswith(("at", "bl", "iz", "ot", "ut", "it", "ag", "ur", "ar"))
                and len(stem) <= 5
            ):
                return stem + "e"  # voted → vote, rated → rate
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                return stem[:-1]  # planned → plan
            if stem.endswith(("at", "iz", "bl", "ut", "ot", "ur", "c", "v", "rg", "ng")):
                return stem + "e"  # annexed stays, located → locate, launched → launch
            return stem
    return word


@lru_cache(maxsize=65536)
def _stem_lower(token: str) -> str:
    return _stem(token.lower())


# (the features are stems: "hundreds" is "hundred", "meeting" is "meet")
_NO_REASON = frozenset(_NO_REASON_WORDS) | frozenset(map(_stem_lower, _NO_REASON_WORDS))


# _stem_lower by token for whole token lists: one C dict lookup per token (the bounded
# lru_cache call costs ~3x that, ~100 tokens an article).
_STEMS: dict[str, str] = {}
_STEMS_MAX = 65536


def _stems_lower(tokens: list[str]) -> list[str]:
    stems = _STEMS
    try:
        return list(map(stems.__getitem__, tokens))
    except KeyError:  # a token not seen before
        if len(stems) > _STEMS_MAX:
            stems.clear()  # (a news vocabulary fits; a pathological stream of words does not)
        for token in set(tokens) - stems.keys():
            stems[token] = _stem(token.lower())
        return list(map(stems.__getitem__, tokens))


@dataclass(frozen=True, slots=True)
class _Lexicon:
    phrases: dict[str, str]  # normalised key → group ("" for a sense that only masks words)
    senses: frozenset[str]  # keys whose words leave the word features
    longest: dict[str, int]  # first token → longest multi-token phrase starting with it
    joiner: str
    starts: frozenset[str] = frozenset()  # every folded token a phrase can start with
    # a language that capitalises only names: a capitalised word right after another one,
    # inside a sentence, is part of a name ("António Lobo Neves"), not the common noun
    name_case: bool = False
    # a one-word key whose entries all carry a derivational suffix the folding strips (de
    # "-er": "Wetter" → "wett") or all lack one: the key → whether they carry it. A text word
    # must agree ("Wette", a bet, is no "Wetter"; "Sieger" no "Sieg")
    derived: dict[str, bool] = field(default_factory=dict)
    word_suffixes: tuple[str, ...] = ()
    # another language's function words inside names ("Los Angeles", "Ciudad del Este"): no
    # word feature (their weights were learnt from whichever city the corpus named)
    not_words: frozenset[str] = frozenset()
    # a key the folding shares with other words → the written forms (case-folded) that are the
    # entry ("stürm": "Stürmer", "Stürmern"; not the verb "stürmen" nor "Stürme", storms)
    forms: dict[str, frozenset[str]] = field(default_factory=dict)


def _read(path: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("bot.data").joinpath(path).read_text("utf-8"))
    return data


# One per language in use, kept: with a smaller cache than there are languages (27), a worker
# reading feeds in many languages rebuilt them again and again (20-60 ms each, from JSON).
@lru_cache(maxsize=64)
def _lexicon(lang: str) -> _Lexicon:
    """One language's topic lexicon, loaded on first use."""
    data = _read(f"{LEXICON_DIR}/{lang}.json")
    joiner = "" if geo.is_cjk(lang) else " "
    phrases: dict[str, str] = {}
    senses: set[str] = set()
    for group, entries in data.items():
        if not group.startswith("@"):
            continue
        for entry in entries:
            k = _key(entry, lang)
            if k:
                phrases.setdefault(k, group)
    for entry, group in data.get("senses", {}).items():
        k = _key(entry, lang)
        if k:
            phrases[k] = group or ""
            senses.add(k)
    longest = geo.first_tokens(phrases, joiner == "")
    suffixes = tuple(data.get("word_suffixes", ()))
    flags: dict[str, set[bool]] = {}
    if suffixes:
        for group, entries in data.items():
            if group.startswith("@"):
                for entry in entries:
                    if " " not in entry and (k := _key(entry, lang)):
                        flags.setdefault(k, set()).add(_derived(entry, k, suffixes))
    forms = {_key(entry, lang): frozenset(f.casefold() for f in written)
             for entry, written in data.get("forms", {}).items()}
    return _Lexicon(
        phrases, frozenset(senses), longest, joiner, frozenset(phrases) | frozenset(longest),
        bool(data.get("name_case")),
        {k: f.pop() for k, f in flags.items() if len(f) == 1}, suffixes,
        frozenset(w.lower() for w in data.get("not_words", ())), forms,
    )


def _derived(word: str, folded: str, suffixes: tuple[str, ...]) -> bool:
    """Whether `word` carries one of `suffixes` right after its folded stem ("Wetters": "er")."""
    w = word.lower()
    at = w.find(folded)
    return at >= 0 and w[at + len(folded):].startswith(suffixes)


def _fold(token: str, lang: str) -> str:
    """A token as the lexicons see it: English stems ("touchdowns" → "touchdown"), elsewhere
    the gazetteer's affix stripping."""
    return _stem_lower(token) if lang == "en" else geo.normalise(token, lang)


def _key(entry: str, lang: str) -> str:
    joiner = "" if geo.is_cjk(lang) else " "
    return joiner.join(_fold(t, lang) for t in geo.tokenize(entry, lang))


@lru_cache(maxsize=1)
def _home_countries() -> frozenset[str]:
    return frozenset(c["name"] for c in geo.read_data("en.json")["countries"])


@dataclass(frozen=True, slots=True)
class Features:
    """Active binary features, plus what to show for each in a reason."""

    active: frozenset[str]
    shown: dict[str, str]  # feature → display text for cue features ("North Korea")
    entity_words: frozenset[str] = frozenset()  # stems inside entity mentions: shown as entities
    language: str = "en"
    acting: bool = False  # a story of state action: genre words do not veto it (`features`)
    # English stem → the word the text wrote ("accus" → "accused"): a reason shows the word
    words: dict[str, str] = field(default_factory=dict)
    us: bool = False  # the US or a US leader is named
    # the one place abroad the item names when it names no country itself, no leader, body or
    # home, and no world topic: a city's own news ("Karachi rain", "Metro Almaty"; `_city_news`)
    city: str = ""
    where: str = "nowhere"  # "abroad", "home" or "nowhere": where the story is (`features`)
    events: frozenset[str] = frozenset()  # the kinds of `_events` the sample names
    # a foreign event told through a home person or group: its headline's subject is local
    # people (no state, body or country by name) doing a local act or coming home (`_local_act`)
    local: bool = False


def lead(text: str, words: int = LEAD_WORDS) -> str:
    """The first `words` words of the text: the part a headline-trained model can judge."""
    parts = text.split(maxsplit=words)
    if len(parts) == 1 and len(text) > words * 4:  # no spaces: Chinese, Japanese
        return text[: words * 4]
    return " ".join(parts[:words])


_HEAD_MIN_CHARS = 3


def _compound_heads(
    folded: list[str], tokens: list[str], lex: _Lexicon, lang: str
) -> list[str]:
    """The folded tokens the lexicon reads: a hyphenated word that is no entry itself counts as
    its last part when that part is one ("Экс-президент", "Ex-Präsident", "ex-presidente" are
    presidents; "US-Brau-Unternehmen" a company). Word features keep the whole word."""
    out = folded
    for i in compress(range(len(tokens)), map(operator.contains, tokens, repeat("-"))):
        if folded[i] in lex.starts:
            continue
        head = tokens[i].rsplit("-", 1)[1]
        if len(head) >= _HEAD_MIN_CHARS and (fold := _fold(head, lang)) in lex.starts:
            if out is folded:
                out = list(folded)
            out[i] = fold
    return out


def _in_name(tokens: list[str], i: int, folded: list[str], lex: _Lexicon, title_len: int,
             sample: str) -> bool:
    """Whether the capitalised word at `i` follows another capitalised word of the same
    sentence that is no lexicon word ("Lobo Neves", "Aécio Neves"): a word of a name."""
    if i == 0 or i == title_len or not tokens[i][:1].isupper():
        return False
    prev = tokens[i - 1]
    if not prev[:1].isupper() or folded[i - 1] in lex.starts:
        return False
    # only a space between them ("… disse Lula. Guerra …" opens a sentence), and the first
    # word inside a sentence ("La Farnesina", "O Governo" open one: no name before them)
    at = sample.find(prev)
    while at >= 0:
        after = sample[at + len(prev):at + len(prev) + len(tokens[i]) + 4]
        before = sample[:at].rstrip(" \t\xa0")[-1:]
        if (after[:1].isspace() and after.lstrip().startswith(tokens[i])
                and (before.isalnum() or before in _IN_SENTENCE)):
            return True
        at = sample.find(prev, at + 1)
    return False


_IN_SENTENCE = frozenset(",(")  # what may stand before a word inside a sentence


def _match_lexicon(
    folded: list[str], tokens: list[str], lex: _Lexicon, title_len: int, sample: str = ""
) -> tuple[dict[str, int], set[str], set[int], dict[str, str], dict[str, set[int]]]:
    """Group counts, groups seen in the title, token positions inside senses, one example
    word per group (for the reasons), and the token positions of each group's matches."""
    counts: dict[str, int] = {}
    in_title: set[str] = set()
    masked: set[int] = set()
    example: dict[str, str] = {}
    where: dict[str, set[int]] = {}
    i, n_tok = 0, len(folded)
    # Only the positions where a phrase can start (elsewhere the scan finds nothing and steps
    # on), in order, skipping those inside a phrase found.
    for at in list(compress(range(n_tok), map(lex.starts.__contains__, folded))):
        if at < i:
            continue
        i = at
        for n in range(min(lex.longest.get(folded[i], 1), n_tok - i), 0, -1):
            k = lex.joiner.join(folded[i : i + n]) if n > 1 else folded[i]
            group = lex.phrases.get(k)
            if group is None:
                continue
            if n == 1 and lex.name_case and _in_name(tokens, i, folded, lex, title_len, sample):
                i += 1
                break
            if n == 1 and k in lex.forms and tokens[i].casefold() not in lex.forms[k]:
                i += 1  # "stürmen das Parlament": the verb, whose fold is the striker's
                break
            if (n == 1 and k in lex.derived
                    and _derived(tokens[i], k, lex.word_suffixes) != lex.derived[k]):
                i += 1  # "verliert die Wette": a bet, whose fold is the weather's
                break
            if k in lex.senses:
                masked.update(range(i, i + n))
            if group:
                counts[group] = counts.get(group, 0) + 1
                example.setdefault(group, lex.joiner.join(tokens[i : i + n]).lower())
                where.setdefault(group, set()).update(range(i, i + n))
                if i < title_len:
                    in_title.add(group)
            i += n
            break
        else:
            i += 1
    return counts, in_title, masked, example, where


US_POLITICS = "@us_politics"
REGION = "@region"
POLITICS = "@pol"
SPORT = "@sport"
_SIDE_KINDS = frozenset({"country", "home"})


def _without_sport_sides(
    mentions: list[geo.Mention], sport_at: AbstractSet[int], lang: str
) -> list[geo.Mention]:
    """The mentions without the countries that are a side or a player's nationality: a demonym
    or an adjective right beside a sport word ("the French striker", "die brasilianische
    Mannschaft", "l'attaccante francese", "a seleção argentina") qualifies a team or a player,
    no state, and so do its country's other mentions in the item ("…Mannschaft. Die Brasilianer
    gewannen"). The country's name itself is no such qualifier ("Brazil Olympic boss sentenced",
    "Regno Unito, vittoria dei laburisti": the tokens do not show the comma), and another
    country the sides play ("schlägt Argentinien") stays a mention: the model's sport-abroad
    weights read those. Not called when the headline has diplomacy or conflict terms ("Iran's
    team barred from tournament over sanctions"): the state acts."""
    sides = set()
    for m in mentions:
        if (
            m.entity.kind in _SIDE_KINDS
            and m.entity.code
            and not geo.is_country_name(m.surface, m.entity.code, lang)
        ):
            end = m.start + (len(m.surface) if geo.is_cjk(lang) else len(m.surface.split(" ")))
            if m.start - 1 in sport_at or end in sport_at:
                sides.add(m.entity.code)
    if not sides:
        return mentions
    return [m for m in mentions if m.entity.kind not in _SIDE_KINDS or m.entity.code not in sides]


def _about_us(
    mentions: list[geo.Mention], lang: str, home: frozenset[str] | None, where: AbstractSet[int],
    title_len: int = 0,
) -> bool:
    """Whether US-politics words ("Senate", "Congress", "impeachment") at token positions
    `where` are about the US: yes when the US (or a US leader) is named; otherwise, for an
    American outlet, unless one of them belongs to another country named right before or after
    it ("Peru's Congress", "the Brazilian Senate", "the Senate of Chile"); for any other outlet,
    no (a Nigerian paper's "Senate" is Nigeria's)."""
    if any(m.entity.code == "US" for m in mentions):
        return True
    home_codes = geo.default_home(lang) if home is None else home
    if "US" not in home_codes:
        return False
    if home is None and any(m.start < title_len and m.entity.kind == "country"
                            and m.entity.code != "US" for m in mentions):
        # An outlet whose country is unknown (the US assumed) and a headline naming another
        # country, the US nowhere: the story is about that country, and its "supreme court"
        # or "parliament speaker" is that country's ("Maldives lifts state of emergency").
        return False
    for m in mentions:
        if not m.entity.code or m.entity.code == "US":
            continue
        end = m.start + len(m.surface.split(" "))  # first token after the name
        if any(end <= i <= end + 2 or m.start - 3 <= i < m.start for i in where):
            return False
    return True


def _aside_span(lang: str) -> re.Pattern[str] | None:
    """A quoted speaker's affiliation after the quotation: "…,” said Lindiwe Khumalo, a
    researcher at the Kalahari Policy Institute in Gaborone", "…”, disse a investigadora Teresa
    Moniz, do Instituto …": the appositive after the name, to a relative pronoun ("…, who won
    the slopestyle in Beijing" tells the story) or the sentence's end (lexicon
    "speaker_aside")."""
    table = _read(f"{LEXICON_DIR}/{lang}.json").get("speaker_aside")
    if not table:
        return None

    def alt(key: str) -> str:
        return "|".join(re.escape(w) for w in table[key])

    upper = "A-ZÀ-ÖØ-ÞĀ-Ž"
    name = rf"(?:[{upper}][\w'’.-]*\s+){{0,3}}[{upper}][\w'’-]*"
    rest = rf"(?:(?!\b(?:{alt('stops')})\b)[^.;!?“”\"«»„\n])*"
    return re.compile(
        rf"[”\"»“],?\s*(?:{alt('verbs')})\s+"
        rf"(?:{name},\s+(?:{alt('articles')})\s|(?:(?:{alt('articles')})\s+)?"
        rf"(?:[a-zà-ÿ]+\s+){{1,2}}{name},\s+(?:{alt('links')})\s){rest}"
    )


_ASIDES: dict[str, re.Pattern[str] | None] = {}
# Groups a speaker's introduction does not give the story: "a researcher", "the coach", "a
# tourism operator" say who speaks; "the foreign minister" still says a state speaks.
_ASIDE_GROUPS = frozenset(
    _words("@sport @econ @business @culture @tech @crime @mishap @weather")
)


def _asides(sample: str, lang: str) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the sample's quotation attributions (`_aside_span`)."""
    if lang not in _ASIDES:
        _ASIDES[lang] = _aside_span(lang)
    pattern = _ASIDES[lang]
    if pattern is None:
        return []
    return [
        (len(geo.tokenize(sample[: m.start()], lang)), len(geo.tokenize(sample[: m.end()], lang)))
        for m in pattern.finditer(sample)
    ]


def _aside_only(mentions: list[geo.Mention], asides: list[tuple[int, int]]) -> frozenset[str]:
    """The countries named only where a quoted speaker is introduced: a place in an expert's
    affiliation or whereabouts is where they work, not what the story is about (a Syria story
    quoting a researcher in Gaborone does not mention Botswana)."""
    inside: dict[str, bool] = {}
    for m in mentions:
        if m.entity.kind == "country":
            within = any(a <= m.start < b for a, b in asides)
            inside[m.entity.name] = inside.get(m.entity.name, True) and within
    return frozenset(name for name, only in inside.items() if only)


def sample_of(title: str, text: str = "") -> str:
    """What relevance reads of an item: its title and its lead's first LEAD_WORDS words."""
    return f"{title}\n{lead(text)}" if text else title


def scan(title: str, text: str = "", *, lang: str = "en") -> TextScan:
    """The item's sample (`sample_of`) read once: its words, the lexicon's groups and the
    gazetteer's names, for every stage that reads it (`features`, `places`: the relevance
    score and the home-country evidence of the same item)."""
    sample = sample_of(title, text)
    tokens = geo.tokenize(sample, lang)
    title_len = len(geo.tokenize(title, lang)) if text else len(tokens)
    # _fold per token (the English branch mapped directly: one call per token, not two)
    folded = _stems_lower(tokens) if lang == "en" else [_fold(t, lang) for t in tokens]
    lex = _lexicon(lang)
    counts, in_title, masked, example, spans = _match_lexicon(
        _compound_heads(folded, tokens, lex, lang), tokens, lex, title_len, sample
    )
    return TextScan(sample, lang, tokens, title_len, folded, counts, in_title, masked, example,
                    spans, geo.scan_names(sample, tokens, lang=lang))


def features(
    title: str,
    text: str = "",
    *,
    lang: str = "en",
    home: frozenset[str] | None = None,
    us_scope: bool = True,
    sport_sides: bool = True,
    scanned: TextScan | None = None,
) -> Features:
    """Binary features of title + lead. Shared by training and scoring: one definition.
    `lang` must be a supported language (see `geo.supported`); `home`: the outlet's country;
    `us_scope`: US-politics words count as such only in a story about the US (`_about_us`);
    `sport_sides`: a country beside a sport word is a side, no country cue (`_without_sport_sides`;
    off for the HuffPost corpus in training, like `us_scope`: it holds few such items, and
    rewriting them only moved borderline test items);
    `scanned`: the item's `scan`, when another stage read it (used if it read this sample)."""
    if scanned is None or scanned.lang != lang or scanned.text != sample_of(title, text):
        scanned = scan(title, text, lang=lang)
    tokens, title_len, folded = scanned.tokens, scanned.title_len, scanned.folded
    active: set[str] = set()
    shown: dict[str, str] = {}
    # (copies: the scan is shared, and the groups are rewritten below)
    counts, in_title, example = dict(scanned.counts), set(scanned.in_title), dict(scanned.example)
    masked: AbstractSet[int] = scanned.masked
    spans = scanned.spans
    # A world region named as such ("Osteuropa", "the Sahel") is abroad, no topic of its own.
    region_named = counts.pop(REGION, 0) > 0
    example.pop(REGION, None)
    in_title.discard(REGION)
    mentions = geo.find_mentions(scanned.text, lang=lang, home=home, compounds=True,
                                 scan=scanned.names)
    if asides := _asides(scanned.text, lang):
        if aside := _aside_only(mentions, asides):
            rest = [m for m in mentions
                    if m.entity.kind != "country" or m.entity.name not in aside]
            # only when the story names another country or leader elsewhere: "a glaciologist
            # at the Norwegian Polar Institute" may be all an Arctic story says of where it is
            if any(m.entity.kind in ("country", "leader") for m in rest):
                mentions = rest
        for group in _ASIDE_GROUPS & spans.keys():
            if all(any(a <= i < b for a, b in asides) for i in spans[group]):
                counts.pop(group, None)
                example.pop(group, None)
                in_title.discard(group)
    named = mentions
    if sport_sides and (sport_at := spans.get(SPORT)) and not in_title & _WORLD_GROUPS:
        mentions = _without_sport_sides(mentions, sport_at, lang)
    us_words = spans.get(US_POLITICS)
    # An outlet whose country is known and not the US reports US politics as politics abroad
    # (an Australian paper's "State of the Union", an Irish one's "midterms"): the US-politics
    # words were learnt negative on US news, where they are domestic.
    abroad = home is not None and "US" not in home
    if us_scope and us_words and (
        abroad or not _about_us(mentions, lang, home, us_words, title_len)
    ):
        # "Peru's Congress", a Nigerian paper's "Senate confirms ambassadors": a legislature
        # abroad is politics abroad, not US domestic politics. Its words leave the word features
        # (they were learnt on US stories) and count as the politics group instead.
        # `us_scope=False` in training only: the English corpus is US news, where rewriting
        # its few foreign "Senate" items only moved borderline test items (retrain noise).
        n = counts.pop(US_POLITICS)
        counts[POLITICS] = counts.get(POLITICS, 0) + n
        example.setdefault(POLITICS, example.pop(US_POLITICS))
        if US_POLITICS in in_title:
            in_title.add(POLITICS)
        masked = masked | us_words
    entity_words: set[str] = set()
    if lang == "en" and named is not mentions:  # a side's name is no word feature's reason
        entity_words.update(_stem_lower(w) for m in named for w in m.surface.split())
    if lang == "en":
        # (the words as written: "losing" stems to "los" too)
        if not_words := _lexicon(lang).not_words:
            skip = {i for i, t in enumerate(tokens) if t.lower() in not_words}
            masked = masked | skip if skip else masked
        stems = [s for i, s in enumerate(folded) if i not in masked] if masked else folded
        kept = [s for s in stems if s not in _STOP and not s.isdigit()]
        active.update(kept)
        active.update(f"{a} {b}" for a, b in itertools.pairwise(kept))
    foreign: dict[str, list[str]] = {}
    home_names: list[str] = []
    home_in_title = False
    actors: set[str] = set()  # a leader counts as their country: "Lula and Brazil" is one
    bodies = False  # an international body among them
    body_in_title = False  # …named in the headline
    actor_in_title = False
    seat_only = _seat_only(mentions, lang)
    for m in mentions:
        kind = m.entity.kind
        if kind == "home" and m.entity.name not in _home_countries():
            continue  # the home country's own leaders: their words speak, not a "home" cue
        if lang == "en":
            entity_words.update(_stem_lower(w) for w in m.surface.split())
        if kind in ("country", "leader", "institution") and m.entity.region != "border":
            actors.add(m.entity.code or m.entity.name)
            actor_in_title = actor_in_title or m.start < title_len
            bodies = bodies or (kind == "institution" and not m.entity.code)
            body_in_title = body_in_title or (
                kind == "institution" and not m.entity.code and m.start < title_len
                and m.entity.region in _RULE_MAKING_TOPICS)  # (an institution's topic)
        if kind == "home":
            home_in_title = home_in_title or m.start < title_len
            if m.entity.name not in home_names:
                home_names.append(m.entity.name)
            continue
        active.add("@" + kind)
        if m.start < title_len:  # a cue in the headline says more than one in the lead
            active.add("T:@" + kind)
            if m.entity.name not in seat_only:
                shown.setdefault("T:@" + kind, m.entity.name)
        names = foreign.setdefault(kind, [])
        if m.entity.name not in names:
            names.append(m.entity.name)
    home_seen = bool(home_names)
    if (foreign or region_named) and home_names:
        # The outlet's country beside another one ("Mercosur and the UAE conclude a trade deal"
        # in a Brazilian paper, "PNG, Australia sign security treaty" in a Papua New Guinean
        # one) is the home country's foreign relations, not a domestic story: the home cue is
        # left to stories only about home, and there is no cue of its own (one was learnt
        # negative from the national team abroad and home firms buying abroad, which the
        # sport and business groups already say, and it sank treaties and visits).
        home_seen = False
        actors.update(home_names)
        actor_in_title = actor_in_title or home_in_title
        if home is not None and not home <= geo.default_home(lang):
            # An outlet outside its language's usual country (a Moroccan or Papuan English
            # paper) naming its country beside another stands where a third country's paper
            # does: two countries. Not so for the country the training corpus comes from
            # (HuffPost: the US beside another country is as often its domestic politics).
            foreign.setdefault("country", []).extend(home_names)
            active.add("@country")
            if home_in_title:
                active.add("T:@country")
                shown.setdefault("T:@country", home_names[0])
    elif home_names:
        active.add("@home")
        shown["@home"] = home_names[0]
        if home_in_title:
            active.add("T:@home")
            shown["T:@home"] = home_names[0]
    for kind, names in foreign.items():
        # the reasons name the countries, not a body's seat (the features count it as before)
        listed = [n for n in names if n not in seat_only]
        shown["@" + kind] = ", ".join(listed[:2])
        if len(names) >= 2:
            active.add(f"@{kind}2")
            shown[f"@{kind}2"] = ", ".join(listed[:2])
    n_foreign = len({n for names in foreign.values() for n in names})
    where = "abroad" if n_foreign or region_named else "home" if home_seen else "nowhere"
    if n_foreign >= 2:
        active.add("@foreign2")
        if len({n for names in foreign.values() for n in names} - seat_only) < 2:
            shown["@foreign2"] = ""  # a body and its seat ("the EU" in "Brussels"): no reason
    for group, n in counts.items():
        active.add(group)
        shown[group] = example[group]
        if n >= 2:
            active.add(group + "2")
            shown[group + "2"] = example[group]
        if group in in_title:
            active.add("T:" + group)
            shown["T:" + group] = example[group]
        if group in _WHERE:
            active.add(f"{group}|{where}")
            shown[f"{group}|{where}"] = example[group]
    if not counts:
        active.add(f"@none|{where}")
    acts = bodies or bool(counts.keys() & _ACT_GROUPS)
    acting = body_in_title or (
        len(actors) >= 2
        and actor_in_title
        and (acts or _coordinated(mentions, tokens, title_len))
    )
    words: dict[str, str] = {}
    if lang == "en":
        for token, stem in zip(tokens, folded, strict=True):
            words.setdefault(stem, token.lower())
    us = any(m.entity.code == "US" for m in mentions)
    city = "" if counts.keys() & _CITY_WORLD or region_named else _city_news(
        mentions, lang, title_len, tokens)
    events = _events(tokens, lang, title_len)
    local = where != "home" and bool(events & _LOCAL_KINDS) and _local_act(
        title, tokens, title_len, lang, mentions, spans, in_title, events)
    return Features(
        frozenset(active), shown, frozenset(entity_words), lang, acting, words, us, city,
        where, events, local,
    )


# Rules C and D of the root README (our nationals abroad, disasters abroad), as curated priors in
# every language the table has (bot/data/world_events.json; the model does not read it), chosen
# on the tune split of the released held-out sets: a natural disaster abroad that kills, leaves
# missing or displaces people, or draws aid, and an accident abroad with a toll in dozens, are
# world news with or without a diplomatic angle; a hazard that harmed no one (a tremor's
# magnitude, an alert, a forecast) and a traveller's private misfortune (a tourist's fall, a
# family's appeal) are not, unless a state or a group holds people, the state evacuates them or
# an epidemic or a war catches them.
CALAMITY = "@calamity"
CALAMITY_PRIOR = 2.0
HAZARD = "@hazard"
HAZARD_PRIOR = -3.0
PRIVATE = "@private"
PRIVATE_PRIOR = -1.5
# A foreign event told through a home person or group (`_local_act`): "Nashville Kurds raise
# money for refugees in Iraq", "Bishop's students back from Haiti", "Hilfskonvoi aus Esslingen
# erreicht Partnerstadt": home news that names the foreign place. Chosen on the tune split of
# the released held-out sets; it outweighs the disaster prior (the quake the fundraiser is for).
LOCAL = "@local"
LOCAL_PRIOR = -4.0
_YEARS = range(1900, 2101)
_NUMBER_SEP = re.compile(r"[,.\u202f\u00a0]")  # "2,000", "1.500", "10 000"


_Entry = tuple[tuple[str, ...], bool, str]  # (words, last word a prefix, kind)
_HEAD = 4  # a one-word prefix entry is found by its first letters (no entry is shorter)


@lru_cache(maxsize=32)
def _event_table(lang: str) -> tuple[tuple[dict[str, list[_Entry]], frozenset[str]], ...]:
    """The language's kinds (`no_harm` first, then the rest): entries by first word, and the
    first `_HEAD` letters of the one-word prefixes ("evacuat*": what a word may begin with, each
    at least `_HEAD` letters long; the entries are keys under "*" + head too)."""
    table = _read("world_events.json").get(lang, {})
    if not table:
        return ()
    out: list[tuple[dict[str, list[_Entry]], frozenset[str]]] = []
    for harm in (True, False):
        by_first: dict[str, list[_Entry]] = {}
        heads: set[str] = set()
        for kind, entries in table.items():
            if (kind == "no_harm") != harm or kind == _ORIGIN:
                continue
            for entry in entries:
                prefix = entry.endswith("*")
                words = tuple(entry.rstrip("*").casefold().split())
                if prefix and len(words) == 1:
                    heads.add(words[0][:_HEAD])
                    by_first.setdefault("*" + words[0][:_HEAD], []).append((words, prefix, kind))
                else:
                    by_first.setdefault(words[0], []).append((words, prefix, kind))
        out.append((by_first, frozenset(heads)))
    return tuple(out)


def _number(token: str) -> int | None:
    """An integer as written ("11", "2,000", "1.500"); None for a decimal ("6.8", "6,8")."""
    parts = _NUMBER_SEP.split(token)
    if not all(p.isdigit() and p.isascii() for p in parts) or any(len(p) != 3 for p in parts[1:]):
        return None
    return int("".join(parts))


def _events(tokens: Sequence[str], lang: str, title_len: int) -> frozenset[str]:
    """The kinds of `world_events.json` the sample's words name ("natural", "toll", …), each
    also as "T:kind" when the headline names it, and "many" for an integer of 10 or more in
    the headline that is no year."""
    tables = _event_table(lang)
    if not tables:
        return frozenset()
    low = [t.casefold() for t in tokens]
    found: set[str] = set()
    masked: set[int] = set()
    for by_first, heads in tables:
        # (most words start no entry: two set look-ups each)
        if heads:
            hits = [i for i, tok in enumerate(low) if tok in by_first or tok[:_HEAD] in heads]
        elif by_first.keys().isdisjoint(low):
            continue
        else:
            hits = [i for i, tok in enumerate(low) if tok in by_first]
        for i in hits:
            if i in masked:
                continue
            tok = low[i]
            entries = by_first.get(tok, []) + by_first.get("*" + tok[:_HEAD], [])
            for words, prefix, kind in entries:
                n = len(words)
                got = low[i:i + n]
                if len(got) < n or got[:-1] != list(words[:-1]):
                    continue
                if got[-1] == words[-1] or (prefix and got[-1].startswith(words[-1])):
                    found.add(kind)
                    if i < title_len:
                        found.add("T:" + kind)
                    if kind == "no_harm":
                        masked.update(range(i, i + n + 3))  # "no reports of injuries"
    found.discard("no_harm")
    found.discard("T:no_harm")
    if found and any(t[:1].isdigit() and (v := _number(t)) is not None and v >= 10
                     and v not in _YEARS for t in tokens[:title_len]):
        found.add("many")
    return frozenset(found)


def _event_prior(feats: Features, world_desk: bool) -> tuple[str, float] | None:
    """The curated prior of rules C and D (`CALAMITY_PRIOR` …) for the item, if any.
    `world_desk`: the feed's category says world news, so a place the gazetteer does not
    know ("Texas Hill Country", "Bahía Blanca") is abroad unless the item names home."""
    ev = feats.events
    if not ev:
        return None
    if feats.local:  # home people's act about the event, not the event (`_local_act`)
        return LOCAL, LOCAL_PRIOR
    toll = "toll" in ev
    world = _WORLD_GROUPS & feats.active  # (a counted group is active under its own name)
    # a student the headline names is a traveller, unless politics is the story (a protest)
    if "T:student" in ev and not world and POLITICS not in feats.active:
        ev = ev | {"traveller"}
    # travellers caught in it and no toll in dozens: their misfortune is the story (below)
    private = "traveller" in ev and "many" not in ev and not ev & {"held", "evac", "epidemic"}
    abroad = feats.where == "abroad" or (world_desk and feats.where == "nowhere")
    # the headline's disaster, not one the lead recalls ("stations registered a tremor")
    if abroad and not private and (
        ("T:natural" in ev and (toll or "aid" in ev))
        or ("T:accident" in ev and toll and "many" in ev)
    ):
        return CALAMITY, CALAMITY_PRIOR
    if "T:natural" in ev and "hazard" in ev and not toll and "aid" not in ev and not world:
        return HAZARD, HAZARD_PRIOR  # (a test's tremor, a storm over a war: the terms say it)
    # an embassy's routine help is a foreign-affairs term, and still a private misfortune
    if ("traveller" in ev and (toll or "accident" in ev) and not ev & {"held", "evac", "epidemic"}
            and "@war" not in world):
        return PRIVATE, PRIVATE_PRIOR
    # a foreign event told through people who were not harmed (relatives at home waiting for
    # news, students who are safe), unless their state accounts for them
    if "relatives" in ev and not ev & {"held", "evac", "epidemic", "state"} and not world:
        return PRIVATE, PRIVATE_PRIOR
    return None


# The headline's kinds of a local act ("raise money", "vigil", "Partnerstadt") and of a return
# home ("back from", "returns from"; the latter only with a local group noun as its subject)
_LOCAL_KINDS = frozenset({"T:local_act", "T:return", "T:convoy"})
_ORIGIN = "origin"  # the words a convoy's home place follows ("aus", "da"): no event kind
_ORIGIN_SPAN = 6  # how far from the convoy word the place may be named
# What ends a kicker or a clause before the headline's subject ("Australia bushfires: …")
# (not a comma: "London Police Hassle, Handcuff Mourners At Vigil" is one subject's two acts)
_CLAUSE = re.compile(r"[:;|–—]\s|\s[-–—]\s")
# Groups in the subject that make it a state's act ("minister returns from talks", "troops")
_STATE_GROUPS = ("@fp", "@pol", "@war", US_POLITICS)


def _hits(tokens: Sequence[str], lang: str, kinds: AbstractSet[str]) -> list[tuple[int, str]]:
    """(token index, kind) of each `world_events.json` entry of `kinds` in the tokens."""
    low = [t.casefold() for t in tokens]
    out: list[tuple[int, str]] = []
    for by_first, _heads in _event_table(lang):
        for i, tok in enumerate(low):
            for words, prefix, kind in by_first.get(tok, []) + by_first.get("*" + tok[:_HEAD], []):
                if kind not in kinds:
                    continue
                got = low[i:i + len(words)]
                if len(got) == len(words) and got[:-1] == list(words[:-1]) and (
                        got[-1] == words[-1] or (prefix and got[-1].startswith(words[-1]))):
                    out.append((i, kind))
    return sorted(out)


def _local_act(title: str, tokens: Sequence[str], title_len: int, lang: str,
               mentions: Sequence[geo.Mention], spans: Mapping[str, AbstractSet[int]],
               in_title: AbstractSet[str], events: frozenset[str]) -> bool:
    """Whether the headline tells a foreign event through home people: its subject (the words
    before a local act or a return, after any kicker or clause before them) is a person or
    group named by no state, leader, body or country name ("Nashville Kurds raise money for…",
    "Pembrokeshire firefighter returns from…"; a demonym or a city may stand in it: "Scots in
    Christchurch hold vigil"), and a return's subject is a group noun ("students", "brigade").
    Not when the headline speaks of war, the home state's embassy or ministry in it, or the
    sample of people held, evacuated or caught in an epidemic: those are rule C's world news."""
    if "@war" in in_title or "T:state" in events or events & {"held", "evac", "epidemic"}:
        return False
    head = tokens[:title_len]
    hits = _hits(head, lang, {"local_act", "return", "convoy"})
    if not hits:
        return False
    at, kind = hits[0]
    if kind == "convoy":  # an aid convoy is local only when it leaves from a home place
        return _leaves_home(head, at, lang, mentions) and not any(
            m.entity.kind in ("leader", "institution", "home")
            for m in mentions if m.start < title_len)  # (the convoy's goal is abroad)
    start = 0
    for m in _CLAUSE.finditer(title):
        n = len(geo.tokenize(title[:m.start()], lang))
        if n <= at:
            start = n
    subject = range(start, at)
    if any(m.start in subject and _state_named(m, lang) for m in mentions):
        return False  # a state, its leader or a body acts ("Ireland sends relief team")
    named = {i for m in mentions if m.start in subject
             for i in range(m.start, m.start + len(m.surface.split(" ")))}
    if named and named >= set(subject):
        return False  # foreigners alone are the subject ("Ukrainische Partnerstadt bittet…")
    if any(i in subject for g in _STATE_GROUPS for i in spans.get(g, ())):
        return False
    if kind == "return":
        groups = {i for i, k in _hits(head[start:at], lang, {"group"})}
        return bool(groups)
    return True


def _state_named(m: geo.Mention, lang: str) -> bool:
    """Whether a mention in a headline's subject may name a state, its leader or a body: all
    but a demonym and, where the gazetteer tells them apart (CLDR's name and capital, in every
    language but English), a city ("Scots", "Konstanzer Syrer"; "Britain", "London" are
    states, and so, in English, is any place)."""
    if m.entity.kind in ("leader", "institution"):
        return True
    if m.entity.kind == "home" and m.entity.name not in _home_countries():
        return True  # the home country's own leaders
    if not m.entity.code:
        return False
    if lang == "en":  # (its table holds only the canonical name: any place may be a state's)
        return not m.surface.lower().endswith(_EN_PEOPLE)
    return geo.is_country_name(m.surface, m.entity.code, lang)


# English plural people words of a gazetteer ("Syrians", "Scots", "Filipinos", "Turks"): a
# diaspora as a headline's subject, no state
_EN_PEOPLE = ("ans", "ots", "inos", "urks", "eks", "ers")


def _leaves_home(head: Sequence[str], at: int, lang: str,
                 mentions: Sequence[geo.Mention]) -> bool:
    """Whether the headline says where the convoy at `at` leaves from, by an origin word and a
    capitalised name no gazetteer knows ("Hilfskonvoi aus Esslingen", "da Pordenone parte il
    convoglio"): a home town; "Hilfskonvois aus Zypern", "convoy reaches Gaza" are abroad."""
    origin = frozenset(_read("world_events.json").get(lang, {}).get(_ORIGIN, ()))
    named = {m.start for m in mentions}
    for j in range(max(0, at - _ORIGIN_SPAN), min(len(head) - 1, at + _ORIGIN_SPAN + 1)):
        if head[j].casefold() in origin and head[j + 1][:1].isupper() and j + 1 not in named:
            return True
    return False


# Topic groups that make a city's story world news ("Kremlin says…", "Bruxelles, esplosioni…")
_CITY_WORLD = frozenset({"@fp", "@war", "@pol", US_POLITICS})


def _city_news(mentions: Sequence[geo.Mention], lang: str, title_len: int,
               tokens: Sequence[str]) -> str:
    """The place, when the item's only cue is one foreign country named by a place in it, in
    its headline, and never by its name, acronym or demonym ("Freetown City Council…",
    "Metro Manila heat index…"): how an outlet writes its own city's news. A world desk names
    the country its readers must place ("Sri Lanka floods…"), a place only in the text may be
    where a source works ("a report by Tel Aviv University"), and a leader, a body or the home
    country beside it is a story of states. "" otherwise."""
    places = [m for m in mentions if m.entity.kind == "country" and m.entity.code]
    if not places or len(places) != len(mentions) or len({m.entity.code for m in places}) != 1:
        return ""
    if all(m.start >= title_len for m in places) or any(_cut_name(m, tokens) for m in places):
        return ""
    world = _world_words()
    if any(t.lower() in world or t.lower().startswith("kriegs") for t in tokens):
        return ""  # "Streit um Transitverkehr: Wien lenkt ein", "…seit Kriegsbeginn … Odessa"
    if any(_names_country(m.surface, m.entity.code, lang) for m in places):
        return ""
    return places[0].surface


def _cut_name(m: geo.Mention, tokens: Sequence[str]) -> bool:
    """Whether the place is the start of a longer name ("Santiago de Compostela")."""
    end = m.start + len(m.surface.split(" "))
    return (end + 1 < len(tokens) and tokens[end].lower() in _city_table()["name_particles"]
            and tokens[end + 1][:1].isupper())


@lru_cache(maxsize=1)
def _world_words() -> frozenset[str]:
    return frozenset(_city_table()["world_words"])


@lru_cache(maxsize=1)
def _city_table() -> dict[str, Any]:
    return _read("city_news.json")


@lru_cache(maxsize=64)
def _country_names(lang: str) -> dict[str, tuple[str, ...]]:
    """ISO code → what names the country in `lang`, lower-cased: the English gazetteer's name,
    CLDR's first name in `lang` (its other entries are timezone cities), the stems of
    bot/data/city_news.json and the regions of subdivisions.json."""
    out: dict[str, list[str]] = {}
    for c in geo.read_data("en.json")["countries"]:
        if c["code"]:
            out.setdefault(c["code"], []).append(c["name"].lower())
    for code, names in geo.read_data("cldr.json").get(lang, {}).items():
        if names:
            out.setdefault(code, []).append(names[0].lower())
    if lang != "en" and lang in geo.languages():  # the language's own table: its first form
        try:
            own = geo.read_data(f"{lang}.json").get("countries", {})
        except FileNotFoundError:
            own = {}
        for code, names in own.items():
            if names:
                out.setdefault(code, []).append(names[0].lower())
    for code, stems in _city_table()["country_stems"].items():
        out.setdefault(code, []).extend(stems)
    for code, regions in geo.read_data("subdivisions.json").items():
        if code != "about":  # a region that names its country is no city ("Sagaing")
            out.setdefault(code, []).extend(r.lower() for r in regions)
    return {code: tuple(names) for code, names in out.items()}


def _names_country(surface: str, code: str, lang: str) -> bool:
    """Whether a mention names its country itself (its name, an acronym "US", a demonym sharing
    the name's first letters "Canadians", "brasileira", a stem of city_news.json "British"),
    not only a place in it ("Karachi", "Bondi", "Metro Almaty")."""
    prefix = int(_city_table()["name_prefix"])
    if len(surface) <= prefix + 1 or surface.isupper():
        return True
    names = _country_names(lang).get(code, ())
    return any(
        low.startswith(name) or low[:prefix] == name[:prefix] or name.startswith(low)
        or any(low[:prefix] == w[:prefix] for w in name.split()[1:])
        for low in _bare(surface.lower(), lang) for name in names
    )


_ARTICLE = "ال"  # Arabic's article: "المصري" is "مصري", Egyptian
_HE_PREFIXES = frozenset("בלמהוש")  # Hebrew one-letter prefixes: "בארה״ב", in the US


def _bare(word: str, lang: str) -> tuple[str, ...]:
    """A word as written and without the article or prefix a demonym or name may carry."""
    if word.startswith(_ARTICLE) and len(word) > len(_ARTICLE) + 1:
        return word, word[len(_ARTICLE):]
    if lang == "he" and word[:1] in _HE_PREFIXES:
        return word, word[1:]
    return (word,)


def places(
    title: str, text: str = "", *, lang: str = "en", scanned: TextScan | None = None
) -> tuple[frozenset[str], frozenset[str]]:
    """What `bot.content.home` reads of one item: the countries its title and lead name (ISO
    codes: a country, its capital, a leader or a body of its own; none taken as home) and its
    topic groups ("@fp", "@war", "@pol", "@sport"…; "@region" for a world region named).
    `scanned`: the item's `scan`, when the caller has it."""
    if scanned is None or scanned.lang != lang or scanned.text != sample_of(title, text):
        scanned = scan(title, text, lang=lang)
    mentions = geo.find_mentions(scanned.text, lang=lang, home=frozenset(), compounds=True,
                                 scan=scanned.names)
    codes = frozenset(m.entity.code for m in mentions if m.entity.code)
    return codes, frozenset(g for g, n in scanned.counts.items() if n)


# International bodies whose decisions are acts of states together (the EU, the UN and its
# agencies, alliances, regional blocs, courts): named in the headline, the story is their act
# ("EU fines cloud provider", "ECOWAS adopts mobile-money rules"), and the genre words only
# say what it acts on. Not a central bank or a cartel ("ECB raises rates", "OPEC+ output").
_RULE_MAKING_TOPICS = frozenset(
    _words("alliance un eu nuclear health trade summit justice migration")
)
# Groups that say states act (diplomacy, politics), not that they are only named ("British
# Invasion" is a band tour, a war word names the act of war only).
_ACT_GROUPS = frozenset({"@fp", "@pol"})
_ACTOR_KINDS = frozenset({"country", "leader", "institution", "home"})


def _coordinated(mentions: list[geo.Mention], tokens: Sequence[str], title_len: int) -> bool:
    """Two states or bodies side by side in the headline, joined by nothing, a comma or a short
    conjunction: "Brazil and Uruguay announce", "PNG, Australia sign", "EU-Japan pact", the
    pair being the subject. A qualifier ("a Japanese firm buys a Chinese one") is no pair."""
    named = sorted(
        (m for m in mentions if m.entity.kind in _ACTOR_KINDS and m.start < title_len),
        key=lambda m: m.start,
    )
    for a, b in itertools.pairwise(named):
        end = a.start + len(a.surface.split(" "))
        gap = tokens[end : b.start]
        if a.entity.name != b.entity.name and len(gap) <= 1 and all(len(t) <= 3 for t in gap):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Model:
    bias: float
    weights: dict[str, float]
    kinds: dict[str, str]  # negative word → the category it is typical of ("sports")
    neutral_bias: float = 0.0
    neutral: dict[str, float] | None = None  # weights for languages other than English


FEATURE_TABLES = ("geo", LEXICON_DIR)


def tables_hash() -> str:
    """SHA-256 over every feature table (gazetteer, CLDR names, lexicons, language profiles):
    the model is only valid with the tables it was trained with."""
    h = hashlib.sha256()
    root = resources.files("bot.data")
    for folder in FEATURE_TABLES:
        for entry in sorted(root.joinpath(folder).iterdir(), key=lambda p: p.name):
            if entry.name.endswith(".json"):
                h.update(f"{folder}/{entry.name}\0".encode())
                h.update(entry.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=1)
def _model() -> _Model:
    return load_model(resources.files("bot.data").joinpath(MODEL_FILE), check_tables=True)


def load_model(path: Path | Traversable, *, check_tables: bool = False) -> _Model:
    """Read the exported weights; a missing or damaged file, or one trained with other feature
    tables, is a ConfigError that says why."""
    try:
        raw = json.loads(path.read_text("utf-8"))
        weights = {str(k): float(v) for k, v in raw["weights"].items()}
        neutral = {str(k): float(v) for k, v in raw.get("neutral", {}).items()} or None
        model = _Model(
            float(raw["bias"]),
            weights,
            dict(raw.get("kinds", {})),
            float(raw.get("neutral_bias", 0.0)),
            neutral,
        )
    except FileNotFoundError:
        problem = "is missing"
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        problem = f"is damaged ({type(e).__name__}: {e})"
    else:
        if not check_tables or raw.get("tables_sha256") == tables_hash():
            return model
        problem = "was trained with other feature tables (bot/data/geo, bot/data/lexicon)"
    raise ConfigError(
        f"relevance model {path} {problem}; rebuild it with: python3 -m bench.train_relevance"
    )


def _category_prior(categories: tuple[str, ...]) -> tuple[float, str | None]:
    best: tuple[float, str | None] = (0.0, None)
    for cat in categories[:10]:
        for m in _CATEGORY_RE.finditer(cat.casefold()[:200]):
            w = _CATEGORY_PRIOR[m.group(1)]
            if abs(w) > abs(best[0]):
                best = (w, cat.strip()[:40])
    return best


def _describe(feature: str, weight: float, feats: Features, model: _Model) -> str:
    sign = "+" if weight > 0 else "-"
    if feature.startswith(("@", "T:@")):
        base = feature.removeprefix("T:").split("|")[0].rstrip("2")
        what = feats.shown.get(feature, "")
        if base in ("@country", "@leader", "@institution"):
            return f"{sign} mentions {what}"
        if base == "@home":  # a score down for being about home: the story is domestic
            home = feats.shown.get("@home", "the home country")
            return f"- domestic: about {home}" if weight < 0 else f"+ about {home}"
        if base == CITY:
            return f"- local: about {feats.city}"
        if base == CALAMITY:
            return "+ disaster abroad with victims"
        if base == HAZARD:
            return "- hazard, no one harmed"
        if base == PRIVATE:
            return "- a traveller's private misfortune"
        if base == LOCAL:
            return "- local people's act, not world affairs"
        if base == "@foreign":
            return f"{sign} several countries" if feats.shown.get(feature, "-") else ""
        if base == "@none":
            return f"{sign} no topic terms"
        where = " abroad" if feature.endswith("|abroad") else ""
        return f"{sign} {_GROUP_LABEL.get(base, base[1:])}{where} {what!r}"
    kind = model.kinds.get(feature)
    if kind and kind.startswith("US ") and not feats.us:
        # learnt from the US training corpus: "US politics term 'win'" says nothing true of a
        # rugby report abroad, nor "'georgia'" of an aid convoy to the country
        kind = None
    # the text's own words, not the model's stems ("+ accused", not "+ accus")
    word = " ".join(feats.words.get(part, part) for part in feature.split(" "))
    if weight < 0 and kind:
        return f"- {kind} term {word!r}"
    return f"{sign} {word!r}" if weight < 0 else f"+ {word}"


_MENTIONS = ("+ mentions ", "- mentions ")
_CATEGORY_REASONS = ("+ feed category ", "- feed category ")
_ACTOR_CUES = frozenset({"@country", "@leader", "@institution"})
_LITERAL_GROUPS = frozenset({"@fp", "@pol"})  # quoted, still the topic ("shuttle diplomacy")


def _base(feature: str) -> str:
    """A cue or group feature's base ("T:@pol|abroad" and "@pol2" are "@pol")."""
    return feature.removeprefix("T:").split("|")[0].rstrip("2")


_WORLD_LEXICON = frozenset({"@fp", "@war", "@pol", "@region"})


@lru_cache(maxsize=1)
def _topic_stems() -> tuple[frozenset[str], frozenset[str]]:
    """English stems that may be a reason as a learnt word, for a score up and for one down:
    the lexicons' one-word terms (world-news groups up, the others down) and the words of
    bot/data/reasons.json (`bot.content.why`). "- 'presidential'" or "+ match" would say
    the opposite of what the word means."""
    phrases = _lexicon("en").phrases
    up = {k for k, g in phrases.items() if g in _WORLD_LEXICON and " " not in k}
    down = {k for k, g in phrases.items() if g and g not in _WORLD_LEXICON and " " not in k}
    up.update(map(_stem_lower, why.TOPIC_TERMS_EN))
    down.update(map(_stem_lower, why.OFF_TOPIC_TERMS_EN))
    return frozenset(up), frozenset(down)


def _meaningful(feature: str, weight: float, feats: Features, sample: str) -> bool:
    """Whether the feature's reason names something a reader understands (`bot.content.why`):
    a cue's name always does; a topic group's term and a learnt English word only when they
    are no function word, number, unit or generic word, and not a metaphor in quotes; a
    learnt word only when its meaning agrees with its weight's sign (`_topic_stems`)."""
    if feature.startswith(("@", "T:@")):
        if _base(feature) not in _GROUP_LABEL:
            return True
        return why.shown_term(feats.shown.get(feature, ""), feats.language, sample, _STOP,
                              literal=_base(feature) in _LITERAL_GROUPS, group=_base(feature))
    allowed = _topic_stems()[0 if weight > 0 else 1]
    parts = feature.split(" ")
    if not all(p in allowed for p in parts):
        return False
    written = " ".join(feats.words.get(p, p) for p in parts)
    # a world-news word in another sense ("+ tariff" of an electricity tariff) is none either
    return why.shown_term(written, "en", sample, _STOP, group="learnt_up" if weight > 0 else "")


# Groups whose one word in a news story is mostly the word in another sense: a campaign's
# "reta final", "ballot boxes", "a technical meeting" ("encontro técnico"), "the Cook Islands",
# "book the profits", "the minister for diaspora affairs" (editor's read of held-out sets
# 41-57). In a story scored as world news, a reason of one shows only where the story has
# two of its words or one in the headline; a low score keeps it ("- sports term 'cricket'" of
# a tour report whose other words the lexicon lacks). Display only.
_LONE_WORD_GROUPS = frozenset({"@sport", "@culture"})


def _lone_word(feature: str, feats: Features) -> bool:
    """Whether a group feature's term is its group's only word in the story, not in the title."""
    if not feature.startswith("@"):
        return False
    base = _base(feature)
    return (base in _LONE_WORD_GROUPS and base + "2" not in feats.active
            and "T:" + base not in feats.active)


def _fallback(feats: Features, contrib: dict[str, float], logit: float, sample: str) -> str:
    """The reason when no other one explains the score: for a low one the home country
    ("domestic") or the topic category, for a high one the strongest named actor; else that
    no country, body or topic was named. A group only a generic word made ("orders") is none."""
    sign = "+" if logit >= 0 else "-"

    def strength(f: str) -> tuple[float, str]:
        return (-abs(contrib.get(f, 0.0)), f)

    def signed(f: str) -> str:
        w = contrib.get(f, 0.0)
        return "+" if w > 0 else "-" if w < 0 else sign

    actors = sorted((f for f in feats.active
                     if _base(f) in _ACTOR_CUES and feats.shown.get(f)), key=strength)
    groups = sorted((f for f in feats.active if _base(f) in _GROUP_LABEL
                     and _meaningful(f, contrib.get(f, 0.0), feats, sample)), key=strength)
    home = feats.shown.get("@home")
    if sign == "-" and home:
        return f"- domestic: about {home}"
    if actors and (sign == "+" or not groups):
        return f"{signed(actors[0])} mentions {feats.shown[actors[0]].split(', ')[0]}"
    if groups:
        label = _GROUP_LABEL[_base(groups[0])].removesuffix(" term")
        return f"{signed(groups[0])} {label} topic"
    if home:
        return f"{sign} about {home}"
    return f"- {why.FALLBACK_NONE}"  # (a high score: the feed's category says the rest)


def _reason_subject(text: str) -> str:
    if text.startswith(("+ mentions", "- mentions")):
        return text.split(" ", 2)[2].split(",")[0]
    return text.split(" ", 1)[1].rsplit(" ", 1)[-1].strip("'\"")


def score(
    title: str,
    text: str = "",
    categories: tuple[str, ...] = (),
    *,
    max_reasons: int = 4,
    language_hint: str | None = None,
    scanned: TextScan | None = None,
) -> Relevance:
    """Relevance of one article to foreign policy / world affairs, with the top reasons.
    `language_hint`: the feed's declared language ("de", "pt-BR"); its region subtag, when
    present, is the outlet's home country ("en-GB": Britain is home, the US abroad).
    `scanned`: the item's `scan` from an earlier stage (the home-country evidence), read again
    only if it is not of this sample in this language."""
    model = _model()
    # the lexicons write Urdu letters: an Urdu text typed with Arabic ones ("ميں") reads the same
    if (folded := fold_variants(f"{title}\n{text}")) is not None:
        title, text = folded[: len(title)], folded[len(title) + 1 :]
    sample = f"{title}\n{text[:600]}"
    lang = language.detect(sample, language_hint)
    region = language.region(language_hint)
    declared = language.base(language_hint)
    home = frozenset({region}) if region and declared in (lang, language.UNKNOWN) else None
    prior, category = _category_prior(categories)
    if not geo.supported(lang):
        name = geo.languages().get(lang, {}).get("name", "an unidentified language")
        said = [f"? written in {name}: not supported, not scored (a trusted feed passes it)"]
        if category and abs(prior) >= 0.5:
            said.append(f"{'+' if prior > 0 else '-'} feed category {category!r}")
        return Relevance(_sigmoid(prior - 2.0), tuple(said), lang, False)
    feats = features(title, text, lang=lang, home=home, scanned=scanned)
    if lang == "en" or model.neutral is None:
        weights, bias = model.weights, model.bias
    else:
        weights, bias = model.neutral, model.neutral_bias
    # the weighted features in the set's order (the sum below adds them in it), picked and
    # looked up in C (no weight is None)
    weighted = list(filter(weights.__contains__, feats.active))
    contrib = dict(zip(weighted, map(weights.__getitem__, weighted), strict=True))
    acting = feats.acting
    if acting:  # the genre words do not veto it: their penalties are dropped, not their help
        contrib = {f: w for f, w in contrib.items() if w >= 0 or not _genre(f)}
    if lang == "en" and not feats.active & _WORLD_GROUPS:
        for group, prior_ in _GROUP_PRIOR.items():
            if group in feats.active and not (acting and group in _GENRE_GROUPS):
                contrib[group] = contrib.get(group, 0.0) + prior_
    if feats.city:  # a city's own news, told as its outlet tells it (`_city_news`)
        contrib[CITY] = CITY_PRIOR
    if event := _event_prior(feats, prior > 0):  # rules C and D (`_event_prior`)
        contrib[event[0]] = event[1]
    logit = bias + sum(contrib.values()) + prior
    # Reasons: the strongest contributions, both signs; a cue and its "2" twin shown once.
    # Ties by name: `feats.active` is a set, so without it equal weights came out in the
    # hash seed's order and the same article's reasons differed from run to run.
    ranked = sorted(contrib.items(), key=lambda kv: (-abs(kv[1]), kv[0]))
    lead_sample = sample_of(title, text)
    reasons: list[str] = []
    seen: set[str] = set()
    named: set[str] = set()  # the names "mentions" reasons showed: none is shown twice
    if category and abs(prior) >= 0.5:
        reasons.append(f"{'+' if prior > 0 else '-'} feed category {category!r}")
    for feature, weight in ranked:
        if len(reasons) >= max_reasons or (reasons and abs(weight) < MIN_REASON_WEIGHT):
            break
        if feature in feats.entity_words or any(w in feats.entity_words for w in feature.split()):
            continue  # "ukraine" the word is shown as "mentions Ukraine", not twice or negated
        if any(w in _NO_REASON for w in feature.split()) or feature.startswith("@none"):
            continue
        if not any(map(str.isalpha, feature)):  # "- '1.2'": a number is no reason
            continue
        if not _meaningful(feature, weight, feats, lead_sample):
            continue  # "+ percent", "- 'does'", a metaphor in quotes: explains nothing
        if logit >= 0 and _lone_word(feature, feats):
            continue  # "- sports term 'final'" of a campaign's "reta final": another sense
        text_ = _describe(feature, weight, feats, model)
        if not text_:
            continue
        if text_.startswith(_MENTIONS):
            # "mentions Yemen, Sri Lanka" then "mentions Sri Lanka" (the headline's): the names
            # not shown yet, if any (none: a body's seat, "Brussels" beside the EU, is no name)
            names = [n for n in text_[len(_MENTIONS[0]):].split(", ") if n and n not in named]
            if not names:
                continue
            named.update(names)
            text_ = text_[: len(_MENTIONS[0])] + ", ".join(names)
        # One reason per term or entity: "mentions Iran" twice, or a word and its group, is noise.
        subject = _reason_subject(text_)
        if subject in seen:
            continue
        seen.add(subject)
        reasons.append(text_)
    if all(r.startswith(_CATEGORY_REASONS) for r in reasons):
        reasons.append(_fallback(feats, contrib, logit, lead_sample))  # never an empty why-line
    return Relevance(_sigmoid(logit), tuple(reasons), lang, True)


def _sigmoid(x: float) -> float:
    if x < -30:
        return 0.0
    if x > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-x))
