"""bot/content/xmlscan.py: a feed without the text of its CDATA sections, and where each of its
bytes is in the document; None where a scan by bytes cannot be sure."""

from __future__ import annotations

import pytest

from bot.content.xmlscan import skeleton, without_cdata_text

_DOC = (b'<?xml version="1.0"?><!-- generator --><rss><item><title>T</title>'
        b"<description><![CDATA[<p>x</p> ]] ] ]>]]></description>"
        b"<content><![CDATA[]]]]><![CDATA[>]]></content></item></rss>")


def test_section_text_is_left_out_and_every_byte_maps_back() -> None:
    found = skeleton(_DOC)
    assert found is not None
    assert found.marks == (b'<?xml version="1.0"?><!-- generator --><rss><item><title>T</title>'
                           b"<description><![CDATA[]]></description>"
                           b"<content><![CDATA[]]><![CDATA[]]></content></item></rss>")
    assert all(found.marks[i] == _DOC[found.position(i)] for i in range(len(found.marks)))
    assert without_cdata_text(_DOC) == found.marks


@pytest.mark.parametrize(("why", "doc"), [
    ("no section", b"<rss><item><title>T</title></item></rss>"),
    ("a section that never ends", b"<rss><description><![CDATA[<p>cut off"),
    ("a nested section", b"<d><![CDATA[a <![CDATA[b]]> c]]></d>"),
    ("a section start inside a comment", b"<rss><!-- <![CDATA[ --><d><![CDATA[x]]></d></rss>"),
    ("a section start inside a processing instruction",
     b"<rss><?pi <![CDATA[ ?><d><![CDATA[x]]></d></rss>"),
])
def test_what_a_scan_by_bytes_cannot_tell_is_left_whole(why: str, doc: bytes) -> None:
    assert skeleton(doc) is None, why
    assert without_cdata_text(doc) is doc
