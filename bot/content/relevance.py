"""Foreign-policy relevance: a score in 0..1 with the reasons behind it. Offline and fast.

Model: logistic regression over binary features of the title and lead, trained at build time
by `python3 -m bench.train_relevance` (scikit-learn there only) and shipped as plain weights in
`bot/data/relevance_model.json`. Features are
  * word stems and word pairs ("sanction", "foreign minist"),
  * gazetteer cues from `bot.content.geo` ("@country", "@leader", "@institution", "@home"), so a
    country
    the training set never saw still counts as abroad,
  * curated lexicon groups ("@fp", "@sport", "@tech", "@ent", "@life", "@us_politics") whose
    weights are learnt from data but which generalise to words the corpus lacks.
Feed categories ("World", "Sport") are outlet labels, not text the model saw: they add a fixed
prior on top. Only the title and the first `LEAD_WORDS` words of the text are read, because the
model was trained on headline + one-sentence descriptions; reading a 2,000-word article would
shift every score upwards.

POLITICS in the training corpus is mostly US domestic politics: it counts as *negative* but with a
reduced sample weight (see bench/train_relevance.py), so US politics scores low while foreign
cues inside a political story ("Trump sanctions Iran") still pull it up.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from bot.content import geo
from bot.core.errors import ConfigError


def _words(text: str) -> list[str]:
    """Split a literal word list (kept as one string so it reads like prose)."""
    return text.split()


LEAD_WORDS = 60
MIN_REASON_WEIGHT = 0.2  # weaker contributions are noise in `/news why` ("+ week")
MODEL_FILE = "relevance_model.json"

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

# Curated lexicon groups: stems (see `_stem`). Learnt weights make them generalise.
_GROUPS: dict[str, frozenset[str]] = {
    "@fp": frozenset(
        _words(
            "diplomat diplomacy diplomatic embassy ambassador "
            "envoy sanction treaty summit ceasefire "
            "truce invasion annex annexation airstrike missile warhead nuclear enrichment uranium "
            "refugee asylum humanitarian insurgent militant rebel junta coup regime sovereignty "
            "bilateral multilateral geopolitical foreign ministry peacekeeper peacekeeping troop "
            "militia hostage occupation occupied territorial tariff embargo blockade "
            "parliament parliamentary referendum opposition dissident prime kremlin"
        )
    ),
    "@sport": frozenset(
        _words(
            "nfl nba mlb nhl mls ufc wnba fifa uefa touchdown quarterback playoff playoffs "
            "championship tournament league striker midfielder goalkeeper coach inning homer "
            "pitcher rookie olympic olympics medal athlete stadium wimbledon tennis golf soccer "
            "football basketball baseball hockey boxing f1 semifinal quarterfinal marathon "
            "sprinter grand prix knockout"
        )
    ),
    "@tech": frozenset(
        _words(
            "app apps iphone android smartphone software startup chip chipmaker semiconductor "
            "ai algorithm chatbot gadget laptop cloud developer user platform tesla apple google "
            "microsoft amazon meta facebook twitter tiktok instagram youtube crypto bitcoin "
            "blockchain robot robotic launch update feature device streaming silicon"
        )
    ),
    "@ent": frozenset(
        _words(
            "movie film album song singer rapper actor actress celebrity star oscar grammy emmy "
            "netflix hbo disney series episode trailer box office hollywood premiere concert tour "
            "fan fans show comedian comedy tv music pop kardashian royal"
        )
    ),
    "@life": frozenset(
        _words(
            "recipe cook cooking kitchen diet fashion style "
            "beauty makeup skin hair wedding bride "
            "parenting parent kid kids baby toddler mom dad dog cat pet travel vacation hotel "
            "wellness fitness workout yoga sleep dessert cocktail wine home decor garden"
        )
    ),
    "@us_politics": frozenset(
        _words(
            "senate senator congress congressional gop republican democrat democratic governor "
            "house speaker filibuster impeachment midterm primary capitol jan supreme court "
            "justice scotus legislature lawmaker biden trump obama harris pelosi mcconnell "
            "desantis fox medicare medicaid"
        )
    ),
}
_GROUP_LABEL = {
    "@fp": "foreign-affairs term",
    "@sport": "sports term",
    "@tech": "tech term",
    "@ent": "entertainment term",
    "@life": "lifestyle term",
    "@us_politics": "US domestic politics term",
}
# Outlet categories: a fixed prior in logit units, matched on the lowercased category's words.
_CATEGORY_PRIOR: dict[str, float] = {
    "world": 1.5,
    "international": 1.5,
    "foreign": 1.2,
    "diplomacy": 1.5,
    "geopolitics": 1.5,
    "europe": 0.8,
    "asia": 0.8,
    "africa": 0.8,
    "middle east": 0.8,
    "americas": 0.6,
    "conflict": 1.0,
    "defense": 0.6,
    "defence": 0.6,
    "security": 0.4,
    "sport": -1.5,
    "sports": -1.5,
    "football": -1.5,
    "soccer": -1.5,
    "nfl": -1.5,
    "nba": -1.5,
    "entertainment": -1.5,
    "celebrity": -1.5,
    "lifestyle": -1.5,
    "style": -1.0,
    "food": -1.5,
    "travel": -1.0,
    "tech": -1.0,
    "technology": -1.0,
    "gadgets": -1.5,
    "gaming": -1.5,
    "business": -0.6,
    "markets": -0.6,
    "personal finance": -1.5,
    "health": -0.6,
}
_CATEGORY_RE = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(_CATEGORY_PRIOR, key=len, reverse=True)) + r")\b"
)


# Curated priors on top of the learnt weights, applied only when no foreign-affairs term is
# present: the training corpus has few sports items, many of them about politics (anthem
# protests), so it under-learns that "Korea stun Portugal" is a match report, not diplomacy.
_GROUP_PRIOR: dict[str, float] = {"@sport": -1.5, "@ent": -0.7, "@life": -0.7, "@tech": -0.5}


@dataclass(frozen=True, slots=True)
class Relevance:
    score: float
    reasons: tuple[str, ...]


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


@lru_cache(maxsize=1)
def _group_of() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for group, words in _GROUPS.items():
        for w in words:
            index.setdefault(_stem(w), []).append(group)
    return {k: tuple(v) for k, v in index.items()}


@dataclass(frozen=True, slots=True)
class Features:
    """Active binary features, plus what to show for each in a reason."""

    active: frozenset[str]
    shown: dict[str, str]  # feature → display text for cue features ("North Korea")
    entity_words: frozenset[str] = frozenset()  # stems inside entity mentions: shown as entities


def lead(text: str, words: int = LEAD_WORDS) -> str:
    """The first `words` words of the text: the part a headline-trained model can judge."""
    parts = text.split(maxsplit=words)
    return " ".join(parts[:words])


def features(title: str, text: str = "") -> Features:
    """Binary features of title + lead. Shared by training and scoring: one definition."""
    sample = f"{title}\n{lead(text)}" if text else title
    tokens = geo.tokenize(sample)
    active: set[str] = set()
    shown: dict[str, str] = {}
    stems = [_stem(t.lower()) for t in tokens]
    kept = [s for s in stems if s not in _STOP and not s.isdigit()]
    active.update(kept)
    active.update(f"{a} {b}" for a, b in itertools.pairwise(kept))
    groups = _group_of()
    for s in kept:
        for g in groups.get(s, ()):
            active.add(g)
            shown.setdefault(g, s)
    foreign: dict[str, list[str]] = {}
    title_len = len(geo.tokenize(title)) if text else len(tokens)
    entity_words: set[str] = set()
    for m in geo.find_mentions(sample, tokens):
        entity_words.update(_stem(w.lower()) for w in m.surface.split())
        kind = m.entity.kind
        active.add("@" + kind)
        if m.start < title_len:  # a cue in the headline says more than one in the lead
            active.add("T:@" + kind)
            shown.setdefault("T:@" + kind, m.entity.name)
        if kind != "home":
            foreign.setdefault(kind, [])
            if m.entity.name not in foreign[kind]:
                foreign[kind].append(m.entity.name)
    for kind, names in foreign.items():
        shown["@" + kind] = ", ".join(names[:2])
        if len(names) >= 2:
            active.add(f"@{kind}2")
            shown[f"@{kind}2"] = ", ".join(names[:2])
    return Features(frozenset(active), shown, frozenset(entity_words))


@dataclass(frozen=True, slots=True)
class _Model:
    bias: float
    weights: dict[str, float]
    kinds: dict[str, str]  # negative word → the category it is typical of ("sports")


@lru_cache(maxsize=1)
def _model() -> _Model:
    return load_model(resources.files("bot.data").joinpath(MODEL_FILE))


def load_model(path: Path | Traversable) -> _Model:
    """Read the exported weights; a missing or damaged file is a ConfigError that says why."""
    try:
        raw = json.loads(path.read_text("utf-8"))
        weights = {str(k): float(v) for k, v in raw["weights"].items()}
        return _Model(float(raw["bias"]), weights, dict(raw.get("kinds", {})))
    except FileNotFoundError:
        problem = "is missing"
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        problem = f"is damaged ({type(e).__name__}: {e})"
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
        base = feature.removeprefix("T:").rstrip("2")
        what = feats.shown.get(feature, "")
        if base in ("@country", "@leader", "@institution"):
            return f"{sign} mentions {what}"
        if base == "@home":
            return f"{sign} about the United States"
        return f"{sign} {_GROUP_LABEL.get(base, base[1:])} {what!r}"
    kind = model.kinds.get(feature)
    if weight < 0 and kind:
        return f"- {kind} term {feature!r}"
    return f"{sign} {feature!r}" if weight < 0 else f"+ {feature}"


def score(
    title: str, text: str = "", categories: tuple[str, ...] = (), *, max_reasons: int = 4
) -> Relevance:
    """Relevance of one article to foreign policy / world affairs, with the top reasons."""
    model = _model()
    feats = features(title, text)
    contrib = {f: model.weights[f] for f in feats.active if f in model.weights}
    if "@fp" not in feats.active:
        for group, prior_ in _GROUP_PRIOR.items():
            if group in feats.active:
                contrib[group] = contrib.get(group, 0.0) + prior_
    prior, category = _category_prior(categories)
    logit = model.bias + sum(contrib.values()) + prior
    # Reasons: the strongest contributions, both signs; a cue and its "2" twin shown once.
    ranked = sorted(contrib.items(), key=lambda kv: -abs(kv[1]))
    reasons: list[str] = []
    seen: set[str] = set()
    if category and abs(prior) >= 0.5:
        reasons.append(f"{'+' if prior > 0 else '-'} feed category {category!r}")
    for feature, weight in ranked:
        if len(reasons) >= max_reasons or (reasons and abs(weight) < MIN_REASON_WEIGHT):
            break
        if feature in feats.entity_words or any(w in feats.entity_words for w in feature.split()):
            continue  # "ukraine" the word is shown as "mentions Ukraine", not twice or negated
        text_ = _describe(feature, weight, feats, model)
        # One reason per term or entity: "mentions Iran" twice, or a word and its group, is noise.
        subject = text_.split(" ", 1)[1].rsplit(" ", 1)[-1].strip("'\"")
        if text_.startswith(("+ mentions", "- mentions")):
            subject = text_.split(" ", 2)[2].split(",")[0]
        if subject in seen:
            continue
        seen.add(subject)
        reasons.append(text_)
    return Relevance(_sigmoid(logit), tuple(reasons))


def _sigmoid(x: float) -> float:
    if x < -30:
        return 0.0
    if x > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-x))
