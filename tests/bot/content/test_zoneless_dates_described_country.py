"""A zone-less feed time is read in the outlet's zone when its channel description names the
country after the outlet's name ("World news from The Careenage Record, Barbados") and that
country keeps one zone (every one-zone country of the tz database, not only 86). Invented text;
fixture 2340 in tests/data/realistic_feeds."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.content import dates, language


@pytest.mark.parametrize(
    ("description", "country"),
    [
        ("World news from The Blue Mountain Courier, Jamaica", "JM"),
        ("World news from The Careenage Record, Barbados.", "BB"),
        ("Coverage of Russia, Ukraine", None),  # a place before the comma: no outlet's name
        ("News from Jamaica, Barbados", None),
        ("Politics and business, Europe", None),  # no country
    ],
)
def test_description_names_country_after_outlet(description: str, country: str | None) -> None:
    assert language.described_country(description) == country


@pytest.mark.parametrize(("code", "hours"), [("BB", -4), ("JM", -5), ("ZM", 2), ("KH", 7)])
def test_one_zone_countries_have_their_zone(code: str, hours: int) -> None:
    zone = dates.country_zone(code)
    assert zone is not None
    from datetime import datetime

    assert zone.utcoffset(datetime(2014, 1, 15)) == timedelta(hours=hours)


def test_generic_cctld_names_no_zone() -> None:
    # ".tv", ".io", ".me" are sold as generic names: no country's zone, unless national
    assert dates.home_zone("en", "https://news.example.tv/") is None
    assert dates.home_zone("en", "https://startup.io/feed") is None
    assert dates.home_zone("es", "https://www.diario.com.co/") is not None
