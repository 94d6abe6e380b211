"""Gazetteer gaps that made world news read as home news: European Portuguese country names
(CLDR pt_PT beside pt, fixture 3090), small states by their short forms or missing altogether
('St Kitts', 'St Vincent', 'Sao Tome and Principe', 'Equatorial Guinea', fixture 3091), and the
Pacific Islands Forum and its leaders (fixture 3092). Invented text throughout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.content import geo
from bot.content.articles import process_feed
from bot.deliver.preview import preview_items

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"
THRESHOLD = 0.5


def _checked(prefix: str) -> list[tuple[dict[str, object], dict[str, object]]]:
    """(expectation, previewed item) for every item of the fixture, matched by link."""
    (path,) = [p for p in FIXTURES.glob(f"{prefix}_*") if not p.name.endswith(".expect.json")]
    side = json.loads(path.with_name(path.name.split(".")[0] + ".expect.json").read_text("utf-8"))
    by_link = {v["link"]: v for v in side["items"].values()}
    _, articles = process_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}")
    items = preview_items(articles)
    assert len(items) == len(by_link)
    return [(by_link[i["link"]], i) for i in items]


@pytest.mark.parametrize("prefix", ["3090", "3091", "3092"])
def test_small_states_and_regional_spellings_are_world_news(prefix: str) -> None:
    for want, item in _checked(prefix):
        assert (item["relevance"] >= THRESHOLD) == want["relevant"], item["title"]
        assert set(want.get("tags_must_include", [])) <= set(item["tags"]), item["title"]


# fixture 3025: the Kenya item of a Maputo world feed, named only as "Quénia"
def test_mozambican_kenya_item_is_world_news() -> None:
    (kenya,) = [i for _, i in _checked("3025") if i["title"].startswith("Quénia")]
    assert kenya["relevance"] >= THRESHOLD


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [("pt", "O Irão e o Quénia", "KE"), ("pt", "Eleições no Vietname", "VN"),
     ("en", "St. Kitts and Nevis", "KN"), ("en", "St Vincent", "VC"),
     ("es", "San Vicente y las Granadinas", "VC")],
)
def test_names_found(lang: str, text: str, code: str) -> None:
    assert code in {m.entity.code for m in geo.scan_names(text, lang=lang).found}


@pytest.mark.parametrize(
    ("lang", "text"),
    [("pt", "Prefeitura de São Vicente anuncia obras"),
     ("pt", "Hospital de São Cristóvão reabre"),
     ("es", "Alcaldía de San Cristóbal cierra el mercado"),
     ("fr", "La mairie de Saint-Vincent rénove l'école")],
)
def test_home_towns_named_like_small_states_name_nothing(lang: str, text: str) -> None:
    assert not geo.scan_names(text, lang=lang).found
