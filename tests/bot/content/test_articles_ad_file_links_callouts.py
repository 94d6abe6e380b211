"""Non-stories known by their link or their headline's shape (real feeds 11, fixtures 1321-1325):
ad-click links, document files, status pages, clip and photo-report folders, reader call-outs and
self-tests, beside hard negatives that stay stories."""

from __future__ import annotations

import pytest

from bot.content.articles import is_story
from bot.core.types import Article

STORY_TEXT = "The ministers met for six hours on Wednesday, officials said."


def _article(title: str, link: str, text: str = STORY_TEXT,
             categories: tuple[str, ...] = ()) -> Article:
    return Article(key="k", story_key="s", title=title, link=link, summary="", text=text,
                   outlet="Outlet", categories=categories)


@pytest.mark.parametrize(
    ("link", "story"),
    [
        # ad servers' click URLs: their host or their creative/placement parameters
        ("https://ck.lender.example/?a=343&c=2546&ccreative=refi_door&ad_headline=refi", False),
        ("https://go.loans.example/?s1=sections&placement_name=sectionfronts", False),
        ("https://clk.offers.example/c/4471", False),
        ("https://track.offerhub.example/c/4471", False),
        ("https://adclick.g.doubleclick.net/pcs/click?xai=AKAOj", False),
        ("https://paid.outbrain.com/network/redir?p=abc", False),
        # documents and hosted status pages
        ("https://www.vendor.example/docs/manuals/isa-ref-v7.pdf", False),
        ("https://www.vendor.example/docs/report.PDF?download=1", False),
        ("https://www.codeforgestatus.example/incidents/x7k2m9q4p1", False),
        ("https://status.cloud.example/incidents/2026-12-03-eu-west", False),
        # clip and photo-report folders
        ("https://www.broadcaster.example/sport/av/football/61020415", False),
        ("https://www.broadcaster.example/news/av/uk-england-61019920", False),
        ("https://www.agency.example/tourism/newsphoto/lviv-foto-2026-20118342.html", False),
        # hard negatives: the outlet's own tracking tags, a story about PDFs or status pages
        ("https://www.outlet.example/2026/12/03/world/talks.html?utm_source=rss&utm_medium=feed",
         True),
        ("https://www.outlet.example/2026/12/03/tech/pdf-reader-flaw-patched", True),
        ("https://www.outlet.example/2026/12/03/tech/status-page-outage-incidents", True),
        ("https://www.outlet.example/news/avalanche-warning-alps-61020001", True),
        ("https://www.track-and-field.example/2026/12/03/world-record.html", True),
    ],
)
def test_items_linking_ads_files_and_media_folders(link: str, story: bool) -> None:
    assert is_story(_article("Ministers meet in Geneva to discuss the ceasefire", link)) is story


@pytest.mark.parametrize(
    ("title", "story"),
    [
        ("The Tessera Instruction Set Reference Manual [pdf]", False),
        ("Annual threat assessment 2026 (PDF)", False),
        ("I built a self-hosted invoice tracker for freelancers. What do you think?", False),
        ("Neue Parkregeln in der Altstadt: Was meinen Sie?", False),
        ("Nouvelle ligne de tram : qu'en pensez-vous ?", False),
        ("El ayuntamiento cierra el centro al tráfico. ¿Qué opinas?", False),
        ("Nova ciclovia na avenida central: o que você acha?", False),
        ("Flowchart: Are You Ready for a Trade War?", False),
        ("Puzzle: Can You Find the Missing Ballot Box?", False),
        # hard negatives
        ("What do voters in Taiwan think of the new defence budget?", True),
        ("Flowchart: How the EU Decides on Retaliatory Tariffs", True),
        ("Election Puzzle: Why Did Turnout Rise in Every Province but One?", True),
        ("PDF of leaked memo shows ministry knew of flood risk", True),
    ],
)
def test_headline_shapes(title: str, story: bool) -> None:
    assert is_story(_article(title, "https://www.outlet.example/2026/12/03/item-1")) is story


@pytest.mark.parametrize(
    ("categories", "story"),
    [
        (("Фотоотчеты",), False),
        (("Фотозвіти",), False),
        (("Fotoreportajes",), False),
        (("Photo reports",), False),
        (("Культура",), True),
        (("Photography",), True),
    ],
)
def test_photo_report_categories(categories: tuple[str, ...], story: bool) -> None:
    article = _article("Зимовий Львів: на площі Ринок засвітили ялинку",
                       "https://www.outlet.example/2026/12/03/item-1", categories=categories)
    assert is_story(article) is story


@pytest.mark.parametrize(
    ("title", "outlet", "story"),
    [
        ("BBC News Channel", "BBC News", False),
        ("The Harbourline app", "The Harbourline", False),
        ("Radio Harbourline Live", "Harbourline", False),
        ("Дніпровий вісник TV", "Дніпровий вісник", False),
        # hard negatives: the outlet's medium in a story, or only the outlet's name
        ("BBC News Channel presenter wins award", "BBC News", True),
        ("Harbourline app leaked users' locations, regulator says", "Harbourline", True),
        ("Live TV host detained in Minsk", "Harbourline", True),
    ],
)
def test_headline_that_is_the_outlet_and_its_medium(title: str, outlet: str, story: bool) -> None:
    article = Article(key="k", story_key="s", title=title,
                      link="https://www.outlet.example/news/10310042", summary="",
                      text="The region's most-watched news channel, around the clock.",
                      outlet=outlet)
    assert is_story(article) is story
