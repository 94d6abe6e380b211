"""The first polls of one cycle, decided together (poll.first_poll_channel_items).

A feed's first poll may post its newest `poll.first_poll_items` relevant items; an OPML import
of 300 feeds into one channel would post 900 at once. So the feeds first polled in one cycle
are held until every feed of the cycle is fetched, then a channel gets at most
`first_poll_channel_items` in all: the newest relevant items across those feeds. Only what that
choice needs is built: each channel's candidates, merged newest first across its feeds, in
rounds of what it still lacks (`next_builds`), until it has its items, its candidates run out
or FIRST_POLL_BOUND times its budget have been looked at. Pure: tested with tables.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import UTC, datetime
from typing import overload

from bot.core.types import ChannelRef, FeedEntry

# Newest first, then feed id, then the item's place in its feed's candidates: the same order
# whatever order the feeds were fetched in.
Order = tuple[float, int, int]
# A candidate of a channel: its order, its feed id and its index in that feed's candidates.
Candidate = tuple[Order, int, int]

_EPOCH = datetime.min.replace(tzinfo=UTC)


_HEX_KEY = re.compile(r"[0-9a-f]{32}")


class PackedKeys(Sequence[str]):
    """A held feed's entry keys (`EntryDiff.listed`) as 16 bytes each instead of a tuple of
    32-digit hex strings (~16 bytes against ~90 a key: a cycle of 2,000 first polls holds
    40,000 of them until its finale). Keys that are not all entry keys stay as given."""

    __slots__ = ("_blob", "_keys")

    def __init__(self, keys: Sequence[str]) -> None:
        self._keys: tuple[str, ...] | None = None
        self._blob = b""
        if all(_HEX_KEY.fullmatch(k) for k in keys):
            self._blob = b"".join(bytes.fromhex(k) for k in keys)
        else:
            self._keys = tuple(keys)

    def __len__(self) -> int:
        return len(self._keys) if self._keys is not None else len(self._blob) // 16

    def __iter__(self) -> Iterator[str]:
        if self._keys is not None:
            return iter(self._keys)
        blob = self._blob
        return (blob[i:i + 16].hex() for i in range(0, len(blob), 16))

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[str]: ...
    def __getitem__(self, i: int | slice) -> str | Sequence[str]:
        if self._keys is not None:
            return self._keys[i]
        if isinstance(i, slice):
            return tuple(self)[i]
        n = len(self)
        if not -n <= i < n:
            raise IndexError("key index out of range")
        i %= n
        return self._blob[16 * i:16 * i + 16].hex()


def order_of(entry: FeedEntry, feed_id: int, index: int) -> Order:
    """Undated items last (as `newest_first`)."""
    return (-(entry.published or _EPOCH).timestamp(), feed_id, index)


def channel_lists(
    candidates: Iterable[tuple[int, Sequence[ChannelRef], Sequence[Order | None]]], *,
    budget: int, bound: int,
) -> dict[ChannelRef, list[Candidate]]:
    """Per channel, its feeds' candidates newest first, at most `bound` × `budget` of them
    ((feed id, channels following it, its candidates' orders) per held feed; None: a candidate
    `Tops` dropped, in no channel's list)."""
    lists: dict[ChannelRef, list[Candidate]] = {}
    for feed_id, channels, orders in candidates:
        for ch in dict.fromkeys(channels):
            lists.setdefault(ch, []).extend(
                (o, feed_id, i) for i, o in enumerate(orders) if o is not None
            )
    return {ch: sorted(c)[: bound * budget] for ch, c in sorted(lists.items(), key=_by_name)}


class Tops:
    """Each channel's newest `size` candidates so far, kept as feeds arrive: a candidate in no
    channel's is never built (a channel's list in the finale is its newest `size` of all, and
    those so far only get newer), so its entry need not wait for the finale (a cycle of 2,000
    first polls holds ~4 × 10 entries a channel, not 2,000 × 12)."""

    def __init__(self, size: int) -> None:
        self.size = size
        # per channel, its kept candidates' orders negated: the heap's first is the oldest kept
        self._heaps: dict[ChannelRef, list[Order]] = {}
        self._refs: Counter[tuple[int, int]] = Counter()  # channels keeping each candidate

    def add(
        self, feed_id: int, channels: Sequence[ChannelRef], orders: Sequence[Order]
    ) -> list[tuple[int, int]]:
        """A feed's candidates arrive: the (feed id, index) of the candidates, its own or
        earlier feeds', that are now in no channel's newest `size`."""
        dropped: set[tuple[int, int]] = set()
        for ch in dict.fromkeys(channels):
            heap = self._heaps.setdefault(ch, [])
            for o in orders:
                key = (-o[0], -o[1], -o[2])
                if len(heap) < self.size:
                    heapq.heappush(heap, key)
                elif self.size and key > heap[0]:  # newer than the oldest kept: it goes
                    old = heapq.heapreplace(heap, key)
                    gone = (-old[1], -old[2])
                    self._refs[gone] -= 1
                    if self._refs[gone] <= 0:
                        dropped.add(gone)
                else:
                    continue
                self._refs[(o[1], o[2])] += 1
                dropped.discard((o[1], o[2]))
        dropped |= {(feed_id, i) for i in range(len(orders)) if self._refs[(feed_id, i)] <= 0}
        for d in dropped:
            self._refs.pop(d, None)
        return sorted(dropped)


def next_builds(
    lists: Mapping[ChannelRef, Sequence[Candidate]],
    planned: Mapping[ChannelRef, Counter[int]],
    built: set[tuple[int, int]],
    *,
    budget: int,
    per_feed: int,
    failed: AbstractSet[int] = frozenset(),
) -> dict[int, list[int]]:
    """The next round's builds, per feed id its candidates' indexes (ascending): for each
    channel that has fewer than `budget` items planned (`planned`: per channel, how many items
    each feed's own first-poll rule gives it), its next unbuilt candidates, as many as it
    lacks, and of one feed at most what it may still give (`per_feed` items each: a feed
    that gives them is skipped, its newer ones won). An item picked this round for one channel
    counts for every channel that lists it."""
    todo: dict[int, set[int]] = {}
    for ch, listed in lists.items():
        counts = planned.get(ch, Counter()).copy()
        need = budget - min(budget, sum(counts.values()))
        for _, feed_id, i in listed:
            if need <= 0:
                break
            if feed_id in failed or counts[feed_id] >= per_feed or (feed_id, i) in built:
                continue
            todo.setdefault(feed_id, set()).add(i)
            counts[feed_id] += 1  # as if it passes: no more of its feed than it may give
            need -= 1
    return {f: sorted(ix) for f, ix in sorted(todo.items())}


def choose(
    planned: Iterable[tuple[ChannelRef, Order]], *, budget: int
) -> set[tuple[ChannelRef, Order]]:
    """Of the items each feed's first-poll rule plans ((channel, the item's order)), each
    channel's newest `budget`."""
    per: dict[ChannelRef, list[Order]] = {}
    for ch, order in planned:
        per.setdefault(ch, []).append(order)
    return {(ch, order) for ch, orders in per.items() for order in sorted(orders)[:budget]}


def _by_name(item: tuple[ChannelRef, object]) -> str:
    return str(item[0])
