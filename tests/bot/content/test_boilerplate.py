"""Feed-level template detection (bot/content/boilerplate.py): sentences one feed document repeats
at the start or end of items with different headlines are cut; shared news is not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.content import boilerplate, jobs
from bot.content.articles import process_feed
from bot.content.parse import parse_feed

DATA = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"

FOOTER = ["The Beacon is a reader-funded newsroom.", "Support us from $5 a month."]
NEWS = [
    ["Kenya and Tanzania agreed on Monday to reopen the Namanga crossing."],
    ["Ghana's parliament approved the new cocoa export levy on Tuesday."],
    ["Senegal will host the regional fisheries summit in Dakar in March."],
    ["Nigeria's central bank held its main rate at 27 percent on Wednesday."],
]
CITIES = ["Nairobi", "Accra", "Dakar", "Abuja"]
TITLES = ["Namanga crossing reopens", "Cocoa levy approved", "Dakar fisheries summit",
          "Rate on hold in Abuja"]


def _feed(bodies: list[list[str]], titles: list[str] = TITLES) -> list[tuple[str, list[str]]]:
    return list(zip(titles, bodies, strict=False))


def _cut(items: list[tuple[str, list[str]]]) -> list[list[str]]:
    template = boilerplate.detect(items)
    return [boilerplate.strip(title, paras, template) for title, paras in items]


# (case, each item's paragraphs, each item's paragraphs after cutting)
CASES = [
    ("footer paragraph in every item",
     [[*n, " ".join(FOOTER)] for n in NEWS], NEWS),
    ("footer as two paragraphs",
     [[*n, *FOOTER] for n in NEWS], NEWS),
    ("header block opening every item",
     [[" ".join(FOOTER), *n] for n in NEWS], NEWS),
    ("footer with other digits and case in each item",
     [[*n, f"THE BEACON is a reader-funded newsroom. Support us from ${d} a month."]
      for d, n in zip((5, 7, 9, 12), NEWS, strict=True)], NEWS),
    ("two-sentence block in only two items (an author box)",
     [[*NEWS[0], *FOOTER], NEWS[1], [*NEWS[2], *FOOTER], NEWS[3]],
     NEWS),
    ("one plain sentence closing only two items: maybe shared background, kept",
     [[*NEWS[0], FOOTER[0]], NEWS[1], [*NEWS[2], FOOTER[0]], NEWS[3]],
     [[*NEWS[0], FOOTER[0]], NEWS[1], [*NEWS[2], FOOTER[0]], NEWS[3]]),
    ("one sentence with a link closing only two items",
     [[*NEWS[0], "Follow our coverage on beacon.example/live every day."], NEWS[1],
      [*NEWS[2], "Follow our coverage on beacon.example/live every day."], NEWS[3]],
     NEWS),
    ("a shared sentence in the middle is news",
     [[f"Delegates met in {c}.", FOOTER[0], *n] for c, n in zip(CITIES, NEWS, strict=True)],
     [[f"Delegates met in {c}.", FOOTER[0], *n] for c, n in zip(CITIES, NEWS, strict=True)]),
    ("an item that is only the footer keeps it (never empty)",
     [[" ".join(FOOTER)], *[[*n, " ".join(FOOTER)] for n in NEWS[1:]]],
     [[" ".join(FOOTER)], *NEWS[1:]]),
    ("short sign-off seen in every item",
     [[*n, "Until next week,", "Tobias"] for n in NEWS], NEWS),
    ("a short repeated line alone is no evidence",
     [[*n, "Tobias"] for n in NEWS], [[*n, "Tobias"] for n in NEWS]),
]


@pytest.mark.parametrize(("bodies", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_detect_and_strip(bodies: list[list[str]], want: list[list[str]]) -> None:
    assert _cut(_feed(bodies)) == want


def test_same_story_twice_is_not_a_template() -> None:
    story = ["Kenya and Tanzania agreed on Monday to reopen the Namanga crossing.",
             "Trucks had queued for three days at the border post.",
             "Officials said customs checks would be shared from January."]
    items = [("Kenya, Tanzania reopen Namanga crossing", story),
             ("Namanga border crossing to reopen after deal", [*story, "Traders welcomed it."]),
             *_feed(NEWS[1:], TITLES[1:])]
    assert _cut(items) == [story, [*story, "Traders welcomed it."], *NEWS[1:]]


def test_same_headline_votes_once() -> None:
    """An item repeated under the same headline (a feed listing it twice) is one vote."""
    items = [("Namanga crossing reopens", [*NEWS[0], *FOOTER])] * 3
    assert boilerplate.detect(items) == boilerplate.EMPTY


def test_sentence_of_the_items_own_news_is_kept() -> None:
    """A recurring line that shares the headline's words (a story's standing background) stays
    in the items about it."""
    line = "Namanga crossing traffic resumed fully after the reopening deal, officials said."
    items = [("Namanga crossing reopens for trucks", [*NEWS[0], line]),
             ("Namanga crossing reopening delayed", [*NEWS[1], line]),
             ("Namanga crossing: traders return", [*NEWS[2], line])]
    assert _cut(items) == [[*NEWS[0], line], [*NEWS[1], line], [*NEWS[2], line]]


def test_template_embedding_the_items_headline() -> None:
    items = [(t, [*n, f"“{t}” first appeared on The Beacon."]) for t, n in zip(TITLES, NEWS,
                                                                                   strict=True)]
    assert _cut(items) == NEWS


def test_one_item_has_no_template() -> None:
    assert boilerplate.detect([("Namanga crossing reopens", [*NEWS[0], *FOOTER])]) == frozenset()


def test_strip_without_template_returns_the_paragraphs() -> None:
    assert boilerplate.strip("t", NEWS[0], boilerplate.EMPTY) == NEWS[0]


def _sidecars() -> list[Path]:
    return [p for p in sorted(DATA.glob("10[45]?_*.expect.json"))]


@pytest.mark.parametrize("sidecar", _sidecars(), ids=lambda p: p.name[:4])
def test_realistic_feed_texts(sidecar: Path) -> None:
    """Fixtures 1040–1059: the stored text (what search, clustering and tags read) loses the
    feed's template and keeps its news."""
    expect = json.loads(sidecar.read_text("utf-8"))["items"]
    stem = sidecar.name.removesuffix(".expect.json")
    (path,) = [p for p in DATA.glob(stem + ".*") if p != sidecar]
    _, built = process_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}")
    by_link = {a.link: a for a in built}
    for link, want in expect.items():
        text = by_link[link].text
        for fragment in want.get("text_must_not_contain", ()):
            assert fragment not in text, (link, fragment)
        for fragment in want.get("text_must_contain", ()):
            assert fragment in text, (link, fragment)


def test_pool_build_cuts_the_template_of_its_batch() -> None:
    path = DATA / "1040_en_wordpress_newsroom_footer_per_item.xml"
    feed = parse_feed(path.read_bytes(), url="https://feeds.example/1040.xml")
    built = jobs.build(feed.entries, jobs.feed_context(feed), "https://feeds.example/1040.xml",
                       1, jobs.Budget(max_words=60, max_sentences=3))
    assert built and all("reader-supported" not in a.text for a, _ in built)


PLACES = ("Accra", "Bamako", "Cairo", "Dakar", "Harare", "Kampala", "Kigali", "Lagos", "Luanda",
          "Lusaka", "Maputo", "Nairobi", "Niamey", "Rabat", "Tunis", "Algiers", "Asmara",
          "Bangui", "Banjul", "Bissau", "Conakry", "Djibouti", "Freetown", "Gaborone", "Juba",
          "Khartoum", "Kinshasa", "Libreville", "Lilongwe", "Lome", "Malabo", "Maseru",
          "Mbabane", "Mogadishu", "Monrovia", "Moroni", "Ndjamena", "Nouakchott", "Ouagadougou",
          "Windhoek")


def test_long_feed_wants_more_than_three_votes_for_a_lone_sentence() -> None:
    """3 of 40 items closing on one plain sentence may be coincidence; as a block it is not."""
    lone = "The ministry did not answer questions from reporters."
    block = [lone, "Officials declined to give further details."]
    items = [(f"Talks resume in {p}", [f"Envoys gathered in {p} for a new round."]) for p in PLACES]
    with_lone = [(t, [*b, lone]) if n < 3 else (t, b) for n, (t, b) in enumerate(items)]
    assert boilerplate.detect(with_lone) == frozenset()
    with_block = [(t, [*b, *block]) if n < 3 else (t, b) for n, (t, b) in enumerate(items)]
    assert _cut(with_block)[:3] == [b for _, b in items[:3]]


def test_a_template_that_tells_non_stories_stays() -> None:
    """A newsletter whose every issue opens "Good morning." (set 13's roundups): the greeting is
    the feed's template, and also what tells `is_story` the issues are no news; it stays.
    (An issue is an edition when its headline names the digest: one about one subject is a
    story, fixture 1063.)"""
    from bot.content.articles import is_story

    items = "".join(
        f"<item><title>Morning brief: {t}</title><link>https://brief.example/{n}</link>"
        f"<description><![CDATA[<p>Good morning. Here is what matters today.</p>"
        f"<p>1. {lead}</p><p>Thanks for reading, see you tomorrow.</p>]]></description></item>"
        for n, (t, lead) in enumerate(zip(TITLES, (n[0] for n in NEWS), strict=True))
    )
    body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Morning Brief</title>'
            f"<link>https://brief.example</link>{items}</channel></rss>").encode()
    _, built = process_feed(body, url="https://brief.example/feed")
    assert len(built) == 4
    assert all(a.text.startswith("Good morning.") and not is_story(a) for a in built)


# -- between polls: the feed's template memory (boilerplate.learn) ----------------------------

def _poll_by_poll(items: list[tuple[str, list[str]]], memory: bytes = b"") -> tuple[
        list[list[str]], bytes]:
    """Each item alone, as a poll in steady state brings it, with the memory of the ones before."""
    out = []
    for title, paras in items:
        template, memory = boilerplate.learn([(title, paras)], memory)
        out.append(boilerplate.strip(title, paras, template))
    return out, memory


def test_one_new_item_is_cut_by_the_memory_of_the_batch_before() -> None:
    first = _feed([[*n, *FOOTER] for n in NEWS[:3]])
    template, memory = boilerplate.learn(first)
    assert [boilerplate.strip(t, p, template) for t, p in first] == NEWS[:3]
    cut, _ = _poll_by_poll([(TITLES[3], [*NEWS[3], *FOOTER])], memory)
    assert cut == [NEWS[3]]


def test_memory_gathers_votes_item_by_item() -> None:
    """Poll by poll from nothing: the first item's edges recur nowhere (its record holds no
    keys), the second's recur with it (keys kept, but one vote), from the third on: cut."""
    more = [("Lusaka grain deal", ["Zambia signed a grain deal with Malawi in Lusaka."]),
            ("Harare currency move", ["Zimbabwe's central bank changed its currency rules."])]
    items = [(t, [*b, *FOOTER]) for t, b in [*_feed(NEWS), *more]]
    cut, memory = _poll_by_poll(items)
    assert cut == [[*NEWS[0], *FOOTER], [*NEWS[1], *FOOTER], *NEWS[2:], *(b for _, b in more)]
    assert len(memory) < 1_000


def test_memory_of_a_feed_without_template_is_marks_only() -> None:
    cut, memory = _poll_by_poll(_feed(NEWS))
    assert cut == NEWS
    assert len(memory) == 1 + 4 * 33  # version byte, then 33 bytes an item: no sentence keys


def test_memory_keeps_the_conservative_guards() -> None:
    """Across polls as within a document: one plain sentence closing two items stays, a
    shared sentence in the middle stays, the item's own news stays."""
    lone = [[*NEWS[0], FOOTER[0]], NEWS[1], [*NEWS[2], FOOTER[0]], NEWS[3]]
    assert _poll_by_poll(_feed(lone))[0] == lone
    middle = [[f"Delegates met in {c}.", FOOTER[0], *n] for c, n in zip(CITIES, NEWS,
                                                                         strict=True)]
    assert _poll_by_poll(_feed(middle))[0] == middle
    line = "Namanga crossing traffic resumed fully after the reopening deal, officials said."
    own = [("Namanga crossing reopens for trucks", [*NEWS[0], line]),
           ("Namanga crossing reopening delayed", [*NEWS[1], line]),
           ("Namanga crossing: traders return", [*NEWS[2], line])]
    assert _poll_by_poll(own)[0] == [p for _, p in own]


def test_the_same_story_again_in_a_later_poll_is_no_template() -> None:
    """A story published again under a new headline (every sentence recurs) is an echo across
    polls too: its lead and ending are not cut from either."""
    story = ["Kenya and Tanzania agreed on Monday to reopen the Namanga crossing.",
             "Trucks had queued for three days at the border post.",
             "Officials said customs checks would be shared from January."]
    items = [("Kenya, Tanzania reopen Namanga crossing", story), *_feed(NEWS[1:3], TITLES[1:3]),
             ("Namanga border crossing to reopen after deal", [*story, "Traders welcomed it."])]
    cut, _ = _poll_by_poll(items)
    assert cut == [p for _, p in items]


def test_memory_holds_the_last_items_and_survives_the_pool() -> None:
    import pickle

    many = [(f"Talks resume in {p}", [f"Envoys gathered in {p} for a new round.", *FOOTER])
            for p in PLACES]
    _, memory = _poll_by_poll(many)
    assert len(boilerplate._load(memory)) == boilerplate._MEMORY_ITEMS
    assert pickle.loads(pickle.dumps(memory)) == memory
    # a memory of another version (or damaged) is relearnt, never an error
    assert boilerplate.learn(_feed([NEWS[0]]), b"\x09junk")[0] == boilerplate.EMPTY
    first = 1 + 33 + 3 * 8  # version, then a record with three keys
    assert boilerplate._load(memory[: first + 10]) == boilerplate._load(memory)[:1]


def test_an_item_built_again_replaces_its_record() -> None:
    """An edited item rebuilt (same headline) is one voter, not two."""
    item = (TITLES[0], [*NEWS[0], *FOOTER])
    _, memory = boilerplate.learn([item])
    template, again = boilerplate.learn([item], memory)
    assert template == boilerplate.EMPTY and len(again) == len(memory)


def test_a_poll_where_nothing_recurs_appends_without_reading_the_memory() -> None:
    """The fast path (no mark of the new item in the memory) writes what the full reading
    would: the records kept, the oldest dropped past the cap."""
    footed = [(t, [f"Envoys gathered in {t} for a new round.", *FOOTER]) for t in PLACES[:20]]
    _, memory = _poll_by_poll(footed)  # records with keys
    plain = [(f"Harvest report {p}", [f"Farmers in {p} expect a larger crop this year."])
             for p in PLACES[20:]]
    fast = memory
    for item in plain:
        template, fast = boilerplate.learn([item], fast)
        assert template == boilerplate.EMPTY
    records = boilerplate._load(memory)
    for item in plain:
        records.append(boilerplate._load(boilerplate.learn([item])[1])[0])
    assert fast == boilerplate._dump(records[-boilerplate._MEMORY_ITEMS:])
