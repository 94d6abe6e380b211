"""Digest building: one story, coverage by other outlets, roundup ranking."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from bot.core.types import Article, Quote
from bot.deliver.digest import item_from_article, rank_stories, roundup


def art(key: str, story: str, outlet: str, rel: float, hour: int = 1, **kw) -> Article:
    return Article(
        key=key,
        story_key=story,
        title=f"{story} by {outlet}",
        link=f"https://{outlet}.example",
        summary="S.",
        text="T.",
        outlet=outlet,
        relevance=rel,
        published=datetime(2026, 11, 25, hour, tzinfo=UTC),
        **kw,
    )


def test_item_keeps_attribution_and_at_most_two_attributed_quotes() -> None:
    quotes = (Quote("a"), Quote("b", "Ann Lee", "UN"), Quote("c", "Bo Li"), Quote("d", "Cy Ng"))
    item = item_from_article(art("1", "s", "wire", 0.9, authors=("Jo",), quotes=quotes, via="Agg"))
    assert (item.outlet, item.authors, item.via) == ("wire", ("Jo",), "Agg")
    assert [q.speaker for q in item.quotes] == ["Ann Lee", "Bo Li"]
    assert item.speakers == ("Ann Lee", "Bo Li")


def test_quotes_already_in_the_summary_or_unattributed_are_not_shown() -> None:
    summary = (
        "Germany approved its defence budget. “Deterrence is not a slogan, it is a line in "
        "the budget,” the defence minister told the Bundestag."
    )
    quotes = (
        Quote("Deterrence is not a slogan, it is a line in the budget", "the defence minister"),
        Quote("We cannot wait another year", None),
        Quote("The brigade will be ready by 2027", "Gen. Anna Roth", "Bundeswehr"),
    )
    item = item_from_article(replace(art("1", "s", "wire", 0.9, quotes=quotes), summary=summary))
    assert [q.text for q in item.quotes] == ["The brigade will be ready by 2027"]
    # Nothing attributed and nothing new: no quote line at all rather than "— unattributed".
    bare_article = replace(art("2", "t", "wire", 0.9, quotes=quotes[:2]), summary=summary)
    bare = item_from_article(bare_article)
    assert bare.quotes == ()


def test_also_covered_lists_other_outlets_once() -> None:
    main = art("1", "s", "wire", 0.9)
    others = [art("2", "s", "paper", 0.8), art("3", "s", "paper", 0.8), art("4", "s", "wire", 0.7)]
    item = item_from_article(main, others)
    assert [c.outlet for c in item.also_covered] == ["paper"]


def test_roundup_ranks_by_relevance_and_coverage_one_item_per_story() -> None:
    articles = [
        art("1", "minor", "wire", 0.55),
        art("2", "big", "wire", 0.8),
        art("3", "big", "paper", 0.8),
        art("4", "big", "review", 0.8),
        art("5", "solo", "wire", 0.85),
    ]
    d = roundup(articles, title="Roundup", limit=2)
    assert [i.story_key for i in d.items] == ["big", "solo"]
    assert len(d.items[0].also_covered) == 2
    assert d.kind == "roundup"


def test_rank_breaks_ties_by_recency() -> None:
    groups = [[art("1", "old", "w", 0.7, hour=1)], [art("2", "new", "w", 0.7, hour=5)]]
    assert [g[0].story_key for g in rank_stories(groups)] == ["new", "old"]


def test_quote_attribution_does_not_repeat_the_affiliation() -> None:
    assert Quote("x", "Amina Diallo", "World Food Programme").attribution == (
        "Amina Diallo, World Food Programme"
    )
    assert Quote("x", "Côte d’Ivoire’s defence minister", "Côte d’Ivoire").attribution == (
        "Côte d’Ivoire’s defence minister"
    )
    assert Quote("x", "a spokesperson for the Foreign Ministry", "Foreign Ministry").attribution \
        == "a spokesperson for the Foreign Ministry"


def test_headline_card_says_so_on_every_platform() -> None:
    """An item whose source gives no text is posted as a headline card that says so."""
    import json

    from adapters import slack_blocks
    from adapters.console import render_item
    from adapters.discord_render import item_embed
    from bot.core.types import HEADLINE_ONLY_NOTE, DigestFormat

    bare = Article(key="k", story_key="s" * 16, title="Ships reroute around the Cape",
                   link="https://shipping.example/a", summary="", text="",
                   outlet="shipping.example", via="Signal Board")
    item = item_from_article(bare)
    assert item.headline_only
    assert HEADLINE_ONLY_NOTE in render_item(item, "UTC")
    blocks = slack_blocks.story_blocks(item, "UTC")
    assert HEADLINE_ONLY_NOTE in json.dumps([b.to_dict() for b in blocks])
    assert HEADLINE_ONLY_NOTE in item_embed(item).get("description", "")
    # With a summary, or in the compact format (headline, outlet, link by choice): no note.
    assert not item_from_article(replace(bare, summary="Insurance premiums doubled.")).headline_only
    assert not item_from_article(bare, fmt=DigestFormat(style="compact")).headline_only


def test_a_digest_with_quotes_loads_no_cleaning_module() -> None:
    """A `run --once` main process builds nothing itself (its pool process does): its digests
    must not load bot.content.clean and its tables (~5 MB) just to fingerprint quotes."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "from datetime import UTC, datetime\n"
        "from bot.core.types import Article, Quote\n"
        "from bot.deliver.digest import shown_quotes\n"
        "a = Article(key='k', story_key='s', title='T', link='https://x.example/1',"
        " summary='The talks went well, he said.', text='T.', outlet='x',"
        " published=datetime(2026, 1, 1, tzinfo=UTC),"
        " quotes=(Quote('We made progress', 'A minister'),))\n"
        "print(len(shown_quotes(a)), 'bot.content.clean' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                         check=True)
    assert out.stdout.split() == ["1", "False"]
