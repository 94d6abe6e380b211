"""Shapes found on released held-out set 54, fixed with an invented fixture in
tests/data/realistic_feeds (2948). Invented text throughout."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.articles import process_feed
from bot.content.attribution.bylines import byline_from_text
from bot.deliver.preview import preview_items

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"


# fixture 2948: a Cyrillic sign-off ('Автор: Name', 'Авторы: A и B') closing the description,
# run on after the last sentence or as its own paragraph: the authors, out of the summary
def test_cyrillic_signoff_names_the_authors() -> None:
    (path,) = FIXTURES.glob("2948_*.rss.xml")
    _, articles = process_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}")
    items = list(preview_items(articles))
    assert [i["authors"] for i in items] == [["Марина Яковлева"], ["Денис Карпов", "Ирина Сеппель"]]
    assert all("Автор" not in i["summary"] for i in items), items


@pytest.mark.parametrize(
    ("html", "names"),
    [
        ("Уряд ухвалив рішення. Автор: Оксана Гнатюк", ("Оксана Гнатюк",)),
        ("<p>Текст новости.</p><p>Автори: Іван Петренко та Олена Коваль</p>",
         ("Іван Петренко", "Олена Коваль")),
        # no name after the label: nothing
        ("Текст новости. Автор: неизвестен", ()),
        # the word inside a sentence is no sign-off
        ("Автор законопроекта Иван Петров заявил, что поправки примут.", ()),
    ],
)
def test_cyrillic_signoff(html: str, names: tuple[str, ...]) -> None:
    assert byline_from_text(html) == names
