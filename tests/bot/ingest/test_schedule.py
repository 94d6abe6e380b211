"""Scheduling rules as tables: backoff, cap, jitter, Retry-After, reset, disabling, redirects."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.errors import BlockedURLError, FetchError, NotAFeedError, ParseError
from bot.core.settings import PollSettings
from bot.core.types import Feed, FetchResult
from bot.ingest.schedule import (
    backoff_delay,
    effective_interval,
    next_fetch_time,
    plan_failure,
    plan_success,
)

NOW = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
URL = "https://news.example/feed.xml"
POLL = PollSettings(interval=600, min_interval=60, jitter=0.1, max_backoff=86400, max_errors=10)
NO_JITTER = PollSettings(interval=600, min_interval=60, jitter=0.0, max_backoff=86400,
                         max_errors=10)


class EdgeRandom(random.Random):
    """A stdlib Random whose uniform() always returns the low or the high end."""

    def __init__(self, high: bool) -> None:
        super().__init__(0)
        self.high = high

    def uniform(self, a: float, b: float) -> float:
        return b if self.high else a


def seconds(when: datetime) -> float:
    return (when - NOW).total_seconds()


def feed(**kw: object) -> Feed:
    return Feed(id=1, url=URL, **kw)  # type: ignore[arg-type]


# -- next_fetch_time -------------------------------------------------------------------------------


@pytest.mark.parametrize(("errors", "expected"), [
    (0, 600), (1, 1200), (2, 2400), (3, 4800), (4, 9600), (5, 19200), (6, 38400), (7, 76800),
    (8, 86400), (9, 86400), (50, 86400), (10_000, 86400),
])
def test_backoff_doubles_per_error_up_to_the_cap(errors: int, expected: int):
    assert backoff_delay(600, errors, 86400) == expected
    assert seconds(next_fetch_time(NOW, interval=600, error_count=errors, jitter=0)) == expected


@pytest.mark.parametrize(("interval", "max_backoff", "errors", "expected"), [
    (300, 3600, 1, 600), (300, 3600, 4, 3600),  # MonitoRSS-like 5 min × 2^n
    (7200, 3600, 3, 7200),  # cap below the interval: never fetch *more* often when failing
    (60, 86400, 0, 60),
])
def test_backoff_cap_table(interval: int, max_backoff: int, errors: int, expected: int):
    got = next_fetch_time(NOW, interval=interval, error_count=errors, max_backoff=max_backoff,
                          jitter=0)
    assert seconds(got) == expected


@pytest.mark.parametrize("errors", [0, 1, 3, 20])
@pytest.mark.parametrize("jitter", [0.0, 0.1, 0.5])
def test_jitter_stays_within_bounds(errors: int, jitter: float):
    base = backoff_delay(600, errors, 86400)
    lo = seconds(next_fetch_time(NOW, interval=600, error_count=errors, jitter=jitter,
                                 rng=EdgeRandom(high=False)))
    hi = seconds(next_fetch_time(NOW, interval=600, error_count=errors, jitter=jitter,
                                 rng=EdgeRandom(high=True)))
    assert lo == pytest.approx(base * (1 - jitter))
    assert hi == pytest.approx(base * (1 + jitter))
    rng = random.Random(42)
    samples = [seconds(next_fetch_time(NOW, interval=600, error_count=errors, jitter=jitter,
                                       rng=rng)) for _ in range(200)]
    assert all(lo - 1e-6 <= s <= hi + 1e-6 for s in samples)
    if jitter:
        assert len(set(samples)) > 150  # feeds really do spread out


def test_floor_holds_under_jitter():
    got = next_fetch_time(NOW, interval=60, jitter=0.5, floor=60, rng=EdgeRandom(high=False))
    assert seconds(got) == 60


@pytest.mark.parametrize(("retry_after", "errors", "expected"), [
    (None, 1, 1200),
    (30, 1, 1200),  # shorter than our backoff: the backoff wins
    (7200, 1, 7200),  # longer: honoured
    (10 * 86400, 1, 86400),  # absurd: capped at max_backoff
    (0, 1, 1200),
])
def test_retry_after_is_a_lower_bound(retry_after: float | None, errors: int, expected: int):
    got = next_fetch_time(NOW, interval=600, error_count=errors, retry_after=retry_after,
                          max_backoff=86400, jitter=0)
    assert seconds(got) == expected


@pytest.mark.parametrize(("own", "glob", "floor", "expected"), [
    (None, 600, 60, 600), (1800, 600, 60, 1800), (10, 600, 60, 60), (None, 30, 60, 60),
])
def test_effective_interval(own: int | None, glob: int, floor: int, expected: int):
    poll = PollSettings(interval=glob, min_interval=floor)
    assert effective_interval(feed(interval=own), poll) == expected


# -- plan_success ----------------------------------------------------------------------------------


def test_success_resets_errors_and_stores_validators():
    before = feed(error_count=7, last_error="HTTP 500", etag='"old"', last_modified="old",
                  content_hash="h0")
    result = FetchResult(url=URL, status=200, body=b"<rss/>", etag='"new"', last_modified="lm",
                         content_hash="h1")
    update = plan_success(before, result, NOW, NO_JITTER, title="News")
    assert (update.error_count, update.last_error, update.disabled_reason) == (0, None, None)
    assert (update.etag, update.last_modified, update.content_hash) == ('"new"', "lm", "h1")
    assert update.last_success_at == NOW and update.last_fetched_at == NOW
    assert update.next_fetch_at == NOW + timedelta(seconds=600)
    assert update.url == URL and update.title == "News"


def test_200_without_validators_clears_stale_ones():
    before = feed(etag='"old"', last_modified="old")
    update = plan_success(before, FetchResult(url=URL, status=200, body=b"x", content_hash="h"),
                          NOW, NO_JITTER)
    assert update.etag is None and update.last_modified is None


@pytest.mark.parametrize(("sent_etag", "expected"), [(None, '"old"'), ('"fresh"', '"fresh"')])
def test_304_keeps_stored_state(sent_etag: str | None, expected: str):
    before = feed(etag='"old"', last_modified="lm", content_hash="h0", title="T")
    result = FetchResult(url=URL, status=304, body=None, etag=sent_etag)
    update = plan_success(before, result, NOW, NO_JITTER)
    assert update.etag == expected and update.last_modified == "lm"
    assert update.content_hash == "h0" and update.title == "T"


@pytest.mark.parametrize(("moved", "expected"), [
    ("https://new.example/feed", "https://new.example/feed"), (None, URL),
])
def test_permanent_redirect_updates_the_url(moved: str | None, expected: str):
    result = FetchResult(url=moved or URL, status=200, body=b"x", content_hash="h",
                         permanent_redirect=moved)
    assert plan_success(feed(), result, NOW, NO_JITTER).url == expected


def test_per_feed_interval_is_used():
    update = plan_success(feed(interval=3600), FetchResult(url=URL, status=304, body=None), NOW,
                          NO_JITTER)
    assert update.next_fetch_at == NOW + timedelta(seconds=3600)


# -- plan_failure ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("before", "disabled"), [
    (0, False), (5, False), (8, False), (9, True), (15, True),
])
def test_disable_after_max_errors(before: int, disabled: bool):
    error = FetchError(URL, "HTTP 500 Internal Server Error", status=500)
    update = plan_failure(feed(error_count=before), error, NOW, NO_JITTER)
    assert update.error_count == before + 1
    assert update.last_error == "HTTP 500 Internal Server Error"
    if disabled:
        assert update.disabled_reason == (
            f"{before + 1} consecutive errors; last: HTTP 500 Internal Server Error"
        )
    else:
        assert update.disabled_reason is None


def test_410_disables_at_once():
    error = FetchError(URL, "HTTP 410 Gone: the feed was removed", status=410, permanent=True)
    update = plan_failure(feed(), error, NOW, NO_JITTER)
    assert update.disabled_reason == "gone for good: HTTP 410 Gone: the feed was removed"
    assert update.error_count == 1


@pytest.mark.parametrize("error", [
    FetchError(URL, "timed out after 20 s"),
    NotAFeedError(URL, "this is a web page, not a feed", ("https://x/rss",)),
    ParseError(URL, "not a readable feed: syntax error"),
])
def test_every_kind_of_failure_backs_off_and_keeps_state(error: Exception):
    before = feed(error_count=2, etag='"e"', last_modified="lm", content_hash="h",
                  last_success_at=NOW - timedelta(days=1), title="T")
    update = plan_failure(before, error, NOW, NO_JITTER)  # type: ignore[arg-type]
    assert update.error_count == 3
    assert update.next_fetch_at == NOW + timedelta(seconds=600 * 8)
    assert (update.etag, update.last_modified, update.content_hash, update.title) == (
        '"e"', "lm", "h", "T")
    assert update.last_success_at == NOW - timedelta(days=1)
    assert update.url == URL and update.last_error == str(error)


def test_retry_after_is_honoured_on_failure():
    error = FetchError(URL, "HTTP 429 Too Many Requests", status=429, retry_after=5 * 3600)
    update = plan_failure(feed(), error, NOW, NO_JITTER)
    assert update.next_fetch_at == NOW + timedelta(hours=5)


def test_one_success_resets_a_failing_feed():
    state = feed()
    for _ in range(5):
        u = plan_failure(state, FetchError(URL, "boom"), NOW, NO_JITTER)
        state = feed(error_count=u.error_count, last_error=u.last_error)
    assert state.error_count == 5
    ok = plan_success(state, FetchResult(url=URL, status=304, body=None), NOW, NO_JITTER)
    assert ok.error_count == 0 and ok.last_error is None
    again = plan_failure(feed(error_count=ok.error_count), FetchError(URL, "boom"), NOW,
                         NO_JITTER)
    assert again.error_count == 1 and again.disabled_reason is None
    assert again.next_fetch_at == NOW + timedelta(seconds=1200)


def test_jitter_applies_to_plans():
    lo = plan_success(feed(), FetchResult(url=URL, status=304, body=None), NOW, POLL,
                      rng=EdgeRandom(high=False))
    hi = plan_failure(feed(), FetchError(URL, "x"), NOW, POLL, rng=EdgeRandom(high=True))
    assert lo.next_fetch_at == NOW + timedelta(seconds=540)
    assert hi.next_fetch_at == NOW + timedelta(seconds=1320)


def test_a_refused_url_is_a_setting_problem_not_a_feed_error() -> None:
    """A feed on a private network, refused by the guard, keeps its error budget: changing the
    setting must not find it disabled."""
    poll = PollSettings(max_errors=2)
    f = feed(error_count=1)
    update = plan_failure(f, BlockedURLError(f.url, "refused: 10.0.0.7 is a private address"),
                          NOW, poll)
    assert update.error_count == 1 and update.disabled_reason is None
    assert update.last_error and "private address" in update.last_error
