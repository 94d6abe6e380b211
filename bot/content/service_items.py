"""Service items told by the shape of their text: listings, schedules, adverts, own-edition promos.

Real feeds file endless kinds of items that are not news (roadworks and air-quality bulletins,
TV schedules, classified and matrimonial adverts, e-paper and print-issue promotions, weather
pages…); a phrase table per kind never ends. These checks read what such items share instead:

* a **bulletin**: the text is only short "label: value" entries ("Stephanibrücke: one lane
  closed", "Unhealthy: two districts") or "label figure" rows ("EUR 548.10") and lines of a few
  words, no sentence that reports;
* a **schedule**: three or more entries that open with a clock time ("7.00 Morning show -
  13.00 News - …");
* an **advert**: a sentence that is only a contact cue and a telephone number ("Call 555 0199.");
* a **service label** ("Wetter:", "Almaty air quality:", "Palinsesto:") over a text of a few
  words, a bulletin, a schedule or a contact number ("Wetter: storm kills two" over a reporting
  sentence stays a story);
* an **own-edition promotion**: the outlet's own issue or e-paper ("our autumn issue", "la
  copia digitale") with a call to buy or subscribe, or under a headline naming the outlet;
* a **weather advisory**: a short text stating a weather alert is in force and telling the
  reader what to do ("Secure loose objects."), no harm reported;
* a **weather forecast**: a short text whose first sentence names the forecast ("The Met Office
  has forecast cold and dry weather …", "Le previsioni per i prossimi giorni: …"), with
  temperatures, and no harm, disruption or warning in headline or text (news).

Words per language in bot/data/non_story.json 'service'. Pure functions over an item's title,
text (blocks separated by blank lines, as `Article.text` holds them) and outlet name.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from bot.content import regex_gates
from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use

_TABLE = json.loads(
    resources.files("bot.data").joinpath("non_story.json").read_text("utf-8")
)["service"]


def _alternation(name: str) -> str:
    return "|".join(
        f"(?:{w})" for lang, ws in _TABLE[name].items() if not lang.startswith("_") for w in ws
    )


_MAX_CHARS = 1_500  # a bulletin, a schedule or an advert is a few lines; an article is longer
_ENTRY_MAX_WORDS = 10  # a listing's entry: "A27, Vahr junction: closed at night"
_LABEL_MAX_WORDS = 4
_SHORT_LINE_WORDS = 5  # "Updated every hour.", "EUR 1.8521": no report
_THIN_WORDS = 6  # "The outlook for Tyrol.": a page's caption, not a report
# A one-sentence text that names the service again ("Exchange rates set by the central bank
# this morning."): the page's caption, however long its name of the service
_NAMED_PAGE_WORDS = 10
_SCHEDULE_MIN = 3

# "Label: value": a label of a few words (a place, a grade, a heading), then a value. A value
# opening with a quotation mark is a speaker's statement ("Minister: «We will …»"), and a label
# inside one a line of quoted dialogue: neither is listed.
_LABEL_VALUE = re.compile(
    r"^[^\w\"“”„«»‘’']{0,2}(?P<label>[^\W\d_][^:：.!?\"“”„«»]{0,60}?)\s*[:：]\s+"
    r"(?P<value>[^\"“„«‘'\s].*)$"
)
_LETTER = re.compile(r"[^\W\d_]")
# "EUR 1.8521", "Brent 81.20", "Arsenal 2": a label of one to three words, then a figure, the
# line's end (a table's row; "12 injured" opens with its figure and reports).
_LABEL_FIGURE = re.compile(r"^[^\W\d_][^\s\d]*(?:\s+[^\W\d_][^\s\d]*){0,2}\s+[+-]?\d[\d.,]*\s*%?$")
_TABLE_MIN = 3
# A table cell that is only a figure ("63,25"): an HTML table's row reaches the text one cell a
# block ("USD", "63,25"), so a label cell and the figure cell after it make one row again.
_FIGURE_CELL = re.compile(r"^[+-]?\d[\d.,]*\s*%?$")
_CELL_LABEL_WORDS = 3
# A clock time opening an entry ("7.00 …", "21:15 …", "8.30 p.m. …", "20h45 …").
_TIME_LED = re.compile(
    r"^\W{0,2}(?:[01]?\d|2[0-4])[:.h][0-5]\d(?:\s*[ap]\.?\s?m\.?)?\s*(?:[-–—:|]\s*)?[^\W\d_]",
    re.IGNORECASE,
)
# Where a schedule's entries part: a spaced dash or slash, a bar, a bullet, a semicolon.
_ENTRY_BREAK = re.compile(r"\s[-–—/]\s|[|•·;]")
# A telephone number: seven to fifteen digits in groups, maybe an international prefix.
_PHONE = r"\+?\(?\d[\d ()./-]{5,20}\d"
_CONTACT_LINE = re.compile(
    rf"^\W{{0,2}}(?:{_alternation('contact_cues')})\.?\s*[:.]?\s*(?:on\s+|at\s+)?{_PHONE}\W{{0,2}}$",
    re.IGNORECASE,
)
# A headline's label of one to three words before a colon, a bar or a spaced dash.
_LABEL = re.compile(r"^\W{0,3}(?P<label>(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s*"
                    r"(?:[:|–—]|\s-\s)\s*\S")
_SERVICE_HEAD = re.compile(rf"(?<!\w)(?:{_alternation('heads')})(?!\w)", re.IGNORECASE)
_POLL_HEAD = re.compile(rf"(?<!\w)(?:{_alternation('poll_heads')})(?!\w)", re.IGNORECASE)
# "Ohrid Summer Festival: tickets on sale from Monday", "Festival di Spoleto, biglietti in
# vendita da lunedì": the headline's last part only a ticket-sale phrase, maybe with when.
_TICKET_TAIL = re.compile(
    rf"(?:^|[:|–—,]\s*|\s-\s)\W{{0,2}}(?:{_alternation('ticket_sale')})"
    rf"(?:\s+(?:{_alternation('ticket_when')})\b[^,;:.!?|–—]{{0,25}})?\W{{0,2}}$",
    re.IGNORECASE,
)
_NOTICE_WORDS = 30
_CALL_WORDS = 24  # "Vote in our weekly poll. Results next Saturday.": a call, no report
_CALL_SENTENCES = 2
_OWN_EDITION = re.compile(rf"(?<!\w)(?:{_alternation('own_edition')})(?!\w)", re.IGNORECASE)
_COMMERCE = re.compile(rf"(?<!\w)(?:{_alternation('commerce')})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=256)  # each check of one item splits the same text
def _entries(text: str) -> tuple[str, ...]:
    """The text's sentences, block by block, without their closing full stop."""
    return tuple(
        s.strip().rstrip(".。۔").strip()
        for block in text.split("\n\n")
        for s in split_sentences(block)
        if s.strip(" .。۔")
    )


def _rows(entries: tuple[str, ...]) -> list[str]:
    """The entries with a figure-only cell joined to the short label cell before it."""
    rows: list[str] = []
    for e in entries:
        if (_FIGURE_CELL.match(e) and rows and _words(rows[-1]) <= _CELL_LABEL_WORDS
                and not _FIGURE_CELL.match(rows[-1].rsplit(" ", 1)[-1])):
            rows[-1] = f"{rows[-1]} {e}"
        else:
            rows.append(e)
    return rows


def _words(text: str) -> int:
    return len(text.split())


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _label_value(entry: str) -> bool:
    m = _LABEL_VALUE.match(entry)
    # A value of figures alone is an item's metadata ("Points: 318", "# Comments: 204").
    return bool(m and _words(m["label"]) <= _LABEL_MAX_WORDS
                and _words(m["value"]) <= _ENTRY_MAX_WORDS and _LETTER.search(m["value"]))


def contact_line(entry: str) -> bool:
    """Is this sentence only a contact cue and a telephone number ("Tel. 0421 555 123")?"""
    m = _CONTACT_LINE.match(entry)
    return bool(m and 7 <= _digits(m.group(0)) <= 15)


def _pairs(entry: str) -> int:
    """"Sehri: 4:41 — Iftar: 7:14": how many "label: figure" pairs the line holds, parted by a
    spaced dash, a bar or a bullet (a timetable's or rates' one-line box); 0 when it is not
    only such pairs (a figure alone is no listing's value elsewhere: here, in pairs, it is)."""
    parts = [p.strip() for p in _ENTRY_BREAK.split(entry) if p.strip()]
    return len(parts) if len(parts) >= 2 and all(
        (m := _LABEL_VALUE.match(p)) and _words(m["label"]) <= _LABEL_MAX_WORDS
        and _digits(m["value"]) and _words(m["value"]) <= _SHORT_LINE_WORDS + 3
        for p in parts
    ) else 0


def bulletin(text: str) -> bool:
    """Is the text only "label: value" entries (two or more), or "label figure" lines (three or
    more: a rate or results table), and lines of a few words?"""
    if not text or len(text) > _MAX_CHARS or (
        ":" not in text and "：" not in text and _digits(text) < _TABLE_MIN
    ):
        return False
    entries, listed = [], 0
    for e in _rows(_entries(text)):
        if pairs := _pairs(e):
            listed += pairs
        else:
            entries.append(e)
    listed += sum(_label_value(e) for e in entries)
    figures = sum(bool(_LABEL_FIGURE.match(e)) for e in entries)
    return (listed >= 2 or figures >= _TABLE_MIN) and all(
        _label_value(e) or _words(e) <= _SHORT_LINE_WORDS for e in entries
    )


def schedule(text: str) -> bool:
    """Do three or more entries open with a clock time, and most of them?"""
    if not text or len(text) > _MAX_CHARS or _digits(text) < 3 * _SCHEDULE_MIN:
        return False
    parts = [p.strip() for e in _entries(text) for p in _ENTRY_BREAK.split(e) if p.strip()]
    timed = sum(bool(_TIME_LED.match(p)) for p in parts)
    return timed >= _SCHEDULE_MIN and 2 * timed >= len(parts)


def advert(text: str) -> bool:
    """Does a short text give a telephone number as a sentence of its own?"""
    if not text or len(text) > _MAX_CHARS or _digits(text) < 7:
        return False
    return any(contact_line(e) for e in _entries(text))


def service_label(title: str, text: str) -> bool:
    """A headline labelled with a recurring service ("Wetter:", "Palinsesto:", "Classifieds -")
    over a text of a few words, a bulletin, a schedule or a contact number."""
    m = _LABEL.match(title)
    if not m or not _SERVICE_HEAD.search(m["label"]):
        return False
    text = text.strip()
    if text and _words(text) <= _THIN_WORDS and len(_entries(text)) == 1:
        return True
    if text and _words(text) <= _NAMED_PAGE_WORDS and len(entries := _entries(text)) == 1 and (
        _SERVICE_HEAD.search(entries[0])
    ):
        return True  # "Câmbio do dia: …" over "Tabela de câmbio do Banco de Moçambique."
    return bulletin(text) or schedule(text) or advert(text)


def reader_poll(title: str, text: str) -> bool:
    """A reader poll: a poll's label heading a question ("Poll: Should …?") over a call to vote
    of a sentence or two with no figure; a poll's result (figures, a statement) is a story."""
    m = _LABEL.match(title)
    if not m or not title.rstrip().endswith(("?", "؟")) or not _POLL_HEAD.fullmatch(
        m["label"].strip()
    ):
        return False
    text = text.strip()
    return (_words(text) <= _CALL_WORDS and len(_entries(text)) <= _CALL_SENTENCES
            and not _digits(text))


def ticket_notice(title: str, text: str) -> bool:
    """A ticket-sale notice: the headline's last part only says tickets go on sale (and when),
    over a sentence or two; a sale that makes news says more in its headline."""
    if not _TICKET_TAIL.search(title):
        return False
    text = text.strip()
    return _words(text) <= _NOTICE_WORDS and len(_entries(text)) <= _CALL_SENTENCES


@lru_cache(maxsize=1)
def _own_edition_gate() -> regex_gates.LiteralGates:
    """The literals one of which every _OWN_EDITION match holds, searched in one RE2 pass: its
    alternation opens with a lookbehind, so `re` tried all of it at every character of the
    head (~0.13 ms an item, half of `is_story`)."""
    return regex_gates.LiteralGates({"own_edition": _OWN_EDITION})


def own_edition_promo(title: str, text: str, outlet: str) -> bool:
    """The outlet's own issue or e-paper offered to the reader: an own-edition phrase with a
    call to buy or subscribe, or under a headline naming the outlet itself."""
    head = title + "\n" + text[:400]
    if not _own_edition_gate().possible(head) or not _OWN_EDITION.search(head):
        return False
    if _COMMERCE.search(head):
        return True
    return _names_outlet(title, outlet)


def _names_outlet(title: str, outlet: str) -> bool:
    """Does the headline name the outlet: its whole name, or its last two words or more ("Vilayat
    Nama" for "Weekly Vilayat Nama", "ہفت روزہ ولایت نامہ": a periodical's kind before the name)?"""
    words, folded = outlet.split(), title.casefold()
    return any(
        len(name := " ".join(words[i:])) >= 4 and name.casefold() in folded
        for i in range(max(1, len(words) - 1))
    )


_FORECAST = re.compile(rf"(?<!\w)(?:{_alternation('forecast')})", re.IGNORECASE)
# "Meteo, weekend con pioggia …", "Wetter: …": the weather section's word heading the headline.
_FORECAST_TITLE = re.compile(
    rf"^\W*(?:{_alternation('forecast_title')})\s*[,:|–—-]\s", re.IGNORECASE
)
_WEATHER_HARM = re.compile(rf"(?<!\w)(?:{_alternation('weather_harm')})(?!\w)", re.IGNORECASE)
# "Skardu -7°C", "fino a -6 gradi", "bis zu 12 Grad", "درجہ حرارت 5 ڈگری": a temperature.
_TEMPERATURE = re.compile(
    r"\d\s?°|(?<!\w)[-−–]?\d{1,2}(?:[.,]\d)?\s?(?:degrees?|gradi|grad|graus|grados|degrés|ڈگری)"
    r"(?!\w)",
    re.IGNORECASE,
)
_FORECAST_SENTENCES = 2  # the forecast is named at once ("ROMA, 03 DIC - Le previsioni …")
_TEASER_WORDS = 24  # a weather page's teaser: two short statements, no report


def _teaser(text: str) -> bool:
    """A forecast page's teaser: two short statements (the weather now, then its change: "…
    nella bassa. Più sole da venerdì."). One sentence about one expected event ("Erster Schnee
    bis in die Niederungen erwartet" over "Bis zu 30 Zentimeter Neuschnee.") is a story, as the
    labelled sets have it."""
    return _words(text) <= _TEASER_WORDS and len(_entries(text)) == _FORECAST_SENTENCES


def forecast(title: str, text: str) -> bool:
    """Is the item a weather forecast: a short text that opens by naming the forecast and gives
    temperatures (or a headline that is the forecast's own), with no harm, disruption or
    warning in it or its headline?"""
    if not text or len(text) > _MAX_CHARS:
        return False
    if not _TEMPERATURE.search(text) and not (
        # "Meteo: le previsioni per il weekend", "Weather: the forecast for the weekend": the
        # weather section's heading over a headline naming the forecast itself is one, told
        # in words alone ("sunny on Saturday, snow above 1,200 metres on Sunday"); so is the
        # heading over a two-line teaser ("Meteo, nebbia in pianura fino a giovedì" over
        # "Visibilità ridotta. Più sole da venerdì."), as service_label reads a label
        _FORECAST_TITLE.match(title) and (_FORECAST.search(title) or _teaser(text))
    ):
        return False
    if not _FORECAST_TITLE.match(title) and not any(
        _FORECAST.search(e) for e in _entries(text)[:_FORECAST_SENTENCES]
    ):
        return False
    return _WEATHER_HARM.search(title + "\n" + text) is None


_ADVISORY_ALERT = re.compile(
    rf"(?<!\w)(?:{_alternation('advisory_alert')})(?!\w)", re.IGNORECASE
)
# The imperative opening a sentence of its own ("Secure loose objects.", "Bleiben Sie zu Hause.")
_ADVISORY_ADVICE = re.compile(
    rf"^\W{{0,2}}(?:{_alternation('advisory_advice')})(?!\w)", re.IGNORECASE
)
_ADVISORY_HARM = re.compile(rf"(?<!\w)(?:{_alternation('advisory_harm')})(?!\w)", re.IGNORECASE)
_ADVISORY_WORDS = 45
_ADVISORY_SENTENCES = 3


def advisory(title: str, text: str) -> bool:
    """A weather advisory notice: a short text stating a weather alert is in force (in it or
    its headline) and telling the reader in the imperative what to do, with no harm reported
    ("A tropical cyclone watch is in force for … Secure loose objects."). A report of the storm
    (its landfall, damage, deaths) or of the authorities' measures is news."""
    text = text.strip()
    if not text or _words(text) > _ADVISORY_WORDS:
        return False
    entries = _entries(text)
    if len(entries) > _ADVISORY_SENTENCES or not _ADVISORY_ALERT.search(title + "\n" + text):
        return False
    if not any(_ADVISORY_ADVICE.match(e) for e in entries):
        return False
    return _ADVISORY_HARM.search(title + "\n" + text) is None


_SITE_DOWN_HEAD = re.compile(
    rf"(?<!\w)(?:{_alternation('site_down_heads')})(?!\w)", re.IGNORECASE
)
_SITE_DOWN = re.compile(rf"(?<!\w)(?:{_alternation('site_down')})(?!\w)", re.IGNORECASE)


def site_down_notice(title: str, text: str) -> bool:
    """The outlet's notice that its own site or app will be down for maintenance: a maintenance
    word in the headline over a sentence or two naming the site ("the site", "unsere Webseite")
    as unavailable."""
    if not _SITE_DOWN_HEAD.search(title):
        return False
    text = text.strip()
    return (_words(text) <= _NOTICE_WORDS and len(_entries(text)) <= _CALL_SENTENCES
            and bool(_SITE_DOWN.search(text)))


def is_service_item(title: str, text: str, outlet: str = "") -> bool:
    """Is this item a bulletin, a schedule, an advert, a labelled service page or a promotion of
    the outlet's own edition, by the shape of its text?"""
    return (
        bulletin(text) or schedule(text) or advert(text) or service_label(title, text)
        or reader_poll(title, text) or ticket_notice(title, text)
        or site_down_notice(title, text) or own_edition_promo(title, text, outlet)
        or forecast(title, text) or advisory(title, text)
    )
