"""Group articles about the same story across feeds, so a channel gets one post per story.

Method: TF-IDF cosine between title + lead, with blocking by an inverted index and a time
window (default 48 h).
  * Terms are light stems of words plus *entity* terms from `bot.content.geo`, so "Iranian",
    "Tehran" and "Iran" are one term, and outlets' different wording still meets on the entities.
  * IDF mixes a static document frequency table from the 10k-headline corpus
    (`bot/data/cluster_idf.json`, built by bench.train_relevance) with the frequencies in the
    current window: "says" and "vote" weigh little, "Zaporizhzhia" a lot, even in a quiet hour.
  * Blocking: a new article is compared only with the recent stored articles that share one of
    its heaviest terms (inverted index), so 10,000 articles cluster in seconds instead of 50
    million comparisons.
  * Guards: two articles that both name foreign countries, leaders or institutions but share
    none of them are different stories ("UN vote on Gaza" vs "UN vote on Ukraine" share only
    the UN... which is an institution, so: Israel/Palestine vs Russia/Ukraine; "ECB cuts rates"
    vs "Fed holds rates"). And the *content* words (entities left out) must overlap too
    (`min_content`): "South Korea beat Japan" at football and "South Korea and Japan ministers
    meet" share every entity but no event.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from importlib import resources
from itertools import islice
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.content import geo
from bot.content.relevance import _STOP, _stem

IDF_FILE = "cluster_idf.json"
LEAD_CHARS = 400
TITLE_WEIGHT = 2.0
ENTITY_WEIGHT = 1.5
BLOCK_TERMS = 12  # heaviest TF-IDF terms of a new article, used to find candidates
MAX_POSTINGS = 400  # most recent articles per blocking term: bounds work on a busy topic
# Words outlets swap for one another in headlines (after stemming).
_SYNONYMS = {
    "quake": "earthquake",
    "truce": "ceasefire",
    "envoy": "ambassador",
    "polls": "election",
    "poll": "election",
    "vote": "election",
    "ballot": "election",
    "blast": "explosion",
    "kill": "dead",
    "killing": "dead",
    "die": "dead",
    "death": "dead",
    "drill": "exercise",
    "wargame": "exercise",
    "rebuke": "censure",
    "sack": "fire",
    "fired": "fire",
    "probe": "investigation",
    "pact": "deal",
    "accord": "deal",
    "agreement": "deal",
}
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "cmpid", "ocid", "smid", "ref")


def canonical_link(link: str | None) -> str | None:
    """Link without tracking parameters, fragment, `www.` or trailing slash: one identity.

    Query parameters that are not tracking (`?id=123`) are kept, sorted: some sites need them.
    """
    if not link or not link.strip():
        return None
    parts = urlsplit(link.strip())
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    path = parts.path.rstrip("/") or "/"
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith(_TRACKING)
        )
    )
    scheme = "https" if parts.scheme.lower() in ("http", "https", "") else parts.scheme.lower()
    return urlunsplit((scheme, host, path, query, ""))


def story_key_for_link(link: str | None, fallback: str) -> str:
    basis = canonical_link(link) or fallback
    return hashlib.sha1(basis.encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Actors:
    """Who a story is about, for the guard: places/leaders abroad, and institutions."""

    places: frozenset[str]
    institutions: frozenset[str]

    def disjoint(self, other: Actors) -> bool:
        """True when both name actors of a kind and share none: surely different stories."""
        return bool(
            (self.places and other.places and not self.places & other.places)
            or (
                self.institutions
                and other.institutions
                and not self.institutions & other.institutions
            )
        )


def doc_terms(title: str, lead: str = "") -> tuple[Counter[str], Actors]:
    """Weighted terms of title + lead, and the actors named (for the guard)."""
    terms: Counter[str] = Counter()
    entities: set[str] = set()
    institutions: set[str] = set()
    for part, weight in ((title, TITLE_WEIGHT), (lead[:LEAD_CHARS], 1.0)):
        if not part:
            continue
        tokens = geo.tokenize(part)
        covered: set[int] = set()
        for m in geo.find_mentions(part, tokens):
            n = len(m.surface.split())
            covered.update(range(m.start, m.start + n))
            terms["e:" + m.entity.name] += weight * ENTITY_WEIGHT
            if m.entity.kind in ("country", "leader"):
                entities.add(m.entity.name)
            elif m.entity.kind == "institution":
                institutions.add(m.entity.name)
        for i, tok in enumerate(tokens):
            if i in covered:
                continue
            s = _stem(tok.lower())
            s = _SYNONYMS.get(s, s)
            if s in _STOP or len(s) < 2:
                continue
            terms[s] += weight
    return terms, Actors(frozenset(entities), frozenset(institutions))


@lru_cache(maxsize=1)
def _static_df() -> tuple[int, dict[str, int]]:
    try:
        raw = json.loads(resources.files("bot.data").joinpath(IDF_FILE).read_text("utf-8"))
    except FileNotFoundError:  # a fresh checkout before the build step: window IDF only
        return 0, {}
    return int(raw["n"]), dict(raw["df"])


@dataclass(slots=True)
class _Doc:
    story_key: str
    when: datetime
    terms: tuple[str, ...]
    full: dict[str, float]  # unit TF-IDF vector, IDF as of when the doc was added
    content: dict[str, float]  # the same without entity terms, renormalised
    actors: Actors


def _unit(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Clusterer:
    """Matches a new article to a recent story (TF-IDF cosine within a time window).

    Feed it the recent articles with `add` (any order); `match` returns the story_key of the most
    similar one if it clears `threshold`, else None. Not thread-safe: one per process.
    """

    window: timedelta = timedelta(hours=48)
    threshold: float = 0.3
    min_content: float = 0.1  # cosine of the non-entity terms
    min_shared: int = 2  # of the new article's heaviest terms
    decay: float = 0.1  # similarity lost over a whole window of time apart
    clock: Callable[[], datetime] = _utcnow  # time for articles without a date
    _docs: dict[int, _Doc] = field(default_factory=dict)
    _order: deque[int] = field(default_factory=deque)
    _index: dict[str, dict[int, None]] = field(default_factory=dict)  # ordered set per term
    _df: Counter[str] = field(default_factory=Counter)
    _next: int = 0
    _newest: datetime | None = None

    def __len__(self) -> int:
        return len(self._docs)

    def add(self, story_key: str, title: str, lead: str, published: datetime | None) -> None:
        when = published or self.clock()
        terms, actors = doc_terms(title, lead)
        if not terms:
            return
        doc_id = self._next
        self._next += 1
        full, content = self._vectors(terms)
        self._docs[doc_id] = _Doc(story_key, when, tuple(terms), full, content, actors)
        self._order.append(doc_id)
        for term in terms:
            self._index.setdefault(term, {})[doc_id] = None
            self._df[term] += 1
        if self._newest is None or when > self._newest:
            self._newest = when
        self._evict()

    def _evict(self) -> None:
        """Drop articles older than the window, counted from the newest one seen."""
        assert self._newest is not None
        horizon = self._newest - self.window
        # Articles usually arrive roughly in time order; one out-of-order stale article at the
        # head is dropped, one fresh article at the head stops the sweep (it goes later).
        while self._order and self._docs[self._order[0]].when < horizon:
            doc_id = self._order.popleft()
            doc = self._docs.pop(doc_id)
            for term in doc.terms:
                postings = self._index.get(term)
                if postings is not None:
                    postings.pop(doc_id, None)
                    if not postings:
                        del self._index[term]
                self._df[term] -= 1
                if self._df[term] <= 0:
                    del self._df[term]

    def _idf(self, term: str) -> float:
        n0, df0 = _static_df()
        n = n0 + len(self._docs) + 1
        df = df0.get(term, 0) + self._df.get(term, 0) + 1
        return math.log(n / df)

    def _vectors(self, terms: Counter[str]) -> tuple[dict[str, float], dict[str, float]]:
        vec = {t: tf * self._idf(t) for t, tf in terms.items()}
        return _unit(vec), _unit({t: v for t, v in vec.items() if not t.startswith("e:")})

    def similar(self, title: str, lead: str, published: datetime | None) -> list[tuple[float, str]]:
        """(score, story_key) of candidates in the window, best first; score = cosine minus the
        time decay. For `match`, for tuning and for `/news why`."""
        terms, actors = doc_terms(title, lead)
        if len(terms) < 2:
            return []
        when = published or self.clock()
        full, content = self._vectors(terms)
        heavy = sorted(full, key=full.__getitem__, reverse=True)[:BLOCK_TERMS]
        hits: Counter[int] = Counter()
        for term in heavy:
            postings = self._index.get(term)
            if postings:
                hits.update(islice(reversed(postings), MAX_POSTINGS))
        scored: dict[str, float] = {}
        window_s = self.window.total_seconds()
        for doc_id, shared in hits.items():
            if shared < self.min_shared:
                continue  # one shared name or word is a coincidence, not a story
            doc = self._docs[doc_id]
            gap = abs((doc.when - when).total_seconds())
            if gap > window_s:
                continue
            if actors.disjoint(doc.actors):
                continue  # both name actors, never the same ones
            if _dot(content, doc.content) < self.min_content:
                continue  # same places, different event
            # Coverage of one event bunches within hours; a day later it takes more to match.
            cos = _dot(full, doc.full) - self.decay * gap / window_s
            if cos > scored.get(doc.story_key, 0.0):
                scored[doc.story_key] = cos
        return sorted(((c, k) for k, c in scored.items()), reverse=True)

    def assign(self, story_key: str, title: str, lead: str, published: datetime | None) -> str:
        """Match, then remember the article: returns the story_key it belongs to (a recent
        story's, or its own). The one call the poller needs per new article."""
        key = self.match(title, lead, published) or story_key
        self.add(key, title, lead, published)
        return key

    def match(self, title: str, lead: str, published: datetime | None) -> str | None:
        best = self.similar(title, lead, published)
        if best and best[0][0] >= self.threshold:
            return best[0][1]
        return None
