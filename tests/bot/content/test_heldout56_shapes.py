"""Shapes found on released held-out set 56 (world desks of big national and regional outlets,
2020–23), each fixed with an invented fixture in tests/data/realistic_feeds (2960–2967).
Invented text throughout."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.content.articles import process_feed
from bot.content.articles.kinds import _dated_issue
from bot.content.attribution.rights import outlet_from_rights
from bot.deliver.preview import preview_items
from tests.support.realistic import previewed as _fixture


# fixture 2960: a story API's section feed titled only "Africa" (its <image> title the same),
# the brand only in "Copyright 2021 Cascadia Public Radio - For Personal Use Only"
def test_section_only_title_takes_the_brand_of_the_personal_use_copyright() -> None:
    assert {i["outlet"] for i in _fixture("2960")} == {"Cascadia Public Radio"}


@pytest.mark.parametrize(
    ("rights", "outlet"),
    [
        ("Copyright 2021 Cascadia Public Radio - For Personal Use Only", "Cascadia Public Radio"),
        ("© 2022 Harbour Tribune. For personal, non-commercial use only.", "Harbour Tribune"),
        ("Copyright 2020 Bluestem Radio", "Bluestem Radio"),
        ("Copyright © 2021 Gazzetta del Vespro Srl - P.IVA 04417730828", "Gazzetta del Vespro"),
        ("Copyright © 2022 Diário do Tietê Ltda. CNPJ 12.345.678/0001-90", "Diário do Tietê"),
        ("© 2021 Lindenblatt GmbH, USt-IdNr. DE123456789", "Lindenblatt"),
        ("© 2022 Kestrel Post Ltd, VAT No. GB123456789", "Kestrel Post"),
        ("© 2021 Privat Nordic Tidning", "Privat Nordic Tidning"),  # "vat no" inside a name
    ],
)
def test_usage_note_or_registration_number_is_no_part_of_the_copyright_holder(
    rights: str, outlet: str
) -> None:
    assert outlet_from_rights(rights) == outlet


def _channel(title: str, link: str, description: str, rights: str, image: str | None) -> str:
    image_xml = f"<image><url>{link}logo.png</url><title>{image}</title><link>{link}</link></image>"
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>{link}</link><description>{description}</description>"
        f"<copyright>{rights}</copyright>{image_xml if image else ''}"
        f"<item><title>Talks resume in Geneva</title><link>{link}2021/talks-resume-4711</link>"
        "<description>Delegates met on Monday to discuss a ceasefire.</description></item>"
        "</channel></rss>"
    )


@pytest.mark.parametrize(
    ("title", "link", "description", "rights", "image", "outlet"),
    [
        # the <image> title only repeats the section title: the copyright names the outlet
        ("World", "https://www.bluestemradio.example/sections/world/", "", "Copyright 2020 "
         "Bluestem Public Radio, Inc.", "World", "Bluestem Public Radio"),
        ("Esteri", "https://www.gdv.example/esteri/", "Notizie dal mondo",
         "Copyright © 2021 Gazzetta del Vespro Srl - P.IVA 04417730828", None,
         "Gazzetta del Vespro"),
        # a short host's initials: the brand the company's name in the copyright carries
        ("Politik - MZ.example", "https://www.marienplatz-zeitung.example/politik/",
         "Nachrichten aus der Politik", "© Marienplatz-Zeitung Digitale Medien GmbH", None,
         "Marienplatz-Zeitung"),
        # a section title with a real name in the <image> title keeps the image's name
        ("World", "https://www.bluestemradio.example/sections/world/", "", "Copyright 2020 "
         "Bluestem Public Radio, Inc.", "Bluestem Public Radio", "Bluestem Public Radio"),
    ],
)
def test_outlet_of_a_section_titled_channel(
    title: str, link: str, description: str, rights: str, image: str | None, outlet: str
) -> None:
    body = _channel(title, link, description, rights, image).encode()
    _, articles = process_feed(body, url="https://feeds.example/world.xml")
    assert {i["outlet"] for i in preview_items(articles)} == {outlet}


# fixture 2967: "Esteri", the brand only in "Copyright © 2021 Gazzetta del Vespro Srl - P.IVA …"
def test_section_only_title_takes_the_brand_before_the_vat_number() -> None:
    assert {i["outlet"] for i in _fixture("2967")} == {"Gazzetta del Vespro"}


# fixture 2961: "Ausland - RZ.example" on rheinufer-zeitung.example, the description ending
# "- Rheinufer-Zeitung", the copyright the company ("… Digitale Medien GmbH")
def test_short_host_brand_in_the_title_is_the_name_the_host_spells() -> None:
    assert {i["outlet"] for i in _fixture("2961")} == {"Rheinufer-Zeitung"}


# fixture 2962: a daily podcast's episode page ("Im Podcast erzählt …", "Hören Sie «DK Lage»
# überall, wo es Podcasts gibt."); a report opening "Im Podcast sprechen sie …" stays
def test_podcast_episode_teaser_and_listen_invitation_is_no_story() -> None:
    assert [bool(i["is_story"]) for i in _fixture("2962")] == [False, True]


# fixture 2963: "AF Nachrichten vom 13.03.2023 – 19:00 Uhr": a newscast's dated issue
def test_newscast_dated_in_figures_is_no_story() -> None:
    assert [bool(i["is_story"]) for i in _fixture("2963")] == [False, True]


@pytest.mark.parametrize(
    ("title", "issue"),
    [
        ("AF Nachrichten vom 13.03.2023 – 19:00 Uhr", True),
        ("AF Nachrichten vom 13.03.2023 19 Uhr", True),
        ("Notiziario del 13/03/2023, ore 13", True),
        ("Die Sendung vom 13. März 2023", True),
        ("Anschlag vom 11.09.2001", False),  # an anniversary
        ("Streik am 13.03.2023 legt Flughäfen lahm", False),
        ("Wahl vom 13.03.2023: Ergebnisse aus allen Bezirken", False),
        ("Sendung vom 45.13.2023", False),
    ],
)
def test_dated_issue_in_figures(title: str, issue: bool) -> None:
    assert _dated_issue(title, datetime(2023, 3, 13, tzinfo=UTC)) is issue


# fixture 2964: "What's happening around the world on August 23" over "The latest: A; B; C."
# whose items are headline-length (fourteen words at most)
def test_dated_round_up_of_headline_length_items_is_no_story() -> None:
    assert [bool(i["is_story"]) for i in _fixture("2964")] == [False, True]


# fixture 2965: a morning newsletter's edition ("Plus, in today’s newsletter, …")
def test_newsletter_edition_teaser_is_no_story() -> None:
    items = _fixture("2965")
    assert [bool(i["is_story"]) for i in items] == [False, True]
    assert {i["outlet"] for i in items} == {"The Lombard Ledger"}


# fixture 2966: Lithuanian galleries ("Galerija:", "Fotogalerija:")
def test_lithuanian_gallery_labels_are_no_stories() -> None:
    assert [bool(i["is_story"]) for i in _fixture("2966")] == [False, False, True]
