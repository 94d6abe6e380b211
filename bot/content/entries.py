"""A fetched feed's entries against what the store knows of them: which are new or edited, in
what order a first poll looks at them, and what the poller remembers of them. Pure, and light
enough for a pool process (bot/content/jobs.py's `first_poll` runs them there)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.content.keys import entry_hash, entry_key
from bot.core.types import FeedEntry, ParsedFeed


@dataclass(frozen=True, slots=True)
class EntryDiff:
    """What a fetched feed holds that we have not stored as it is now."""

    listed: tuple[str, ...]  # every entry key the feed lists
    fresh: tuple[FeedEntry, ...]  # never stored
    edited: tuple[FeedEntry, ...]  # stored, but edited at the source since


def entry_keys(parsed: ParsedFeed) -> list[str]:
    return list(dict.fromkeys(entry_key(e) for e in parsed.entries))


def diff_entries(
    parsed: ParsedFeed, stored: Mapping[str, str | None], keys: Sequence[str] | None = None
) -> EntryDiff:
    """Split a feed's entries by what the store knows (`entry_hashes`: key → stored hash, None
    for pruned keys). Pure: tested with tables. A key listed twice counts once (the last).
    `keys`: each entry's `entry_key`, when the caller has them already (a sha256 each)."""
    if keys is None:
        keys = [entry_key(e) for e in parsed.entries]
    keyed = dict(zip(keys, parsed.entries, strict=True))
    return EntryDiff(
        listed=tuple(keyed),
        fresh=tuple(e for k, e in keyed.items() if k not in stored),
        edited=tuple(
            e for k, e in keyed.items() if stored.get(k) and stored[k] != entry_hash(e)
        ),
    )


def newest_first(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """By date, newest first; undated entries last; ties keep the feed's order (feeds list
    their newest first)."""
    epoch = datetime.min.replace(tzinfo=UTC)
    return sorted(entries, key=lambda e: e.published or epoch, reverse=True)


def known_blob(listed: Sequence[bytes], key_of: Mapping[bytes, str]) -> bytes:
    """After a poll has stored every new and edited item: the feed's items as they read now,
    `Poller._read_before`'s (digest, entry key) pairs (an item that changes at the source gets
    a new digest and is parsed again). A key that is not an entry key (hex, 32 digits) is
    never skipped. Made as a feed is held for its cycle's finale: 32 bytes an item wait, not
    the parse's digests and key map."""
    pairs = []
    for d in dict.fromkeys(listed):
        try:
            pairs.append(d + bytes.fromhex(key_of[d]))
        except ValueError:
            continue
    return b"".join(p for p in pairs if len(p) == 32)


def first_poll_candidates(
    fresh: Sequence[FeedEntry], cutoff: datetime, bound: int
) -> tuple[list[FeedEntry], list[FeedEntry]]:
    """A first poll's candidates (its newest `bound` fresh entries published at or after
    `cutoff`, or undated; newest first) and the rest of its fresh entries (its backlog)."""
    candidates = [e for e in newest_first(fresh) if e.published is None or e.published >= cutoff]
    candidates = candidates[:bound]
    kept = {id(e) for e in candidates}
    return candidates, [e for e in fresh if id(e) not in kept]
