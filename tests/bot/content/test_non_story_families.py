"""Non-stories that real outlets post in their news feeds, by family, against look-alike stories
that must still post (fixtures 2460–2468 in tests/data/realistic_feeds). Invented text."""

from __future__ import annotations

from html import escape

import pytest

from bot.content.articles import is_story, process_feed

_REPORT = {
    "en": ("<p>The foreign ministry said on Monday that talks with the neighbouring state would "
           "resume next week after a pause of two months.</p><p>Officials from both sides met in "
           "the capital to agree an agenda, according to a statement released on Sunday.</p>"
           "<p>The talks collapsed in October over a dispute about water rights on the shared "
           "river, which feeds farms on both banks.</p>"),
    "it": ("<p>In collaborazione con la polizia turca, i carabinieri hanno arrestato a Istanbul "
           "il presunto capo di una rete di trafficanti di migranti.</p><p>L'uomo era ricercato "
           "da due anni e sarà estradato in Italia, ha riferito la procura di Catania.</p>"),
    "pt": ("<p>Em parceria com a ONU, o governo federal vai ampliar o programa de acolhida de "
           "refugiados venezuelanos em Roraima, anunciou o ministério nesta segunda-feira.</p>"
           "<p>A meta é transferir 20 mil pessoas para outros estados até junho.</p>"),
}


def _story(title: str, html: str, *, lang: str = "en", link: str = "item", author: str = "",
           category: str = "") -> bool:
    extra = (f"<dc:creator>{escape(author)}</dc:creator>" if author else "") + (
        f"<category>{escape(category)}</category>" if category else "")
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>World | The Lantern</title><link>https://lantern.example/</link>"
        f"<language>{lang}</language><item><title>{escape(title, quote=False)}</title>"
        f"<link>https://lantern.example/{link}</link>{extra}"
        f"<description>{escape(html, quote=False)}</description>"
        "<pubDate>Mon, 07 Dec 2026 10:00:00 +0000</pubDate></item></channel></rss>"
    ).encode()
    _, (article,) = process_feed(rss, url="https://lantern.example/feed")
    return is_story(article)


@pytest.mark.parametrize(
    ("title", "html", "lang"),
    [
        # live pages
        ("Gaza: what we know so far – live", "", "en"),
        ("Sudan live: RSF shells Omdurman market", "<p>Updates throughout the day.</p>", "en"),
        ("+++ Nahost-Newsblog +++ Waffenruhe hält", "", "de"),
        ("Newsblog: EU-Gipfel ringt um Ukraine-Hilfen", "", "de"),
        ("Guerra in Ucraina, la diretta: droni su Odessa", "", "it"),
        ("Tempo real: cúpula do clima em Belém", "", "pt"),
        ("غزہ جنگ: لائیو اپ ڈیٹس", "", "ur"),
        ("Guerre au Proche-Orient : suivez notre direct", "", "fr"),
        # clips, episodes, galleries, programme pages
        ("Why Georgia's protests matter – video explainer", "<p>Our correspondent on the freeze "
         "of talks with the European Union and what the demonstrators want.</p>", "en"),
        ("Video report: inside besieged El Fasher", "<p>Our correspondent reached the city's "
         "last working hospital.</p>", "en"),
        ("Was jetzt? – Der Nachrichtenpodcast: Regierungskrise in Paris", "", "de"),
        ("Pódcast | Qué está en juego en Níger", "", "es"),
        ("The week in 10 pictures", "", "en"),
        ("Il meglio della settimana in foto", "", "it"),
        ("As fotos do dia", "", "pt"),
        ("tagesschau 20:00 Uhr, 07.12.2026", "", "de"),
        ("Gr1 delle 8", "", "it"),
        ("Explained in 60 seconds: why the Red Sea matters", "", "en"),
        # digests of headlines
        ("Russia-Ukraine war: list of key events, day 1,017", "<p>These are the main "
         "developments on day 1,017 of the war.</p>", "en"),
        ("Das Wichtigste in Kürze: Nahost, Ukraine, Klimagipfel", "", "de"),
        ("Auf einen Blick: Die wichtigsten Nachrichten am Montag", "", "de"),
        ("Le notizie del giorno in un minuto", "", "it"),
        ("Buongiorno, ecco le notizie di oggi", "", "it"),
        ("Principais notícias desta segunda-feira", "", "pt"),
        ("آج کی اہم خبریں", "", "ur"),
        # reading lists
        ("What we're reading this week", "", "en"),
        ("Lesetipps fürs Wochenende", "", "de"),
        # reader polls put as a question
        ("Sondage : faut-il envoyer des troupes en Ukraine ?", "<p>Votez !</p>", "fr"),
        ("سروے: کیا پاکستان کو ثالثی کرنی چاہیے؟", "<p>اپنی رائے دیں</p>", "ur"),
        # paid content by the label opening its text
        ("Die schönsten Reiseziele im Winter", "<p>Anzeige. Entdecken Sie mit Sonnenreisen die "
         "Kanaren.</p>", "de"),
        ("Le nuove rotte del turismo", "<p>Contenuto sponsorizzato. Scopri le offerte di "
         "ViaggiSole.</p>", "it"),
        ("O futuro da energia limpa", "<p>Publieditorial. Conheça as soluções da Energisol.</p>",
         "pt"),
        ("The future of clean hydrogen", "<p>Sponsored content. Electrolysers are getting "
         "cheaper every year.</p>", "en"),
        ("سردیوں کی بہترین پیشکش", "<p>اشتہار۔ تمام کمبلوں پر خصوصی رعایت حاصل کریں۔</p>", "ur"),
    ],
)
def test_non_story_by_headline_or_text(title: str, html: str, lang: str) -> None:
    assert _story(title, html, lang=lang) is False


@pytest.mark.parametrize(
    ("author", "category", "link"),
    [
        ("Brand Studio", "", "world/gulf-carriers"),
        ("Sponsored Content", "", "world/ports-going-green"),
        ("Anzeige", "", "ausland/heizkosten"),
        ("Conteúdo patrocinado", "", "mundo/viagens"),
        ("", "Live-Blog", "world/sudan-talks"),
        ("", "Fotostrecke", "world/georgia-protests"),
        ("", "Photo essay", "world/lampedusa"),
        ("", "Mediathek", "world/un-vote"),
        ("", "Post Format: Video", "world/iceland"),
        ("", "Diretta", "world/kyiv-night"),
        ("", "", "quiz/2026/12/07/leaders-quotes"),
        ("", "", "mondo/foto/2026/12/07/naples-floods"),
        ("", "", "world/2026/12/07/kathmandu-protests-in-pictures"),
    ],
)
def test_non_story_by_author_category_or_link(author: str, category: str, link: str) -> None:
    """A plain headline over a short standfirst: the author, the category or the link's folder
    says what the page is."""
    html = "<p>Thousands filled the streets of the capital on Sunday night.</p>"
    assert _story("Protesters fill the capital's streets", html, link=link, author=author,
                  category=category) is False


@pytest.mark.parametrize(
    ("title", "html", "lang", "link"),
    [
        ("Millions live without power after cyclone hits Mozambique", _REPORT["en"], "en", "a"),
        ("Poll shows ruling party losing ground ahead of Polish vote", _REPORT["en"], "en", "b"),
        ("Podcast host arrested in Istanbul over election comments", _REPORT["en"], "en",
         "world/istanbul-podcast-host-arrested"),
        ("Quiz show host elected mayor of Manila district", _REPORT["en"], "en",
         "world/quiz-show-host-elected"),
        ("Live music returns to a Kabul wedding hall", _REPORT["en"], "en",
         "world/live-music-returns-to-kabul"),
        ("Umfrage: Mehrheit der Deutschen gegen Wehrpflicht", _REPORT["en"], "de", "c"),
        ("Arrestato a Istanbul il capo di una rete di trafficanti", _REPORT["it"], "it", "d"),
        ("Governo amplia acolhida a refugiados venezuelanos", _REPORT["pt"], "pt", "e"),
        ("Kenya's budget plan cuts fuel subsidies", "<p>Presented by the finance minister on "
         "Monday, the budget plan would end fuel subsidies by June.</p><p>The treasury expects "
         "the measures to raise about 90 billion shillings a year.</p>", "en", "f"),
        ("Merz reist nach Warschau", "<p>Anzeige</p><p>Berlin (dpa) - Bundeskanzler Merz reist am "
         "Montag nach Warschau, um über Grenzkontrollen zu sprechen.</p><p>Beide Seiten wollen "
         "die Kontrollen bis zum Frühjahr lockern, hieß es aus Regierungskreisen.</p>", "de", "g"),
        ("Sondage : 58 % des Français favorables à une aide accrue", "<p>Une majorité de "
         "Français soutient une hausse de l'aide militaire, selon un sondage publié lundi.</p>",
         "fr", "h"),
    ],
)
def test_look_alike_stories_still_post(title: str, html: str, lang: str, link: str) -> None:
    assert _story(title, html, lang=lang, link=link) is True
