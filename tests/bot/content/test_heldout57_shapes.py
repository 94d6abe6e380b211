"""Shapes found on released held-out set 57 (world desks in smaller markets, 2015–26), each
fixed with an invented fixture in tests/data/realistic_feeds (2930–2933, 2946–2947). Invented text
throughout."""

from __future__ import annotations

import pytest

from bot.content.attribution.feed_titles import feed_outlet_name
from bot.content.clean.author_notes import drop_author_notes
from tests.support.realistic import previewed as _fixture


# fixture 2930: an institution's name, then a lower-case feed word ("… news"): the word
# describes the feed; a name spells its own word capitalised ("BBC News")
def test_lower_case_feed_word_after_an_institution_is_no_part_of_the_outlet() -> None:
    assert {i["outlet"] for i in _fixture("2930")} == {"Harrowgate Institute of Marine Science"}


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Harrowgate Institute of Marine Science news", "Harrowgate Institute of Marine Science"),
        ("Ateneo di Lucania notizie", "Ateneo di Lucania"),
        ("Universidade do Alto Tâmega notícias", "Universidade do Alto Tâmega"),
        ("Hochschule Lindenau aktuell", "Hochschule Lindenau"),
        ("Kestrel Ledger", "Kestrel Ledger"),
        ("BBC News", "BBC News"),
        ("Harrowgate Institute News", "Harrowgate Institute News"),
    ],
)
def test_outlet_without_a_lower_case_feed_word(title: str, outlet: str) -> None:
    assert feed_outlet_name(title, ["nohint"]) == outlet


# fixture 2931: a show's episode page ('Listen to the full episode.' / 'On this week's
# programme, …') and a jobs-board promo are no stories; a report on a letter from envoys and a
# treaty report stay
def test_episode_page_and_jobs_board_promo_are_no_stories() -> None:
    assert [bool(i["is_story"]) for i in _fixture("2931")] == [False, False, True, True]


# fixture 2932: an Urdu programme page inviting to watch the full episode ('مکمل قسط')
def test_urdu_full_episode_page_is_no_story() -> None:
    assert [bool(i["is_story"]) for i in _fixture("2932")] == [False, True]


# fixture 2933: a byline paragraph that is only the credited names, or 'From Name in PLACE,
# Country', leaves the summary; the names stay the authors
def test_byline_paragraph_of_the_credited_names_leaves_the_summary() -> None:
    items = _fixture("2933")
    assert [i["authors"] for i in items] == [
        ["Priya Nandakumar", "Suresh Thapa Magar"], ["Lindiwe Chirwa"]], items
    assert items[0]["summary"].startswith("Nepal and India agreed"), items[0]["summary"]
    assert items[1]["summary"].startswith("Mozambique and Malawi"), items[1]["summary"]


@pytest.mark.parametrize(
    ("paragraphs", "authors", "kept"),
    [
        (["Anna Weber und Paul Klinger", "Die Regierung tagt."], ["Anna Weber", "Paul Klinger"],
         ["Die Regierung tagt."]),
        (["Marta Rossi e Luca Bianchi", "Il governo decide."], ["Marta Rossi", "Luca Bianchi"],
         ["Il governo decide."]),
        (["ثمینہ بلوچ اور علی رضا", "متن۔"], ["ثمینہ بلوچ", "علی رضا"], ["متن۔"]),
        # the names inside a sentence that reports: it stays
        (["Anna Weber and Paul Klinger met the minister.", "x"], ["Anna Weber", "Paul Klinger"],
         ["Anna Weber and Paul Klinger met the minister.", "x"]),
    ],
)
def test_names_only_paragraph_in_other_languages(paragraphs: list[str], authors: list[str],
                                                 kept: list[str]) -> None:
    assert drop_author_notes(paragraphs, authors) == kept


# fixture 2946: an Urdu photographer's credit run on after the last full stop ('… ہے۔ تصاویر:
# Name'): out of the summary, and no author
def test_urdu_runon_photo_credit_leaves_the_summary() -> None:
    items = _fixture("2946")
    assert all("تصاویر:" not in i["summary"] and "فوٹو:" not in i["summary"] for i in items)
    assert [i["authors"] for i in items] == [[], []]


# fixture 2947: a town festivity's notice (its days ahead of the item's date) is no story; a
# report on a fair that closed is one
def test_festivity_days_notice_is_no_story() -> None:
    assert [bool(i["is_story"]) for i in _fixture("2947")] == [False, True, True]


@pytest.mark.parametrize(
    ("title", "text", "story"),
    [
        ("Kleinau: Dorffest auf dem Marktplatz", "Drei Tage Musik und Stände, vom 18. bis 20. "
         "März.", False),
        ("Villeneuve, la fête du village revient", "Trois jours de bals et de brocante, du 18 "
         "au 20 mars.", False),
        # the days are past: a report
        ("Kleinau: Dorffest auf dem Marktplatz", "Drei Tage Musik, vom 1. bis 3. März.", True),
        # talks are news, not a festivity
        ("Iran nuclear talks to resume in Geneva", "Delegations meet from 18 to 20 March.",
         True),
    ],
)
def test_festivity_notice_by_its_days(title: str, text: str, story: bool) -> None:
    from datetime import UTC, datetime

    from bot.content.articles.stories import is_story
    from bot.core.types import Article

    article = Article(key="k", story_key="k", title=title, link="https://news.example/a/1",
                      summary="", text=text, outlet="News",
                      published=datetime(2026, 3, 8, 12, tzinfo=UTC))
    assert is_story(article) == story
