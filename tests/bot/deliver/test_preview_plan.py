"""The preview's plan mirrors the poller: one post per story, also within one feed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.content.articles import process_feed
from bot.deliver.preview import RE_POSTED, plan_preview

DATA = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"


def test_an_update_reposted_under_a_new_id_is_one_post_the_newer_version() -> None:
    feed = DATA / "350_reposted_update_new_guid.xml"
    expect = json.loads((DATA / "350_reposted_update_new_guid.expect.json").read_text("utf-8"))
    _, articles = process_feed(feed.read_bytes(), url="https://feeds.example/350.xml",
                               content_type="application/rss+xml")
    plan = plan_preview(articles, threshold=0.0)
    posted = {a.link for a in plan.posted}
    for link, want in expect["items"].items():
        if "would_post" in want:
            assert (link in posted) == want["would_post"], link
    # The other stories of the feed are untouched, each its own post.
    assert len(plan.posted) == len(articles) - 1
    assert dict(plan.dropped) == {RE_POSTED: 1}


@pytest.mark.parametrize("name", ["620_en_one_outlet_brand_column_words",
                                  "621_es_one_outlet_brand_column_words"])
def test_one_outlets_stories_sharing_only_its_brand_and_labels_are_each_posted(name: str) -> None:
    """An outlet's Sudan editorial, its Armenia column and its Chile column share the brand's
    nationality, 'View' and function words, and nothing of a story: no one of them is folded
    into another as its "updated version" (each relevant story is posted)."""
    feed = DATA / f"{name}.xml"
    expect = json.loads((DATA / f"{name}.expect.json").read_text("utf-8"))
    _, articles = process_feed(feed.read_bytes(), url=f"https://feeds.example/{name}.xml",
                               content_type="application/rss+xml")
    plan = plan_preview(articles, threshold=0.5)
    posted = {a.link for a in plan.posted}
    want = {link for link, item in expect["items"].items() if item.get("would_post")}
    assert len(want) >= 4
    assert want <= posted
    assert RE_POSTED not in dict(plan.dropped)
