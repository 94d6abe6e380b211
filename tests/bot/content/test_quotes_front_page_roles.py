"""Attributions on front-page feeds (set 36's shapes, invented names): a lower-case sports role
before the name, an abbreviated office, and a role with a place in it before ", Name"."""

from __future__ import annotations

from bot.content.quotes import extract_quotes


def _one(sentence: str) -> tuple[str | None, str | None]:
    (quote,) = extract_quotes(["A late try settled the match on Tuesday night.", sentence],
                              headline="Headline", outlet="Kaimai Herald")
    return quote.speaker, quote.affiliation


def test_lower_case_sports_role_before_the_name_is_the_affiliation() -> None:
    said = "\"My legs are gone, but I'd do it all again,\" fullback Mereana Kingi said."
    assert _one(said) == ("Mereana Kingi", "fullback")
    said = "\"We were brave today and it showed,\" said coach Tama Rewiti."
    assert _one(said) == ("Tama Rewiti", "coach")


def test_abbreviated_office_before_the_name_is_written_out() -> None:
    said = ("\"Our growers need certainty, not another tax,\" said Sen. Dale Ostrander, who "
            "opposed it.")
    assert _one(said) == ("Dale Ostrander", "Senator")


def test_role_with_a_place_before_comma_and_name_names_the_person() -> None:
    said = ("“Coimbra já não é só a cidade dos estudantes”, disse o fundador de uma empresa de "
            "software de Viseu, Duarte Meireles.")
    speaker, affiliation = _one(said)
    assert speaker == "Duarte Meireles"
    assert affiliation == "fundador de uma empresa de software de Viseu"
