"""The outlet's home country inferred from its feed document (bot/content/home.py): fixtures
1400-1406, 1780-1785 and 2660-2661 are outlets whose domain and language tag name no country."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from bot.content import home
from bot.content.articles import body_of, learn_articles, process_feed
from bot.content.parse import parse_feed
from bot.deliver.preview import preview_items

DATA = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"
THRESHOLD = 0.5
HOMES = {
    "1400_en_ng_generic_domain_daily_home_inferred": "NG",
    "1401_de_ch_generic_domain_daily_home_inferred": "CH",
    "1402_ur_in_generic_domain_daily_home_inferred": "IN",
    "1403_en_sg_generic_domain_news_home_inferred": "SG",
    "1404_pt_ao_generic_domain_daily_home_inferred": "AO",
    "1405_it_ch_generic_domain_daily_home_inferred": "CH",
    "1406_en_world_desk_crisis_week_no_home_flip": None,
    "1780_en_mw_world_desk_channel_names_home": "MW",
    "1781_de_li_world_desk_channel_names_home": "LI",
    "1782_en_gb_diaspora_world_desk_no_origin_home": None,
    "1783_en_ae_all_sections_feed_filed_apart_home": "AE",
    "1784_it_world_desk_filed_apart_home": "UY",
    "1785_de_it_world_desk_region_names_home": "IT",
    "2660_en_kh_generic_domain_foreign_policy_heavy_home_inferred": "KH",
    "2661_en_gb_china_desk_names_home_and_covered_country_no_home": None,
}
URL = "https://feeds.example/{}.xml"


def _guess(stem: str, url: str | None = None) -> home.Guess | None:
    body = (DATA / f"{stem}.xml").read_bytes()
    url = url or URL.format(stem)
    feed = parse_feed(body, url=url)
    items = [(e.title, (b := body_of(e)).paragraphs, b.html) for e in feed.entries]
    filed = [(e.link, e.categories) for e in feed.entries]
    return home.learn_items(feed, url, items, b"", filed)[0]


@pytest.mark.parametrize("stem", sorted(HOMES))
def test_the_feed_document_says_the_outlets_home(stem: str) -> None:
    """Nigerian, Swiss (German and Italian), Indian Urdu, Singaporean and Angolan outlets on
    generic domains, declaring a bare language: their home is what their items agree on; a
    world desk whose week one country leads has none."""
    guess = _guess(stem)
    assert (guess.code if guess else None) == HOMES[stem], guess
    if guess is not None:
        assert guess.signs and 0 < guess.confidence <= 1


@pytest.mark.parametrize("stem", sorted(HOMES))
def test_home_news_is_not_world_news(stem: str) -> None:
    """Scored with the inferred home: Singapore's election in a Singapore paper and a Lagos
    levy in a Nigerian one are home news; Germany's election in a Swiss paper, Pakistan's in an
    Indian Urdu one, Portugal's and Brazil's in an Angolan one, Italy's in a Ticino one are
    world news; a world desk's items keep their scores."""
    expect = json.loads((DATA / f"{stem}.expect.json").read_text("utf-8"))["items"]
    _, articles = process_feed((DATA / f"{stem}.xml").read_bytes(), url=URL.format(stem))
    items = preview_items(articles)
    assert len(items) == len(expect)
    for item in items:
        said = item["relevance"] >= THRESHOLD
        assert said == expect[item["link"]]["relevant"], (item["title"], item["reasons"])


def test_what_the_feed_says_wins() -> None:
    """A country-code domain names the home: nothing is inferred or remembered."""
    stem = "1400_en_ng_generic_domain_daily_home_inferred"
    body = (DATA / f"{stem}.xml").read_bytes()
    url = "https://www.savannahstandard.co.uk/feed.xml"
    feed = parse_feed(body, url=url)
    _, memory = learn_articles(feed.entries, feed, feed_url=url)
    assert home.split_memory(memory)[1] == b""


def test_one_new_item_is_judged_with_the_feeds_memory() -> None:
    """Steady state: a poll brings one item; the feed's remembered items say its home."""
    stem = "1400_en_ng_generic_domain_daily_home_inferred"
    url = URL.format(stem)
    feed = parse_feed((DATA / f"{stem}.xml").read_bytes(), url=url)
    (new,) = [e for e in feed.entries if "transport levy" in e.title]
    rest = [e for e in feed.entries if e is not new]
    alone, _ = learn_articles([new], feed, feed_url=url)
    assert alone[0].relevance is not None and alone[0].relevance >= THRESHOLD  # scored as abroad
    _, memory = learn_articles(rest, feed, feed_url=url)
    (article,), memory = learn_articles([new], feed, feed_url=url, memory=memory)
    assert article.relevance is not None and article.relevance < THRESHOLD
    assert "+ mentions Nigeria" not in article.reasons
    # the item read again (an edit) is remembered once
    assert len(json.loads(home.split_memory(memory)[1])) == len(feed.entries)


def test_the_memory_rides_with_the_template_memory() -> None:
    assert home.split_memory(home.join_memory(b"\x01tmpl", b"[]")) == (b"\x01tmpl", b"[]")
    assert home.split_memory(b"\x01old record") == (b"\x01old record", b"")
    assert home.join_memory(b"\x01tmpl", b"") == b"\x01tmpl"  # nothing inferred: as before
    feed = parse_feed((DATA / "1406_en_world_desk_crisis_week_no_home_flip.xml").read_bytes(),
                      url="https://feeds.example/world.xml")
    guess, memory = home.learn(feed, None, [], b"{damaged")
    assert guess is None and memory == b""


def test_a_world_desk_never_takes_the_country_it_covers_most() -> None:
    """A world desk (its title or path says so) is read as abroad, however its items lean;
    without the title, its items (half of them world news) still abstain."""
    stem = "1406_en_world_desk_crisis_week_no_home_flip"
    feed = parse_feed((DATA / f"{stem}.xml").read_bytes(), url=URL.format(stem))
    assert home.world_desk(feed)
    evidence = [e for x in feed.entries
                if (e := home.read_item(x.title, body_of(x).paragraphs, "en", body_of(x).html))]
    assert sum(e.codes == "IR" for e in evidence) >= 4  # Iran leads its week
    assert home.infer(evidence) is None


def _plain_find(phrases: home._Phrases, text: str) -> set[str]:
    """The scan `_Phrases.find` replaced: every word count at every position."""
    found = {code for sym, code in phrases.symbols.items() if sym in text}
    toks = home._WORD.findall(text)
    longest = max((len(k) for k in phrases.words), default=0)
    for n in range(1, longest + 1):
        for i in range(len(toks) - n + 1):
            if (code := phrases.words.get(tuple(toks[i : i + n]))) is not None:
                found.add(code)
    return found


def test_phrases_found_from_their_first_words_as_by_every_position() -> None:
    places, currencies = home._matchers()
    table = home._table()
    every = [w for ws in (*table["places"].values(), *table["currencies"].values()) for w in ws]
    texts = [
        " ".join(every), " ".join(reversed(every)), "\n".join(every[::3]),
        "The naira fell as Abuja and Lagos priced fuel in ₦ and S$; Rs 40 in Karachi.",
        "", "naira", "ABUJA — the World desk",
    ]
    for text in texts:
        folded = text.casefold()
        for phrases in (places, currencies, home._world_words()):
            assert phrases.find(folded) == _plain_find(phrases, folded)
            assert phrases.find(folded, home._WORD.findall(folded)) == phrases.find(folded)


_ITEMS = (
    ("Senate passes Nigeria's budget as naira slides",
     ["ABUJA — The Senate on Tuesday passed the 2026 budget of ₦54 trillion, the finance "
      "minister said, as Georgia and Jordan watched talks with Turkey in Geneva.",
      "The Central Bank of Nigeria said the naira fell 2% against the dollar."]),
    ("Lagos floods displace thousands", ["LAGOS — Heavy rain flooded Lekki and Ikeja."]),
)


@pytest.mark.parametrize(("title", "paragraphs"), _ITEMS)
def test_the_relevance_score_reads_the_home_evidence_scan_as_its_own(
    title: str, paragraphs: list[str]
) -> None:
    """The item read once for the home evidence and the relevance score: the score from the
    evidence's scan is the score of reading it again, for any outlet's home; another item's
    scan is not read for it."""
    from bot.content import relevance

    evidence = home.read_item(title, paragraphs, "en")
    assert evidence is not None and evidence.scanned is not None
    text = "\n\n".join(paragraphs)
    assert evidence.scanned.text == relevance.sample_of(title, text)
    other = home.read_item(*_ITEMS[1 - _ITEMS.index((title, paragraphs))], "en")
    assert other is not None
    for hint in ("en", "en-NG", "en-US", None):
        alone = relevance.score(title, text, language_hint=hint)
        assert relevance.score(title, text, language_hint=hint,
                               scanned=evidence.scanned) == alone
        assert relevance.score(title, text, language_hint=hint, scanned=other.scanned) == alone
    assert relevance.places(title, text, scanned=evidence.scanned) == relevance.places(title, text)


def test_a_world_desk_takes_the_home_its_own_words_give() -> None:
    """Six items of a world desk, all abroad but one: the channel naming its one country
    ("Malawi's independent daily", "Die Tageszeitung für Liechtenstein") is the home, the one
    item about it datelined there; not the channel's word alone; a diaspora weekly names the
    country its readers come from, and more of its items are about where it stands: it
    abstains (its readers' country's election stays world news)."""
    stem = "1780_en_mw_world_desk_channel_names_home"
    assert _guess(stem).signs == ("world desk", "channel", "dateline")
    feed = parse_feed((DATA / f"{stem}.xml").read_bytes(), url=URL.format(stem))
    evidence = [e for x in feed.entries
                if (e := home.read_item(x.title, body_of(x).paragraphs, "en", body_of(x).html))]
    undated = [dataclasses.replace(e, dateline="") for e in evidence]
    assert home.desk_home(evidence, {"MW"}) and home.desk_home(undated, {"MW"}) is None
    diaspora = "1782_en_gb_diaspora_world_desk_no_origin_home"
    feed = parse_feed((DATA / f"{diaspora}.xml").read_bytes(), url=URL.format(diaspora))
    assert home.channel_named(feed) == {"PH"}
    evidence = [home.read_item(e.title, body_of(e).paragraphs, "en", body_of(e).html)
                for e in feed.entries]
    assert home.desk_home([e for e in evidence if e], {"PH"}) is None
    assert home.desk_home([e for e in evidence if e][:1], {"PH"}) is not None


def test_an_item_filed_apart_from_world_news_says_the_home() -> None:
    """'/uae/transport/…' beside '/world/…' links, 'Uruguay' beside 'Dal mondo' categories:
    the one country so filed is the home; a channel naming another one, or two countries
    filed apart, or a feed that files nothing under a world word, say nothing."""
    uae = home.read_filing("https://x.example/uae/transport/slug-1", (), "en")
    world = home.read_filing("https://x.example/world/asia/slug-2", ("World",), "en")
    assert uae.codes == {"AE"} and not uae.world and world.world
    assert home.read_filing("https://x.example/uae-ferry-slug", (), "en").codes == frozenset()
    nation = home.read_filing("https://x.example/208752/slug", ("Nation",), "en")
    assert nation.home and not nation.codes
    assert home.filed_home([None, None], [uae, world]) is not None
    assert home.filed_home([None, None], [uae, world], {"GB"}) is None
    assert home.filed_home([None], [uae]) is None
    uy = home.read_filing("https://x.example/slug/", ("Uruguay",), "it")
    assert home.filed_home([None] * 3, [uae, uy, world]) is None
    # without the items' filing, neither feed has a home
    for stem in ("1783_en_ae_all_sections_feed_filed_apart_home",
                 "1784_it_world_desk_filed_apart_home"):
        url = URL.format(stem)
        feed = parse_feed((DATA / f"{stem}.xml").read_bytes(), url=url)
        items = [(e.title, (b := body_of(e)).paragraphs, b.html) for e in feed.entries]
        assert home.learn(feed, url, items)[0] is None
