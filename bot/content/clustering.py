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
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from importlib import resources
from itertools import islice
from typing import Any
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
        """True when both name actors of a kind and share none: surely different stories.

        Different institutions alone do not separate two articles that share a place: one wire
        story names the Pentagon and another the UN about the same North Korean launch."""
        if self.places and other.places:
            return not self.places & other.places
        return bool(
            self.institutions
            and other.institutions
            and not self.institutions & other.institutions
        )


def doc_terms(title: str, lead: str = "") -> tuple[Counter[str], Actors]:
    """Weighted terms of title + lead, and the actors named (for the guard)."""
    terms: Counter[str] = Counter()
    entities: set[str] = set()
    institutions: set[str] = set()
    foreign = foreign_stopwords()
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
            low = tok.lower()
            # "shadow-fleet" and "shadow fleet" meet on their parts
            for word in (low, *low.split("-")) if "-" in low else (low,):
                s = _stem(word)
                s = _SYNONYMS.get(s, s)
                if s in _STOP or len(s) < 2 or word in foreign:
                    continue
                terms[s] += weight
    return terms, Actors(frozenset(entities), frozenset(institutions))


# Languages whose function words ("und", "que", "اور", "и") otherwise weigh like rare names: two
# Urdu or Spanish stories about different events scored 0.3 on "of", "the" and "and".
FOREIGN_STOPWORD_LANGS = (
    "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "pl", "cs", "ro", "hu", "tr", "ru",
    "uk", "bg", "sr", "hr", "el", "ar", "fa", "ur", "he", "hi", "id",
)


@lru_cache(maxsize=1)
def foreign_stopwords() -> frozenset[str]:
    """Function words of the main non-English feed languages (stopwords-iso lists), minus
    anything that is also an English word we keep."""
    import stopwordsiso

    words: set[str] = set()
    for lang in FOREIGN_STOPWORD_LANGS:
        if stopwordsiso.has_lang(lang):
            words |= {w.lower() for w in stopwordsiso.stopwords(lang)}
    _, english = _static_df()  # "war", "sea", "press" are German/Spanish/… function words too
    return frozenset(w for w in words if _stem(w) not in english)


@dataclass(frozen=True, slots=True)
class Terms:
    """What clustering needs of an article, made once per article (in the process pool, beside
    the rest of the article build) and passed to the `*_terms` calls: the headline and the lead.
    The text itself, not only its weighted terms: headline-only items are matched headline to
    headline (HeadlineMatcher), which needs the title apart from the lead."""

    title: str
    lead: str

    def __len__(self) -> int:
        return len(self.title) + len(self.lead)


def lead_of(text: str, summary: str | None = None) -> str:
    """The lead clustering reads of an article: the opening of its text, else its summary.

    Not the summary first: an analysis piece's extractive summary skips the news paragraph
    ("…is notable for what it does not try to do. Listing individual ships works better…"),
    while its opening names what every outlet names (118 tankers, Fordow and Isfahan), so it
    meets the wire copy and the aggregator items of its story whatever order they arrive in."""
    return text[:LEAD_CHARS] if text and text.strip() else (summary or "")


def terms_of(title: str, lead: str = "") -> Terms:
    return Terms(title, lead)


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
    cycle_grace: timedelta = timedelta(0)  # the poller's: articles of one cycle are never evicted
    _docs: dict[int, _Doc] = field(default_factory=dict)
    _order: deque[int] = field(default_factory=deque)
    _index: dict[str, dict[int, None]] = field(default_factory=dict)  # ordered set per term
    _df: Counter[str] = field(default_factory=Counter)
    _next: int = 0
    _newest: datetime | None = None
    _headlines: HeadlineMatcher = field(default_factory=lambda: HeadlineMatcher())
    _alias: dict[str, str] = field(default_factory=dict)  # merged story → the story it joined
    _arrived: dict[int, datetime] = field(default_factory=dict)  # only with a cycle_grace

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
        if self.cycle_grace:
            self._arrived[doc_id] = self.clock()
        self._order.append(doc_id)
        for term in terms:
            self._index.setdefault(term, {})[doc_id] = None
            self._df[term] += 1
        if self._newest is None or when > self._newest:
            self._newest = when
        self._headlines.add(doc_id, story_key, title, lead, when)
        self._evict()

    def _evict(self) -> None:
        """Drop articles older than the window, counted from the newest one seen."""
        assert self._newest is not None
        horizon = self._newest - self.window
        # Articles that arrived within `cycle_grace` stay: one poll cycle's feeds come in any
        # order, and a feed whose newest item is days ahead of another's must not evict the
        # story the other feed's items belong to (`similar` still checks each pair's gap).
        arrived_before = self.clock() - self.cycle_grace if self.cycle_grace else None
        # Articles usually arrive roughly in time order; one out-of-order stale article at the
        # head is dropped, one fresh article at the head stops the sweep (it goes later).
        while self._order and self._docs[self._order[0]].when < horizon:
            if arrived_before is not None and self._arrived[self._order[0]] > arrived_before:
                break
            doc_id = self._order.popleft()
            self._arrived.pop(doc_id, None)
            self._headlines.remove(doc_id)
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

    def similar(
        self, title: str, lead: str, published: datetime | None, *,
        only: Container[int] | None = None,
    ) -> list[tuple[float, str]]:
        """(score, story_key) of candidates in the window, best first; score = cosine minus the
        time decay. For `match`, for tuning and for `/news why`. `only`: consider just these
        indexed articles (handles from `add_terms`/`assign_terms`)."""
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
            if only is not None and doc_id not in only:
                continue
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
            key = self.canonical(doc.story_key)
            if cos > scored.get(key, 0.0):
                scored[key] = cos
        return sorted(((c, k) for k, c in scored.items()), reverse=True)

    def assign(self, story_key: str, title: str, lead: str, published: datetime | None) -> str:
        """Match, then remember the article: returns the story_key it belongs to (a recent
        story's, or its own). The one call the poller needs per new article."""
        return self.assign_terms(story_key, Terms(title, lead), published)[0]

    # -- the same calls on `Terms` (the poller's story index, bot/ingest/stories.py) ----------

    def assign_terms(
        self, story_key: str, terms: Terms, published: datetime | None
    ) -> tuple[str, float, int | None]:
        """(story_key, score of the match or 0.0, handle of the indexed doc for `rekey`)."""
        title, lead = terms.title, terms.lead
        best = self.similar(title, lead, published)
        above = [(c, k) for c, k in best if c >= self.threshold]
        score = 0.0
        if above:
            score, key = above[0]
            self._merge(key, [k for _, k in above[1:]])
        else:
            found = self._headlines.match(
                title, lead, published or self.clock(), self._idf, self._candidates
            )
            key = self.canonical(found) if found else story_key
        return key, score, self.add_terms(key, terms, published)

    def add_terms(self, story_key: str, terms: Terms, published: datetime | None) -> int | None:
        """Index an article; returns its handle (None: no terms, not indexed)."""
        before = self._next
        self.add(story_key, terms.title, terms.lead, published)
        return before if self._next > before else None

    def similar_terms(
        self, terms: Terms, published: datetime | None, *, only: Container[int] | None = None
    ) -> list[tuple[float, str]]:
        return self.similar(terms.title, terms.lead, published, only=only)

    def match_terms(self, terms: Terms, published: datetime | None) -> str | None:
        return self.match(terms.title, terms.lead, published)

    def rekey(self, handle: int | None, story_key: str) -> None:
        """Move an indexed article to another story (its assignment changed before commit)."""
        doc = self._docs.get(handle) if handle is not None else None
        if doc is not None:
            doc.story_key = story_key
            self._headlines.rekey(handle, story_key)

    def _candidates(self, terms: list[str]) -> list[int]:
        """Docs sharing at least two of `terms`, most shared first, at most HEADLINE_CANDIDATES."""
        hits: Counter[int] = Counter()
        for term in terms:
            postings = self._index.get(term)
            if postings:
                hits.update(islice(reversed(postings), MAX_POSTINGS))
        return [d for d, n in hits.most_common(HEADLINE_CANDIDATES) if n >= 2]

    def canonical(self, story_key: str) -> str:
        """The story a key now belongs to (stories an article bridged were merged)."""
        seen = 0
        while story_key in self._alias and seen < 32:  # chains are short; never loop forever
            story_key = self._alias[story_key]
            seen += 1
        return story_key

    def _merge(self, into: str, others: list[str]) -> None:
        """An article that matches two stories shows they are one: later articles of either
        join `into`, whichever feed arrived first."""
        for other in others:
            if other != into:
                self._alias[other] = into

    def match(self, title: str, lead: str, published: datetime | None) -> str | None:
        best = self.similar(title, lead, published)
        if best and best[0][0] >= self.threshold:
            return best[0][1]
        # A headline-only aggregator item, or a story first seen as one: compare headlines.
        key = self._headlines.match(
            title, lead, published or self.clock(), self._idf, self._candidates
        )
        return self.canonical(key) if key else None


HEADLINE_ONLY_WORDS = 5  # a lead this short (or none): an aggregator item, a headline only
HEADLINE_THRESHOLD = 0.4  # cosine of the two headlines' TF-IDF vectors
HEADLINE_CANDIDATES = 30  # docs compared headline to headline, those sharing most terms first


@dataclass
class HeadlineMatcher:
    """Headline-to-headline matching for items that carry a headline only.

    Aggregators (Google News and the like) often give a headline and nothing else. Against a
    wire story's title + lead its vector is short and the cosine low, so the two become two
    posts, or one or two depending on which feed arrives first. Here the headlines alone are
    compared, whenever one of the two items is headline-only, with the same guards as the main
    index (actors never disjoint, some content word shared, two shared terms)."""

    window: timedelta = timedelta(hours=48)
    threshold: float = HEADLINE_THRESHOLD
    # doc id (the Clusterer's) → [story, date, headline, headline vectors (made when first
    # needed: most headlines are never compared this way), headline-only?]
    _docs: dict[int, list[Any]] = field(default_factory=dict)
    _only: dict[int, None] = field(default_factory=dict)  # ids of the headline-only docs

    def add(self, doc_id: int, story_key: str, title: str, lead: str, when: datetime) -> None:
        only = _headline_only(lead)
        self._docs[doc_id] = [story_key, when, title, None, only]
        if only:
            self._only[doc_id] = None

    def rekey(self, doc_id: int, story_key: str) -> None:
        doc = self._docs.get(doc_id)
        if doc is not None:
            doc[0] = story_key

    def remove(self, doc_id: int) -> None:
        self._docs.pop(doc_id, None)
        self._only.pop(doc_id, None)

    def match(
        self, title: str, lead: str, when: datetime, idf: Callable[[str], float],
        candidates: Callable[[list[str]], list[int]],
    ) -> str | None:
        """Best story by headline; `candidates` gives the doc ids sharing one of the terms
        (the Clusterer's inverted index), so a headline-only item is never compared with all."""
        mine_only = _headline_only(lead)
        if not mine_only and not self._only:
            return None
        vectors = _title_vectors(title, idf)
        if vectors is None:
            return None
        full, content, actors = vectors
        ids = candidates(list(full))
        if not mine_only:
            ids = [d for d in ids if d in self._only]
        best, best_key = self.threshold, None
        window_s = self.window.total_seconds()
        for doc_id in ids:
            doc = self._docs.get(doc_id)
            if doc is None or abs((doc[1] - when).total_seconds()) > window_s:
                continue
            if doc[3] is None:
                doc[3] = _title_vectors(doc[2], idf) or ({}, {}, Actors(frozenset(), frozenset()))
            other, other_content, other_actors = doc[3]
            if actors.disjoint(other_actors) or _dot(content, other_content) <= 0:
                continue
            if len(full.keys() & other.keys()) < 2:
                continue
            cos = _dot(full, other)
            if cos >= best:
                best, best_key = cos, doc[0]
        return best_key


def _headline_only(lead: str) -> bool:
    return len(lead.split()) < HEADLINE_ONLY_WORDS


def _title_vectors(
    title: str, idf: Callable[[str], float]
) -> tuple[dict[str, float], dict[str, float], Actors] | None:
    terms, actors = doc_terms(title)
    if len(terms) < 2:
        return None
    vec = {t: tf * idf(t) for t, tf in terms.items()}
    return _unit(vec), _unit({t: v for t, v in vec.items() if not t.startswith("e:")}), actors
