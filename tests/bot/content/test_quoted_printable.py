"""Quoted-printable residue from a CMS fed by e-mail is undone; ordinary HTML is left alone."""

from __future__ import annotations

import pytest

from bot.content.quoted_printable import undo_quoted_printable


@pytest.mark.parametrize(("stored", "text"), [
    ("<p>Zambia=E2=80=99s debt</p>", "<p>Zambia’s debt</p>"),
    ("<p>after a week of de=\nbate.</p>", "<p>after a week of debate.</p>"),
    ('<p>Ol=C3=A1 <img src=3D"a.jpg"/> caf=\r\n=C3=A9</p>', '<p>Olá <img src="a.jpg"/> café</p>'),
])
def test_the_transfer_encoding_is_undone(stored: str, text: str) -> None:
    assert undo_quoted_printable(stored) == text


@pytest.mark.parametrize("html", [
    "<p>tasa = inflación + 2 puntos</p>",
    '<p>Write <code>x=3D"y"</code> in the template.</p>',
    "<p>a =\nb</p>",
    "<p>Zambia=E2=80=99s bad =FF byte</p>",  # decodes to no valid UTF-8: left as written
])
def test_ordinary_html_is_left_alone(html: str) -> None:
    assert undo_quoted_printable(html) == html
