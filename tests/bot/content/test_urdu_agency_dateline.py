"""Editor pass: an Urdu text opening on the place and a wire agency in brackets with no dash
or colon ("باماکو (اے ایف پی) …", "کوناکری (رائٹرز) …") opens on a dateline, which leaves the
text as "کابل (ایجنسیاں) …" does. Invented text; fixture 2394 in tests/data/realistic_feeds."""

from __future__ import annotations

import pytest

from bot.content.clean import clean_html

SENTENCE = "مالی کی عبوری حکومت نے صدارتی انتخابات ملتوی کر دیے۔"


@pytest.mark.parametrize("credit", ["اے ایف پی", "رائٹرز", "اے پی پی", "پی ٹی آئی"])
def test_place_and_agency_in_brackets_leave_the_text(credit: str) -> None:
    assert clean_html(f"<p>باماکو ({credit}) {SENTENCE}</p>") == [SENTENCE]


def test_a_bracket_of_other_words_stays() -> None:
    text = f"باماکو (مالی کا دارالحکومت) {SENTENCE}"
    assert clean_html(f"<p>{text}</p>") == [text]
