"""The fifth held-out set's own traps are in its bytes and sidecars (the checks every
set shares are in test_heldout_corpora.py)."""

from __future__ import annotations

from tests.bench.test_heldout_corpora import DATA, sidecars

SET = DATA / "heldout5_feeds"


def _sidecars() -> dict[str, dict]:
    return sidecars(SET.name)


def test_the_sitemap_must_be_refused_and_the_empty_feed_has_no_items() -> None:
    sides = _sidecars()
    sitemap = sides["en_gb_thamesgazette_world_news_sitemap.xml"]
    assert sitemap["feed"]["acceptable_outcomes"] == ["refused"] and sitemap["items"] == {}
    assert b"<urlset" in (SET / "en_gb_thamesgazette_world_news_sitemap.xml").read_bytes()
    empty = sides["it_gazzettalariana_esteri_empty.rss.xml"]
    assert "decoded" in empty["feed"]["acceptable_outcomes"] and empty["items"] == {}
    assert b"<item" not in (SET / "it_gazzettalariana_esteri_empty.rss.xml").read_bytes()


def test_the_encoding_traps_are_in_the_bytes() -> None:
    sides = _sidecars()
    bom = "en_gh_voltachronicle_world_bom_wrongdecl.rss.xml"
    assert (sides[bom]["feed"]["encoding"], sides[bom]["feed"]["declared_encoding"]) == (
        "utf-8-sig", "windows-1252")
    raw = (SET / bom).read_bytes()
    assert raw.startswith(b'\xef\xbb\xbf<?xml version="1.0" encoding="windows-1252"?>')
    # one item is double-encoded in the source: 'Côte d’Ivoire' as UTF-8 read as windows-1252
    assert "CÃ´te dâ€™Ivoire".encode() in raw
    html = sides["en_zola_steppeandstrait_atom_served_as_html.xml"]["feed"]
    assert html["content_type"] == "text/html; charset=windows-1252"
    assert "’".encode() in (SET / "en_zola_steppeandstrait_atom_served_as_html.xml").read_bytes()
