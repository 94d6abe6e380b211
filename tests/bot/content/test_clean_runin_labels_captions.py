"""Editor pass (issue 17): a bold run-in section label opening a paragraph ("<strong>Why it
matters:</strong> …") is a heading, not the sentence's first words; a paragraph that is only a
picture's description and its bracketed credit ("La piazza davanti al Parlamento (Foto: Afp)")
is a caption, not text. Invented text; fixtures 1110 and 1111 in tests/data/realistic_feeds."""

from __future__ import annotations

import pytest

from bot.content.clean import clean_html

LEDE = "<p>Ministers from both countries signed the agreement in the capital on Tuesday.</p>"


@pytest.mark.parametrize(
    ("html", "want"),
    [
        ("<p><strong>Why it matters:</strong> It is the first such deal.</p>",
         "It is the first such deal."),
        ("<p><b>The big picture</b>: Raids have spread south.</p>", "Raids have spread south."),
        ("<p> <strong>Yes, but:</strong> No date was set.</p>", "No date was set."),
        ("<p><strong>Warum das wichtig ist:</strong> Es ist das erste Abkommen.</p>",
         "Es ist das erste Abkommen."),
        ("<p><strong>Le contexte :</strong> Paris a refusé.</p>", "Paris a refusé."),
        ("<li><strong>Por qué importa:</strong> Es la única ruta.</li>", "Es la única ruta."),
    ],
)
def test_runin_label_cut(html: str, want: str) -> None:
    assert clean_html(LEDE + html)[1] == want


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        ("<p><b>Jake Morrow:</b> We will act.</p>", "Jake Morrow:"),  # a transcript's speaker
        ("<p><strong>Moscow says:</strong> No deal is possible.</p>", "Moscow says:"),
        ("<p><strong>Le ministre a déclaré :</strong> Rien n'est exclu.</p>", "a déclaré"),
        ("<p><b>Kyiv:</b> Rockets hit the city.</p>", "Kyiv:"),  # one word: dateline or name
        ("<p><b>Kyiv</b>: Rockets hit the city.</p>", "Kyiv: Rockets"),  # its colon stays too
        ("<p>Some <b>bold words:</b> inside the text.</p>", "bold words:"),  # not at the start
        ("<p><strong>Talks in 2027:</strong> A date is set.</p>", "Talks in 2027:"),
    ],
)
def test_bold_text_that_is_no_label_stays(html: str, kept: str) -> None:
    assert kept in "\n".join(clean_html(LEDE + html))


@pytest.mark.parametrize(
    ("html", "caption"),
    [
        ('<div class="foto"><img src="x.jpg" alt=""/><span class="didascalia">La piazza davanti '
         "al Parlamento di Belgrado (Foto: Afp)</span></div>", "La piazza davanti"),
        ('<div class="bild"><img src="x.jpg"/><span>Blick auf die Rustaweli-Allee am späten '
         "Abend (Foto: dpa)</span></div>", "Rustaweli-Allee"),
        ("<p>O primeiro camião a atravessar, ao fim da tarde (Foto: Lusa)</p>", "primeiro camião"),
    ],
)
def test_caption_with_inline_credit_dropped(html: str, caption: str) -> None:
    text = "\n".join(clean_html(LEDE + html + "<p>Talks resume in March.</p>"))
    assert caption not in text
    assert "Talks resume in March." in text


def test_inline_credit_after_a_sentence_only_cut() -> None:
    got = clean_html(LEDE + "<p>Die Kommission forderte eine Rücknahme. (Foto: AFP)</p>")
    assert got[1] == "Die Kommission forderte eine Rücknahme."


def test_only_paragraph_with_credit_kept() -> None:
    assert clean_html("<p>Merz in Berlin (Bild: Reuters)</p>") == ["Merz in Berlin"]
