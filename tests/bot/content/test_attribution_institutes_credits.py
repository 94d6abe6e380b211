"""An institute's feed named only in its description; a journalist's closing credit line (held-out
set 20 shapes, fixtures 640 and 641)."""

from __future__ import annotations

from bot.content import attribution
from bot.content.attribution import feed_titles


def test_news_from_the_institute_in_the_description_names_the_outlet() -> None:
    hints = ["corvane-acoustics"]
    name = attribution.feed_outlet_name(
        "News from the Corvane Laboratory for Ocean Acoustics", hints
    )
    assert name == "Corvane Laboratory for Ocean Acoustics"


def test_hyphenated_host_pieces_begin_the_name_words() -> None:
    assert feed_titles._matches("Corvane Laboratory for Ocean Acoustics", "corvane-acoustics")
    assert not feed_titles._matches("Corvane Laboratory for Ocean Acoustics", "corvane-news")


def test_journalist_editor_credit_gives_the_journalist() -> None:
    html = ("<p>PRAIA – Os dois governos assinaram.</p>"
            "<p>Jornalista: Filomena da Graça Lopes | Editor: Rui Semedo</p>")
    assert attribution.byline_from_text(html) == ("Filomena da Graça Lopes",)
    html = "<p>DILI – The two sides met.</p><p>Journalist: Ana Belo | Editor: Rui Semedo</p>"
    assert attribution.byline_from_text(html) == ("Ana Belo",)
