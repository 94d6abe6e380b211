"""Outlets named by rights notices ("© 2027 Atlas Wire SARL") and by the publisher an
aggregator's item title ends in ("… - Reuters", "…(Impress Watch)")."""

from __future__ import annotations

from functools import lru_cache

from bot.content.attribution.keys import _collapse
from bot.content.attribution.links import (
    _LEGAL_TAIL,
    _OUTLET_WORD,
    _PUBLISHER_HEAD,
    _PUBLISHER_TAIL,
    _TITLE_SUFFIX,
)
from bot.content.attribution.tables import _COPYRIGHT, _RIGHTS_PHRASES, _TABLES, _URL
from bot.core import lazy_re as re  # compiles each pattern on first use

_TRAILING_YEARS = re.compile(r"[\s,]*\d{4}(?:\s*[-–]\s*\d{4})?$")


def copyright_holder(rights: str | None) -> str | None:
    """"© 2024 Reuters. All rights reserved." → "Reuters"; None when no holder is named.

    Legal forms go ("Tidewater Courier Inc." → "Tidewater Courier", "Ediciones del Plata S.L."
    → "Ediciones del Plata"); a name is never cut at a dot inside it ("S.p.A.", "L'Écho")."""
    if not rights:
        return None
    text = _URL.sub(" ", rights)
    low = text.casefold()
    for phrase in _RIGHTS_PHRASES:  # "… Ltd. All rights reserved." → "… Ltd."
        at = low.find(phrase)
        if at >= 0:
            text, low = text[:at], low[:at]
    m = _COPYRIGHT.search(text)
    if not m:
        return None
    name = m["name"]
    name = _TRAILING_YEARS.sub("", name.strip(" ,;:-–—|.")).strip(" ,;:-–—|")
    while (stripped := _LEGAL_TAIL.sub("", name).strip(" ,;:-–—|")) != name:
        name = stripped
    if not name or not re.search(r"[^\W\d_]", name):
        return None
    return name


def outlet_from_rights(rights: str | None) -> str | None:
    """The outlet a copyright line names, without the publishing company's words:
    "Harbour Tribune Publications (Pvt) Ltd" → "Harbour Tribune", "Société éditrice de L'Écho
    du Continent S.A." → "L'Écho du Continent"."""
    name = copyright_holder(rights)
    if not name:
        return None
    while (stripped := _PUBLISHER_TAIL.sub("", name).strip(" ,;:-–—|&")) != name and stripped:
        name = stripped
    # "PT Kabar Nusantara", "ООО «Дунайские вести»": a company form before the name
    head = _PUBLISHER_HEAD.sub("", name)
    head = head.strip("«»\"“”„") if head != name else head
    if head != name and head[:1].isupper():
        name = head
    return name or None


@lru_cache(maxsize=64)  # pure; the outlet and headline steps both split an item's title
def split_title_outlet(title: str) -> tuple[str, str | None]:
    """"Talks stall in Geneva - Reuters" → ("Talks stall in Geneva", "Reuters").

    Google News and other aggregators append the publisher to the title. The suffix counts as
    an outlet only when it reads like a name (every word capitalised, at most 6 words), so
    "Biden meets Xi - again" keeps its title.
    """
    text = _collapse(title)
    m = _TITLE_SUFFIX.match(text)
    if not m:
        return text, None
    outlet = m["outlet"].strip()
    words = outlet.split()
    if len(words) > 6 or not all(_OUTLET_WORD.match(w) for w in words):
        return text, None
    if not outlet[:1].isupper() and not outlet[:1].isdigit():
        return text, None
    return m["title"].strip(), outlet


# "新宿…出店(Impress Watch)", "…（毎日新聞）": a title ending in a name in brackets.
_BRACKETED_PUBLISHER = re.compile(
    r"^(?P<title>\S.{3,}?)\s*[(（]\s*(?P<outlet>[^()（）\d](?:[^()（）/]{2,60}\s/\s)?[^()（）/]{2,39}?)"
    r"\s*[)）]$"
)
# "(Karen Holloway / Meridian Wire)", "(A and B / Outlet)": a tech river's writers before the
# publisher in a title's closing brackets.
_WRITERS_SLASH = re.compile(r"^(?P<writers>[^/]{3,60}?)\s/\s(?P<outlet>[^/]{2,39})$")


def bracketed_writers(title: str) -> str | None:
    """The writers a title's closing brackets name before the publisher ("Karen Holloway" of
    "…(Karen Holloway / Meridian Wire)"), else None."""
    m = _BRACKETED_PUBLISHER.match(_collapse(title))
    w = _WRITERS_SLASH.match(m["outlet"]) if m else None
    return w["writers"] if w else None
PUBLISHER_TITLES_MIN = 3  # items a feed needs before its titles' brackets tell a publisher
PUBLISHER_TITLES_SHARE = 0.75


def bracketed_publisher(title: str) -> str | None:
    """The name in brackets ending a title ("Impress Watch"), unless it is a headline label;
    three characters at least ("(组图)", "(视频)" are labels, "(BCN)" a name)."""
    m = _BRACKETED_PUBLISHER.match(_collapse(title))
    if not m or _LABEL.match(m["outlet"]):
        return None
    if w := _WRITERS_SLASH.match(m["outlet"]):
        return w["outlet"]  # "(Karen Holloway / Meridian Wire)": the publisher after the slash
    return m["outlet"]


@lru_cache(maxsize=64)
def titles_name_publishers(titles: tuple[str, ...]) -> bool:
    """Do a feed's item titles end in their publishers in brackets, as an aggregator's do
    (Yahoo!ニュース: "…(Impress Watch)", "…(ITmedia Mobile)")? Most titles (three in four, three
    at least) end so, naming two names or more: a label ("(video)", "(update)") ends a few
    titles, or the same one all of a series'."""
    names = [bracketed_publisher(t) for t in titles]
    found = [n for n in names if n]
    return (
        len(found) >= PUBLISHER_TITLES_MIN and len(found) >= PUBLISHER_TITLES_SHARE * len(titles)
        and len(set(found)) >= 2
    )


_LABEL = re.compile(rf"^(?:{'|'.join(_TABLES['headline_labels'])})$", re.IGNORECASE)
