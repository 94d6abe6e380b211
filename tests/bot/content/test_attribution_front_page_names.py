"""Front-page feeds' channel names (set 36's shapes, invented names): the list's name run on to
the brand, the host as the title with the publisher naming the brand, a paper whose language
word is part of its name, and a blog account standing in for every author."""

from __future__ import annotations

from bot.content.attribution.authors import clean_authors
from bot.content.attribution.feed_titles import feed_outlet_name
from bot.content.attribution.outlets import _named_for_host


def test_arc_news_feed_title_is_the_brand() -> None:
    assert feed_outlet_name("Corrib Chronicle News Feed", ["corribchronicle"]) == "Corrib Chronicle"


def test_host_title_takes_the_publishers_brand_without_company_word() -> None:
    assert _named_for_host("innwelle.example", ["Innwelle Hörfunk"]) == "Innwelle"
    # a publisher the host spells whole stays whole; a short label is no evidence
    assert _named_for_host("nordwelle.example", ["Norddeutsche Welle"]) == "Norddeutsche Welle"
    assert _named_for_host("abc.example", ["Abc Radio"]) is None


def test_language_word_the_host_spells_stays_in_the_name() -> None:
    assert feed_outlet_name("روزنامہ کاویری اردو", ["roznamakaveriurdu"]) == "روزنامہ کاویری اردو"
    # an edition of a brand whose host does not spell the language loses it, as before
    assert feed_outlet_name("Kestrel News Türkçe", ["kestrel"]) == "Kestrel News"


def test_blog_account_named_as_a_paper_is_no_person() -> None:
    assert clean_authors(["Roznama Kaveri Urdu"], outlet="روزنامہ کاویری اردو") == ()
    assert clean_authors(["Dainik Samachar"], outlet="") == ()
    assert clean_authors(["Farah Qadri"], outlet="روزنامہ کاویری اردو") == ("Farah Qadri",)
