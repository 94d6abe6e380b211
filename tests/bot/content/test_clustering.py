"""Story clustering: same story across outlets and wordings; different stories stay apart."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.content.clustering import Clusterer, canonical_link, story_key_for_link

DATA = Path(__file__).resolve().parents[2] / "data" / "story_pairs.jsonl"
T0 = datetime(2025, 3, 4, 6, 0, tzinfo=UTC)


def load_items() -> list[dict]:
    items = [json.loads(line) for line in DATA.read_text("utf-8").splitlines() if line.strip()]
    for it in items:
        it["when"] = datetime.fromisoformat(it["published"].replace("Z", "+00:00"))
    return sorted(items, key=lambda it: it["when"])


def cluster(items: list[dict], clusterer: Clusterer | None = None) -> dict[int, str]:
    c = clusterer or Clusterer()
    assigned = {}
    for it in items:
        key = c.match(it["title"], it["lead"], it["when"]) or f"s{it['id']}"
        assigned[it["id"]] = key
        c.add(key, it["title"], it["lead"], it["when"])
    return assigned


def test_hand_labelled_pairs_precision_and_recall() -> None:
    items = load_items()
    assigned = cluster(items)
    tp = fp = fn = 0
    for a, b in itertools.combinations(items, 2):
        same, together = a["group"] == b["group"], assigned[a["id"]] == assigned[b["id"]]
        tp += same and together
        fp += together and not same
        fn += same and not together
    assert fp == 0
    assert tp / (tp + fn) >= 0.9


@pytest.mark.parametrize(
    "group", ["g01-nk-missile", "g06-iran-enrichment", "g09-niger-ambassador", "g21-ukraine-dam"]
)
def test_same_story_different_outlets_and_wording(group: str) -> None:
    items = [it for it in load_items() if it["group"] == group]
    assert len({*cluster(items).values()}) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("g02-korea-football", "g03-korea-talks"),  # both "South Korea" and "Japan"
        ("g01-nk-missile", "g03-korea-talks"),
        ("g04-un-gaza-vote", "g05-un-ukraine-vote"),  # two different UN votes
        ("g10-ecb-rates", "g11-fed-rates"),  # two central banks, same verbs
        ("g23-israel-iran-strikes", "g24-iran-football"),
        ("g27-poland-election", "g28-poland-farmers"),
    ],
)
def test_different_stories_sharing_words_stay_apart(a: str, b: str) -> None:
    items = [it for it in load_items() if it["group"] in (a, b)]
    assigned = cluster(items)
    keys_a = {assigned[it["id"]] for it in items if it["group"] == a}
    keys_b = {assigned[it["id"]] for it in items if it["group"] == b}
    assert not keys_a & keys_b


def test_time_window_and_eviction() -> None:
    c = Clusterer(window=timedelta(hours=48))
    title, lead = "Iran to expand uranium enrichment at Fordow", "After IAEA censure, Tehran said."
    c.add("iran", title, lead, T0)
    assert (
        c.match("Iran expands enrichment at Fordow site", lead, T0 + timedelta(hours=2)) == "iran"
    )
    assert c.match("Iran expands enrichment at Fordow site", lead, T0 + timedelta(days=3)) is None
    c.add("other", "Unrelated harvest festival opens", "Farmers celebrate.", T0 + timedelta(days=3))
    assert len(c) == 1  # the Iran article fell out of the window


def test_articles_without_a_date_use_the_injected_clock() -> None:
    now = T0 + timedelta(days=10)
    c = Clusterer(clock=lambda: now)
    c.add("a", "Sudan army and RSF agree to Jeddah ceasefire", "Saudi and US mediators said.", None)
    assert c.match("Sudan's warring sides sign ceasefire in Jeddah", "", now) == "a"
    assert c.match("Sudan's warring sides sign ceasefire in Jeddah", "", T0) is None


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("", ""),
        ("   ", "\x00"),
        ("🚀" * 1000, "🔥" * 1000),
        ("a", "b" * 1_000_000),
        ("Ukraine " * 10_000, ""),
    ],
)
def test_hostile_input_neither_crashes_nor_matches(title: str, lead: str) -> None:
    c = Clusterer()
    c.add("x", "Ukraine says Russian drones hit Kyiv power grid", "Officials said.", T0)
    c.add("bad", title, lead, T0)
    assert c.match(title, lead, T0) in (None, "bad", "x")
    assert c.match("", "", T0) is None


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("https://www.example.com/a/b/?utm_source=x&utm_medium=y#top", "https://example.com/a/b"),
        ("http://example.com/story?id=7&fbclid=abc", "https://example.com/story?id=7"),
        ("https://m.example.com/story/", "https://example.com/story"),
        ("  ", None),
        (None, None),
    ],
)
def test_canonical_link(link: str | None, expected: str | None) -> None:
    assert canonical_link(link) == expected


def test_story_key_for_link() -> None:
    a = story_key_for_link("https://www.example.com/x/?utm_source=rss", "k1")
    assert a == story_key_for_link("http://example.com/x", "k2")
    assert story_key_for_link(None, "k1") != story_key_for_link(None, "k2")
    assert len(a) == 16


def test_assign_returns_the_story_it_joins_or_its_own_key() -> None:
    c = Clusterer()
    first = c.assign("a", "Niger junta orders French ambassador to leave", "Paris refuses.", T0)
    second = c.assign(
        "b",
        "Niamey expels French envoy as tensions with Paris mount",
        "Niger's coup leaders said the ambassador must leave.",
        T0,
    )
    third = c.assign("c", "ECB cuts interest rates again", "Euro zone inflation slows.", T0)
    assert (first, second, third) == ("a", "a", "c")
    assert len(c) == 3


def test_a_feeds_term_counts_follow_its_live_stories() -> None:
    """Per feed, each term counts the feed's live stories having it (what makes a term common in
    the feed): a story's second doc adds nothing, and an evicted doc takes back what it added."""
    from bot.content.clustering import FeedContext

    c = Clusterer(window=timedelta(hours=48))
    feed = FeedContext("f")
    c.add("a", "Iran to expand uranium enrichment at Fordow", "Tehran said.", T0, feed)
    c.add("a", "Iran expands enrichment at Fordow site", "Tehran said.", T0, feed)
    c.add("b", "Iran and IAEA meet in Vienna over enrichment", "Talks.", T0, feed)
    c.add("c", "Sudan ceasefire talks open in Jeddah", "Mediators said.", T0, FeedContext("g"))

    def counts(f: object) -> dict[str, int]:
        names = {i: t for t, i in c._ids.items()}
        return {names[t]: n for t, n in c._feed_df.get(f, {}).items()}

    def expected(f: object) -> dict[str, int]:
        names = {i: t for t, i in c._ids.items()}
        stories: dict[str, set[str]] = {}
        for d in c._docs.values():
            if d.feed == f:
                for t in set(d.ids):
                    stories.setdefault(names[t], set()).add(d.feed_story)
        return {t: len(s) for t, s in stories.items()}

    iran = "enrichment"
    assert counts("f")[iran] == 2 and counts("f") == expected("f")
    assert counts("g") == expected("g")
    c.add("d", "Unrelated harvest festival opens", "Farmers celebrate.", T0 + timedelta(days=3),
          feed)  # the others fall out of the window
    assert iran not in counts("f") and counts("f") == expected("f")
    assert counts("g") == {} and "g" not in c._feed_docs


def test_the_built_foreign_stopwords_are_the_derived_ones() -> None:
    """bot/data/foreign_stopwords.json (bench.build_stopwords) is read only when built from
    the same inputs, and then holds what deriving them gives."""
    import json
    from importlib import resources

    from bot.content import clustering

    raw = json.loads(resources.files("bot.data").joinpath(clustering.STOPWORDS_FILE)
                     .read_text("utf-8"))
    assert raw["inputs"] == clustering.stopword_inputs()  # stale: python -m bench.build_stopwords
    assert frozenset(raw["words"]) == clustering.derive_foreign_stopwords()
    assert clustering.foreign_stopwords() == clustering.derive_foreign_stopwords()


def test_candidates_are_ranked_as_most_common_ranks_them() -> None:
    """The candidate ranking (a stable sort) is `Counter.most_common`'s list, ties included:
    which of equally-counted docs make the cut decides which stories are compared."""
    import random
    from collections import Counter

    from bot.content.clustering import _most_common

    rng = random.Random(7)
    for _ in range(300):
        hits = Counter(rng.randrange(60) for _ in range(rng.randrange(200)))
        for n in (0, 1, 5, 30, 150):
            assert _most_common(hits, n) == hits.most_common(n)


def test_the_actors_guard_is_asked_by_actor_set() -> None:
    """Candidates sharing one actor set get one answer each way: a doc whose places differ
    never matches, one with the same places still does (the per-query memo of the guard)."""
    c = Clusterer()
    c.add("a", "Kenya and Chile sign a border accord", "Officials in Nairobi and Santiago "
          "signed the border accord on Tuesday after years of talks.", T0)
    c.add("b", "Norway and Peru sign a border accord", "Officials in Oslo and Lima "
          "signed the border accord on Tuesday after years of talks.", T0)
    got = c.match("Kenya, Chile sign border accord", "The border accord was signed by officials "
                  "in Nairobi and Santiago on Tuesday.", T0 + timedelta(hours=1))
    assert got == "a"
