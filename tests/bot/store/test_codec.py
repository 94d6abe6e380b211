"""Row codec: stored timestamps read back as the instants written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.store.codec import parse_ts, ts


@pytest.mark.parametrize("when", [
    datetime(2026, 12, 6, 17, 45, 0, tzinfo=UTC),
    datetime(2026, 12, 6, 17, 45, 0, 123456, tzinfo=UTC),
    datetime(1999, 1, 1, 0, 0, 0, 1, tzinfo=UTC),
    datetime(2026, 3, 29, 2, 30, tzinfo=timezone(timedelta(hours=2))),  # stored as UTC
])
def test_a_stored_timestamp_reads_back_as_the_same_utc_instant(when: datetime) -> None:
    text = ts(when)
    assert text is not None and text.endswith("Z")
    back = parse_ts(text)
    assert back == when and back is not None and back.tzinfo is UTC


def test_empty_and_driver_values() -> None:
    assert parse_ts(None) is None and parse_ts("") is None
    naive = datetime(2026, 1, 2, 3, 4, 5)  # a driver's naive value is UTC
    assert parse_ts(naive) == naive.replace(tzinfo=UTC)
