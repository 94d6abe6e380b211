"""Shapes found on released held-out set 63 (world desks with rich full-text bodies), each fixed
with an invented fixture in tests/data/realistic_feeds (3190–3192). Invented text throughout."""

from __future__ import annotations

import pytest

from bot.content.articles.kinds import _KIND_CATEGORY
from bot.content.clean.wire_leads import _JUNK_MORE
from tests.support.realistic import previewed as _fixture


# fixture 3190: a laboratory's press office feed "Media Releases | Lab", every item filed under
# "Media Releases": its releases are stories, its vacancy is not
def test_press_office_feed_of_its_releases_posts_them_as_stories() -> None:
    story = {i["title"]: i["is_story"] for i in _fixture("3190")}
    assert story == {
        "New Zealand and Chile agree to share albatross tracking data": True,
        "Sea sponge study finds antibiotic compound off Kaikōura": True,
        "Vacancy: Marine technician (fixed term)": False,
    }


@pytest.mark.parametrize(
    ("title", "releases"),
    [
        ("Media Releases | Tasman Bight Marine Laboratory", True),
        ("Pressemitteilungen – Stadtwerke Beispielstadt", True),
        ("Comunicati stampa - Consorzio del Lago", True),
        ("World – The High Plains Ledger", False),
        ("Think tank: analysis, events and press releases", False),  # a mixed feed
        (None, False),
    ],
)
def test_release_section_reads_the_feeds_title(title: str | None, releases: bool) -> None:
    from bot.content.articles.kinds import release_section  # new on this branch

    assert release_section(title) is releases


# fixture 3191: an italic editor's update note closing a short story
def test_update_note_closing_the_story_is_no_summary_text() -> None:
    (wheat, water) = _fixture("3191")
    assert "Updated at" not in wheat["summary"]
    assert "did not respond by deadline" not in wheat["summary"]
    assert "was updated at" not in water["summary"]


@pytest.mark.parametrize(
    "note",
    [
        "Updated at 5:25 p.m. with comment from the Agriculture Department.",
        "Updated at 11 a.m. EST with the number of flights cancelled.",
        "This article was updated at 6:40 pm to include a statement from the embassy.",
        "Aktualisiert um 16.10 Uhr mit einer Stellungnahme des Auswärtigen Amts.",
        "Aggiornato alle 16.10 con la replica della Farnesina.",
        "Atualizado às 16h10 com a nota do Itamaraty.",
    ],
)
def test_update_note_is_boilerplate(note: str) -> None:
    assert _JUNK_MORE.match(note)


@pytest.mark.parametrize(
    "text",
    [
        "Updated figures at 5 p.m. showed 40 dead.",
        "The ministry updated at least 12 travel advisories with new warnings.",
    ],
)
def test_news_with_the_word_updated_stays(text: str) -> None:
    assert not _JUNK_MORE.match(text)


# fixture 3192: a reader competition filed under "Competitions", its headline a bare promo
def test_item_filed_under_competitions_is_no_story() -> None:
    story = {i["title"]: i["is_story"] for i in _fixture("3192")}
    assert story == {
        "Clare councillors back twinning link with Kenyan county": True,
        "Panto tickets on sale - win a family pass": False,
    }


@pytest.mark.parametrize("category", ["Competitions", "Gewinnspiele", "Promoção", "Sorteios",
                                      "Concorsi a premi", "Giveaway"])
def test_competition_categories_name_a_kind(category: str) -> None:
    assert _KIND_CATEGORY.match(category)


# a council member's title abbreviated before the name ("Coun. Anita Brar said"): no sentence end
@pytest.mark.parametrize(
    "text",
    [
        "“We heard from business owners,” Coun. Maren Lidstrom said.",
        "“The budget is tight,” said Cllr. Owen Pryce.",
        "Ald. Tomas Reyes voted against the motion.",
        "Pte. Liam Doherty was among the wounded.",
    ],
)
def test_council_and_rank_abbreviations_end_no_sentence(text: str) -> None:
    from bot.content.sentences import split_sentences

    assert split_sentences(text) == [text]
