"""Rules C and D of the root README (our nationals abroad, disasters abroad; decision, stop 46)
in the score (`relevance._event_prior`, word kinds in bot/data/world_events.json): a natural
disaster abroad that kills, leaves missing or displaces people is world news with or without a
diplomatic angle (fixtures 3140–3146); a tremor, storm or cyclone that harmed no one is not, nor
a traveller's private misfortune abroad (a hiker's fall, a tourist drowned, a family's appeal)
or a foreign event told through relatives at home waiting for news;
a national detained abroad stays world news. Invented text throughout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.content import relevance
from bot.content.articles import process_feed
from bot.deliver.preview import preview_items

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"
THRESHOLD = 0.5


def _scored(prefix: str) -> list[tuple[bool, dict[str, object]]]:
    """(expected relevant, previewed item) for every item of the fixture."""
    (path,) = [p for p in FIXTURES.glob(f"{prefix}_*") if not p.name.endswith(".expect.json")]
    side = json.loads(path.with_name(path.name.split(".")[0] + ".expect.json").read_text("utf-8"))
    by_link = {v["link"]: v["relevant"] for v in side["items"].values()}
    _, articles = process_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}")
    items = preview_items(articles)
    assert len(items) == len(by_link)
    return [(by_link[i["link"]], i) for i in items]


# 3140 en-gb, 3141 de, 3142 it, 3143 pt-BR, 3144 ur-PK, 3145 fr, 3146 es: each world desk's
# deadly disaster abroad relevant, its harmless hazard and its traveller's misfortune not
@pytest.mark.parametrize("prefix", ["3140", "3141", "3142", "3143", "3144", "3145", "3146"])
def test_disasters_and_travellers_abroad_follow_rules_c_and_d(prefix: str) -> None:
    for expected, item in _scored(prefix):
        assert (item["relevance"] >= THRESHOLD) == expected, (item["title"], item["reasons"])


def test_the_why_line_names_the_rule() -> None:
    items = {str(i["title"]): i["reasons"] for _, i in _scored("3140")}
    assert "+ disaster abroad with victims" in items[
        "Landslide buries mountain village in Nepal, at least 23 dead"]
    assert "- hazard, no one harmed" in items[
        "Cyclone heads for Fiji as islands brace for landfall"]
    assert "- a traveller's private misfortune" in items[
        "Family of backpacker missing in Peru appeals for help"]


@pytest.mark.parametrize(
    ("title", "text", "lang", "prior"),
    [
        ("Floods in Bolivia leave 18 dead", "", "en", "@calamity"),
        # an accident abroad needs a toll in dozens
        ("Ferry fire off Bali leaves 31 dead", "", "en", "@calamity"),
        ("Bus crash in Morocco leaves three dead", "", "en", None),
        ("Magnitude 6.1 quake off Japan; no injuries reported", "", "en", "@hazard"),
        # a toll only a "no one harmed" phrase names is none
        ("Terremoto de magnitude 6 atinge o Chile", "Não há relatos de feridos.", "pt",
         "@hazard"),
        # the lead's tremor is not the story (a nuclear test registered as a quake)
        ("Nordkorea meldet Atomtest", "Erdbebenwarten registrierten ein Beben der Stärke 6,3.",
         "de", None),
        ("Turista muore in un incidente in moto a Bali", "", "it", "@private"),
        # a state holds them, evacuates them, or an epidemic catches them: no private misfortune
        ("Tourists detained in Iran after photographing a base", "", "en", None),
        ("Stranded tourists evacuated on military flights after the quake", "", "en",
         "@calamity"),
        ("Tourist dies of coronavirus in Paris", "", "en", None),
        # tourists missing in a heatwave, no toll in dozens: their misfortune, not a calamity
        ("Tourists go missing in Greek heatwave", "", "en", "@private"),
        # a clip's label is no storm watch
        ("Watch: Floodwaters sweep through a market town in Bangladesh", "", "en", None),
        # a foreign event told through relatives at home, unless their state accounts for them
        ("Lebanese in Sydney desperate for news of relatives after Beirut blast", "", "en",
         "@private"),
        ("Sismo em Marrocos: portugueses estão bem, diz o consulado", "", "pt", None),
    ],
)
def test_event_prior_kinds(title: str, text: str, lang: str, prior: str | None) -> None:
    feats = relevance.features(title, text, lang=lang, home=frozenset({"GB"}))
    got = relevance._event_prior(feats, world_desk=True)
    assert (got[0] if got else None) == prior, (feats.where, sorted(feats.events))
