"""The fifth held-out feed set rebuilds byte for byte and its sidecars are consistent.

Only the corpus is checked here (its generator, its item ids and the sidecar schema the held-out
bench reads); nothing runs the pipeline on it, so this says nothing about how the bot does.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
SET = DATA / "heldout5_feeds"
ITEM_KEYS = {"is_story", "title", "outlet", "authors", "published", "summary_must_not_contain",
             "relevant", "language"}
FEED_KEYS = {"outlet_structure", "content_type", "language", "outlet", "shape", "topic",
             "encoding", "declared_encoding", "acceptable_outcomes"}


def _sidecars() -> dict[str, dict]:
    return {p.name.removesuffix(".expect.json"): json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(SET.glob("*.expect.json"))}


def test_generator_reproduces_the_committed_files(tmp_path: Path) -> None:
    # build.py writes next to its own folder: run a copy so the repository is left untouched
    copy = tmp_path / "data"
    shutil.copytree(SET / "_generator", copy / "heldout5_feeds" / "_generator")
    shutil.copytree(DATA / "heldout_common", copy / "heldout_common")
    subprocess.run([sys.executable, "build.py"], cwd=copy / "heldout5_feeds" / "_generator",
                   check=True, capture_output=True, timeout=120)
    built = {p.name: p.read_bytes() for p in (copy / "heldout5_feeds").iterdir() if p.is_file()}
    committed = {p.name: p.read_bytes() for p in SET.iterdir()
                 if p.is_file() and p.name != "README.md"}
    assert sorted(built) == sorted(committed)
    changed = [n for n in built if built[n] != committed[n]]
    assert not changed, f"rebuild differs: {changed}"


def test_sidecar_keys_match_the_feed_items() -> None:
    pytest.importorskip("feedparser")
    run = subprocess.run([sys.executable, str(SET / "_generator" / "check.py")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "MISMATCH" not in run.stdout
    assert "22 feeds, 136 items" in run.stdout


def test_sidecars_follow_the_bench_schema() -> None:
    sides = _sidecars()
    assert len(sides) == 22
    for name, side in sides.items():
        feed = side["feed"]
        assert set(feed) >= FEED_KEYS, name
        assert set(feed["acceptable_outcomes"]) <= {"decoded", "refused"}, name
        assert (SET / name).is_file(), name
        for key, item in side["items"].items():
            where = f"{name} {key}"
            assert set(item) >= ITEM_KEYS, where
            assert isinstance(item["authors"], list), where
            assert all(isinstance(a, str) and a.strip() == a and a for a in item["authors"]), where
            if item["published"] is not None:
                assert datetime.fromisoformat(item["published"]).tzinfo is not None, where
            for q in item.get("quotes", []):
                assert q["speaker"] and set(q) <= {"speaker", "affiliation"}, where
            # a junk string that is part of the expected title could never be satisfied
            for junk in item["summary_must_not_contain"]:
                assert junk.strip() not in item["title"] or not junk.strip(), where
            if item["is_story"]:
                assert item["title"], where


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
