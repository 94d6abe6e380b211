"""The bundled demo feeds (config/demo) and the curated feed list (config/feeds.toml).

These files are test data for the whole pipeline, so the tests pin the traps they are meant to
carry (encodings, malformed XML, junk, hostile mentions) as well as their shape.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from bot.content.parse import parse_feed
from bot.core.settings import load_settings
from bot.core.types import ParsedFeed

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "bot" / "data" / "demo"
CLUSTERS = ROOT / "tests" / "data" / "demo_clusters.json"
FEEDS_TOML = ROOT / "config" / "feeds.toml"

COUNTS = {
    "wire-world.xml": 8,
    "policy-review.atom": 6,
    "newsroom-aggregator.xml": 8,
    "global-desk-cp1252.xml": 5,
    "mixed-bag.xml": 8,
}
WEEK_START = datetime(2026, 11, 17, tzinfo=UTC)
WEEK_END = datetime(2026, 11, 25, tzinfo=UTC)
MOJIBAKE = ("Ã", "â€", "Â", "\ufffd")


def _parse(name: str) -> ParsedFeed:
    return parse_feed((DEMO / name).read_bytes(), url=f"http://127.0.0.1:8080/{name}")


def _text(html: str) -> str:
    return LexborHTMLParser(html).text(separator=" ") if html.strip() else ""


def test_every_demo_file_is_listed() -> None:
    on_disk = {p.name for p in DEMO.iterdir() if p.suffix in {".xml", ".atom"}}
    assert on_disk == set(COUNTS)
    assert sum(COUNTS.values()) == 35


@pytest.mark.parametrize(("name", "count"), COUNTS.items())
def test_demo_feed_parses_with_expected_items(name: str, count: int) -> None:
    feed = _parse(name)
    assert feed.title
    assert len(feed.entries) == count
    assert len({e.guid for e in feed.entries}) == count, "guids must be unique within a feed"
    for entry in feed.entries:
        assert entry.title and entry.link and entry.guid
        assert entry.published is not None
        assert WEEK_START <= entry.published < WEEK_END, entry.title


@pytest.mark.parametrize("name", [n for n in COUNTS if n != "mixed-bag.xml"])
def test_well_formed_feeds_have_no_warning(name: str) -> None:
    assert _parse(name).warning is None


def test_malformed_feed_warns_but_keeps_every_item() -> None:
    feed = _parse("mixed-bag.xml")
    assert feed.warning and "not well-formed" in feed.warning
    titles = [e.title for e in feed.entries]
    assert "Rovers & City share the points in six-goal thriller" in titles
    assert "South Korea beats Japan in World Cup qualifier" in titles
    title_only = [e for e in feed.entries if not e.summary_html.strip()]
    assert [e.title for e in title_only] == ["Ten winter soups to make this weekend"]


def test_cp1252_feed_is_really_cp1252_and_decodes_cleanly() -> None:
    raw = (DEMO / "global-desk-cp1252.xml").read_bytes()
    assert raw.startswith(b'<?xml version="1.0" encoding="windows-1252"?>')
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    for char in "“”–éü€":
        assert char.encode("cp1252") in raw

    feed = _parse("global-desk-cp1252.xml")
    titles = " ".join(e.title for e in feed.entries)
    for char in "“”–éô€’":
        assert char in titles, char
    bodies = " ".join(e.summary_html for e in feed.entries)
    assert "Dürr" in bodies and "Müller" in bodies and "Zürich" in bodies and "…" in bodies
    authors = {a for e in feed.entries for a in e.authors}
    assert {"Émilie Laurent", "Jürgen Köhler", "Aïcha Koné"} <= authors
    for text in (titles, bodies, feed.title or ""):
        assert not any(bad in text for bad in MOJIBAKE), text


def test_no_mojibake_in_utf8_feeds() -> None:
    for name in COUNTS:
        for entry in _parse(name).entries:
            text = entry.title + entry.summary_html + entry.content_html + " ".join(entry.authors)
            assert not any(bad in text for bad in MOJIBAKE), (name, entry.title)


def test_wire_feed_carries_the_junk_the_cleaner_must_remove() -> None:
    html = "\n".join(e.summary_html for e in _parse("wire-world.xml").entries)
    for junk in (
        "<script>",
        "<figcaption>",
        "© Meridian Wire 2026",
        "Visit website",
        "appeared first on",
        "Read more",
        "Sign up for our newsletter",
        "........",
        "in…</p>",
    ):
        assert junk in html, junk
    first = _parse("wire-world.xml").entries[0].summary_html
    paragraphs = [p.text() for p in LexborHTMLParser(first).css("p")]
    assert len(paragraphs) != len(set(paragraphs)), "the duplicated paragraph is gone"


def test_wire_feed_quotes_come_in_many_forms() -> None:
    text = " ".join(_text(e.summary_html) for e in _parse("wire-world.xml").entries)
    assert "” said Dana Whitfield, a Korea expert at the Center for Strategic" in text
    assert 'Park Ji-won, said: "' in text
    assert "according to" in text
    assert '," she told reporters' in text
    assert '," Sergei Volkov, the head of the Russian delegation, told reporters' in text


def test_wire_feed_authors() -> None:
    from bot.content.attribution import clean_authors

    authors = {e.guid: clean_authors(e.authors) for e in _parse("wire-world.xml").entries}
    assert authors["mw-2026-11-19-0931"] == ("Tomas Reyes", "Irina Koval")
    assert authors["mw-2026-11-21-0815"] == ("Leila Haddad",)
    assert authors["mw-2026-11-20-1107"] == ("Claire Dubois",)


def test_rss_author_email_with_long_tld_keeps_the_name() -> None:
    entry = _parse("wire-world.xml").entries[0]
    assert entry.authors == ("Hana Kim",)


def test_policy_review_is_long_form_with_rights() -> None:
    feed = _parse("policy-review.atom")
    assert feed.rights and "Atlantic Policy Review" in feed.rights
    for entry in feed.entries:
        words = len(_text(entry.content_html).split())
        assert 500 <= words <= 800, (entry.title, words)
        assert entry.authors and entry.rights
    assert ("Henrik Aalto", "Maria Costa") in {e.authors for e in feed.entries}


def test_aggregator_names_the_original_outlet() -> None:
    for entry in _parse("newsroom-aggregator.xml").entries:
        assert entry.source_title and entry.source_url, entry.title
        assert entry.title.endswith(f" - {entry.source_title}"), entry.title
        assert entry.source_url.startswith("https://")


def test_hostile_mentions_are_present() -> None:
    text = " ".join(
        _text(e.summary_html) + " " + _text(e.content_html)
        for name in COUNTS
        for e in _parse(name).entries
    )
    for mention in ("@everyone", "@here", "<!channel>", "<@U123>"):
        assert mention in text, mention


def test_cluster_groups_point_at_real_items() -> None:
    data = json.loads(CLUSTERS.read_text(encoding="utf-8"))
    groups = data["groups"]
    assert len(groups) == len(data["labels"]) == 6
    ids = {name: {e.guid for e in _parse(name).entries} for name in COUNTS}
    seen: set[tuple[str, str]] = set()
    for group in groups:
        assert len(group) >= 2
        assert len({m["feed"] for m in group}) == len(group), "one item per feed per story"
        for member in group:
            key = (member["feed"], member["id"])
            assert member["id"] in ids[member["feed"]], key
            assert key not in seen, f"{key} is in two groups"
            seen.add(key)


def test_curated_feed_list_loads() -> None:
    settings = load_settings(FEEDS_TOML)
    feeds = settings.feeds
    assert 18 <= len(feeds) <= 25
    urls = [f.url for f in feeds]
    assert len(set(urls)) == len(urls)
    assert all(u.startswith("https://") for u in urls)
    assert all(f.name for f in feeds)
    names = {f.name for f in feeds}
    assert {"BBC World", "UN News", "Foreign Policy", "War on the Rocks"} <= names
    assert any(f.trusted for f in feeds) and not all(f.trusted for f in feeds)
