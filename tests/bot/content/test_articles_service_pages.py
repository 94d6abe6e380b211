"""Service pages of regional dailies and agencies that are not stories (held-out set 20 shapes,
fixtures 643, 644, 647), beside hard negatives that stay stories."""

from __future__ import annotations

import pytest

from bot.content.articles import is_story
from bot.core.types import Article


@pytest.mark.parametrize(
    ("title", "text", "story"),
    [
        ("Tenders and notices: December 3", "Public tenders published this week.", False),
        ("Cultural agenda: Suva this weekend", "Concerts and a craft fair.", False),
        ("Christmas: What is open and closed in Suva", "Banks close on December 24.", False),
        ("Open Day 2026: registration now open", "Tours of the newsroom.", False),
        ("Kazakh tenge exchange rates for December 3", "The rate is 512 tenge.", False),
        ("تصویری رپورٹ: لاہور میں دھند کے مناظر", "", False),
        # Ukrainian and Russian agencies (fixture 916), Indian dailies (fixture 915)
        ("Завтра Україну накриють дощі, температура на заході впаде до +12°", "Дощі.", False),
        ("Синоптик розповів, коли випаде перший сніг", "Жовтень почнеться теплом.", False),
        ("Синоптики рассказали, какой будет погода в выходные", "Тепло.", False),
        ("Шахтар - Брюгге: де дивитися матч Ліги Європи", "Матч у середу.", False),
        ("Головні новини України 1 грудня: нові правила для водіїв", "Добірка.", False),
        ("How to create pixel art portraits using free AI tools", "Upload a photo.", False),
        ("Happy Diwali: 60+ Diwali messages, wishes, greetings and quotes", "Lamps.", False),
        # hard negatives
        ("Температура в Києві впала до -15°, комунальники працюють цілодобово", "Мороз.", True),
        ("How to end the war in Ukraine: a plan from Kyiv", "The plan has three parts.", True),
        ("Putin sends greetings and wishes to Xi on his birthday", "The Kremlin said.", True),
        ("Weather service warns of cyclone season starting early", "Forecasters expect…", True),
        ("Government opens tender for new port at Lautoka", "Bids close in March.", True),
        ("Exchange rates slide as central bank cuts interest rates", "The tenge fell.", True),
        ("Voter registration now open for Fiji election", "The commission said.", True),
    ],
)
def test_service_pages_are_not_stories(title: str, text: str, story: bool) -> None:
    article = Article(key="k", story_key="s", title=title,
                      link="https://o.example/news/2026/12/03/item-64001", summary="", text=text,
                      outlet="Outlet")
    assert is_story(article) is story
