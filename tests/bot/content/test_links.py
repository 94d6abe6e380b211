"""Tracking parameters: stripped from the posted link, kept when a page may need them."""

from __future__ import annotations

import re

import pytest

from bot.content.articles import web_link
from bot.content.clustering import canonical_link
from bot.content.links import is_tracking, plain_link, strip_tracking


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        (
            "https://x.example/a/?utm_source=rss&utm_medium=referral&utm_campaign=cp_world",
            "https://x.example/a/",
        ),
        ("https://x.example/a?id=7&utm_source=rss", "https://x.example/a?id=7"),
        ("https://x.example/u/c4m8?at_medium=RSS&at_campaign=rss", "https://x.example/u/c4m8"),
        ("https://x.example/r-1.html?src=rss", "https://x.example/r-1.html"),
        ("https://x.example/a?fbclid=Iw0&gclid=1&mc_cid=2&mc_eid=3#top", "https://x.example/a#top"),
        # a generic name with any other value may route the page: kept, byte for byte
        ("https://x.example/a?src=homepage&ref=world", "https://x.example/a?src=homepage&ref=world"),
        ("https://x.example/view?p=12&lang=en", "https://x.example/view?p=12&lang=en"),
        ("https://x.example/a", "https://x.example/a"),
    ],
)
def test_strip_tracking(link: str, expected: str) -> None:
    assert strip_tracking(link) == expected


def test_web_link_posts_the_link_without_tracking() -> None:
    got = web_link("/world/1?utm_source=rss&id=3", "https://outlet.example/feed")
    assert got == "https://outlet.example/world/1?id=3"


def test_is_tracking_is_conservative() -> None:
    assert is_tracking("UTM_Source", "x") and is_tracking("src", "RSS")
    assert not is_tracking("src", "top") and not is_tracking("id", "rss")
    assert not is_tracking("page", "2")


def test_identity_shares_the_table() -> None:
    # the identity ignores what the posted link drops, plus referrer markers
    assert canonical_link("https://x.example/a?at_medium=RSS&id=1") == "https://x.example/a?id=1"
    assert canonical_link("https://x.example/a?ref=home") == "https://x.example/a"


# -- the plain-link fast path (links.plain_link): the same answers as urllib's split ----------

_LINK_TEXT = re.compile(
    rb"""(?:<link>|<guid[^>]*>|<id>|href=["'])\s*(?:<!\[CDATA\[)?([^<"']{1,400})"""
)
_EDGE_LINKS = [
    "https://www.outlet.example/world/2026/talks/", "http://m.outlet.example", "https://www./x",
    "https://WWW.Outlet.Example/A/B//", "https://outlet.example//double", "https://m./",
    "https://outlet.example/a b", "https://outlet.example/caf\u00e9", "https://host:8080/x",
    "https://user@host/x", "https://outlet.example/a;b=1", "https://outlet.example/a\u00a0b",
    "https://outlet.example/x?utm_source=rss", "https://outlet.example/x#top", "http://[::1]/x",
    "https://outlet.example/" + "a" * 2100, " https://outlet.example/padded ", "https://-/",
    "ftp://outlet.example/x", "//outlet.example/x", "/world/1", "javascript:alert(1)",
]


def _fixture_links() -> list[str]:
    import html

    from bench.backlog_micro import feed_paths

    found: dict[str, None] = {}
    for path in feed_paths():
        for m in _LINK_TEXT.finditer(path.read_bytes()):
            found.setdefault(html.unescape(m[1].decode("utf-8", "replace")), None)
    return [*found, *_EDGE_LINKS]


def test_plain_links_read_as_urllib_reads_them() -> None:
    from bot.content import clustering
    from bot.content.articles import web_links
    from bot.content.attribution.links import _split_domain, domain_of

    links = _fixture_links()
    assert sum(1 for x in links if plain_link(x.strip())) > 1000
    for link in links:
        for base in ("https://feeds.example/rss", "http://feeds.example/rss", ""):
            assert web_links.web_link(link, base) == web_links._web_link(link.strip(), base), (
                link, base)
        assert domain_of(link) == _split_domain(link), link
        assert clustering.canonical_link(link) == (
            clustering._canonical_link(link) if link.strip() else None
        ), link
