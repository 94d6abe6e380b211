"""Relevance: clear positives/negatives across outlets' styles, reasons, priors, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.content import relevance
from bot.core.errors import ConfigError

DATA = Path(__file__).resolve().parents[2] / "data"
THRESHOLD = 0.5  # the default the benchmark chose (bench/relevance.py DEFAULT_THRESHOLD)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "North Korea fires ballistic missile into sea, Seoul says",
            "SEOUL (Reuters) - North Korea fired a ballistic missile off its east coast on Sunday.",
        ),
        (
            "EU agrees new sanctions package against Russia",
            "BRUSSELS (AP) — European Union ambassadors approved a new package of sanctions.",
        ),
        (
            "Sanctions evasion through Central Asia: what the trade data show",
            "Exports of dual-use goods from the EU to Kazakhstan have surged; we trace how they "
            "reach Russia.",
        ),
        (
            "UN Security Council fails to agree on Sudan ceasefire",
            "A Russian veto blocked a resolution calling for a ceasefire in Darfur.",
        ),
        ("Taiwan's ruling party wins presidential election", "Relations with Beijing stay tense."),
        ("Erdogan offers to mediate talks between Kyiv and Moscow", ""),
    ],
)
def test_foreign_policy_items_score_high(title: str, text: str) -> None:
    assert relevance.score(title, text).score >= THRESHOLD


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Chiefs QB throws four touchdowns as Kansas City rout Broncos",
            "The quarterback found four receivers on Sunday night.",
        ),
        ("Apple unveils iPhone 17 with thinner design", "Preorders open Friday at $799."),
        ("The 15-minute pasta recipe you'll make all week", "Garlic, lemon and parmesan."),
        (
            "Senate passes spending bill hours before shutdown deadline",
            "Lawmakers approved a stopgap measure to keep the government funded.",
        ),
        ("Taylor Swift announces new album at surprise concert", "Fans went wild."),
        ("Mortgage rates fall to lowest level in a year", "The 30-year fixed rate dropped."),
    ],
)
def test_off_topic_items_score_low(title: str, text: str) -> None:
    assert relevance.score(title, text).score < THRESHOLD


def test_reasons_name_entities_and_terms() -> None:
    pos = relevance.score("North Korea fires missile as sanctions bite")
    assert any(r.startswith("+ mentions North Korea") for r in pos.reasons), pos.reasons
    neg = relevance.score("Chiefs QB throws four touchdowns in rout")
    assert "- sports term 'touchdown'" in neg.reasons
    assert all(r[:2] in ("+ ", "- ") for r in pos.reasons + neg.reasons)
    assert len(pos.reasons) <= 4


def test_feed_category_is_a_prior_and_a_reason() -> None:
    title = "Leaders meet to discuss the crisis"
    world = relevance.score(title, categories=("World",))
    sport = relevance.score(title, categories=("Sports",))
    plain = relevance.score(title)
    assert sport.score < plain.score < world.score
    assert world.reasons[0] == "+ feed category 'World'"


def test_cross_source_set_holds_up_in_every_style() -> None:
    """The hand-written held-out set: wire, think tank, tabloid sports, tech, business…"""
    rows = [json.loads(x) for x in (DATA / "relevance_crosssource.jsonl").read_text().splitlines()]
    by_style: dict[str, list[bool]] = {}
    for row in rows:
        ok = (relevance.score(row["title"], row["text"]).score >= THRESHOLD) == bool(row["label"])
        by_style.setdefault(row["style"], []).append(ok)
    overall = sum(sum(v) for v in by_style.values()) / len(rows)
    assert overall >= 0.9
    for style, oks in by_style.items():
        assert sum(oks) / len(oks) >= 0.8, style


def test_only_the_lead_is_read_so_long_texts_do_not_inflate_scores() -> None:
    lead = "Diplomats met in Geneva. " * 20
    tail = "Kremlin NATO sanctions Kyiv " * 50_000  # 1.4 MB of foreign-policy words
    assert relevance.score("Talks", lead + tail) == relevance.score("Talks", lead)


@pytest.mark.parametrize(
    "title",
    ["", " ", "\x00\x01\x02", "🚀🔥" * 100, "مرحبا بالعالم", "a" * 100_000, "U.S.-U.N.-E.U."],
)
def test_hostile_or_empty_input_gives_a_valid_score(title: str) -> None:
    result = relevance.score(title, title, (title,))
    assert 0.0 <= result.score <= 1.0
    assert isinstance(result.reasons, tuple)


def test_run_time_does_not_import_sklearn_or_numpy() -> None:
    code = (
        "import sys, bot.content.relevance, bot.content.tags, bot.content.filters;"
        "import bot.content.clustering;"
        "bot.content.relevance.score('Iran talks');"
        "c = bot.content.clustering.Clusterer(); c.add('k', 'Iran talks resume', '', None);"
        "print(sorted(m for m in ('sklearn', 'numpy', 'scipy') if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_politics_foreign_vs_domestic() -> None:
    """POLITICS is negative in training, but foreign cues inside it still pull the score up."""
    foreign = relevance.score("Bolton: Trump sanctions on European companies possible over Iran")
    domestic = relevance.score("Senate Republicans block voting rights bill in filibuster")
    assert domestic.score < 0.2 < foreign.score


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "is missing"),
        ("{not json", "is damaged (JSONDecodeError"),
        ('{"bias": 0}', "is damaged (KeyError"),
        ('{"bias": 0, "weights": {"x": "y"}}', "damaged"),
    ],
)
def test_missing_or_damaged_model_is_a_clear_config_error(
    tmp_path: Path, content: str | None, problem: str
) -> None:
    path = tmp_path / "relevance_model.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(ConfigError) as err:
        relevance.load_model(path)
    assert problem in str(err.value)
    assert "python3 -m bench.train_relevance" in str(err.value)
