"""Quote attributions with an abbreviated title, a prefixed role or a body owning the role in
the genitive (held-out set 20 shapes, fixtures 641, 645, 647)."""

from __future__ import annotations

from bot.content.quotes import extract_quotes


def _who(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.affiliation) for q in extract_quotes([text])]


def test_abbreviated_title_before_the_name() -> None:
    text = ("I centri accoglieranno duemila persone. «Nessuno deve passare l'inverno sotto una "
            "tenda», ha detto mons. Egidio Marranzini.")
    assert _who(text) == [("Egidio Marranzini", None)]


def test_prefixed_role_with_its_body_then_the_name() -> None:
    text = ("“É um acordo equilibrado para as duas frotas”, declarou o vice-ministro das Pescas, "
            "Aurélio Tavares Monteiro.")
    assert _who(text) == [("Aurélio Tavares Monteiro", "vice-ministro das Pescas")]


def test_urdu_body_owning_the_role_in_the_genitive() -> None:
    text = "”لوگ بھوک سے مر رہے ہیں“، ریڈ کراس کمیٹی کی ترجمان نادیہ کریمی نے کہا۔"
    assert _who(text) == [("نادیہ کریمی", "ریڈ کراس کمیٹی کی ترجمان")]


def test_urdu_role_then_courtesy_title_then_name() -> None:
    # the role runs to "ڈاکٹر", the name after it (fixture 859)
    text = "”دروازہ کھلا رہنا کسانوں کے لیے ضروری ہے“، ماہر آبیات ڈاکٹر شبیر احمد وانی نے کہا۔"
    assert _who(text) == [("شبیر احمد وانی", "ماہر آبیات")]


def test_hindi_courtesy_title_is_no_part_of_the_name() -> None:
    text = 'वाणिज्य सचिव डॉ अनुराधा मेहता ने कहा, "बातचीत का दरवाज़ा खुला रहना ज़रूरी है"'
    assert _who(text) == [("अनुराधा मेहता", "वाणिज्य सचिव")]


def test_a_country_owning_a_title_in_capitals_keeps_the_title() -> None:
    # "Ecuador's Foreign Minister": the office, not only where the speaker is from (set 25)
    text = ("“This bridge is an example of what neighbours can build,” said Ecuador's Foreign "
            "Minister Lucía Paredes Mena.")
    assert _who(text) == [("Lucía Paredes Mena", "Ecuador's Foreign Minister")]
    text = "“We will not wait,” said Japan's defence minister Aiko Tanabe."
    # the role as written, not only the country (editor's read of sets 26-30)
    assert _who(text) == [("Aiko Tanabe", "Japan's defence minister")]
