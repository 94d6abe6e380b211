"""Shapes from an editor's read of the posted digests of released held-out sets 41-57
(docs/editor_read_stop47.md; invented text, fixtures 3275-3289 carry them whole)."""

from __future__ import annotations

import pytest

from tests.support.realistic import previewed as _fixture


# fixture 3275: a religious style before a quoted name ("said Father Ostap Hrynchuk", "Rabbi
# Naomi Feldberg-Oduya", "Sister Chikondi Banda") is a form of address, not the speaker's name
def test_a_religious_style_is_no_part_of_the_speaker_in_a_feed() -> None:
    speakers = [q["speaker"] for i in _fixture("3275") for q in i["quotes"]]
    assert speakers[:3] == ["Ostap Hrynchuk", "Naomi Feldberg-Oduya", "Chikondi Banda"], speakers


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Father Mykola Danyliv", "Mykola Danyliv"),
        ("Rev. Amos Kariuki", "Amos Kariuki"),
        ("Imam Abdul Karim", "Abdul Karim"),
        # one name word after the style: it may be the name itself ("Brother Jones", "Imam Samudra")
        ("Brother Jones", "Brother Jones"),
        ("Imam Samudra", "Imam Samudra"),
        ("Mother Teresa", "Mother Teresa"),
    ],
)
def test_religious_styles_go_only_where_two_name_words_stay(written: str, name: str) -> None:
    from bot.content.quotes.names import _without_honours

    assert _without_honours(written) == name


# fixture 3276: one sports or culture word in a story scored as world news is another sense
# ("ballot boxes", "no plan to match", a campaign's "reta final"): no "- sports term" reason;
# a low-scored cricket report keeps its "- sports term 'cricket'"
def test_a_lone_sports_word_is_no_reason_of_a_world_story_in_a_feed() -> None:
    items = {str(i["title"]): list(i["reasons"]) for i in _fixture("3276")}
    count = items["Vanuatu count stalls as both main parties claim the lead"]
    assert count and not any("sports term" in r for r in count), count
    patrols = items["Pacific defence ministers back joint patrols as Fiji pledges two ships"]
    assert not any("sports term" in r for r in patrols), patrols
    assert "- sports term 'cricket'" in items["Black Caps' tour of Sri Lanka called off"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Eleições no Brasil: campanha entra na última semana",
         "A campanha das eleições presidenciais brasileiras entrou na reta final, e as "
         "sondagens indicam uma disputa entre dois candidatos. O Itamaraty acompanha o processo."),
        ("Suriname count stalls as both main parties claim the lead",
         "Counting in Suriname's general election slowed as ballot boxes from river villages "
         "had yet to reach Paramaribo. The opposition said it was ahead."),
    ],
)
def test_a_lone_sports_word_in_another_sense_is_no_reason(title: str, text: str) -> None:
    from bot.content.relevance import score

    rel = score(title, text, language_hint="pt-PT" if "Brasil" in title else "en-NZ")
    assert rel.score >= 0.5, rel
    assert not any("sports term" in r for r in rel.reasons), rel.reasons
