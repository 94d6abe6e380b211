"""Round-ups, wire budgets, official notices, media advisories, front-page images, e-paper and
reader-question items are no stories (held-out set 23 shapes, fixtures 924–927), beside hard
negatives that stay stories."""

from __future__ import annotations

import pytest

from bot.content.articles import is_story
from bot.core.types import Article


@pytest.mark.parametrize(
    ("title", "text", "categories", "story"),
    [
        ("World News in Brief: floods in Chad, polio drive, Arctic ice", "A round-up.", (), False),
        ("International news in brief", "Short items from around the world.", (), False),
        ("In brief: council votes, library hours", "Three short items.", (), False),
        ("Top stories at 1300 hrs", "NATION DEL12 FLOODS Floods in Assam", (), False),
        ("Top stories at noon", "The main stories of the morning.", (), False),
        ("News budget for Thursday", "FOREIGN FGN4 CHINA-VISIT", (), False),
        ("Communiqué: Recruitment of 300 Customs Officers", "Candidates must apply.", (), False),
        ("Official communiqué", "The ministry informs the public.", (), False),
        ("Agency to Host Media Teleconference on Comet Flyby", "Reporters may call in.", (),
         False),
        ("Probe launch: briefing times", "Briefings will be held daily.", ("Media Advisory",),
         False),
        ("Tomorrow's front page", "", (), False),
        ("La prima pagina di domani", "", (), False),
        ("La prima pagina del Mattino di Napoli", "", (), False),
        ("Die Titelseite von morgen", "", (), False),
        ("A capa de hoje", "", (), False),
        ("La portada de hoy", "", (), False),
        ("La une de demain", "", (), False),
        ("آج کا اخبار پڑھیں", "روزنامہ کا ای پیپر۔", (), False),
        ("Ask Gadgetline: Which Router Survives a Monsoon?", "Reader asks.", (), False),
        # hard negatives: the same words in a story's headline
        ("G7 communiqué warns China over export curbs", "The leaders said.", (), True),
        ("Brief ceasefire collapses in Khartoum", "Fighting resumed on Tuesday.", (), True),
        ("Top stories of corruption rock the ruling party", "Three ministers resigned.", (), True),
        ("Budget talks collapse in Rome as coalition splits", "The government fell.", (), True),
        ("Front-page row: editor quits over Gaza headline", "The paper apologised.", (), True),
        ("Prima pagina negata: il giornale sequestrato a Istanbul", "La polizia.", (), True),
        ("PRIMA PAGINA | Il governo cade", "La maggioranza si spacca.", (), True),  # a rubric
        ("Titelseite | Kanzler kündigt Neuwahl an", "Der Bundestag soll aufgelöst werden.", (),
         True),
        ("Ask the Kremlin: Moscow denies drone report", "Peskov said.", (), True),
        ("Minister to hold talks with Chinese envoy", "The meeting is on Friday.", (), True),
    ],
)
def test_briefs_notices_and_front_pages(
    title: str, text: str, categories: tuple[str, ...], story: bool
) -> None:
    article = Article(key="k", story_key="s", title=title,
                      link="https://o.example/news/2026/12/03/item-92401", summary="", text=text,
                      outlet="Outlet", categories=categories)
    assert is_story(article) is story
