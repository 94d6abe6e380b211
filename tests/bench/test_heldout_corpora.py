"""The held-out feed sets written with the shared generator (tests/data/heldout_common/)
rebuild byte for byte and their sidecars follow the schema the held-out bench reads.

Only the corpora are checked here (their generators, item ids and sidecars); nothing runs the
pipeline on them, so this says nothing about how the bot does. Each set's own traps are checked
in test_heldout<N>_corpus.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
# set folder → (feeds, items) as its check.py counts them
SETS = {"heldout4_feeds": (22, 140), "heldout5_feeds": (22, 136), "heldout6_feeds": (22, 136),
        "heldout7_feeds": (22, 141), "heldout8_feeds": (22, 134),
        "heldout9_feeds": (14, 85), "heldout10_feeds": (14, 90),
        "heldout11_feeds": (22, 133), "heldout12_feeds": (22, 133),
        "heldout13_feeds": (21, 127), "heldout14_feeds": (21, 126),
        "heldout15_feeds": (21, 126), "heldout16_feeds": (21, 126),
        "heldout17_feeds": (21, 126), "heldout18_feeds": (21, 126),
        "heldout19_feeds": (21, 126), "heldout20_feeds": (21, 126),
        "heldout21_feeds": (21, 126), "heldout22_feeds": (21, 126),
        "heldout23_feeds": (21, 126), "heldout24_feeds": (21, 126),
        "heldout25_feeds": (21, 126),
        "heldout26_feeds": (21, 126),
        "heldout27_feeds": (21, 126),
        "heldout28_feeds": (21, 126),
        "heldout29_feeds": (21, 126),
        "heldout30_feeds": (21, 126),
        "heldout31_feeds": (21, 126),
        "heldout32_feeds": (21, 126),
        "heldout33_feeds": (21, 126),
        "heldout34_feeds": (21, 126),
        "heldout35_feeds": (21, 126),
        "heldout36_feeds": (21, 126),
        "heldout37_feeds": (21, 126),
        "heldout38_feeds": (21, 126),
        "heldout39_feeds": (21, 126),
        "heldout40_feeds": (21, 126),
        "heldout41_feeds": (21, 126),
        "heldout42_feeds": (21, 126),
        "heldout43_feeds": (21, 126),
        "heldout44_feeds": (21, 126),
        "heldout45_feeds": (21, 126),
        "heldout46_feeds": (21, 126),
        "heldout47_feeds": (21, 126),
        "heldout48_feeds": (21, 126),
        "heldout49_feeds": (21, 126),
        "heldout50_feeds": (21, 126),
        "heldout51_feeds": (21, 126),
        "heldout52_feeds": (21, 126),
        "heldout53_feeds": (21, 126),
        "heldout54_feeds": (21, 126),
        "heldout55_feeds": (21, 126),
        "heldout56_feeds": (21, 126),
        "heldout57_feeds": (21, 126),
        "heldout58_feeds": (21, 126),
        "heldout59_feeds": (21, 126),
        "heldout60_feeds": (21, 126),
        "heldout61_feeds": (21, 126),
        "heldout62_feeds": (21, 126),
        "heldout63_feeds": (21, 126),
        "heldout64_feeds": (21, 126),
        "heldout65_feeds": (21, 126),
        "heldout66_feeds": (21, 126)}
ITEM_KEYS = {"is_story", "title", "outlet", "authors", "published", "summary_must_not_contain",
             "relevant", "language"}
FEED_KEYS = {"outlet_structure", "content_type", "language", "outlet", "shape", "topic",
             "encoding", "declared_encoding", "acceptable_outcomes"}


def sidecars(folder: str) -> dict[str, dict[str, Any]]:
    return {p.name.removesuffix(".expect.json"): json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((DATA / folder).glob("*.expect.json"))}


@pytest.mark.parametrize("folder", SETS)
def test_generator_reproduces_the_committed_files(folder: str, tmp_path: Path) -> None:
    # build.py writes next to its own folder: run a copy so the repository is left untouched
    home = DATA / folder
    copy = tmp_path / "data"
    shutil.copytree(home / "_generator", copy / folder / "_generator")
    shutil.copytree(DATA / "heldout_common", copy / "heldout_common")
    subprocess.run([sys.executable, "build.py"], cwd=copy / folder / "_generator",
                   check=True, capture_output=True, timeout=120)
    built = {p.name: p.read_bytes() for p in (copy / folder).iterdir() if p.is_file()}
    committed = {p.name: p.read_bytes() for p in home.iterdir()
                 if p.is_file() and p.name != "README.md"}
    assert sorted(built) == sorted(committed)
    changed = [n for n in built if built[n] != committed[n]]
    assert not changed, f"rebuild differs: {changed}"


@pytest.mark.parametrize("folder", SETS)
def test_sidecar_keys_match_the_feed_items(folder: str) -> None:
    pytest.importorskip("feedparser")
    run = subprocess.run([sys.executable, str(DATA / folder / "_generator" / "check.py")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "MISMATCH" not in run.stdout
    feeds, items = SETS[folder]
    assert f"{feeds} feeds, {items} items" in run.stdout


@pytest.mark.parametrize("folder", SETS)
def test_sidecars_follow_the_bench_schema(folder: str) -> None:
    sides = sidecars(folder)
    assert len(sides) == SETS[folder][0]
    for name, side in sides.items():
        feed = side["feed"]
        assert set(feed) >= FEED_KEYS, name
        assert set(feed["acceptable_outcomes"]) <= {"decoded", "refused"}, name
        assert (DATA / folder / name).is_file(), name
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
