"""Shapes found on released training set 60 (world desks of port cities and provincial
capitals, 2017–24), each fixed with an invented fixture in tests/data/realistic_feeds
(3040–3042; the Urdu photo credit of set 60's junk finding is cut by the 'تصاویر: …' pattern
of branch f55, merged this round). Invented text throughout."""

from __future__ import annotations

import pytest

from bot.content import attribution
from tests.support.realistic import previewed as _fixture


# fixture 3040: a kicker then a kind with a gloss in brackets, and a kicker that ends in a kind
# ("Vesak lanterns photo essay: …"), are no stories; a kicker over news stays one; a photo
# credit in the author field ("Photos by …", "Pictures by …") names no author
def test_kicked_kind_labels_and_photo_credit_authors() -> None:
    items = _fixture("3040")
    assert [bool(i["is_story"]) for i in items] == [False, False, True, True]
    assert [i["authors"] for i in items[2:]] == [[], ["Farah Junaid"]]


@pytest.mark.parametrize(
    ("field", "authors"),
    [
        ("Pictures by N. Logan", ()),
        ("Photos by Anna Perera", ()),
        ("Photography by Ken Ito", ()),
        ("Photo: Jane Roe", ()),
        ("By Farah Junaid", ("Farah Junaid",)),
    ],
)
def test_photo_credit_in_author_field(field: str, authors: tuple[str, ...]) -> None:
    assert attribution.clean_authors((field,), outlet="Gazette", feed_title="Gazette") == authors


# fixture 3041: a four-word kicker over the outlet's own newsletter, whose only text ("Iscriviti
# alla newsletter.") the cleaner drops
def test_newsletter_of_the_outlet_after_a_kicker_is_no_story() -> None:
    assert [bool(i["is_story"]) for i in _fixture("3041")] == [False, True]


# fixture 3042: a show's segment page and an event's ticket promo; a report that ends by
# pointing to an interview stays
def test_radio_segment_page_and_event_ticket_promo_are_no_stories() -> None:
    assert [bool(i["is_story"]) for i in _fixture("3042")] == [False, False, True]
