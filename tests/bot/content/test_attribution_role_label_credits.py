"""A closing block that is only a writer's role label and the names ("Reporter: A, B",
"Author: A") gives the authors; an "Editor:" line or a label over a sentence does not
(held-out set 19 shapes, fixtures 724 and 725)."""

from __future__ import annotations

import pytest

from bot.content import attribution


@pytest.mark.parametrize(
    ("html", "names"),
    [
        ("Surabaya (WARTA) - The port reopened.<br /><br />Reporter: Dimas Prakoso, Ayu Lestari"
         "<br />Editor: Bambang Sutrisno<br />Copyright © WARTA 2026",
         ("Dimas Prakoso, Ayu Lestari",)),
        ("The two ministers met in Osh.<br /><br />Author: Gulnara Sadykova",
         ("Gulnara Sadykova",)),
        ("<p>Die Minister trafen sich in Bern.</p><p>Autorin: Lea Brunner</p>", ("Lea Brunner",)),
    ],
)
def test_closing_role_label_block_gives_the_writers(html: str, names: tuple[str, ...]) -> None:
    assert attribution.byline_from_text(html) == names


@pytest.mark.parametrize(
    "html",
    [
        "The port reopened.<br /><br />Editor: Bambang Sutrisno<br />Copyright © WARTA 2026",
        "The port reopened.<br /><br />Text: The full statement is online.",
        "The port reopened.<br /><br />Reporter: Jakarta Bureau",
    ],
)
def test_editor_lines_sentences_and_places_are_not_bylines(html: str) -> None:
    assert attribution.byline_from_text(html) == ()


@pytest.mark.parametrize(
    ("html", "want"),
    [
        # a closing credit set off by a dash, in italics (tech and wire desks)
        ("<p>The talks ended.</p><p><em>— Reporting by Priya Natarajan</em></p>",
         ("Priya Natarajan",)),
        # wire copy's credit: the reporters, also the lower-case "additional reporting", not the
        # editors; where a reporter filed from is no part of the name
        ("<p>The talks ended.</p><p>(Reporting by Anna Berg; additional reporting by Omar Said in"
         " Cairo; Editing by Tom Hale)</p>", ("Anna Berg", "Omar Said")),
    ],
)
def test_reporting_by_credits_give_the_reporters(html: str, want: tuple[str, ...]) -> None:
    assert attribution.byline_from_text(html) == want


@pytest.mark.parametrize(("html", "names"), [
    # the text's last block only its byline, maybe before a programme line (fixture 1179)
    ("<p>Marokko und Mauretanien haben einen Grenzübergang eröffnet.</p><p>Er liegt im Süden.</p>"
     "<p>Ein Beitrag von Carsten Wolff, ARD-Studio Rabat</p>"
     "<p>Dieses Thema im Programm: Das Erste | tagesthemen | 03.12.2026 | 22:15 Uhr</p>",
     ("Carsten Wolff",)),
    ("<p>Talks resumed.</p><p>Both sides met.</p><p>By Jane Doe and Ali Khan, Nairobi</p>",
     ("Jane Doe and Ali Khan",)),
    # a sentence that opens with the preposition is no byline
    ("<p>Text hier.</p><p>Noch ein Satz.</p><p>Von Berlin aus wird die Lage beobachtet.</p>", ()),
])
def test_closing_byline_block(html: str, names: tuple[str, ...]) -> None:
    assert attribution.byline_from_text(html) == names


@pytest.mark.parametrize(
    ("names", "outlet"),
    [
        # held-out set 31, fixture 1577: the brand without the periodical's kind before it
        (("صدائے ملت",), "ہفت روزہ صدائے ملت"),
        (("Harbour Clarion",), "Weekly Harbour Clarion"),
    ],
)
def test_the_brand_without_its_kind_is_no_author(names: tuple[str, ...], outlet: str) -> None:
    assert attribution.clean_authors(names, outlet=outlet) == ()


def test_a_person_sharing_one_word_with_the_outlet_stays() -> None:
    assert attribution.clean_authors(("Maria Clarion",), outlet="Weekly Harbour Clarion") == (
        "Maria Clarion",
    )


@pytest.mark.parametrize(
    ("html", "want"),
    [
        # held-out set 31, fixture 1579: a Drupal body's italic sign-off with the job after a
        # comma, the body's div closing and a "Read more" links list after it
        ('<p>The pumps arrived on Tuesday.</p><p><em>Farah Iskandar, Indonesia Correspondent In '
         'Jakarta</em></p></div>\n<ul class="links inline"><li><a href="https://x.example/a">Read '
         'more<span> about the pumps</span></a></li></ul>', ("Farah Iskandar",)),
        ("<p>The pumps arrived on Tuesday.</p><p><em>Olga Weber</em></p>", ("Olga Weber",)),
        # an italic note, or a name with words that are no job: no byline
        ("<p>The pumps arrived.</p><p><em>A map appears in our print edition.</em></p>", ()),
        ("<p>The pumps arrived.</p><p><em>Farah Iskandar, Jakarta and Surabaya</em></p>", ()),
    ],
)
def test_italic_sign_off_closing_the_body(html: str, want: tuple[str, ...]) -> None:
    assert attribution.byline_from_text(html) == want
