"""Listings told by their shape (bot/data/non_story.json 'listing'): dated issues, announced
lists, tables of figures, agendas, events listings, numbered newsletters, transcripts, live
entries."""

from __future__ import annotations

import itertools
import json
from importlib import resources

from bot.content.articles.tables import _NON_STORY, _alternation
from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import Article

# ---------------------------------------------------------------- listings told by shape
# (bot/data/non_story.json 'listing'): a dated issue of a bulletin, a listing or a table, an
# announced list, a table of figures, an agenda, an events listing, a numbered newsletter. Each
# reads the item's shape (where its date or its figures are, whether its prose reports), so
# that a new kind of listing needs no new phrase.
_LISTING = _NON_STORY["listing"]
_MONTH_NUMBER = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTHS_BY_NAME = json.loads(
    resources.files("bot.data").joinpath("date_names.json").read_text("utf-8")
)["months"]
# "Newswatch: Monday 17 May", "Government notices – 17 May", "Necrologie del 17 maggio",
# "Kulturkalender: Woche vom 17. bis 23. Mai", "Death notices, May 18, 2027".
_TITLE_DATE = (
    r"(?:[^\W\d_]{2,12}\.?,?\s+)?"
    r"(?:(?P<d1>\d{1,2})\.?(?:\s*(?:[-–—]|bis|to|al|au|a)\s*\d{1,2}\.?)?\s+(?:de\s+)?"
    r"(?P<m1>[^\W\d_]{3,12})\.?"
    r"|(?P<m2>[^\W\d_]{3,12})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–—]\s*\d{1,2})?)"
    r"(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?\W{0,2}$"
)
_DATED_TITLE = re.compile(
    rf"^\W{{0,2}}\S.{{1,80}}?(?:\s*[:|–—,-]\s*|\s+(?:{_alternation(_LISTING['date_of'])})\s+)"
    + _TITLE_DATE,
    re.IGNORECASE,
)
# "… news planning for Wednesday, May 19": only over a list (see _listing).
_DATED_FOR_TITLE = re.compile(
    rf"^\W{{0,2}}\S.{{1,80}}?\s+(?:{_alternation(_LISTING['date_for'])})\s+" + _TITLE_DATE,
    re.IGNORECASE,
)
_ISSUE_DAYS = (-1, 3)  # a daily item names its own day, or one just ahead (a planning note)


def _dated_title(article: Article, pattern: re.Pattern[str] = _DATED_TITLE) -> bool:
    """A headline that is a name and then only a date, the item's own day or one just ahead:
    a bulletin's, a table's or a listing's issue ("Newswatch: Monday 17 May")."""
    m = pattern.match(article.title)
    if m is None or article.published is None:
        return False
    month = _MONTH_NUMBER.get(_MONTHS_BY_NAME.get((m["m1"] or m["m2"] or "").casefold(), ""))
    if month is None:
        return False
    day, published = int(m["d1"] or m["d2"]), article.published.date()
    years = [int(m["year"])] if m["year"] else [published.year + k for k in (-1, 0, 1)]
    for year in years:  # "… vom 3. Dezember 1992": an anniversary, not an issue
        try:
            offset = (published.replace(year=year, month=month, day=day) - published).days
        except ValueError:  # 30 February
            return False
        if _ISSUE_DAYS[0] <= offset <= _ISSUE_DAYS[1]:
            return True
    return False


# "invites applications for the following positions.", "The following events will be covered
# on Wednesday:": prose that ends by announcing a list; only the list (short lines) follows.
_FOLLOWING = re.compile(rf"(?<!\w)(?:{_alternation(_LISTING['following'])})(?!\w)", re.IGNORECASE)
_LISTED_LINE_WORDS = 8
_LISTING_MAX_CHARS = 800  # a listing's teaser; an article's worth of text reports


def _announced_list(paragraphs: list[str]) -> bool:
    sentences = split_sentences(paragraphs[0]) if paragraphs else []
    if not sentences or len(sentences) > 2 or not (m := _FOLLOWING.search(sentences[-1])):
        return False
    # the list is what the sentence ends on: "… the following positions.", "… folgende Termine:"
    last = sentences[-1].rstrip()
    if not last.endswith(":") and len(last[m.end():].split()) > 2:
        return False
    return all(len(p.split()) <= _LISTED_LINE_WORDS for p in paragraphs[1:])


# A table of figures: prayer times ("فجر 4:02، ظہر 12:35، …"), a schedule ("09:30 - Council of
# Ministers; 11:00 - …"), rates ("USD 12,915.40"): three or more short items, each with a time
# or a decimal, that are most of the text. Counts ("300 dead, 9 injured, 99 missing") report.
_ITEM_SPLIT = re.compile(r"[;\n،؛]|,\s|\s[-–—|]\s(?=\D)")
# The same table with only spaces between its pairs: "فجر ۵:۵۸ ظہر ۱۲:۲۰ عصر ۳:۰۵ …" (a label
# of one or two words, a clock time in any digits, three or more times and nothing else).
_LABEL_WORD = r"[^\W\d_](?:[^\W\d_]|\u200c)*"
_TIME_PAIRS = re.compile(
    rf"^\W{{0,2}}(?:{_LABEL_WORD}(?:\s{_LABEL_WORD})?\s+\d{{1,2}}[:.]\d\d\s*[,،]?\s*){{3,}}\W*$"
)
_FIGURE = re.compile(r"\d[:.,]\d")
_FIGURE_ITEM_WORDS = 6
_FIGURE_SHARE = 0.7


def _figures_table(text: str) -> bool:
    if _TIME_PAIRS.match(text):
        return True
    intro, colon, rest = text.partition(":")
    if colon and len(intro.split()) <= 12 and rest.strip():
        text = rest  # "The following rates:", "سرینگر:" opening the table
    items = [i.strip(" .。۔") for i in _ITEM_SPLIT.split(text)]
    items = [i for i in items if i]
    figures = [i for i in items if _FIGURE.search(i) and len(i.split()) <= _FIGURE_ITEM_WORDS]
    words = sum(len(i.split()) for i in items)
    return len(figures) >= 3 and sum(len(i.split()) for i in figures) >= _FIGURE_SHARE * words


# "Main events expected on Wednesday: the summit in Samarkand; the Senate debate; the draw.":
# an agenda, three or more ';' items after a colon and nothing else. So is a dated round-up of
# the day's developments ("… around the world on May 14" over "The latest: A; B; C."), whose
# items are headlines ("Germany begins to ease border controls with Austria, France and
# Switzerland": eleven words); a sentence that reports runs longer.
_AGENDA_ITEM_WORDS = 14


def _agenda(paragraphs: list[str]) -> bool:
    if len(paragraphs) != 1:
        return False
    _, colon, rest = paragraphs[0].partition(":")
    items = [i for i in rest.split(";") if i.strip()]
    return bool(colon) and len(items) >= 3 and all(
        len(i.split()) <= _AGENDA_ITEM_WORDS and not _FOLLOWING.search(i) for i in items
    )


# "09:00 Council of Ministers, Government Palace. 10:30 Opening of the Book Fair.": every
# sentence opens with a clock time, two or more: a day's agenda (only under a dated headline).
_CLOCK_LED = re.compile(r"^\W{0,2}(?:[01]?\d|2[0-4])[:.h][0-5]\d\b")


def _timed_agenda(text: str) -> bool:
    sentences = [s for s in split_sentences(text.replace("\n\n", " ")) if s.strip()]
    return len(sentences) >= 2 and all(_CLOCK_LED.match(s) for s in sentences)


# "Konzerte, Märkte und Ausstellungen in Oberösterreich.", "Concerti, mostre e corsi di lingua a
# Fiume, Pola e Rovigno.": a list of kinds of event, then only where: a listing has no verb.
_EVENT_KIND = re.compile(rf"^(?:{_alternation(_LISTING['event_kinds'])})$", re.IGNORECASE)
_EVENTS_LIST = re.compile(
    r"^(?P<items>[^,.;:!?]{3,40}(?:,\s*[^,.;:!?]{3,40})+\s+(?:und|and|e|y|et|i|ou|oder|or)\s+"
    r"[^,.;:!?]{3,40}?)\s+(?:in|im|at|across|around|a|ad|nel|nella|nelle|nei|en|em|no|na|nos|"
    r"nas|à|au|aux|dans|bei|an)\s+(?P<where>[^.;:!?]{2,80})[.!]?$"
)
_WHERE = re.compile(r"^(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*|und|and|e|y|et|i|ou|oder|or|der|del|de|la|le|"
                    r"the|sowie|do|da|dos|das|di|du|von|van|,|\s)+$")


# "Tipps fürs Wochenende: Konzerte, Märkte, Ausstellungen", "Weekend guide – concerts,
# markets and talks": a headline whose part after its label only lists kinds of event.
_LABELLED_LIST = re.compile(r"^[^:|–—]{2,60}(?:[:|–—]|\s-\s)\s*(?P<items>[^:|–—]{3,120}?)\W*$")


def _events_title(title: str) -> bool:
    if (m := _LABELLED_LIST.match(title)) is None:
        return False
    items = [i for i in re.split(r",\s*|\s+(?:und|and|e|y|et|i|ou|oder|or|&)\s+", m["items"])
             if i.strip()]
    return len(items) >= 2 and all(
        len(i.split()) <= 3 and _EVENT_KIND.match(i.split()[0]) for i in items
    )


def _events_listing(text: str) -> bool:
    if "\n" in text or len(text.split()) > 25 or (m := _EVENTS_LIST.match(text)) is None:
        return False
    if not _WHERE.match(m["where"]):
        return False
    items = re.split(r",\s*|\s+(?:und|and|e|y|et|i|ou|oder|or)\s+", m["items"])
    kinds = sum(bool(_EVENT_KIND.match(i.split()[0])) for i in items if i.split())
    return kinds >= 2 and kinds >= len(items) - 1


# "Switchboard Weekly #142", "Brussels Briefing Issue 88": a name of a few words, then its
# number; a headline says what happened.
_NUMBERED_ISSUE = re.compile(
    r"^\W{0,2}(?:[^\W\d_][\w'’.&-]*\s+){1,4}(?:#\s?|(?:issue|edition|ausgabe|numéro|número|"
    r"numero)\s+)\d{1,5}\W{0,2}$",
    re.IGNORECASE,
)
# "DevTide Weekly #212: Go 1.22, a Kafka fix and a Rust book", "Bulletin Ausgabe 31: Wahlen,
# Zölle und Wetter": the issue's name and number as a label over a list of what is in it (three
# short parts or more, a comma among them), a round-up; one subject after the label ("Lagebild
# #112: Nato-Gipfel in Vilnius – die Ukraine wartet weiter") is an issue about it, a story.
_NUMBERED_ISSUE_LABEL = re.compile(
    r"^\W{0,2}(?:[^\W\d_][\w'’.&-]*\s+){1,4}(?:#\s?|(?:issue|edition|ausgabe|numéro|número|"
    r"numero)\s+)\d{1,5}\s*[:|–—]\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_LIST_PART_WORDS = 4
_LIST_PARTS = re.compile(r",\s*|\s+(?:and|und|et|e|y|i|og|och|en|oder|or|ou|o)\s+", re.IGNORECASE)


def _numbered_issue_contents(title: str) -> bool:
    if (m := _NUMBERED_ISSUE_LABEL.match(title)) is None or "," not in m["rest"]:
        return False
    parts = [p.split() for p in _LIST_PARTS.split(m["rest"]) if p.strip()]
    # each part a short noun phrase: "Mercosur y la UE, lo que cambia con el acuerdo" is one
    # subject told in a clause
    return len(parts) >= 3 and all(len(p) <= _LIST_PART_WORDS for p in parts)


# An event notice's admission terms as a verbless sentence of their own: "Free entry, no
# registration needed.", "Eintritt frei.", "Ingresso libero." (non_story.json 'admission');
# in a short text only: a report names its facts in sentences with verbs.
_ADMISSION = re.compile(rf"^\W{{0,2}}(?:{_alternation(_LISTING['admission'])})(?!\w)",
                        re.IGNORECASE)
_ADMISSION_WORDS = 8
_NOTICE_MAX_WORDS = 60


def _admission_note(text: str) -> bool:
    if len(text.split()) > _NOTICE_MAX_WORDS:
        return False
    return any(_ADMISSION.match(s) and len(s.split()) <= _ADMISSION_WORDS
               for s in split_sentences(text.replace("\n\n", " ")))


# "Climate Week: 8 Small Changes To Make At Home", "7 Tipps fürs Wochenende": a headline that
# counts the things its text lists; the text is only that list, short lines (three or more),
# no report.
_COUNTED_TITLE = re.compile(r"^(?:[^:|–—]{2,80}(?:[:|–—]|\s-\s)\s*)?\W{0,2}\d{1,2}\s+[^\W\d_]")
_COUNTED_MIN_LINES = 3


def _counted_list(title: str, paragraphs: list[str]) -> bool:
    if not (m := _COUNTED_TITLE.match(title)) or int(re.findall(r"\d+", m[0])[-1]) < 3:
        return False
    return len(paragraphs) >= _COUNTED_MIN_LINES and all(
        len(p.split()) <= _LISTED_LINE_WORDS for p in paragraphs
    )


# "Transcript: Our conversation with the minister" over "Host: …", "Minister: …": a
# broadcast's record, turn by turn (non_story.json 'transcript'); a narrative under the same
# label is a report.
_TRANSCRIPT_TITLE = re.compile(
    rf"^\W{{0,3}}(?:{_alternation('transcript')})\s*(?:[:：|–—]|\s-\s)", re.IGNORECASE
)
_SPEAKER_TURN = re.compile(r"^\W{0,2}[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}\s*:\s+\S")
_TRANSCRIPT_TURNS = 2


def _transcript(article: Article) -> bool:
    if not _TRANSCRIPT_TITLE.match(article.title):
        return False
    turns = [p for p in article.text.split("\n\n") if _SPEAKER_TURN.match(p)]
    return len(turns) >= _TRANSCRIPT_TURNS


# A live page's entries, newest first: paragraphs that open with a clock time ("09:42 Kyiv
# says …", "10.02 Uhr: …", "ore 11.20 - …", "14h05 …"), or a paragraph that is only the time
# before its entry, each earlier than the one above. A report's timeline runs forward, an agenda
# or a schedule too; only a page updated at its top runs back.
_ENTRY_TIME = re.compile(
    r"^\W{0,3}(?:(?:ore|um|at|alle|às|as|a las|à|kl\.?|klo)\s+)?"
    r"(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)\b(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?))?",
    re.IGNORECASE,
)
_LIVE_ENTRIES = 2
_ENTRY_WORDS = 5  # an entry reports; "09:00 Cabinet" is an agenda's line
_DAY_MINUTES = 24 * 60


def _entry_minute(paragraph: str, following: str) -> int | None:
    """The minute of the day a live entry opens with, when the paragraph is one: a time, then
    words that report (or only the time, the entry in the next paragraph)."""
    if (m := _ENTRY_TIME.match(paragraph)) is None:
        return None
    entry = paragraph[m.end():].strip(" :-–—|") or following
    if len(entry.split()) < _ENTRY_WORDS:
        return None
    hour = int(m["h"])
    if m["ampm"]:  # "9:42 p.m."
        hour = hour % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    return hour * 60 + int(m["m"])


def _live_entries(text: str) -> bool:
    """Is the text a live page's entries, two or more, each earlier than the one above it
    (past midnight the clock may start again once)?"""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    minutes = [
        t for i, p in enumerate(paragraphs)
        if (t := _entry_minute(p, paragraphs[i + 1] if i + 1 < len(paragraphs) else ""))
        is not None
    ]
    if len(minutes) < _LIVE_ENTRIES:
        return False
    wraps = 0
    for newer, older in itertools.pairwise(minutes):
        if older < newer:
            continue
        if older - newer > _DAY_MINUTES // 2 and not wraps:  # 00:10 above 23:55
            wraps += 1
            continue
        return False
    return True


# "Muggia, torna la sagra dell'asparago" over "Tre giorni di festa in piazza Marconi, dal 18 al
# 20 marzo.": an event's notice, a headline naming a festivity ('notice_kinds') over a short
# text that gives the days it runs, ahead of the item's own date; a report tells what happened
# (its dates are past) or says more than when and where.
_DAY_RANGE = re.compile(
    r"(?<!\w)(?:(?:dal|dall['’]|from|vom|du|del|de)\s*)?(?P<d1>\d{1,2})\.?"
    r"(?:\s+(?:de\s+)?(?P<m1>[^\W\d_]{3,12})\.?)?"
    r"\s*(?:al|all['’]|to|until|bis|au|a|[-–—])\s*\d{1,2}\.?\s+(?:de\s+)?(?P<m2>[^\W\d_]{3,12})",
    re.IGNORECASE,
)
_NOTICE_KIND = re.compile(rf"(?<!\w)(?:{_alternation(_LISTING['notice_kinds'])})(?!\w)",
                          re.IGNORECASE)
_NOTICE_TEXT_WORDS = 30
# "öffnet am Samstag", "um 17 Uhr beginnt": the weekday or hour a festivity opens (no days run)
_NOTICE_OPENING = re.compile(rf"(?<!\w)(?:{_alternation(_LISTING['notice_opening'])})(?!\w)",
                             re.IGNORECASE)
_NOTICE_DAYS_AHEAD = 120


def _event_days_notice(article: Article) -> bool:
    text = article.text.strip()
    if article.published is None or "\n" in text or len(text.split()) > _NOTICE_TEXT_WORDS:
        return False
    if len(split_sentences(text)) > 2 or not _NOTICE_KIND.search(article.title):
        return False
    if (_NOTICE_OPENING.search(article.title) or _NOTICE_OPENING.search(text)) and len(
        split_sentences(text)
    ) == 1:
        return True  # only when it opens: a second sentence says what is new (a report)
    published = article.published.date()
    for m in _DAY_RANGE.finditer(text):
        month = _MONTH_NUMBER.get(_MONTHS_BY_NAME.get((m["m1"] or m["m2"]).casefold(), ""))
        if month is None:
            continue
        for year in (published.year, published.year + 1):
            try:
                ahead = (published.replace(year=year, month=month, day=int(m["d1"])) - published)
            except ValueError:
                break
            if 0 < ahead.days <= _NOTICE_DAYS_AHEAD:
                return True
    return False


def _listing(article: Article) -> bool:
    """Is the item a listing, a table or a dated issue rather than a report, by its shape?"""
    if _NUMBERED_ISSUE.match(article.title) or _numbered_issue_contents(article.title) or (
        _dated_title(article)
    ):
        return True
    if _events_title(article.title):
        return True
    text = article.text.strip()
    if not text or len(text) > _LISTING_MAX_CHARS:
        return False
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return (
        _announced_list(paragraphs) or _figures_table(text) or _events_listing(text)
        or _counted_list(article.title, paragraphs)
        or ((_agenda(paragraphs) or _timed_agenda(text))
            and _dated_title(article, _DATED_FOR_TITLE))
        or _admission_note(text) or _event_days_notice(article)
    )
