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


@pytest.mark.parametrize(
    ("title", "text", "categories", "story"),
    [
        # a day's agenda: every sentence opens with a clock time, under a dated headline
        ("CNA agenda for Wednesday 15 December 2027",
         "09:30 Cabinet meeting, Government Office.\n\n11:00 Press conference on the summit.",
         (), False),
        # a highlights digest under a dated headline
        ("CNA Daily Highlights for December 15",
         "Main stories: V4 summit; Danube ferry strike; rate decision; weather.", (), False),
        # a public notice filed as such
        ("Ferry timetable changes from January 2", "Ferries will leave at 06:45 and 12:15.",
         ("Notices",), False),
        # an event notice closing on its admission terms
        ("Open day at the photo archive on 20 December",
         "Meet our archivists. Free entry, no registration needed.", (), False),
        ("Lesung im Kornhaus am Samstag", "Die Autorin liest aus ihrem Roman. Eintritt frei.", (),
         False),
        # a headline listing only kinds of event after its label
        ("Ausgehtipps für Samstag: Lesungen, Flohmärkte und Konzerte", "Was ist los am See?", (),
         False),
        # prayer times with only spaces between label and time pairs
        ("لاہور میں آج کے اوقاتِ نماز", "فجر ۵:۴۱ ظہر ۱۲:۰۸ عصر ۲:۵۲ مغرب ۵:۰۳ عشاء ۶:۲۸۔", (),
         False),
        # hard negatives
        ("Slovakia and Hungary open joint Danube museum",
         "The ministers opened the museum in Komárno. Entry is free until March, the museum said.",
         (), True),
        ("Schweiz und Österreich: Konzerte und Märkte wegen Sturm abgesagt",
         "Veranstalter haben zahlreiche Märkte abgesagt.", (), True),
        ("Talks on Afghanistan resume in Doha", "The talks began at 10:30 and went on all day.",
         (), True),
    ],
)
def test_listings_notices_and_tables_by_shape(
    title: str, text: str, categories: tuple[str, ...], story: bool
) -> None:
    from datetime import UTC, datetime

    article = Article(key="k", story_key="s", title=title,
                      link="https://o.example/news/2027/12/15/item-82501", summary="", text=text,
                      outlet="Outlet", categories=categories,
                      published=datetime(2027, 12, 15, 6, tzinfo=UTC))
    assert is_story(article) is story


def _page(title: str, text: str) -> Article:
    return Article(key="k", story_key="s", title=title,
                   link="https://o.example/world/2026/12/03/item-157401", summary="", text=text,
                   outlet="Harbour Gazette")


@pytest.mark.parametrize(
    ("title", "text", "story"),
    [
        # held-out set 31, fixtures 1574-1578: a data page whose text only says what its
        # interactive graphic shows, and a live service page ("continuously updated"), in a few
        # words: no story
        ("Fiji election: results from every polling station",
         "The interactive map below shows the results from every polling station.", False),
        ("Elecciones en Chile: el voto comuna a comuna",
         "El mapa interactivo muestra el ganador en cada comuna.", False),
        ("Présidentielle en Roumanie : les résultats par département",
         "La carte interactive montre les résultats dans les 41 départements.", False),
        ("بھارت کے انتخابات: ریاستوں کے نتائج", "یہ انٹرایکٹو نقشہ ہر ریاست کے نتائج دکھاتا ہے۔",
         False),
        ("Border crossings this morning", "Continuous updates from the border webcams.", False),
        ("Pasos fronterizos con Chile", "Actualización en tiempo real de los pasos de Mendoza.",
         False),
        ("Autoroutes : la situation ce matin", "Mise à jour en continu avec les webcams.", False),
        # hard negatives: a report that names its graphic among sentences that report
        ("Chile votes for a new constitution",
         "The interactive map shows how every commune voted, and it tells a story of a divided "
         "country: the north voted yes by wide margins while the capital was split down the "
         "middle.\n\nThe president said she would respect the result.", True),
        ("Laufend aktualisierte Zahlen zeigen: Die Grenzkontrollen wirken",
         "Die Bundespolizei hat an der Grenze zu Tschechien im November 1.200 unerlaubte "
         "Einreisen festgestellt, ein Drittel weniger als im Oktober, teilte das Innenministerium "
         "am Dienstag mit.", True),
    ],
)
def test_data_and_live_service_pages(title: str, text: str, story: bool) -> None:
    assert is_story(_page(title, text)) is story
