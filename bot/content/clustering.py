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
  * Two items of one feed: what the feed puts on many of its items (its brand's and home
    country's entity, "Irish Ledger" and "Dublin" giving Ireland; column labels, "World View";
    terms in a good share of its recent items, "Pakistan" in a Pakistani Urdu feed) is never
    shared evidence between them (`FeedContext`): an outlet's Gaza editorial and its Moldova
    column share only those, and the column was silently folded into the editorial.
"""

from __future__ import annotations

import hashlib
import json
import math
from array import array
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from importlib import resources
from itertools import compress, repeat
from operator import itemgetter, mul
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.content import geo, links
from bot.content.relevance import _STOP, _stem

IDF_FILE = "cluster_idf.json"
WORDS_FILE = "clustering.json"
LEAD_CHARS = 400
LEAD_MIN_CHARS = 200  # an opening paragraph shorter than this takes the next one too
TITLE_WEIGHT = 2.0
ENTITY_WEIGHT = 1.5
BLOCK_TERMS = 12  # heaviest TF-IDF terms of a new article, used to find candidates
MAX_POSTINGS = 400  # most recent articles per blocking term: bounds work on a busy topic
MAX_CANDIDATES = 150  # compared per article: those sharing most of its heaviest terms
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
# A link's identity also ignores referrer markers (`?ref=homepage`, `ref_src`): the posted link
# keeps them, since a site may route on them, but two links differing only there are one story.
_IDENTITY_ONLY = ("ref",)


def canonical_link(link: str | None) -> str | None:
    """Link without tracking parameters, fragment, `www.` or trailing slash: one identity.

    Query parameters that are not tracking (`?id=123`) are kept, sorted: some sites need them.
    """
    if not link or not link.strip():
        return None
    if (plain := links.plain_link(link.strip())) and (
        host := plain[2].lower().removeprefix("www.").removeprefix("m.")
    ):
        return f"https://{host}{(plain[3] or '').rstrip('/') or '/'}"  # what urlunsplit writes
    return _canonical_link(link)


def _canonical_link(link: str) -> str:
    """`canonical_link` of any link, split and written back by urllib."""
    parts = urlsplit(link.strip())
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    path = parts.path.rstrip("/") or "/"
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not (links.is_tracking(k, v) or k.lower().startswith(_IDENTITY_ONLY))
        )
    ) if parts.query else ""  # most links have none: a story key for every backlog row
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


@dataclass(frozen=True, slots=True)
class FeedContext:
    """The feed an article comes from, for comparing it with that feed's other items: `feed`
    identifies the feed (its id; any hashable the caller uses consistently), `common` the terms
    its items share whatever their story (`feed_context`)."""

    feed: object
    common: frozenset[str] = frozenset()


# A term in this share of a feed's recent stories (and in FEED_COMMON_MIN of them) is common to
# the feed. Stories, not items: a story the feed re-posted three times is one.
FEED_COMMON_SHARE = 0.3
FEED_COMMON_MIN = 3


def feed_context(feed: object, outlet: str | None = None) -> FeedContext:
    """A feed's context: the terms of its outlet's name (brand, home country or city) and the
    column labels (the clusterer adds the terms many of the feed's recent stories have)."""
    return FeedContext(feed, _common_terms(outlet or ""))


@lru_cache(maxsize=4096)
def _common_terms(outlet: str) -> frozenset[str]:
    """The column labels' terms and the outlet's name's: read once per outlet (the pool asks
    for them with every article it builds, a steady cycle's one or two per feed)."""
    common = set(_column_terms())
    if outlet:
        common |= doc_terms(outlet)[0].keys()
    return frozenset(common)


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, list[str]]:
    raw = json.loads(resources.files("bot.data").joinpath(WORDS_FILE).read_text("utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _column_terms() -> frozenset[str]:
    """Column, section and opinion labels as clustering terms (bot/data/clustering.json and the
    opinion labels of bot/data/genre.json)."""
    genre = json.loads(resources.files("bot.data").joinpath("genre.json").read_text("utf-8"))
    words = [*_word_lists()["column_words"], *(w for ws in genre["words"].values() for w in ws)]
    terms: set[str] = set()
    for w in words:
        terms |= doc_terms(w)[0].keys()
    return frozenset(t for t in terms if not t.startswith("e:"))


def doc_terms(title: str, lead: str = "") -> tuple[dict[str, float], Actors]:
    """Weighted terms of title + lead, and the actors named (for the guard)."""
    return _doc_terms(title, lead)[0]


def _doc_terms(
    title: str, lead: str = ""
) -> tuple[tuple[dict[str, float], Actors], tuple[dict[str, float], Actors]]:
    """`doc_terms(title, lead)` and `doc_terms(title)` in one pass: the title's part is the
    same in both (read once, copied before the lead is added)."""
    terms: defaultdict[str, float] = defaultdict(float)  # weighted counts: 0.5, 2.0…
    entities: set[str] = set()
    institutions: set[str] = set()
    foreign = foreign_stopwords()
    head: tuple[dict[str, float], Actors] | None = None
    for n_part, (part, weight) in enumerate(((title, TITLE_WEIGHT), (lead[:LEAD_CHARS], 1.0))):
        if n_part == 1:  # the title read: what doc_terms(title) returns
            head = (dict(terms), Actors(frozenset(entities), frozenset(institutions)))
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
    assert head is not None
    return (terms, Actors(frozenset(entities), frozenset(institutions))), head


# Languages whose function words ("und", "que", "اور", "и") otherwise weigh like rare names: two
# Urdu or Spanish stories about different events scored 0.3 on "of", "the" and "and".
FOREIGN_STOPWORD_LANGS = (
    "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "pl", "cs", "ro", "hu", "tr", "ru",
    "uk", "bg", "sr", "hr", "el", "ar", "fa", "ur", "he", "hi", "id",
)


STOPWORDS_FILE = "foreign_stopwords.json"  # built by bench/build_stopwords.py


@lru_cache(maxsize=1)
def foreign_stopwords() -> frozenset[str]:
    """Function words of the main non-English feed languages (stopwords-iso lists), minus
    anything that is also an English word we keep: read from bot/data/foreign_stopwords.json
    when it was built from the same inputs (deriving them cost ~18 ms CPU of every process's
    first summary or clustering), else derived (`derive_foreign_stopwords`)."""
    try:
        raw = json.loads(resources.files("bot.data").joinpath(STOPWORDS_FILE).read_text("utf-8"))
        if raw.get("inputs") == stopword_inputs():
            return frozenset(raw["words"])
    except (OSError, ValueError, AttributeError):  # missing or damaged: derived as before
        pass
    return derive_foreign_stopwords()


def stopword_inputs() -> str:
    """A digest of what the foreign stopwords are derived from: the languages, the word lists
    and IDF table in bot/data and the installed stopwords-iso's version (the stemmer is code:
    `bench.build_stopwords --check` after changing it)."""
    import importlib.util
    from pathlib import Path

    h = hashlib.sha256(",".join(FOREIGN_STOPWORD_LANGS).encode())
    for name in (WORDS_FILE, IDF_FILE):
        try:
            h.update(resources.files("bot.data").joinpath(name).read_bytes())
        except OSError:
            h.update(b"-")
    # its version from its dist-info folder's name and its list file's size (importlib.metadata
    # costs as much as deriving the words; the lists, 3.6 MB, more)
    spec = importlib.util.find_spec("stopwordsiso")
    for folder in (spec.submodule_search_locations or ()) if spec is not None else ():
        where = Path(folder)
        h.update(" ".join(sorted(p.name for p in where.parent.glob("stopwordsiso-*-info"))
                          ).encode())
        try:
            h.update(str((where / "stopwords-iso.json").stat().st_size).encode())
        except OSError:
            h.update(b"-")
        break
    return h.hexdigest()[:16]


def derive_foreign_stopwords() -> frozenset[str]:
    """`foreign_stopwords` from its sources."""
    words: set[str] = set()
    for lang_words in _stopword_lists(FOREIGN_STOPWORD_LANGS):
        words |= {w.lower() for w in lang_words}
    _, english = _static_df()  # "war", "sea", "press" are German/Spanish/… function words too
    lists = _word_lists()  # …but "de", "la", "los" are there only in names ("de Blasio")
    return frozenset(
        {w for w in words if _stem(w) not in english} | {*lists["particles"], *lists["ur"]}
    )


def _stopword_lists(langs: Sequence[str]) -> list[list[str]]:
    """The stopwords-iso lists of `langs`, read from the package's file without importing it:
    the module keeps every language's list (~60, ~3.6 MB) for the life of the process (a pool
    process), where these few are all clustering needs."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("stopwordsiso")  # found, not imported
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    try:
        if not folders:
            raise OSError("stopwordsiso not found")
        every = json.loads((Path(folders[0]) / "stopwords-iso.json").read_text("utf-8"))
    except (OSError, ValueError):  # another layout: the package's own API
        import stopwordsiso

        return [sorted(stopwordsiso.stopwords(lang)) for lang in langs]
    return [every[lang.lower()] for lang in langs if lang.lower() in every]


Weights = tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class Terms:
    """What clustering needs of an article, made once per article (in the process pool, beside
    the rest of the article build) and passed to the `*_terms` calls, as plain tuples: the
    weighted terms of title + lead and the actors named; the same of the headline alone
    (headline-only items are matched headline to headline); whether it is headline-only."""

    weights: Weights
    actors: Actors
    headline: Weights
    headline_actors: Actors
    headline_only: bool

    def __len__(self) -> int:
        return len(self.weights)


def lead_of(text: str, summary: str | None = None) -> str:
    """The lead clustering reads of an article: the opening paragraph of its text (with the
    next ones while it is shorter than LEAD_MIN_CHARS), else its summary; LEAD_CHARS at most.

    Not the summary first: an analysis piece's extractive summary skips the news paragraph
    ("…is notable for what it does not try to do. Listing individual ships works better…"),
    while its opening names what every outlet names (118 tankers, Fordow and Isfahan), so it
    meets the wire copy and the aggregator items of its story whatever order they arrive in.
    Not more than the opening: a podcast's "Plus: the vote in Peru…" paragraph would make one
    episode bridge two stories. Idempotent: `lead_of(lead_of(x)) == lead_of(x[:LEAD_CHARS])`,
    so a stored article's lead (the first LEAD_CHARS of its text) gives the same terms."""
    body = (text if text and text.strip() else (summary or ""))[:LEAD_CHARS]
    lead = ""
    for para in body.split("\n\n"):
        if para.strip():
            lead = f"{lead}\n\n{para}" if lead else para
            if len(lead) >= LEAD_MIN_CHARS:
                break
    return lead


def terms_of(title: str, lead: str = "") -> Terms:
    (counts, actors), (head, head_actors) = _doc_terms(title, lead)
    return Terms(tuple(counts.items()), actors, tuple(head.items()), head_actors,
                 _headline_only(lead))


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
    TF-IDF weights as of when it was added, in flat arrays instead of dicts of strings; the
    headline's term ids and raw weights (its vector is made when compared, rarely)."""

    story_key: str
    when: float  # POSIX seconds
    ids: array[int]
    weights: array[float]
    content_norm: float  # norm of the non-entity part of the unit vector (0: none)
    actors: Actors
    head_ids: array[int]
    head_tf: array[float]
    head_actors: Actors
    arrived: float  # when it was indexed (clock), for the cycle grace
    feed: object = None  # FeedContext.feed of the article, if known
    feed_story: str = ""  # its story key when indexed (the feed's counts; `rekey` moves story_key)


# term ids, unit weights, content norm; a query's unknown terms get ids nothing in the index has
_Vector = tuple["Sequence[int]", "Sequence[float]", float]
_NO_ACTORS = Actors(frozenset(), frozenset())
_UNKNOWN = 1 << 40


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _unit(ids: Sequence[int], raw: Sequence[float]) -> _Vector:
    norm = math.sqrt(sum(v * v for v in raw)) or 1.0
    weights = [v / norm for v in raw]
    content = math.sqrt(sum(w * w for t, w in zip(ids, weights, strict=True) if t > 0))
    return ids, weights, content


def _query(vector: _Vector) -> tuple[dict[int, float], float]:
    ids, weights, content = vector
    return dict(zip(ids, weights, strict=True)), content


def _most_common(hits: Counter[int], n: int) -> list[tuple[int, int]]:
    """`hits.most_common(n)`, the same list: that is `heapq.nlargest` by count, documented as
    the stable sort by count cut to n (ties in the order counted), which `sorted` does in C
    loops, ~2.5x faster on the thousand docs a query's heaviest terms reach."""
    return sorted(hits.items(), key=itemgetter(1), reverse=True)[:n]


def _cosines(
    query: tuple[dict[int, float], float], ids: Sequence[int], weights: Sequence[float],
    content_norm: float,
) -> tuple[float, float]:
    """(full cosine, cosine of the non-entity terms) of a query and an indexed vector, in C
    loops: the query's weight for each of the doc's terms (0 when absent)."""
    q, q_content = query
    prods = list(map(mul, map(q.get, ids, repeat(0.0)), weights))
    full = sum(prods)
    norm = q_content * content_norm
    if not norm:
        return full, 0.0
    return full, sum(compress(prods, map(int.__gt__, ids, repeat(0)))) / norm


@dataclass
class Clusterer:
    """Matches a new article to a recent story (TF-IDF cosine within a time window).

    Feed it the recent articles with `add` (any order); `match` returns the story_key of the most
    similar one if it clears `threshold`, else None. Every call has a `*_terms` twin taking the
    `Terms` made beforehand (`terms_of`, in the process pool), so an article's terms are made
    once. Not thread-safe: one owner at a time.
    """

    window: timedelta = timedelta(hours=48)
    threshold: float = 0.3
    min_content: float = 0.1  # cosine of the non-entity terms
    min_shared: int = 2  # of the new article's heaviest terms
    decay: float = 0.1  # similarity lost over a whole window of time apart
    clock: Callable[[], datetime] = _utcnow  # time for articles without a date
    cycle_grace: timedelta = timedelta(0)  # the poller's: articles of one cycle are never evicted
    headline_threshold: float = 0.4  # HEADLINE_THRESHOLD
    _docs: dict[int, _Doc] = field(default_factory=dict)
    _order: deque[int] = field(default_factory=deque)
    _index: dict[int, array[int]] = field(default_factory=dict)  # term id → doc ids, oldest first
    _dead: dict[int, int] = field(default_factory=dict)  # evicted doc ids left in a posting list
    _df: dict[int, int] = field(default_factory=dict)  # live docs per term id
    _ids: dict[str, int] = field(default_factory=dict)  # interned terms
    _names: dict[int, str] = field(default_factory=dict)
    _actors: dict[Actors, Actors] = field(default_factory=dict)  # one instance per actor set
    _only: dict[int, None] = field(default_factory=dict)  # headline-only docs
    _alias: dict[str, str] = field(default_factory=dict)  # merged story → the story it joined
    # Per feed: term id → how many of the feed's live stories have it; (term id, story) → its
    # live docs having it (flat: a Counter of stories per term and feed was ~2.5 MB more at 500
    # feeds); story → its live docs in the feed.
    _feed_df: dict[object, dict[int, int]] = field(default_factory=dict)
    _feed_docs: dict[object, dict[tuple[int, str], int]] = field(default_factory=dict)
    _feed_stories: dict[object, Counter[str]] = field(default_factory=dict)
    _next_term: int = 1
    _next: int = 0
    _newest: float | None = None

    def __len__(self) -> int:
        return len(self._docs)

    # -- the calls on text (tests, benchmarks, /news why) ---------------------------------------

    def add(self, story_key: str, title: str, lead: str, published: datetime | None,
            feed: FeedContext | None = None) -> None:
        self.add_terms(story_key, terms_of(title, lead), published, feed)

    def similar(
        self, title: str, lead: str, published: datetime | None, *,
        only: Container[int] | None = None,
    ) -> list[tuple[float, str]]:
        """(score, story_key) of candidates in the window, best first; score = cosine minus the
        time decay. `only`: consider just these indexed articles (handles from `add_terms`)."""
        return self.similar_terms(terms_of(title, lead), published, only=only)

    def match(self, title: str, lead: str, published: datetime | None) -> str | None:
        return self.match_terms(terms_of(title, lead), published)

    def assign(self, story_key: str, title: str, lead: str, published: datetime | None,
               feed: FeedContext | None = None) -> str:
        """Match, then remember the article: returns the story_key it belongs to (a recent
        story's, or its own). The one call the poller needs per new article."""
        return self.assign_terms(story_key, terms_of(title, lead), published, feed)[0]

    # -- the same calls on `Terms` (the poller's story index, bot/ingest/stories.py) ----------

    def assign_terms(
        self, story_key: str, terms: Terms, published: datetime | None,
        feed: FeedContext | None = None,
    ) -> tuple[str, float, int | None]:
        """(story_key, score of the match or 0.0, handle of the indexed doc for `rekey`).
        One vector serves both the match and the index (the same IDF: nothing changed).
        `feed`: the article's feed, so its items are compared without the feed's common terms."""
        when = self._when(published)
        vector = self._vector(terms.weights, intern=True)
        above = [(c, k) for c, k in self._similar(vector, terms, when, feed=feed)
                 if c >= self.threshold]
        score = 0.0
        if above:
            score, key = above[0]
            self._merge(key, [k for _, k in above[1:]])
        else:
            found = self._headline_match(terms, when, feed)
            key = self.canonical(found) if found else story_key
        return key, score, self._add(key, vector, terms, when, feed)

    def add_terms(self, story_key: str, terms: Terms, published: datetime | None,
                  feed: FeedContext | None = None) -> int | None:
        """Index an article; returns its handle (None: no terms, not indexed)."""
        vector = self._vector(terms.weights, intern=True)
        return self._add(story_key, vector, terms, self._when(published), feed)

    def similar_terms(
        self, terms: Terms, published: datetime | None, *, only: Container[int] | None = None,
        feed: FeedContext | None = None,
    ) -> list[tuple[float, str]]:
        if len(terms.weights) < 2:
            return []
        vector = self._vector(terms.weights, intern=False)
        return self._similar(vector, terms, self._when(published), only, feed)

    def match_terms(self, terms: Terms, published: datetime | None,
                    feed: FeedContext | None = None) -> str | None:
        best = self.similar_terms(terms, published, feed=feed)
        if best and best[0][0] >= self.threshold:
            return best[0][1]
        # A headline-only aggregator item, or a story first seen as one: compare headlines.
        key = self._headline_match(terms, self._when(published), feed)
        return self.canonical(key) if key else None

    def rekey(self, handle: int | None, story_key: str) -> None:
        """Move an indexed article to another story (its assignment changed before commit)."""
        doc = self._docs.get(handle) if handle is not None else None
        if handle is not None and doc is not None:
            doc.story_key = story_key

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

    # -- matching -------------------------------------------------------------------------------

    def _when(self, published: datetime | None) -> float:
        return (published or self.clock()).timestamp()

    def _postings(self, term_ids: Sequence[int]) -> Counter[int]:
        """Docs sharing the terms, each counted per term shared, among the most recent
        MAX_POSTINGS of each term (evicted docs not yet swept are dropped by the caller)."""
        hits: Counter[int] = Counter()
        index = self._index
        for t in term_ids:
            postings = index.get(t)
            if postings:  # a short list is counted where it is (a slice would copy it)
                hits.update(postings if len(postings) <= MAX_POSTINGS
                            else postings[-MAX_POSTINGS:])
        return hits

    def _common_ids(self, ids: Sequence[int], weights: Weights,
                    feed: FeedContext | None) -> frozenset[int]:
        """The query's terms common in its feed: named in `feed.common`, or in FEED_COMMON_SHARE
        of the feed's live stories (this one counted; at least FEED_COMMON_MIN)."""
        if feed is None or feed.feed not in self._feed_stories:
            return frozenset()
        least = max(FEED_COMMON_MIN, FEED_COMMON_SHARE * (len(self._feed_stories[feed.feed]) + 1))
        df = self._feed_df[feed.feed]
        return frozenset(t for t, (term, _) in zip(ids, weights, strict=True)
                         if term in feed.common or df.get(t, 0) + 1 >= least)

    def _own_feed(
        self, doc: _Doc, feed: FeedContext | None, common: frozenset[int],
        query: tuple[dict[int, float], float], actors: Actors, doc_actors: Actors,
        doc_ids: Sequence[int],
    ) -> tuple[tuple[dict[int, float], float], bool] | None:
        """For a doc of the query's own feed: the query without the feed's common terms, and
        whether the pair still may match (two shared terms left, actors not disjoint once the
        feed's own places are left out). None: another feed's doc, compare as is."""
        if feed is None or doc.feed is None or doc.feed != feed.feed or not common:
            return None
        q = {t: w for t, w in query[0].items() if t not in common}
        if sum(t in q for t in doc_ids) < self.min_shared:
            return (q, query[1]), False
        names = {self._names[t][2:] for t in common if t < 0 and t in self._names}
        mine = Actors(actors.places - names, actors.institutions - names)
        theirs = Actors(doc_actors.places - names, doc_actors.institutions - names)
        return (q, query[1]), not mine.disjoint(theirs)

    def _similar(
        self, vector: _Vector, terms: Terms, when: float, only: Container[int] | None = None,
        feed: FeedContext | None = None,
    ) -> list[tuple[float, str]]:
        if len(terms.weights) < 2:
            return []
        ids, weights, _ = vector
        common = self._common_ids(ids, terms.weights, feed)
        heavy = sorted(range(len(ids)), key=weights.__getitem__, reverse=True)[:BLOCK_TERMS]
        hits = self._postings([ids[k] for k in heavy])
        if only is not None:
            hits = Counter({d: n for d, n in hits.items() if d in only})
        scored: dict[str, float] = {}
        window_s = self.window.total_seconds()
        actors, docs, query, alias = terms.actors, self._docs, _query(vector), self._alias
        # The guard's answer per actor set: docs' sets are interned (`_add`), and a query's
        # candidates share a few (the same places), so most are asked once, by identity.
        apart: dict[int, bool] = {}
        for doc_id, shared in _most_common(hits, MAX_CANDIDATES):
            if shared < self.min_shared:
                break  # one shared name or word is a coincidence, not a story (and no more do)
            doc = docs.get(doc_id)
            if doc is None:  # evicted, not yet swept from the posting list
                continue
            gap = abs(doc.when - when)
            if gap > window_s:
                continue
            disjoint = apart.get(id(doc.actors))
            if disjoint is None:
                disjoint = apart[id(doc.actors)] = actors.disjoint(doc.actors)
            if disjoint:
                continue  # both name actors, never the same ones
            q = query
            own = self._own_feed(doc, feed, common, query, actors, doc.actors, doc.ids)
            if own is not None:
                q, may = own
                if not may:
                    continue  # one feed's items that share only what the feed always says
            full, content = _cosines(q, doc.ids, doc.weights, doc.content_norm)
            if content < self.min_content:
                continue  # same places, different event
            # Coverage of one event bunches within hours; a day later it takes more to match.
            cos = full - self.decay * gap / window_s
            key = doc.story_key
            if key in alias:  # merged into another story (rare: the call only then)
                key = self.canonical(key)
            if cos > scored.get(key, 0.0):
                scored[key] = cos
        return sorted(((c, k) for k, c in scored.items()), reverse=True)

    def _headline_match(self, terms: Terms, when: float,
                        feed: FeedContext | None = None) -> str | None:
        """Headline-to-headline matching, whenever one of the two items is headline-only.

        Aggregators (Google News and the like) often give a headline and nothing else. Against
        a wire story's title + lead its vector is short and the cosine low, so the two became
        two posts, or one or two depending on which feed arrived first. Here the headlines alone
        are compared, with the same guards as the main index (actors never disjoint, some
        content word shared, two shared terms); candidates come from the inverted index."""
        mine_only = terms.headline_only
        if (not mine_only and not self._only) or len(terms.headline) < 2:
            return None
        vector = self._vector(terms.headline, intern=False)
        common = self._common_ids(vector[0], terms.headline, feed)
        hits = self._postings(vector[0])
        ids = [d for d, n in _most_common(hits, HEADLINE_CANDIDATES) if n >= 2]
        if not mine_only:
            ids = [d for d in ids if d in self._only]
        best, best_key = self.headline_threshold, None
        window_s = self.window.total_seconds()
        q_ids, query = set(vector[0]), _query(vector)
        for doc_id in ids:
            doc = self._docs.get(doc_id)
            if doc is None or abs(doc.when - when) > window_s or len(doc.head_ids) < 2:
                continue
            if terms.headline_actors.disjoint(doc.head_actors):
                continue
            if sum(t in q_ids for t in doc.head_ids) < 2:
                continue
            q = query
            own = self._own_feed(doc, feed, common, query, terms.headline_actors,
                                 doc.head_actors, doc.head_ids)
            if own is not None:
                q, may = own
                if not may:
                    continue
            head = self._vector_of(doc.head_ids, doc.head_tf)
            full, content = _cosines(q, *head)
            if content <= 0:
                continue
            if full >= best:
                best, best_key = full, doc.story_key
        return best_key

    # -- the index ------------------------------------------------------------------------------

    def _idf(self, t: int, term: str, n: int, df0: dict[str, int]) -> float:
        return math.log(n / (df0.get(term, 0) + self._df.get(t, 0) + 1))

    def _vector(self, weights: Weights, *, intern: bool) -> _Vector:
        """Unit TF-IDF vector as (term ids, weights) and the norm of its non-entity part."""
        n0, df0 = _static_df()
        n = n0 + len(self._docs) + 1
        ids: list[int] = []
        raw: list[float] = []
        unknown = 0
        for term, tf in weights:
            t = self._ids.get(term)
            if t is None:
                if intern:
                    t = self._intern(term)
                else:
                    unknown += 1
                    t = -_UNKNOWN - unknown if term.startswith("e:") else _UNKNOWN + unknown
            ids.append(t)
            raw.append(tf * self._idf(t, term, n, df0))
        return _unit(ids, raw)

    def _vector_of(self, ids: Sequence[int], tf: Sequence[float]) -> _Vector:
        """An indexed headline's unit vector with today's IDF."""
        n0, df0 = _static_df()
        n = n0 + len(self._docs) + 1
        names = self._names
        return _unit(ids, [w * self._idf(t, names[t], n, df0) for t, w in zip(ids, tf,
                                                                               strict=True)])

    def _intern(self, term: str) -> int:
        t = self._next_term
        self._next_term += 1
        if term.startswith("e:"):
            t = -t
        self._ids[term] = t
        self._names[t] = term
        return t

    def _add(self, story_key: str, vector: _Vector, terms: Terms, when: float,
             feed: FeedContext | None = None) -> int | None:
        if not terms.weights:
            return None
        ids, weights, content_norm = vector
        doc_id = self._next
        self._next += 1
        interned = self._ids
        head = [(interned[term], tf) for term, tf in terms.headline if term in interned]
        self._docs[doc_id] = _Doc(
            story_key, when, array("i", ids), array("f", weights), content_norm,
            self._actors.setdefault(terms.actors, terms.actors),
            array("i", (t for t, _ in head)), array("f", (tf for _, tf in head)),
            self._actors.setdefault(terms.headline_actors, terms.headline_actors),
            self.clock().timestamp() if self.cycle_grace else 0.0,
            None if feed is None else feed.feed,
            story_key,
        )
        if feed is not None:
            self._feed_stories.setdefault(feed.feed, Counter())[story_key] += 1
            per_feed = self._feed_df.setdefault(feed.feed, {})
            docs = self._feed_docs.setdefault(feed.feed, {})
            for t in set(ids):
                n = docs.get((t, story_key), 0)
                docs[t, story_key] = n + 1
                if not n:  # the story's first doc with the term
                    per_feed[t] = per_feed.get(t, 0) + 1
        if terms.headline_only:
            self._only[doc_id] = None
        self._order.append(doc_id)
        index, df = self._index, self._df
        for t in ids:
            postings = index.get(t)
            if postings is None:
                index[t] = array("i", (doc_id,))
            else:
                postings.append(doc_id)
            df[t] = df.get(t, 0) + 1
        if self._newest is None or when > self._newest:
            self._newest = when
        self._evict()
        return doc_id

    def _evict(self) -> None:
        """Drop articles older than the window, counted from the newest one seen."""
        assert self._newest is not None
        horizon = self._newest - self.window.total_seconds()
        # Articles that arrived within `cycle_grace` stay: one poll cycle's feeds come in any
        # order, and a feed whose newest item is days ahead of another's must not evict the
        # story the other feed's items belong to (`similar` still checks each pair's gap).
        arrived_before = (
            self.clock().timestamp() - self.cycle_grace.total_seconds()
            if self.cycle_grace else None
        )
        # Articles usually arrive roughly in time order; one out-of-order stale article at the
        # head is dropped, one fresh article at the head stops the sweep (it goes later).
        while self._order and self._docs[self._order[0]].when < horizon:
            if arrived_before is not None and self._docs[self._order[0]].arrived > arrived_before:
                break
            doc_id = self._order.popleft()
            doc = self._docs.pop(doc_id)
            self._only.pop(doc_id, None)
            self._forget_feed(doc)
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
                    self._index[t] = array("i", (d for d in self._index[t] if d in self._docs))
                    self._dead.pop(t, None)
                else:
                    self._dead[t] = dead
        if len(self._actors) > 2 * len(self._docs) + 1024:
            self._actors = {}
            for d in self._docs.values():
                d.actors = self._actors.setdefault(d.actors, d.actors)
                d.head_actors = self._actors.setdefault(d.head_actors, d.head_actors)


    def _forget_feed(self, doc: _Doc) -> None:
        if doc.feed is None:
            return
        stories, key = self._feed_stories[doc.feed], doc.feed_story
        stories[key] -= 1
        if stories[key] <= 0:
            del stories[key]
        if not stories:
            del self._feed_stories[doc.feed], self._feed_df[doc.feed], self._feed_docs[doc.feed]
            return
        df, docs = self._feed_df[doc.feed], self._feed_docs[doc.feed]
        for t in set(doc.ids):
            n = docs[t, key] - 1
            if n > 0:
                docs[t, key] = n
                continue
            del docs[t, key]  # the story's last doc with the term
            if df[t] > 1:
                df[t] -= 1
            else:
                del df[t]


HEADLINE_ONLY_WORDS = 5  # a lead this short (or none): an aggregator item, a headline only
HEADLINE_THRESHOLD = 0.4  # cosine of the two headlines' TF-IDF vectors
HEADLINE_CANDIDATES = 30  # docs compared headline to headline, those sharing most terms first


def _headline_only(lead: str) -> bool:
    return len(lead.split()) < HEADLINE_ONLY_WORDS
