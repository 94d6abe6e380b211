"""The publication moment a teaser's stamp line gives when the feed's date is the update it
names: an Imperia pubDate is the last modification, the teaser's "Erstellt: 12.02.2015, 09:14 Uhr
| Aktualisiert: 12.02.2015, 18:22 Uhr" says when the item was first published. Apart from
bot/content/dates.py (feedparser behind it): the article build reads it in the content pool's
processes, which import no feed parser. Labels are data (bot/data/dates.json
"publication_stamps")."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from importlib import resources

from bot.core import lazy_re as re  # compiles each pattern on first use

_STAMPS = json.loads(
    resources.files("bot.data").joinpath("dates.json").read_text("utf-8")
)["publication_stamps"]
_STAMP_DAY = r"(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})"
_STAMP_CLOCK = r"\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?uhr)?"
_STAMP_LINK = r"(?:,?\s*(?:" + "|".join(_STAMPS["linkers"]) + r"|-)?\s*)"


def _stamp(kind: str, day_needed: bool) -> str:
    label = "|".join(f"(?:{w})" for w in _STAMPS[kind])
    day = f"(?P<{kind}_day>{_STAMP_DAY})"
    return (rf"(?:{label})\s*{_STAMP_LINK}:?\s*{_STAMP_LINK}"
            rf"{day if day_needed else f'(?:{day})?'}{_STAMP_LINK}(?P<{kind}_clock>{_STAMP_CLOCK})")


# "Erstellt: 12.02.2015, 09:14 Uhr | Aktualisiert: 12.02.2015, 18:22 Uhr", "Published:
# 03/05/2026 08:10 | Updated: 14:30": the update's day may be left out (the same day).
_STAMP_PAIR = re.compile(
    rf"(?<!\w){_stamp('published', True)}\s*[|·/,;–—-]?\s*{_stamp('updated', False)}",
    re.IGNORECASE,
)
_STAMP_TAG = re.compile(r"<[^>]*>")
# The published labels' plain words ("(?:first )?published" → "published"): a teaser naming
# none of them holds no stamp line, and the pattern above is not run over it.
_STAMP_WORDS = tuple(re.sub(r"\(\?:[^)]*\)\??\s?", "", w) for w in _STAMPS["published"])
_STAMP_LEAD_CHARS = 400
_LATEST_UPDATE_DAYS = 30


def _stamp_wall(day: str, clock: str) -> datetime | None:
    """A stamp's wall-clock time ("12.02.2015", "09:14 Uhr"); day first in a slashed date."""
    parts = re.split(r"[./-]", day)
    year, month, dd = (parts[0], parts[1], parts[2]) if len(parts[0]) == 4 else (
        parts[2], parts[1], parts[0])
    m = re.match(r"(\d{1,2})[:.h](\d{2})\s?(?:([ap])\.?m)?", clock, re.IGNORECASE)
    if m is None:
        return None
    hour = int(m[1])
    if m[3]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m[3].lower() == "p" else 0)
    try:
        return datetime(int(year), int(month), int(dd), hour, int(m[2]))
    except ValueError:
        return None


def stamped_publication(html: str, published: datetime | None) -> datetime | None:
    """The publication moment a teaser's stamp line gives when the feed's date is the update
    it names ("Erstellt: 12.02.2015, 09:14 Uhr | Aktualisiert: 12.02.2015, 18:22 Uhr" with
    pubDate 18:22 +0100: 08:14 UTC), as UTC; None when the line is not there or the feed's date
    is not its update (the stamps' zone is the one that makes the update the feed's date)."""
    if published is None or not html:
        return None
    lead = html[: _STAMP_LEAD_CHARS * 2].casefold()
    if not any(w in lead for w in _STAMP_WORDS):
        return None
    head = _STAMP_TAG.sub(" ", lead)[:_STAMP_LEAD_CHARS]
    if (m := _STAMP_PAIR.search(head)) is None:
        return None
    first = _stamp_wall(m["published_day"], m["published_clock"])
    last = _stamp_wall(m["updated_day"] or m["published_day"], m["updated_clock"])
    if first is None or last is None or not first < last <= first + timedelta(
        days=_LATEST_UPDATE_DAYS
    ):
        return None
    offset = last - published.astimezone(UTC).replace(tzinfo=None)  # the stamps' zone
    minutes = offset.total_seconds() / 60
    if minutes % 15 or abs(minutes) > 14 * 60:
        return None  # the feed's date is not the update the line names
    return (first - offset).replace(tzinfo=UTC)
