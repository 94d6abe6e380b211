# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers that write the held-out feed sets byte-exactly (shared by the _generator of each
`heldout*_feeds` folder; see its README.md). The build script sets `OUT` to its set's folder.

Every feed module exposes FEEDS: a list of Feed objects. build.py writes
<name> (the feed bytes) and <name>.expect.json next to this folder.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape as _esc

OUT = Path.cwd()  # set by each set's build.py

DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "pt": ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
    "id": ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "tr": ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"],
    "pt-pt": ["Seg", "Ter", "Qua", "Qui", "Sex", "Sáb", "Dom"],
    "cs": ["po", "út", "st", "čt", "pá", "so", "ne"],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
    "id": ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "tr": ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"],
    "pt-pt": ["Jan", "Fev", "Mar", "Abr", "Mai", "Jun", "Jul", "Ago", "Set", "Out", "Nov", "Dez"],
    "cs": ["led", "úno", "bře", "dub", "kvě", "čvn", "čvc", "srp", "zář", "říj", "lis", "pro"],
}


def tz(hours: float) -> timezone:
    return timezone(timedelta(minutes=int(hours * 60)))


def dt(y, mo, d, h=0, mi=0, s=0, off=0.0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=tz(off))


def _off(d: datetime) -> str:
    m = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if m >= 0 else "-"
    m = abs(m)
    return f"{sign}{m // 60:02d}{m % 60:02d}"


def rfc822(d: datetime, lang: str = "en", gmt: bool = False, h12: bool = False) -> str:
    day = DAYS[lang][d.weekday()]
    mon = MONTHS[lang][d.month - 1]
    if h12:
        hh = d.hour % 12 or 12
        clock = f"{hh:02d}:{d.minute:02d}:{d.second:02d} {'AM' if d.hour < 12 else 'PM'}"
    else:
        clock = d.strftime("%H:%M:%S")
    zone = "GMT" if gmt and d.utcoffset() == timedelta(0) else _off(d)
    return f"{day}, {d.day:02d} {mon} {d.year} {clock} {zone}"


def iso(d: datetime | None) -> str | None:
    return None if d is None else d.isoformat()


def esc(s: str) -> str:
    """Escape text for an XML text node (HTML inside becomes &lt;p&gt;...)."""
    return _esc(s, {'"': "&quot;"})


def cdata(s: str) -> str:
    return f"<![CDATA[{s}]]>"


@dataclass
class Item:
    key: str                      # guid, link or JSON Feed id: the sidecar key
    title: str                    # expected clean title
    published: datetime | None
    authors: list[str] = field(default_factory=list)
    is_story: bool = True
    relevant: bool = True
    junk: list[str] = field(default_factory=list)
    language: str | None = None   # defaults to the feed's language
    outlet: str | None = None     # defaults to the feed's outlet
    quotes: list[dict] | None = None
    note: str | None = None


@dataclass
class Feed:
    name: str
    text: str                     # the document as text
    encoding: str                 # codec used to write the bytes
    content_type: str
    outlet_structure: str
    language: str
    outlet: str
    shape: str                    # rss2 | rss1-rdf | atom | jsonfeed
    topic: str                    # world | mixed | tech | science | aggregator | podcast
    items: list[Item]
    declared_encoding: str | None = None
    notes: str | None = None
    outlet_aliases: list[str] = field(default_factory=list)
    acceptable_outcomes: list[str] = field(default_factory=lambda: ["decoded"])

    def expect(self) -> dict:
        feed = {
            "outlet_structure": self.outlet_structure,
            "content_type": self.content_type,
            "language": self.language,
            "outlet": self.outlet,
            "shape": self.shape,
            "topic": self.topic,
            "encoding": self.encoding,
            "declared_encoding": self.declared_encoding,
            "acceptable_outcomes": self.acceptable_outcomes,
        }
        if self.outlet_aliases:
            feed["outlet_also_acceptable"] = self.outlet_aliases
        if self.notes:
            feed["notes"] = self.notes
        items = {}
        for it in self.items:
            e = {
                "is_story": it.is_story,
                "title": it.title,
                "outlet": it.outlet or self.outlet,
                "authors": it.authors,
                "published": iso(it.published),
                "summary_must_not_contain": it.junk,
                "relevant": it.relevant,
                "language": it.language or self.language,
            }
            if it.quotes:
                e["quotes"] = it.quotes
            if it.note:
                e["note"] = it.note
            if it.key in items:
                raise ValueError(f"{self.name}: duplicate key {it.key}")
            items[it.key] = e
        return {"feed": feed, "items": items}

    def write(self) -> bytes:
        data = self.text.encode(self.encoding)
        (OUT / self.name).write_bytes(data)
        (OUT / f"{self.name}.expect.json").write_text(
            json.dumps(self.expect(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return data


def build(modules: list[str]) -> None:
    """Write every feed of the given generator modules (and its sidecar) into `OUT`."""
    import importlib

    total = 0
    for m in modules:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name != m:
                raise
            continue
        for make in mod.FEEDS:
            f = make()
            f.write()
            total += len(f.items)
            print(f"{f.name:44s} {f.shape:8s} {f.language} {f.encoding:10s} {len(f.items):2d} items")
    print("total items", total)
