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
from array import array
from collections import Counter, deque
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from importlib import resources
from itertools import repeat
from operator import mul
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


@dataclass(frozen=True, slots=True)
class Terms:
    """What clustering needs of an article, computed once (in the process pool, beside the
    rest of the article build) and shipped as plain tuples: weighted terms, in the order
    `doc_terms` found them, and the actors named."""

    weights: tuple[tuple[str, float], ...]
    actors: Actors

    def __len__(self) -> int:
        return len(self.weights)


def terms_of(title: str, lead: str = "") -> Terms:
    counts, actors = doc_terms(title, lead)
    return Terms(tuple(counts.items()), actors)


@lru_cache(maxsize=1)
def _static_df() -> tuple[int, dict[str, int]]:
    try:
        raw = json.loads(resources.files("bot.data").joinpath(IDF_FILE).read_text("utf-8"))
    except FileNotFoundError:  # a fresh checkout before the build step: window IDF only
        return 0, {}
    return int(raw["n"]), dict(raw["df"])


@dataclass(slots=True)
class _Doc:
    """One indexed article, compact: interned term ids (entities negative) with the unit
    TF-IDF weights as of when it was added, in two flat arrays instead of dicts of strings."""

    story_key: str
    when: float  # POSIX seconds
    ids: array[int]
    weights: array[float]
    content_norm: float  # norm of the non-entity part of the unit vector (0: none)
    actors: Actors


_Vector = tuple["Sequence[int]", "Sequence[float]", float]  # term ids, unit weights, content norm


def _utcnow() -> datetime:
    return datetime.now(UTC)


_NO_ACTORS = Actors(frozenset(), frozenset())


@dataclass
class Clusterer:
    """Matches a new article to a recent story (TF-IDF cosine within a time window).

    Feed it the recent articles with `add` (any order); `match` returns the story_key of the most
    similar one if it clears `threshold`, else None. Every call has a `*_terms` twin taking the
    `Terms` computed beforehand (`terms_of`), so an article's terms are computed once. Not
    thread-safe: one owner at a time.
    """

    window: timedelta = timedelta(hours=48)
    threshold: float = 0.3
    min_content: float = 0.1  # cosine of the non-entity terms
    min_shared: int = 2  # of the new article's heaviest terms
    decay: float = 0.1  # similarity lost over a whole window of time apart
    clock: Callable[[], datetime] = _utcnow  # time for articles without a date
    _docs: dict[int, _Doc] = field(default_factory=dict)
    _order: deque[int] = field(default_factory=deque)
    _index: dict[int, array[int]] = field(default_factory=dict)  # term id → doc ids, oldest first
    _dead: dict[int, int] = field(default_factory=dict)  # evicted doc ids left in a posting list
    _df: dict[int, int] = field(default_factory=dict)  # live docs per term id
    _ids: dict[str, int] = field(default_factory=dict)  # interned terms
    _names: dict[int, str] = field(default_factory=dict)
    _actors: dict[Actors, Actors] = field(default_factory=dict)  # one instance per actor set
    _next_term: int = 1
    _next: int = 0
    _newest: float | None = None

    def __len__(self) -> int:
        return len(self._docs)

    # -- the public calls ---------------------------------------------------------------------

    def add(self, story_key: str, title: str, lead: str, published: datetime | None) -> None:
        self.add_terms(story_key, terms_of(title, lead), published)

    def similar(self, title: str, lead: str, published: datetime | None) -> list[tuple[float, str]]:
        """(score, story_key) of candidates in the window, best first; score = cosine minus the
        time decay. For `match`, for tuning and for `/news why`."""
        return self.similar_terms(terms_of(title, lead), published)

    def match(self, title: str, lead: str, published: datetime | None) -> str | None:
        return self.match_terms(terms_of(title, lead), published)

    def assign(self, story_key: str, title: str, lead: str, published: datetime | None) -> str:
        """Match, then remember the article: returns the story_key it belongs to (a recent
        story's, or its own). The one call the poller needs per new article."""
        return self.assign_terms(story_key, terms_of(title, lead), published)[0]

    def match_terms(self, terms: Terms, published: datetime | None) -> str | None:
        best = self.similar_terms(terms, published)
        if best and best[0][0] >= self.threshold:
            return best[0][1]
        return None

    def assign_terms(
        self, story_key: str, terms: Terms, published: datetime | None
    ) -> tuple[str, float, int | None]:
        """(story_key, score of the match or 0.0, handle of the indexed doc for `rekey`).
        One vector serves both the match and the index (the same IDF: nothing changed)."""
        vector = self._vector(terms, intern=True)
        best = self._similar(vector, terms, published)
        key, score = story_key, 0.0
        if best and best[0][0] >= self.threshold:
            score, key = best[0]
        return key, score, self._add(key, vector, terms, published)

    def rekey(self, handle: int | None, story_key: str) -> None:
        """Move an indexed article to another story (its assignment changed before commit)."""
        doc = self._docs.get(handle) if handle is not None else None
        if doc is not None:
            doc.story_key = story_key

    def add_terms(self, story_key: str, terms: Terms, published: datetime | None) -> int | None:
        """Index an article; returns its handle (None: no terms, not indexed)."""
        return self._add(story_key, self._vector(terms, intern=True), terms, published)

    def _add(
        self, story_key: str, vector: _Vector, terms: Terms, published: datetime | None
    ) -> int | None:
        if not terms.weights:
            return None
        when = (published or self.clock()).timestamp()
        ids, weights, content_norm = vector
        doc_id = self._next
        self._next += 1
        actors = self._actors.setdefault(terms.actors, terms.actors)
        self._docs[doc_id] = _Doc(story_key, when, ids, weights, content_norm, actors)
        self._order.append(doc_id)
        for t in ids:
            postings = self._index.get(t)
            if postings is None:
                self._index[t] = array("q", (doc_id,))
            else:
                postings.append(doc_id)
            self._df[t] = self._df.get(t, 0) + 1
        if self._newest is None or when > self._newest:
            self._newest = when
        self._evict()
        return doc_id

    def similar_terms(
        self, terms: Terms, published: datetime | None, *, only: Container[int] | None = None
    ) -> list[tuple[float, str]]:
        """`similar` for precomputed terms; `only`: consider just these indexed articles."""
        if len(terms.weights) < 2:
            return []
        return self._similar(self._vector(terms, intern=False), terms, published, only)

    def _similar(
        self,
        vector: _Vector,
        terms: Terms,
        published: datetime | None,
        only: Container[int] | None = None,
    ) -> list[tuple[float, str]]:
        if len(terms.weights) < 2:
            return []
        when = (published or self.clock()).timestamp()
        ids, weights, content_norm = vector
        query = dict(zip(ids, weights, strict=True))
        content_query = {t: w for t, w in query.items() if t > 0}
        order = sorted(range(len(ids)), key=weights.__getitem__, reverse=True)[:BLOCK_TERMS]
        hits: Counter[int] = Counter()
        for k in order:
            postings = self._index.get(ids[k])
            if postings:
                hits.update(postings[-MAX_POSTINGS:])
        scored: dict[str, float] = {}
        window_s = self.window.total_seconds()
        actors, docs, zeros = terms.actors, self._docs, repeat(0.0)
        full_get, content_get = query.get, content_query.get
        for doc_id, shared in hits.items():
            if shared < self.min_shared or (only is not None and doc_id not in only):
                continue  # one shared name or word is a coincidence, not a story
            doc = docs.get(doc_id)
            if doc is None:  # evicted, not yet swept from the posting list
                continue
            gap = abs(doc.when - when)
            if gap > window_s:
                continue
            if actors.disjoint(doc.actors):
                continue  # both name actors, never the same ones
            # Two dot products in C loops: the query weight of each doc term (0 when absent).
            content = sum(map(mul, map(content_get, doc.ids, zeros), doc.weights))
            norm = content_norm * doc.content_norm
            if not norm or content / norm < self.min_content:
                continue  # same places, different event
            # Coverage of one event bunches within hours; a day later it takes more to match.
            full = sum(map(mul, map(full_get, doc.ids, zeros), doc.weights))
            cos = full - self.decay * gap / window_s
            if cos > scored.get(doc.story_key, 0.0):
                scored[doc.story_key] = cos
        return sorted(((c, k) for k, c in scored.items()), reverse=True)

    # -- internals ------------------------------------------------------------------------------

    def _vector(self, terms: Terms, *, intern: bool) -> _Vector:
        """Unit TF-IDF vector as (term ids, weights) and the norm of its non-entity part.
        Unknown terms get a provisional id (0 minus a counter when not interned): they match
        nothing in the index, as before."""
        n0, df0 = _static_df()
        n = n0 + len(self._docs) + 1
        ids: list[int] = []
        raw: list[float] = []
        unknown = 0
        for term, tf in terms.weights:
            t = self._ids.get(term)
            if t is None:
                if intern:
                    t = self._intern(term)
                else:
                    unknown += 1
                    t = -(1 << 40) - unknown if term.startswith("e:") else (1 << 40) + unknown
            df = df0.get(term, 0) + (self._df.get(t, 0)) + 1
            ids.append(t)
            raw.append(tf * math.log(n / df))
        norm = math.sqrt(sum(v * v for v in raw)) or 1.0
        weights = [v / norm for v in raw]
        content_norm = math.sqrt(sum(w * w for t, w in zip(ids, weights, strict=True) if t > 0))
        if intern:
            return array("q", ids), array("d", weights), content_norm
        return ids, weights, content_norm

    def _intern(self, term: str) -> int:
        t = self._next_term
        self._next_term += 1
        if term.startswith("e:"):
            t = -t
        self._ids[term] = t
        self._names[t] = term
        return t

    def _evict(self) -> None:
        """Drop articles older than the window, counted from the newest one seen."""
        assert self._newest is not None
        horizon = self._newest - self.window.total_seconds()
        # Articles usually arrive roughly in time order; one out-of-order stale article at the
        # head is dropped, one fresh article at the head stops the sweep (it goes later).
        while self._order and self._docs[self._order[0]].when < horizon:
            doc = self._docs.pop(self._order.popleft())
            for t in doc.ids:
                left = self._df[t] - 1
                if left <= 0:  # the term's last article: forget the term
                    del self._df[t], self._index[t]
                    self._dead.pop(t, None)
                    del self._ids[self._names.pop(t)]
                    continue
                self._df[t] = left
                dead = self._dead.get(t, 0) + 1
                if dead > left:  # sweep a posting list once half of it is evicted articles
                    self._index[t] = array("q", (d for d in self._index[t] if d in self._docs))
                    self._dead.pop(t, None)
                else:
                    self._dead[t] = dead
        if len(self._actors) > 2 * len(self._docs) + 1024:
            self._actors = {d.actors: d.actors for d in self._docs.values()}
