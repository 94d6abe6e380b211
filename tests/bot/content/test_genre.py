"""Opinion pieces keep a visible label in the digest when the feed's label left the headline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.content.articles import process_feed
from bot.content.genre import opinion_label, title_label
from bot.deliver.digest import item_from_article

DATA = Path(__file__).parents[2] / "data" / "realistic_feeds"


@pytest.mark.parametrize(
    ("title", "categories", "link", "label"),
    [
        ("Europa und die Ostsee", ("Gastbeitrag",), None, "Gastbeitrag"),
        ("A Europa entre Lisboa e Rabat", (), "https://x.example/opiniao-a-europa", "Opinião"),
        ("Why the Gulf needs an anchor", ("Opinion",), "https://x.example/opinion/12", "Opinion"),
        ("L'Europa e il Sahel", (), "https://x.example/editoriali/commento_sahel", "Editoriale"),
        # the headline still says so: nothing to add
        ("Opinion: Europe must act", ("Opinion",), None, None),
        ("Leitartikel: Die EU und der Balkan", ("Meinung",), None, None),
        # news: an opinion poll, a world section
        ("Poll shows lead", (), "https://x.example/world/opinion-poll-shows-lead", None),
        ("Talks resume", ("World",), "https://x.example/world/talks", None),
    ],
)
def test_opinion_label(
    title: str, categories: tuple[str, ...], link: str | None, label: str | None
) -> None:
    assert opinion_label(title, categories, link) == label


def test_title_label() -> None:
    assert title_label("Gastbeitrag von Marlene Ostwald - Warum die Ostsee …") == "Gastbeitrag"
    assert title_label("Nach Eklat bei Gipfel - Paris und Washington legen Streit bei") is None
    assert title_label("Die Türkei und das Schwarze Meer: eine Macht zwischen den Blöcken") is None


def test_digest_headline_of_the_fixture() -> None:
    stem = "454_de_opinion_labels_stripped"
    expect = json.loads((DATA / f"{stem}.expect.json").read_text("utf-8"))
    _, articles = process_feed(
        (DATA / f"{stem}.xml").read_bytes(), url="https://feeds.example/454.xml",
        content_type=expect["feed"]["content_type"],
    )
    by_link = {a.link: a for a in articles}
    for link, want in expect["items"].items():
        article = by_link[link]
        assert article.title == want["title"]  # the headline itself stays clean
        assert item_from_article(article).headline == want["digest_headline"]
