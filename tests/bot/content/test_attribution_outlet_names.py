"""The outlet a feed names itself: separators, section words in many languages, country desks,
the site's own section addresses, capitalised taglines and company forms (held-out set 19)."""

from __future__ import annotations

import pytest

from bot.content import attribution
from bot.content.attribution import feed_outlet_name, outlet_from_rights, resolve_outlet
from bot.core.types import FeedEntry, ParsedFeed


def outlet_of(title: str, host: str = "xyzmedia.example", **channel: str) -> str:
    """The outlet of an item of a feed titled `title` on a site whose host spells no name."""
    feed = ParsedFeed(title=title, link=channel.pop("link", f"https://www.{host}/"), entries=(),
                      **channel)  # type: ignore[arg-type]
    entry = FeedEntry(title="Ministers meet", link=f"https://www.{host}/news/ministers-meet-1")
    return resolve_outlet(entry, feed, f"https://www.{host}/rss.xml")[0]


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        # a run of one mark, arrows, an unspaced em dash, spaced slashes and tildes
        ("Dilmun Evening Post :: Gulf", "Dilmun Evening Post"),
        ("Dilmun Evening Post :: World :: Asia", "Dilmun Evening Post"),
        ("Tidewater Ledger › World › Asia", "Tidewater Ledger"),
        ("Tidewater Ledger >> World", "Tidewater Ledger"),
        ("Tidewater Ledger ~ World", "Tidewater Ledger"),
        ("World / Tidewater Ledger", "Tidewater Ledger"),
        ("Tidewater Ledger—World", "Tidewater Ledger"),
        ("Tidewater Ledger ▸ World", "Tidewater Ledger"),
        # marks that join the words of one name stay
        ("Ràdio Col·lectiva", "Ràdio Col·lectiva"),
        ("AC/DC Nachrichten Tirol", "AC/DC Nachrichten Tirol"),
        ("Asia–Pacific Ledger", "Asia–Pacific Ledger"),
    ],
)
def test_separators(title: str, outlet: str) -> None:
    assert feed_outlet_name(title) == outlet


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Außenpolitik | Oderland-Kurier", "Oderland-Kurier"),
        ("Regional — Dilmun Evening Post", "Dilmun Evening Post"),
        ("Külföld - Tiszai Hírlap", "Tiszai Hírlap"),
        ("Zahraničí — Hanácký večerník", "Hanácký večerník"),
        ("Κόσμος | Η Ηπειρωτική", "Η Ηπειρωτική"),
        ("Utrikes | Norrlandsposten", "Norrlandsposten"),
        ("Ulkomaat | Pohjolan Sanomat", "Pohjolan Sanomat"),
        ("Thế giới | Báo Sông Hồng", "Báo Sông Hồng"),
        ("국제 | 한강일보", "한강일보"),
        ("بین\u200cالملل | روزنامه البرز", "روزنامه البرز"),
        ("Kimataifa | Mwambao Leo", "Mwambao Leo"),
        ("Notizie dal mondo | Il Corriere Isontino", "Il Corriere Isontino"),
        ("Middle East & North Africa | Tidewater Ledger", "Tidewater Ledger"),
        ("Security & Defence | Tidewater Ledger", "Tidewater Ledger"),
        ("Category: World | Tidewater Ledger", "Tidewater Ledger"),
        ("Новости мира — Волжская заря", "Волжская заря"),
        # a country desk
        ("Namibia | The Kalahari Mirror", "The Kalahari Mirror"),
        ("US & Canada | Tidewater Ledger", "Tidewater Ledger"),
        ("Russia-Ukraine War - Tidewater Ledger", "Tidewater Ledger"),
        # a tagline written in capitals
        ("Kenya's Leading Independent Daily | The Rift Sentinel", "The Rift Sentinel"),
        ("Breaking News, World News & Video | Tidewater Ledger", "Tidewater Ledger"),
        ("Independent. Fearless. Trusted. – Tidewater Ledger", "Tidewater Ledger"),
        ("Your Daily Dose of News - Tidewater Ledger", "Tidewater Ledger"),
        # a name's own initials in brackets
        ("Lakeland News Agency (LNA) - World", "Lakeland News Agency"),
    ],
)
def test_section_and_tagline_parts(title: str, outlet: str) -> None:
    assert outlet_of(title) == outlet


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        # names built of section, place or tagline-like words stay names
        ("Global News", "Global News"),
        ("Global News - World", "Global News"),
        ("Breaking Defense", "Breaking Defense"),
        ("Kenya Times - World", "Kenya Times"),
        ("Die Welt", "Die Welt"),
        ("Le Monde - International", "Le Monde"),
        ("People's Daily - World", "People's Daily"),
        ("St. Louis Ledger - World", "St. Louis Ledger"),
        ("XW.COM | Xanten Welle", "XW"),
    ],
)
def test_names_of_section_words_stay(title: str, outlet: str) -> None:
    assert feed_outlet_name(title) == outlet


def test_a_section_the_site_addresses_is_no_name() -> None:
    # "Confine Orientale" is in no word list, but it is the page the channel links
    assert outlet_of(
        "Confine Orientale | Il Corriere Isontino",
        link="https://www.corrisontino.example/confine-orientale",
    ) == "Il Corriere Isontino"
    # and an item category names it as well
    feed = ParsedFeed(title="Grenzland Aktuell | Oderland-Kurier", link="https://okurier.example/",
                      entries=(FeedEntry(title="x", link="https://okurier.example/a/1",
                                         categories=("Grenzland aktuell",)),))
    assert resolve_outlet(feed.entries[0], feed, "https://okurier.example/rss")[0] == (
        "Oderland-Kurier"
    )
    # without it, the first part stays the name (as before)
    assert feed_outlet_name("Confine Orientale | Il Corriere Isontino") == "Confine Orientale"


def test_a_wide_section_word_title_yields_to_the_image_title() -> None:
    assert outlet_of("Regional", image_title="Dilmun Evening Post") == "Dilmun Evening Post"


@pytest.mark.parametrize(
    ("rights", "outlet"),
    [
        ("© 2027 Diário do Planalto Ltda. Todos os direitos reservados.", "Diário do Planalto"),
        ("© 2027 ООО «Волжская заря»", "Волжская заря"),
        ("© 2027 Atlas Wire SARL", "Atlas Wire"),
        ("© Gazeta Nadbałtycka Sp. z o.o.", "Gazeta Nadbałtycka"),
        ("© 2027 Jadranski list d.o.o.", "Jadranski list"),
        ("© 2027 Kabar Nusantara Sdn Bhd", "Kabar Nusantara"),
        ("© 2027 Harbour Post Pte Ltd", "Harbour Post"),
        ("© 2027 Coastal Herald (Pty) Ltd", "Coastal Herald"),
        ("© Tiszai Hírlap Kft.", "Tiszai Hírlap"),
        ("© 2027 Jyllands Tidende A/S", "Jyllands Tidende"),
        ("© 2027 Khaleej Voice L.L.C.", "Khaleej Voice"),
        ("© 2027 Perum Kabar Nusantara", "Kabar Nusantara"),
        ("© 2027 东岸日报有限公司", "东岸日报"),
        ("Copyright 2027 Awal Printing & Publishing Co. W.L.L.", "Awal"),
        ("© 2027 Radio Sal", "Radio Sal"),
    ],
)
def test_company_forms_of_many_countries(rights: str, outlet: str) -> None:
    assert outlet_from_rights(rights) == outlet


def test_section_only_title_with_a_company_copyright() -> None:
    assert outlet_of(
        "Internacional", rights="© 2027 Diário do Planalto Ltda. Todos os direitos reservados."
    ) == "Diário do Planalto"
    assert attribution.copyright_holder("© 2027 Atlas Wire SARL") == "Atlas Wire"


def test_the_article_the_host_spells() -> None:
    assert outlet_of("Peninsula Gazette · Latest news", host="thepeninsulagazette.example") == (
        "The Peninsula Gazette"
    )
    assert outlet_of("Peninsula Gazette - World", host="peninsulagazette.example") == (
        "Peninsula Gazette"
    )


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Radio Free Asia", "Radio Free Asia"),  # a region ends the name: it is no section
        ("Times of Central Asia", "Times of Central Asia"),
        ("Radio Free Europe", "Radio Free Europe"),
        ("NOS Nieuws Buitenland", "NOS Nieuws"),  # a topic section run on to the name still goes
    ],
)
def test_a_region_ending_a_name_is_kept(title: str, want: str) -> None:
    assert feed_outlet_name(title) == want


def test_a_brand_spelled_with_its_host_ending_is_a_known_outlet() -> None:
    # "Phys.org" is the brand; the host rule would give "Phys" (as "Nusa.com" gives "Nusa")
    assert attribution.outlet_for_domain("phys.org") == "Phys.org"
    assert attribution.outlet_for_domain("www.phys.org") == "Phys.org"


@pytest.mark.parametrize(
    ("domain", "want"),
    [("www.huffpost.com", "HuffPost"), ("techcrunch.com", "TechCrunch"),
     ("rfa.org", "Radio Free Asia")],
)
def test_brands_the_host_cannot_spell_are_known_outlets(domain: str, want: str) -> None:
    # the host split gives "Huff Post", "Tech Crunch"; a brand's own capitals come from the table
    assert attribution.outlet_for_domain(domain) == want


def test_news_of_a_place_in_the_genitive_is_the_name() -> None:
    # "Новости" before a brand is "news from" it; before a place's genitive it is the name
    assert feed_outlet_name("Новости Оренбурга и области / Раздел Новости") == (
        "Новости Оренбурга и области"
    )


@pytest.mark.parametrize(
    ("title", "want"),
    [
        # held-out set 24: the name's own "News", then a section repeating it (fixture 880)
        ("LNN News World News", "LNN News"),
        ("Kestrel Nachrichten Welt Nachrichten", "Kestrel Nachrichten"),
        # one "News": the name as written
        ("RT World News", "RT World News"),
    ],
)
def test_a_section_repeating_the_names_news_word_goes(title: str, want: str) -> None:
    assert feed_outlet_name(title) == want


@pytest.mark.parametrize(
    ("title", "host", "outlet"),
    [
        # the host spells the title's first words; what follows is the feed's (fixtures 855-857)
        ("GadgetInsider News", "gadgetinsider.example", "GadgetInsider"),
        ("OSKA Observing the Oceans", "oska.example", "OSKA"),
        ("OSKA Image of the Day", "oska.example", "OSKA"),
        ("Il Corriere Lagunare Web", "ilcorrierelagunare.example", "Il Corriere Lagunare"),
        ("Section Page News - Motor Trade News", "feedproxy-free.example", "Motor Trade News"),
        # a name of its own with "News", a word in lower case or a capitalised edition stays
        ("Harbourline News", "harbourline.example", "Harbourline News"),
        ("SBN News", "sbn.example", "SBN News"),
        ("WELTBLICK online", "weltblick.example", "WELTBLICK online"),
        ("Kestrel Europe", "kestrel.example", "Kestrel Europe"),
        # an institution's name runs on past the words the host spells (fixture 3221)
        ("Halde Institute for Coastal Research", "halde-institute.example",
         "Halde Institute for Coastal Research"),
        ("Press releases | Halde Institute for Coastal Research", "halde-institute.example",
         "Halde Institute for Coastal Research"),
    ],
)
def test_host_spelled_head_of_the_title(title: str, host: str, outlet: str) -> None:
    assert outlet_of(title, host) == outlet


def test_a_name_its_copyright_writes_whole_is_no_host_name_and_topic() -> None:
    # "Oskar Fund for the Arts" on oskarfund: the copyright holds the whole name, so "for the
    # Arts" is no topic of the feed's (fixture 3221); without it the host's words stay the name
    title, host = "Oskar Fund for the Arts", "oskarfund.example"
    assert outlet_of(title, host, rights="Oskar Fund for the Arts") == title
    assert outlet_of("OSKA Image of the Day", "oska.example", rights="OSKA") == "OSKA"


def test_hosting_aggregators_own_story_names_it() -> None:
    feed = ParsedFeed(title="Yahoo News - Latest News and Headlines",
                      link="https://news.yahoo.com/", entries=())
    own = FeedEntry(title="Ministers meet", link="https://news.yahoo.com/ministers-meet-1.html")
    assert resolve_outlet(own, feed, "https://news.yahoo.com/rss/") == ("Yahoo News", None)
    # a story it carries from a known outlet stays that outlet's, the aggregator as `via`
    other = FeedEntry(title="Ministers meet", link="https://www.theguardian.com/world/x")
    assert resolve_outlet(other, feed, "https://news.yahoo.com/rss/") == (
        "The Guardian", "Yahoo News"
    )
    # an aggregator that publishes nothing of its own is never named
    google = ParsedFeed(title="Google News", link="https://news.google.com/", entries=())
    item = FeedEntry(title="Ministers meet", link="https://news.google.com/articles/abc")
    assert resolve_outlet(item, google, "https://news.google.com/rss")[0] == "unknown outlet"
