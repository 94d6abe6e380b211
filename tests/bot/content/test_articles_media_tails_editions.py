"""A bare medium word closing a story's headline ("– фото", "(видео)") over a reporting lead, a
newsletter's weekday editions, a gallery labelled after the colon, an app's "Download now", an
episode or audio-player page and the outlet's own subscriber service (real batch 8 shapes,
fixtures 1085–1087), beside hard negatives."""

from __future__ import annotations

import pytest

from bot.content.articles import is_story
from bot.core.types import Article


def _article(title: str, text: str, link: str, outlet: str = "Example News") -> Article:
    return Article(key=link, story_key=link, title=title, link=link, summary=text, text=text,
                   outlet=outlet)


@pytest.mark.parametrize(
    ("title", "text", "story"),
    [
        # a bare medium word over a reporting lead: the story carries pictures or a clip
        ("Ураган обрушился на Кубу: погибли трое – фото",
         "На Кубу обрушился разрушительный ураган «Мелисса». Ветер достигал 180 км/ч.", True),
        ("Самолёт из Ливии сел в Одессе: спасены 40 человек (видео)",
         "Украина эвакуировала из Ливии 40 человек, среди них граждан Молдовы.", True),
        ("Alluvione in Liguria, evacuate 200 famiglie - FOTO",
         "Il torrente è esondato nella notte e la protezione civile ha evacuato 200 famiglie.",
         True),
        # the same word over no text, a caption of the footage or a blurb: a gallery or clip
        ("Зимний Киев с высоты – фото", "", False),
        ("Il Natale nei caruggi - FOTO", "Le immagini della serata.", False),
        ("Салют над Днепром (видео)", "Видео с набережной.", False),
        # a text that names the gallery or the photos is the gallery's own caption
        ("Dalle Langhe al Salento: i borghi più belli d'inverno | Foto",
         "Nebbia, camini accesi e vicoli deserti: la galleria.", False),
        ("Weihnachtsmärkte zwischen Colmar und Passau - Fotos",
         "Lichter, Glühwein und Handwerk: unsere Bildergalerie vom Wochenende.", False),
        ("Cusco en Navidad: la plaza iluminada - FOTOS",
         "Turistas y vecinos llenaron la plaza mayor: mira la galería de fotos.", False),
        # every other closing label is a media page whatever its text
        ("Storm hits the coast – in pictures",
         "Waves battered the seafront on Tuesday as the storm made landfall.", False),
        ("New Year's Eve: Pictures From Around the World",
         "Confetti is flying as the new year makes its way across the globe.", False),
    ],
)
def test_closing_medium_word(title: str, text: str, story: bool) -> None:
    assert is_story(_article(title, text, "https://news.example/world/item-1")) is story


@pytest.mark.parametrize(
    ("title", "text", "link", "story"),
    [
        ("Iraq, Oil Prices, Snow: Your Tuesday Briefing", "Here’s what you need to know.",
         "https://paper.example/2026/12/01/briefing/iraq-oil.html", False),
        ("Download now", "Top stories and live pages on your phone",
         "https://broadcaster.example/news/10628994", False),
        ("Jetzt herunterladen", "Die App mit allen Nachrichten.",
         "https://sender.example/app", False),
        ("From Prime Ministers to Royals: A Life in News", "A presenter on her career",
         "https://broadcaster.example/iplayer/episode/m0022531", False),
        ("Social media and the riots", "Should platforms do more?",
         "https://broadcaster.example/sounds/play/m0021qqc", False),
        # hard negatives
        ("Your Briefing on the Climate Talks: What Was Agreed in Bonn",
         "Negotiators from 140 countries agreed on a timetable.",
         "https://paper.example/2026/12/02/climate/bonn.html", True),
        ("Episode of violence at border leaves two guards injured",
         "Two border guards were injured, officials said.",
         "https://broadcaster.example/news/articles/c1", True),
        ("Download of leaked files now under investigation in Berlin",
         "Prosecutors opened an inquiry.", "https://paper.example/world/leak", True),
    ],
)
def test_editions_app_and_programme_pages(title: str, text: str, link: str, story: bool) -> None:
    assert is_story(_article(title, text, link)) is story


def test_outlets_own_subscriber_service_is_no_story() -> None:
    promo = _article("Главное за неделю в мире. Обзор от «Вести Севера»",
                     "Вести Севера запустили сервис для подписчиков: обзор главных событий.",
                     "https://vesti-sever.example/news/1", outlet="Вести Севера")
    other = _article("Стриминговый сервис поднял цены в Европе",
                     "Сервис для подписчиков подорожал в двенадцати странах.",
                     "https://vesti-sever.example/news/2", outlet="Вести Севера")
    assert not is_story(promo)
    assert is_story(other)


@pytest.mark.parametrize(
    ("title", "story"),
    [
        # a newsblog's latest entry between ticker marks after the running story's kicker
        # (held-out set 33, fixture 1787): the live page, whatever its first sentence reports
        ("News zum Krieg in der Ukraine: +++ Kiew meldet Angriffe auf Energieanlagen +++", False),
        ("Krieg in Nahost: +++ Israel meldet Raketenangriff auf Haifa +++", False),
        ("Nahost | ++ Waffenruhe hält vorerst ++", False),
        # hard negatives: a plus sign in a name or a sum, a flash label opening a headline
        ("Programmiersprachen: C++ bekommt neuen Standard", True),
        ("Mathe-Olympiade: 2+2 Aufgaben ohne Lösung", True),
        ("+++ EIL +++ Regierung in Prag tritt zurück", True),
    ],
)
def test_a_ticker_entry_after_a_kicker_is_a_live_page(title: str, story: bool) -> None:
    text = ("Russland hat in der Nacht erneut Kraftwerke angegriffen, die Regierung in Kiew "
            "spricht von schweren Schäden. Alle Entwicklungen im Newsblog.")
    if story:
        text = "Die Regierung hat am Mittwoch ihren Rücktritt erklärt, teilte ein Sprecher mit."
    assert is_story(_article(title, text, "https://www.example.de/ausland/a-1")) is story
