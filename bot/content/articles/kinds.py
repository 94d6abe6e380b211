"""Kinds of item told by one trait: a dated issue of a programme or newsletter, an event
notice, a category naming a kind that is not news, a numbered issue, a lottery draw, a
horoscope."""

from __future__ import annotations

import json
from datetime import datetime
from importlib import resources

from bot.content.articles.tables import _NON_STORY, _alternation
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import Article


# A programme's or a newsletter's dated issue: a name, then only a full date ("Die Sendung vom
# 2. Dezember 2026", "Il Mercurio del mattino, 2 dicembre 2026", "Ledger Live: Dec. 3, 2026").
# A headline says what happened; one whose only words after its name are a date is an issue.
# Month names of many languages from CLDR (bot/data/date_names.json).
def _month_names() -> frozenset[str]:
    names = json.loads(resources.files("bot.data").joinpath("date_names.json").read_text("utf-8"))
    return frozenset(
        k for k in names["months"] if len(k) >= 3 and not k[0].isdigit()
    ) | frozenset(k for t in names["by_language"].values() for k in t.get("months", ()))


_MONTH_NAMES = _month_names()
# A newscast's issue writes its date in figures and may add its hour ("DK Nachrichten vom
# 27.09.2021 – 20:00 Uhr", "Notiziario del 12/03/2023, ore 13").
_DATED_ISSUE = re.compile(
    r"^\W{0,2}\S.{1,60}?(?:\s*[:,|–—-]\s*|\s+(?:vom|del|dell['’]|de|du|of|from|do|da)\s+)"
    r"(?:(?:(?P<d1>\d{1,2})\.?\s+(?P<m1>[^\W\d_]{3,12})\.?"
    r"|(?P<m2>[^\W\d_]{3,12})\.?\s+(?P<d2>\d{1,2}))"
    r",?\s+(?P<year>(?:19|20)\d\d)"
    r"|(?P<d3>\d{1,2})(?P<sep>[./])(?P<m3>\d{1,2})(?P=sep)(?P<year3>(?:19|20)\d\d))"
    r"(?:(?:\s*[,|–—-]|\s)\s*(?:(?:um|ore|alle|às|à|a las|at)\s+)?"
    r"(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?\s*(?:uhr|h|hrs|ore)?)?\W{0,2}$",
    re.IGNORECASE,
)


def _names_a_month(m: re.Match[str] | None) -> bool:
    """A day-and-month match (groups m1/m2) whose month word is a month in some language, or
    a date in figures (groups d3/m3) that is one."""
    if m is not None and m.groupdict().get("m3"):
        return 1 <= int(m["d3"]) <= 31 and 1 <= int(m["m3"]) <= 12
    return m is not None and (m["m1"] or m["m2"] or "").casefold() in _MONTH_NAMES


def _dated_issue(title: str, published: datetime | None = None) -> bool:
    m = _DATED_ISSUE.match(title)
    year = m and (m["year"] or m["year3"])
    if year and published is not None and abs(int(year) - published.year) > 1:
        return False  # "Gedenken an die Opfer vom 3. Dezember 1992": an anniversary
    return _names_a_month(m)


# An event notice opens with when it is: a date, then a time range ("Wednesday, December 9, 2026
# | 12:00 PM – 1:00 PM EST.", "Donnerstag, 10. Dezember 2026, 18:00 – 19:30 Uhr"); a report
# opens with what happened. The first time has minutes or am/pm ("10 to 12 people" is no time).
_TIME = r"\d{1,2}(?:[:.h]\d\d\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)"
_EVENT_WHEN = re.compile(
    r"^\W{0,3}(?:[^\W\d_]{2,12}\.?,?\s+)?"
    r"(?:(?P<d1>\d{1,2})\.?\s+(?P<m1>[^\W\d_]{3,12})\.?"
    r"|(?P<m2>[^\W\d_]{3,12})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
    r",?(?:\s+(?:19|20)\d\d)?\s*[,|–—-]?\s*(?:(?:from|de|von|dalle|dès|ab)\s+)?"
    rf"{_TIME}\s*(?:[–—-]|to|bis|à|a|alle|until)\s*\d{{1,2}}(?:[:.h]\d\d)?",
    re.IGNORECASE,
)


def _event_when(text: str) -> bool:
    return _names_a_month(_EVENT_WHEN.match(text[:160]))


# An item filed under a category naming a kind that is not news ("Event", "Veranstaltung",
# "Stellenangebot", "Announcement", "Promo", "Revue de presse"): bot/data/non_story.json.
_KIND_CATEGORY = re.compile(rf"^\W*(?:{_alternation('category')})\W*$", re.IGNORECASE)
# A press office's feed of its own releases ("Media releases – Reef Institute"): the release
# category its items are filed under is the feed's section, not their kind (non_story.json
# press_office_feed).
_RELEASES = re.compile(rf"^\W*(?:{_alternation('press_office_feed')})\W*$", re.IGNORECASE)
_TITLE_PARTS = re.compile(r"\s*[–—|:»]\s*|\s+-\s+")


# An institute's, university's or foundation's own name as a part of its feed's title ("News –
# Cleveland Reef Institute"): its media releases are its own news (non_story.json
# institution_feed).
_INSTITUTION = re.compile(
    rf"^(?:[\w'’.&-]+\s+){{1,6}}(?:{_alternation(_NON_STORY['institution_feed']['last'])})$"
    rf"|^(?:{_alternation(_NON_STORY['institution_feed']['first'])})\s+\S.{{1,80}}$",
    re.IGNORECASE,
)


_NEWS_SECTION = re.compile(
    rf"^\W*(?:{_alternation(_NON_STORY['institution_feed']['section'])})\W*$", re.IGNORECASE
)


def release_section(feed_title: str | None) -> bool:
    """Does the feed's title name it a press office's releases ("Media releases – X") or an
    institution's news section ("News – Reef Institute")?"""
    parts = [p.strip() for p in _TITLE_PARTS.split(feed_title or "") if p.strip()]
    return any(_RELEASES.match(part) for part in parts) or (
        len(parts) >= 2 and any(_NEWS_SECTION.match(part) for part in parts)
        and any(_INSTITUTION.match(part) for part in parts)
    )


def without_release_category(categories: tuple[str, ...]) -> tuple[str, ...]:
    """The categories but the releases section a press office files every item under."""
    return tuple(c for c in categories if not _RELEASES.match(c))
# A newsletter's numbered issue ("No. 231: Reading list special", "#48 – Links", "Issue 12:
# …"): the number says nothing about what the item is; the rest of the title does.
_ISSUE_NUMBER = re.compile(
    r"^\W{0,2}(?:no\.?|nr\.?|n[°º]|#|issue|edition|ausgabe|numéro|número|numero)\s*\d{1,5}"
    r"\s*[:|–—-]\s*(?=\S)",
    re.IGNORECASE,
)


# A lottery's results listing: five or more one- or two-digit numbers in a row with one
# separator, in an item naming a lottery or its draw (bot/data/non_story.json 'draw').
_DRAW_NUMBERS = re.compile(r"(?<![\d.,])\d{1,2}(\s*[-–,;/]\s*)\d{1,2}(?:\1\d{1,2}){3,}(?![\d])")
# Two numbers of a draw and their separator: in every _DRAW_NUMBERS match, and opening on a
# class, which re scans for in C (the draw's own pattern, opening on a lookbehind, is tried at
# every position of the lead: ~5x the time).
_DRAW_PAIR = re.compile(r"\d\s*[-–,;/]\s*\d")
_DRAW_WORDS = re.compile(rf"(?<!\w)(?:{_alternation('draw')})(?!\w)", re.IGNORECASE)


def _draw_listing(article: Article) -> bool:
    head = article.text[:400]
    return bool(
        _DRAW_PAIR.search(head) and _DRAW_NUMBERS.search(head)
        and _DRAW_WORDS.search(article.title + " " + head)
    )


# A horoscope's text opens with a zodiac sign as a label ("Aries: …", "Widder (21.3.–20.4.): …"):
# the first sign alone, or another sign when a second sign's label follows ("Leo:" may be a
# person). bot/data/non_story.json 'zodiac_open'.
_SIGN_LABEL = r"\s*(?:\([^)]{0,40}\)\s*)?(?:[:–—]|\s-\s)"
_ZODIAC_FIRST = re.compile(
    rf"^\W{{0,3}}(?:{_alternation(_NON_STORY['zodiac_open']['first'])}){_SIGN_LABEL}",
    re.IGNORECASE,
)
_SIGNS = {k: v for k, v in _NON_STORY["zodiac_open"].items() if k != "first"}
_ZODIAC_SIGN = re.compile(
    rf"(?<!\w)(?:{_alternation(_SIGNS)}){_SIGN_LABEL}",
    re.IGNORECASE,
)


def _horoscope_text(text: str) -> bool:
    head = text[:1000].lstrip(" \t\n\"'“„«")
    if _ZODIAC_FIRST.match(head):
        return True
    first = _ZODIAC_SIGN.match(head)
    return bool(first and _ZODIAC_SIGN.search(head, first.end() + 1))
