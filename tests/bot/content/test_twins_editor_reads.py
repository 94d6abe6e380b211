"""Editor's open reads: a role alone with its article is no person ("The Sub-Editor", "Der
Herausgeber"); the German verb "stürmen" (and "Stürme", storms) is no sport word, whose sense
comes from the item's other words; an electricity tariff is a price schedule, not trade; UNESCO
and the WFP are bodies of their own, not UNICEF. And the twins made one: the affiliate
disclosure (one table), the dash sign-off (one reading), the articles (one table). Invented
text; fixtures 2380-2384 in tests/data/realistic_feeds."""

from __future__ import annotations

import pytest

from bot.content import geo, relevance
from bot.content.attribution import byline_from_text, clean_authors
from bot.content.clean import clean_html
from bot.content.tags import derive_tags


@pytest.mark.parametrize(
    "field",
    ["The Sub-Editor", "The Sub Editor", "The Night Editor", "Der Herausgeber",
     "Die Herausgeberin", "Der Chefredakteur", "La Redazione"],
)
def test_a_role_alone_with_its_article_is_no_person(field: str) -> None:
    assert clean_authors([field]) == ()


@pytest.mark.parametrize(
    ("field", "people"),
    [
        ("Les Hinton", ("Les Hinton",)),  # an article that also opens a name
        ("La Toya Jackson", ("La Toya Jackson",)),
        ("Rachel Okonkwo Diplomatic editor", ("Rachel Okonkwo",)),
    ],
)
def test_names_opening_like_an_article_stay(field: str, people: tuple[str, ...]) -> None:
    assert clean_authors([field]) == people


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Demonstranten stürmen Parlament in Skopje",
         "Hunderte Demonstranten stürmen am Abend das Parlament. Die Polizei setzte "
         "Tränengas ein."),
        ("Schwere Stürme legen Verkehr in Südnorwegen lahm",
         "Schwere Stürme haben den Bahnverkehr lahmgelegt."),
    ],
)
def test_storming_and_storms_are_no_sport(title: str, text: str) -> None:
    active = relevance.features(title, text, lang="de").active
    assert not any("@sport" in f for f in active), sorted(active)


def test_the_striker_is_still_sport() -> None:
    active = relevance.features("Bayern holt Stürmer aus Brasilien",
                                "Der Stürmer unterschreibt bis 2030.", lang="de").active
    assert "@sport" in active


@pytest.mark.parametrize(
    ("title", "text", "trade"),
    [
        ("Energy regulator sets new electricity tariff for Zambian households",
         "The regulator approved a new tariff that raises the price per kilowatt-hour for "
         "households by 12 percent.", False),
        ("Energy regulator sets new tariff for 2027",
         "The regulator approved the new tariff, raising the price per kilowatt-hour.", False),
        ("Regulator raises household gas tariff by 27%",
         "The energy agency raised the regulated price of natural gas for households.", False),
        # trade words beside the energy ones: customs duty
        ("Canada puts tariff on electricity exports to the US",
         "Ontario adds a 25 percent surcharge on power it exports.", True),
        ("US raises tariffs on Chinese electric vehicles",
         "Washington will quadruple tariffs on Chinese electric cars.", True),
    ],
)
def test_an_energy_tariff_is_no_trade_without_trade_words(title: str, text: str,
                                                          trade: bool) -> None:
    assert ("trade" in derive_tags(title, text, "en")) is trade


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UNESCO added the manuscripts to its register.", "UNESCO"),
        ("The World Food Programme cut rations in Kakuma.", "World Food Programme"),
        ("The WFP cut rations in Kakuma.", "World Food Programme"),
        ("UNICEF said schools reopened.", "UNICEF"),
    ],
)
def test_each_un_body_is_its_own_entry(text: str, name: str) -> None:
    names = {m.entity.name for m in geo.find_mentions(text, lang="en")}
    assert name in names, names
    assert not (name != "UNICEF" and "UNICEF" in names)


@pytest.mark.parametrize(
    "html",
    [
        # the block rule and the sentence rule of before, each kept
        "<p>The phone is light.</p><p>Byteline may earn a commission on purchases made.</p>",
        "<p>The phone is light.</p><p>Gridline may earn a commission when you buy through links "
        "on this page. Prices were correct at the time of publishing.</p>",
        "<p>The phone is light. This review contains affiliate links.</p>",
        "<p>The phone is light.</p><p>Wenn Sie über diese Links einkaufen, erhalten wir eine "
        "kleine Provision.</p>",
    ],
)
def test_affiliate_disclosures_go_from_one_table(html: str) -> None:
    assert clean_html(html) == ["The phone is light."]


@pytest.mark.parametrize(
    ("html", "names"),
    [
        ("<p>Ships left Odesa again.</p><p><em>— Ana Lindqvist, foreign affairs writer</em></p>",
         ("Ana Lindqvist",)),
        ("<p>Ships left Odesa again.</p><p>— Ana Lindqvist, foreign affairs writer</p>",
         ("Ana Lindqvist",)),
        ("<p>Ships left Odesa again.</p><p><i>- Mereani Tikoduadua</i></p>",
         ("Mereani Tikoduadua",)),
        ("<p>Ships left Odesa again.</p><p>— Ana Lindqvist</p>", ()),
        ("<p>Ships left Odesa again.</p><p><i>- The Harrow Ledger</i></p>", ()),
    ],
)
def test_one_reading_of_a_dash_signoff(html: str, names: tuple[str, ...]) -> None:
    assert byline_from_text(html) == names
