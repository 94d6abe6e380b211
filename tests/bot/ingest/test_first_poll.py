"""bot/ingest/first_poll.py: which candidates a cycle's first polls build, and which it posts."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.types import ChannelRef, FeedEntry
from bot.ingest.first_poll import (
    PackedKeys,
    Tops,
    channel_lists,
    choose,
    next_builds,
    order_of,
)

A = ChannelRef.parse("console:a")
B = ChannelRef.parse("console:b")
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _orders(feed_id: int, minutes: list[int | None]) -> list[tuple[float, int, int]]:
    return [
        order_of(FeedEntry(title="t", published=None if m is None else T0 + timedelta(minutes=m)),
                 feed_id, i)
        for i, m in enumerate(minutes)
    ]


def test_orders_are_newest_first_then_feed_then_place() -> None:
    orders = sorted([*_orders(2, [10, 5, None]), *_orders(1, [10, 7])])
    assert [(o[1], o[2]) for o in orders] == [(1, 0), (2, 0), (1, 1), (2, 1), (2, 2)]


def test_channel_lists_merge_feeds_newest_first_and_bound_them() -> None:
    lists = channel_lists(
        [(1, [A], _orders(1, [9, 3, 1])), (2, [A, B], _orders(2, [8, 7])),
         (3, [B, B], _orders(3, [20]))],
        budget=2, bound=2,
    )
    assert [(f, i) for _, f, i in lists[A]] == [(1, 0), (2, 0), (2, 1), (1, 1)]  # 4 = 2 × 2
    assert [(f, i) for _, f, i in lists[B]] == [(3, 0), (2, 0), (2, 1)]  # listed once


def test_next_builds_take_what_each_channel_lacks_at_most_a_feeds_share() -> None:
    lists = channel_lists([(1, [A], _orders(1, [9, 8, 7, 6])), (2, [A], _orders(2, [5, 4]))],
                          budget=3, bound=4)
    # Nothing built: 3 lacking, at most 2 (per_feed) of feed 1, then feed 2's newest.
    assert next_builds(lists, {}, set(), budget=3, per_feed=2) == {1: [0, 1], 2: [0]}
    # Feed 1's first two built, one passed: its next one and feed 2's newest.
    planned = {A: Counter({1: 1})}
    built = {(1, 0), (1, 1), (2, 0)}
    assert next_builds(lists, planned, built, budget=3, per_feed=2) == {1: [2], 2: [1]}
    # Feed 1 gives its 2: skipped; a failed feed too; a channel that has its items, nothing.
    planned = {A: Counter({1: 2})}
    assert next_builds(lists, planned, {(1, 0), (1, 1)}, budget=3, per_feed=2) == {2: [0]}
    assert next_builds(lists, planned, {(1, 0), (1, 1)}, budget=3, per_feed=2,
                       failed={2}) == {}
    assert next_builds(lists, {A: Counter({1: 2, 2: 1})}, built, budget=3, per_feed=2) == {}


def test_an_item_picked_for_one_channel_counts_for_the_other() -> None:
    lists = channel_lists([(1, [A, B], _orders(1, [9, 8])), (2, [B], _orders(2, [7]))],
                          budget=1, bound=4)
    assert next_builds(lists, {}, set(), budget=1, per_feed=3) == {1: [0]}


def test_choose_keeps_each_channels_newest() -> None:
    o1, o2, o3 = _orders(1, [9, 2, 1])
    (p1,) = _orders(2, [5])
    chosen = choose([(A, o3), (A, p1), (A, o1), (B, o2), (B, o3)], budget=2)
    assert chosen == {(A, o1), (A, p1), (B, o2), (B, o3)}
    assert choose([(A, o1)], budget=0) == set()


def test_tops_drop_what_no_channel_could_build_as_feeds_arrive() -> None:
    tops = Tops(2)
    assert tops.add(1, [A], _orders(1, [9, 3, 1])) == [(1, 2)]  # A keeps 9 and 3
    # Feed 2's 8 pushes out feed 1's 3; its 2 is in B's newest only.
    assert tops.add(2, [A, B], _orders(2, [8, 2])) == [(1, 1)]
    assert tops.add(3, [B], _orders(3, [10])) == [(2, 1)]  # B keeps 10 and 8 now
    assert tops.add(4, [], _orders(4, [50])) == [(4, 0)]  # followed by no channel
    assert Tops(0).add(1, [A], _orders(1, [9])) == [(1, 0)]


def test_tops_keep_what_the_finale_lists() -> None:
    """Whatever the arrival order, the candidates kept are the finale's channel lists."""
    feeds = [(1, [A], _orders(1, [9, 7, 5, 3])), (2, [A, B], _orders(2, [8, 6, 4])),
             (3, [B], _orders(3, [10, 2])), (4, [A], _orders(4, [1]))]
    lists = channel_lists(feeds, budget=1, bound=3)
    listed = {(f, i) for c in lists.values() for _, f, i in c}
    for order in (feeds, feeds[::-1], [feeds[2], feeds[0], feeds[3], feeds[1]]):
        tops, dropped = Tops(3), set()
        for f, chs, orders in order:
            dropped |= set(tops.add(f, chs, orders))
        every = {(f, i) for f, _, orders in feeds for i in range(len(orders))}
        assert every - dropped == listed


def test_packed_keys_give_back_the_entry_keys_in_order() -> None:
    keys = ["0123456789abcdef0123456789abcdef", "ffffffffffffffff0000000000000000"]
    packed = PackedKeys(keys)
    assert list(packed) == keys and len(packed) == 2 and packed[1] == keys[1]
    assert packed._keys is None and len(packed._blob) == 32  # 16 bytes a key, no strings
    assert not PackedKeys([]) and list(PackedKeys([])) == []


def test_packed_keys_index_like_the_tuple_they_pack() -> None:
    keys = [f"{i:032x}" for i in range(4)]
    packed = PackedKeys(keys)
    assert [packed[i] for i in range(-4, 4)] == [keys[i] for i in range(-4, 4)]
    assert list(packed[1:3]) == keys[1:3]
    with pytest.raises(IndexError):
        packed[4]
    with pytest.raises(IndexError):
        packed[-5]


def test_packed_keys_keep_keys_that_are_not_entry_keys_as_given() -> None:
    keys = ["0123456789abcdef0123456789abcdef", "guid-from-an-old-store", "ABCDEF" * 5 + "AB"]
    assert list(PackedKeys(keys)) == keys


def test_channel_lists_skip_candidates_tops_dropped() -> None:
    orders: list[tuple[float, int, int] | None] = list(_orders(1, [10, 5, 1]))
    orders[1] = None
    lists = channel_lists([(1, [A], orders)], budget=3, bound=1)
    assert [(f, i) for _, f, i in lists[A]] == [(1, 0), (1, 2)]
