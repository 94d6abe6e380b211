"""Quick runs of the relevance benchmark and of the training script's staleness check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import relevance as bench_relevance
from bench import train_relevance


def test_relevance_bench_quick(tmp_path: Path) -> None:
    out = tmp_path / "relevance.json"
    assert bench_relevance.main(["--quick", "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    sets = {r["set"].strip(): r for r in report["results"]}
    assert {
        "huffpost-test",
        "huffpost-test-no-politics",
        "huffpost-test-annotated",
        "cross-source",
        "outsider-dev",
        "outsider-test",
        "multilingual-dev",
        "multilingual-test",
    } <= set(sets)
    languages = {name.split(":")[1] for name in sets if name.startswith("multilingual-test:")}
    assert {"de", "fr", "es", "it", "pt", "ru", "ar", "fa", "ur", "zh", "ja"} <= languages
    assert sets["cross-source"]["roc_auc"] >= 0.93
    assert sets["huffpost-test-annotated"]["roc_auc"] >= 0.93
    assert sets["outsider-test"]["roc_auc"] >= 0.93
    assert sets["multilingual-test"]["roc_auc"] >= 0.9
    assert sets["multilingual-test"]["flat"] == 0
    assert 0.5 < report["label_agreement"]["huffpost_vs_a_f1"] < 1.0
    assert report["articles_per_s"] > 0
    assert report["articles_per_s_non_english"] > 0


def test_annotations_cover_exactly_the_held_out_split() -> None:
    """Every test item has two binary labels, and no training item was annotated (or leaked)."""
    rows = train_relevance.load_rows()
    test_ids = {bench_relevance.link_id(r) for r in rows if train_relevance.split_of(r) == "test"}
    notes = bench_relevance.load_annotations()
    assert set(notes) == test_ids
    assert all(a in (0, 1) and b in (0, 1) for a, b in notes.values())


def test_cohen_kappa_on_known_values() -> None:
    assert bench_relevance.cohen_kappa([1, 0, 1, 0], [1, 0, 1, 0]) == 1.0
    assert bench_relevance.cohen_kappa([1, 1, 0, 0], [1, 0, 1, 0]) == 0.0
    # 20 items, observed agreement 0.7, expected 0.5: kappa 0.4.
    a = [1] * 10 + [0] * 10
    b = [1] * 7 + [0] * 3 + [1] * 3 + [0] * 7
    assert abs(bench_relevance.cohen_kappa(a, b) - 0.4) < 1e-9


@pytest.mark.timeout(600)  # a full retrain: ~40 s quiet, minutes on a loaded machine
def test_committed_model_matches_the_training_script() -> None:
    """Retrains (scikit-learn) and compares with bot/data/relevance_model.json."""
    assert train_relevance.main(["--check"]) == 0


def test_committed_cldr_names_match_the_build_script() -> None:
    """bot/data/geo/cldr.json is what bench.build_gazetteer makes from babel's CLDR data."""
    from bench import build_gazetteer

    assert build_gazetteer.main(["--check"]) == 0


def test_committed_chinese_fold_matches_the_build_script() -> None:
    """bot/data/geo/zh_fold.json is what bench.build_zh_fold makes from hanziconv's map."""
    from bench import build_zh_fold

    assert build_zh_fold.main(["--check"]) == 0


def test_cldr_names_with_a_bracketed_alternate_are_two_names() -> None:
    """"Myanmar (Birmania)" is written "Myanmar" or "Birmania"; a bracket that is no name, or
    names another country, is dropped ("RAE de Hong Kong (China)", "Meksyk (miasto)")."""
    from bench.build_gazetteer import split_alternates

    table = {
        "MM": ["Myanmar (Birmania)", "Rangun"],
        "HK": ["RAE de Hong Kong (China)"],
        "CN": ["China"],
        "MX": ["Meksyk (miasto)"],
        "RU": ["Гонконг (САР)"],
    }
    out = split_alternates(table)
    assert out["MM"] == ["Myanmar", "Birmania", "Rangun"]
    assert out["HK"] == ["RAE de Hong Kong"]
    assert out["MX"] == ["Meksyk"]
    assert out["RU"] == ["Гонконг"]
