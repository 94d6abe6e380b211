"""The fourth held-out set's own traps are in its bytes and sidecars (the checks every
set shares are in test_heldout_corpora.py)."""

from __future__ import annotations

from tests.bench.test_heldout_corpora import DATA, sidecars

SET = DATA / "heldout4_feeds"


def _sidecars() -> dict[str, dict]:
    return sidecars(SET.name)


def test_the_consent_page_must_be_refused_and_the_encoding_trap_may_be() -> None:
    sides = _sidecars()
    wall = sides["it_corrierelagunare_esteri_consent_wall.rss.xml"]
    assert wall["feed"]["acceptable_outcomes"] == ["refused"] and wall["items"] == {}
    trap = sides["en_za_highveldmercury_africa_cp1252_as_latin1.rss.xml"]["feed"]
    assert (trap["encoding"], trap["declared_encoding"]) == ("cp1252", "iso-8859-1")
    raw = (SET / "en_za_highveldmercury_africa_cp1252_as_latin1.rss.xml").read_bytes()
    assert b"\x92" in raw and raw.startswith(b'<?xml version="1.0" encoding="ISO-8859-1"?>')
