"""Sniffing feed vs page bytes, and finding the feeds a page advertises."""

from __future__ import annotations

import pytest

from bot.content.discovery import find_feed_links, is_feed_type, media_type, sniff


@pytest.mark.parametrize(("head", "kind"), [
    (b'<?xml version="1.0"?><rss version="2.0">', "feed"),
    (b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- generated -->\n<feed xmlns="x">', "feed"),
    (b'<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><rdf:RDF xmlns:rdf="r">', "feed"),
    (b"   \n<rss>", "feed"),
    (b'<!DOCTYPE rss PUBLIC "-//Netscape" "x.dtd"><rss version="0.91">', "feed"),
    ('<?xml version="1.0" encoding="utf-16"?><feed>'.encode("utf-16"), "feed"),
    (b"<!doctype html><html><head>", "html"),
    (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', "html"),
    (b"<HTML><BODY>", "html"),
    (b"", "unknown"), (b"hello", "unknown"), (b'{"version": 1}', "unknown"),
    (b"<?xml <?xml <?xml " * 1000, "unknown"),  # hostile: no closing ?>, still fast
    (b"<rssfeed>", "unknown"),
])
def test_sniff(head: bytes, kind: str):
    assert sniff(head) == kind


@pytest.mark.parametrize(("ctype", "mtype", "xml"), [
    ("application/rss+xml; charset=UTF-8", "application/rss+xml", True),
    ("Text/XML", "text/xml", True), ("application/vnd.custom+xml", "application/vnd.custom+xml",
                                     True),
    ("text/html", "text/html", False), (None, "", False),
])
def test_media_types(ctype: str | None, mtype: str, xml: bool):
    assert media_type(ctype) == mtype
    assert is_feed_type(mtype) is xml


def test_feed_links_are_absolute_deduplicated_and_http_only():
    page = b"""<!doctype html><html><head>
      <base href="https://site.example/news/">
      <link rel="alternate" type="application/rss+xml" href="rss.xml" title="RSS">
      <link rel="Alternate Feed" type="application/atom+xml; charset=utf-8" href="/atom">
      <link rel="alternate" type="application/rss+xml" href="rss.xml#dup">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      <link rel="alternate" type="text/html" href="/fr/" hreflang="fr">
      <link rel="stylesheet" type="application/rss+xml" href="/not-alternate">
      <link rel="alternate" type="application/feed+json" href="//cdn.example/feed.json">
    </head><body><link rel="alternate" type="application/rss+xml" href="/in-body"></body>"""
    assert find_feed_links(page, "https://ignored.example/page") == (
        "https://site.example/news/rss.xml",
        "https://site.example/atom",
        "https://cdn.example/feed.json",
    )


def test_feed_links_without_base_use_the_page_url():
    page = b'<html><head><link rel="alternate" type="application/atom+xml" href="../a.xml">'
    assert find_feed_links(page, "http://x.example/blog/post/") == ("http://x.example/blog/a.xml",)


def test_broken_html_gives_no_links():
    assert find_feed_links(b"\x00\xff<<<>>>\x00<link", "http://x.example/") == ()
