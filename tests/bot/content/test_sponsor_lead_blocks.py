"""`structure._blocks` splits as `_BLOCK_BREAK.split` does (the sponsor-lead check reads only the
first block with text, so the blocks are split lazily)."""

from __future__ import annotations

import pytest

from bot.content.articles.structure import _BLOCK_BREAK, _blocks, _sponsor_lead


@pytest.mark.parametrize("html", [
    "", "plain", "<p>a</p><p>b</p>", "a<br/>b\nc", "<div class='x'><p></p>\n\n<li>z</li>",
    "<h2>T</h2>text<figure>f</figure>", "\n", "<P>upper</P>",
])
def test_blocks_are_the_split(html: str) -> None:
    assert list(_blocks(html)) == _BLOCK_BREAK.split(html)


def test_first_block_with_text_decides() -> None:
    # empty blocks before the label are skipped, as when every block was cleaned first
    assert _sponsor_lead("<p> </p><p>Anzeige. Entdecken Sie die neue Kollektion.</p>") == \
        "sponsored"
    assert _sponsor_lead("<p>The ministry said on Tuesday.</p><p>Anzeige. Mehr.</p>") == ""
