"""Junk that real outlets put inside the text (issue 17, fourth held-out set's shapes, invented
text): photo captions ending in a bracketed credit, publication-date lines, travel and author
disclosures, syndication notes, editor credits, agency end marks, lower-case wire bylines, and
newsletter-platform blocks (referral, "forwarded to you?", sponsor lines) in several languages."""

from __future__ import annotations

import pytest

from bot.content.clean import clean_html

STORY = "<p>Ministers from both countries signed the agreement in the capital on Tuesday.</p>"
KEEP = "Ministers from both countries signed the agreement in the capital on Tuesday."


def _dropped(html: str, junk: str) -> None:
    text = "\n".join(clean_html(html))
    assert junk not in text
    assert KEEP in text


@pytest.mark.parametrize(
    ("html", "junk"),
    [
        # its credit in a <b> (public-radio CMS), AP style, Getty style, French
        ('<p>Farmers wait at a border post near Kassala, Sudan, in October. <b class="credit">'
         "(Image credit: Amal Osman/AFP via Getty Images)</b></p>" + STORY,
         "Farmers wait at a border post"),
        ("<p>Police officers stand guard outside the parliament in Tbilisi. "
         "(AP Photo/Levan Gelashvili)</p>" + STORY, "Police officers stand guard"),
        ("<p>Soldiers unload aid at the port of Aden on Monday. "
         "[Photo by Samir Haddad/Getty Images]</p>" + STORY, "Soldiers unload aid"),
        ("<p>Des manifestants devant l'ambassade à Dakar. (Crédit photo : Awa Ndiaye)</p>" + STORY,
         "Des manifestants devant"),
    ],
)
def test_photo_caption_paragraph_dropped(html: str, junk: str) -> None:
    _dropped(html, junk)


@pytest.mark.parametrize(
    "html",
    [
        # a caption with no other paragraph stays: better than an empty digest
        "<p>Farmers wait at a border post near Kassala. (Image credit: Amal Osman/AFP)</p>",
        # news, not a disclosure, a date line or a caption
        "<p>The author is accused of inciting violence, prosecutors in Nairobi said on Monday.</p>"
        "<p>He denies the charges.</p>",
        "<p>O autor é acusado de incitar a violência, disse a polícia nesta segunda-feira.</p>"
        "<p>Ele nega as acusações.</p>",
        "<p>The ministry published the figures on 02/12/2026 after weeks of delay.</p>"
        "<p>They show a rise in arrivals.</p>",
        "<p>Together with France, Germany pressed for a vote on the sanctions package.</p>"
        "<p>The vote is due on Friday.</p>",
    ],
)
def test_news_sentences_stay(html: str) -> None:
    text = "\n".join(clean_html(html))
    first = html.split("</p>")[0].removeprefix("<p>")
    assert first.split(" (")[0] in text
