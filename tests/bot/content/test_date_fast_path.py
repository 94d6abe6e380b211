"""fastparse.common_date, the fast path for the common RFC 822 and ISO 8601 date shapes, reads
every date it takes as feedparser's date handlers (with bot.content.dates' registered) do."""

from __future__ import annotations

import calendar
from datetime import UTC, datetime

import pytest
from feedparser.datetimes import _parse_date

from bench.backlog_micro import fixture_dates
from bot.content import dates
from bot.content.fastparse import common_date

# Languages whose month and day names the local RFC 822 handler reads (English ones included).
_LANGUAGES = (None, "en", "de", "fr", "es", "it", "pt", "nl", "tr", "ru", "id", "pl", "sv")


def _handlers(raw: str) -> datetime | None:
    value = _parse_date(raw)
    return datetime.fromtimestamp(calendar.timegm(value), UTC) if value else None


def test_same_as_the_handlers_on_every_fixture_date() -> None:
    dates.register()
    raws = fixture_dates()
    taken = [r for r in raws if common_date(r) is not None]
    assert len(raws) > 1000 and len(taken) > len(raws) // 2  # most dates take the fast path
    for language in _LANGUAGES:
        with dates.reading_language(language):
            for raw in taken:
                assert common_date(raw) == _handlers(raw), (language, raw)


@pytest.mark.parametrize("raw", [
    "Mon, 30 Nov 2026 18:17:00 +0000", "Tue, 01 Dec 2026 00:05:09 -0530",
    "Sun, 06 Dec 2026 23:59:59 GMT", "Sun, 06 Dec 2026 23:59:59 UTC",
    "2026-11-30T18:17:00Z", "2026-11-30T18:17:00.123456+02:00", "2026-01-01T00:30:00-08:00",
    "Thu, 01 Jan 1970 00:00:00 +0100",
])
def test_common_shapes(raw: str) -> None:
    dates.register()
    assert common_date(raw) is not None
    assert common_date(raw) == _handlers(raw)


@pytest.mark.parametrize("raw", [
    "Mon, 31 Feb 2026 10:00:00 +0000", "Mon, 30 Nov 2026 24:00:00 +0000",
    "2026-02-30T10:00:00Z", "2026-11-30T18:17Z", "Mon, 30 Nov 2026 18:17:00 EST",
    "Mon, 30 Nov 26 18:17:00 +0000", "lun, 30 nov 2026 18:17:00 +0100", "2026-11-30 18:17:00",
])
def test_other_shapes_are_left_to_the_handlers(raw: str) -> None:
    assert common_date(raw) is None


def test_zone_of_the_common_shapes_as_read_from_the_end() -> None:
    raws = [*fixture_dates(), "Mon, 30 Nov 2026 18:17:00 -0000", "2026-11-30T18:17:00.5-03:30",
            "Sun, 06 Dec 2026 23:59:59 UTC", "2026-11-30T18:17:00Z"]
    taken = [r for r in raws if dates._COMMON_ZONED.fullmatch(r.strip())]
    assert len(taken) > len(raws) // 2
    for raw in raws:
        assert dates.zone_offset(raw) == dates._zone_offset(raw.strip()), raw
