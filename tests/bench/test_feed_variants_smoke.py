"""Smoke run of the metamorphic feed check (bench/feed_variants.py): the XML-level rewrites
leave the document's infoset as it was, the HTML-level ones only the item HTML, and a run over
a few fixture feeds counts variants and differing items."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from bench import feed_variants as fv

DOC = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>The Ledger</title><link>https://ledger.example/</link><language>en</language>
<item><title>Caf\u00e9 talks &amp; more</title><link>https://ledger.example/1</link>
<guid isPermaLink="false">g1</guid><pubDate>Mon, 07 Dec 2026 10:00:00 +0100</pubDate>
<dc:creator>Ann Lee</dc:creator>
<description>&lt;p&gt;One&amp;nbsp;two.&lt;br/&gt;x&lt;/p&gt;
&lt;p class="a"&gt;Three &#8217;four.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>One&nbsp;two.</p><div class='x'>Five<br>six</div>]]></content:encoded>
</item></channel></rss>"""


def _infoset(text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(el.tag, (el.text or "").strip(), sorted(el.attrib.items()))
            for el in ET.fromstring(text.encode()).iter()]


@pytest.mark.parametrize("name", ["cdata_to_escaped", "escaped_to_cdata", "ns_rename",
                                  "attrs_single", "attrs_double", "ncr", "ncr_to_utf8"])
def test_xml_level_variants_keep_the_infoset(name: str) -> None:
    new = fv.VARIANTS[name](DOC, "utf-8")
    assert new is not None and new != DOC
    if name.startswith("attrs_"):  # the item HTML's attributes are requoted too
        new, old = new.replace("'", '"'), DOC.replace("'", '"')
        assert _infoset(new) == _infoset(old)
    else:
        assert _infoset(new) == _infoset(DOC)


def test_html_level_variants_touch_only_the_item_html() -> None:
    assert "<br>" in (fv.br_html(DOC, "utf-8").split("<description>")[1])
    assert "&#160;" in fv.nbsp_numeric(DOC, "utf-8")
    assert "<div>One&nbsp;two.</div>" in fv.p_to_div(DOC, "utf-8")
    spaced = fv.blocks_spaced(DOC, "utf-8")
    assert "</p>\n  <div class='x'>" in spaced
    assert fv.blocks_tight(spaced, "utf-8").count("</p>\n  <") == 0
    for name in ("br_html", "nbsp_numeric", "p_to_div", "blocks_spaced"):
        new = fv.VARIANTS[name](DOC, "utf-8")
        assert new is not None
        old_items = _infoset(DOC)
        assert [t for t in _infoset(new) if "description" not in t[0]
                and "encoded" not in t[0]] == [t for t in old_items if "description" not in t[0]
                                               and "encoded" not in t[0]]


def test_rss_maps_to_atom_exactly_or_not_at_all() -> None:
    atom = fv.rss_to_atom(DOC, "utf-8")
    assert atom is not None and "<published>2026-12-07T10:00:00+01:00</published>" in atom
    assert '<summary type="html">' in atom and "<name>Ann Lee</name>" in atom
    # an HTML title has no exact Atom text form: the feed is left out
    assert fv.rss_to_atom(DOC.replace("Caf\u00e9 talks &amp; more", "A &lt;b&gt;bold&lt;/b&gt;"),
                          "utf-8") is None


def test_a_run_counts_variants_and_differences() -> None:
    result = fv.run(["cdata_to_escaped", "attrs_single"], ["realistic_feeds"], limit=3)
    assert result["feeds"] == 3 and result["items"] > 0
    assert set(result["variants"]) == {"cdata_to_escaped", "attrs_single"}
    assert result["variants"]["attrs_single"]["feeds"] == 3
    assert result["differ_total"] == len(result["details"])
