"""A foreign event told through home people is home news (root README, Design choices; rules C
and D of docs/labelling_consular_disasters.md): a headline whose subject is a home person or
group doing a local act about it — a diaspora's fundraiser, a church's vigil, a fire brigade's
gift to a twin town, an aid convoy leaving from a home town — or coming home from abroad
("students back from…") scores low, with the reason named ("- local people's act, not world
affairs"; `relevance._local_act`, word kinds in bot/data/world_events.json). The state's aid,
a diaspora's protest at an embassy or ministry, a war with a rally beside it, people held or
evacuated and a minister back from talks stay world news (fixtures 3240–3243). A student the
headline names is a traveller: a home student's accident abroad is rule C's private
misfortune. Invented text throughout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.content import relevance
from bot.content.articles import process_feed
from bot.deliver.preview import preview_items

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"
THRESHOLD = 0.5
LOCAL_REASON = "- local people's act, not world affairs"


def _scored(prefix: str) -> list[tuple[bool, dict[str, object]]]:
    """(expected relevant, previewed item) for every item of the fixture."""
    (path,) = [p for p in FIXTURES.glob(f"{prefix}_*") if not p.name.endswith(".expect.json")]
    side = json.loads(path.with_name(path.name.split(".")[0] + ".expect.json").read_text("utf-8"))
    by_link = {v["link"]: v["relevant"] for v in side["items"].values()}
    _, articles = process_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}")
    items = preview_items(articles)
    assert len(items) == len(by_link)
    return [(by_link[i["link"]], i) for i in items]


# 3240 en-us, 3241 de-DE, 3242 it-IT, 3243 en-gb
@pytest.mark.parametrize("prefix", ["3240", "3241", "3242", "3243"])
def test_home_people_act_is_home_news_and_state_acts_stay_world_news(prefix: str) -> None:
    for expected, item in _scored(prefix):
        assert (item["relevance"] >= THRESHOLD) == expected, (item["title"], item["reasons"])


@pytest.mark.parametrize("prefix", ["3240", "3241", "3242"])
def test_the_why_line_names_the_local_act(prefix: str) -> None:
    for expected, item in _scored(prefix):
        assert (LOCAL_REASON in item["reasons"]) == (not expected), (item["title"],
                                                                      item["reasons"])


@pytest.mark.parametrize(
    ("title", "lang", "local"),
    [
        ("Nottingham Kurds raise money for refugees in Iraq", "en", True),
        ("Hereford brigade returns from a tour in Estonia", "en", True),
        # a return needs a local group as its subject; a state, its leader or a body acts
        ("Minister returns from Beijing talks", "en", False),
        ("Ireland sends aid convoy to Ukraine", "en", False),
        ("Canadian troops return from Mali", "en", False),
        # a kicker names the event, the subject follows it
        ("Floods in Pakistan: Bradford family raises money for their village", "en", True),
        # a war in the headline, the embassy, people held: world news
        ("Tamils hold vigil outside Sri Lankan embassy", "en", False),
        ("Aid convoy from Leeds hit by shelling in Ukraine", "en", False),
        ("Vigil for Leicester student detained in Iran", "en", False),
        # a convoy is local only when it leaves from a home place the gazetteer does not know
        ("Gaza: erste Hilfskonvois aus Zypern angekommen", "de", False),
        ("Hilfskonvoi aus Herford erreicht die Ukraine", "de", True),
        # foreigners alone are the subject: the twin town abroad acts
        ("Ukrainian sister city asks Preston for generators", "en", False),
    ],
)
def test_local_act_cue(title: str, lang: str, local: bool) -> None:
    feats = relevance.features(title, "", lang=lang, home=frozenset({"GB"}))
    assert feats.local is local, (feats.where, sorted(feats.events))


def test_a_students_accident_abroad_is_a_private_misfortune() -> None:
    feats = relevance.features("Derby student hurt in scooter crash in Thailand", "",
                               lang="en", home=frozenset({"GB"}))
    assert relevance._event_prior(feats, world_desk=True) == (relevance.PRIVATE,
                                                               relevance.PRIVATE_PRIOR)
    # students protesting abroad are no travellers
    feats = relevance.features("Students killed as police fire on protest in Dhaka", "",
                               lang="en", home=frozenset({"GB"}))
    assert relevance._event_prior(feats, world_desk=True) is None
