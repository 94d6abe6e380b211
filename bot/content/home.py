"""The outlet's home country, inferred from what its feed document says as a whole.

Relevance is world affairs from the outlet's point of view: a Nigerian paper's Senate vote is
home politics, a Swiss paper's German election world news. The feed names its country when it
is served from a country-code domain, declares a region ("en-NG") or describes itself as a
country's broadcaster (`language.feed_hint`): those always win. A `.com` paper declaring plain
"en" names none, and its home news was scored as news from abroad. Here the feed's items say it
instead, each read once (`ItemEvidence`) and remembered with the feed (`learn`), so that a poll
with one new item judges it with the feed's recent items:

  * the desk's home is the one country its non-world items are about: an item naming exactly
    one country, with no diplomacy or war in it (a budget, a flood, a court case, a match) is a
    home item of that country; a world desk's items are about many countries, and mostly world
    news (`_WORLD_SHARE`), but not the items of a country the channel names alone with another
    (a treaty, a summit: that home's foreign policy);
  * and at least one independent sign agrees: the channel (title, description, copyright,
    domain) names the country, or two items are priced in its currency, or most datelines
    ("ABUJA —", "Bern –", "لکھنؤ:") are its places.

Anything short of that abstains: a wrong home turns world news into home news, so a world desk
of a week that one country leads never becomes that country's paper. A world desk (six items,
nearly all abroad) says its home otherwise: its channel names one country and an item about it
alone is datelined or priced there (`desk_home`), or it files items under a world word and
others apart under one country's name or a home-section word (`filed_home`: "/uae/…" beside
"/world/…", "Uruguay" beside "Dal mondo"); such a home is read from each poll, not remembered.
Places and currencies the gazetteers leave out are data (`bot/data/home.json`).
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import struct
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import compress, pairwise
from typing import Any
from urllib.parse import urlsplit

from bot.content import geo, language, relevance
from bot.core import lazy_re as re
from bot.core.types import ParsedFeed, TextScan

MEMORY_ITEMS = 40  # about a feed document's worth of items
MIN_HOME_ITEMS = 3  # home items of the country, at least…
HOME_ITEM_SHARE = 0.2  # …and this share of the items read
DOMINANCE = 0.6  # its share of every single-country home item
OWN_SHARE = 0.4  # of the items naming it, the home items (a country at war is world news)
_WORLD_SHARE = 0.4  # a feed this much of whose items are world news is a world desk: no home
MIN_SIGN_ITEMS = 2  # items priced in its currency
MIN_DATELINES = 3  # items datelined in it…
DATELINE_SHARE = 0.6  # …of the datelined items
MIN_CONFIDENCE = 0.5
DESK_RIVAL_ITEMS = 1  # a world desk's items about one other country alone that outvote its channel
DESK_CONFIDENCE = 0.6  # the channel's own words: one sign, but the outlet's
# world news wherever it is (not "@fp": its words include "parliament" and "prime minister")
_WORLD_GROUPS = frozenset({"@war", "@region"})
_LEAD_CHARS = 600


@dataclass(frozen=True, slots=True)
class Guess:
    """An inferred home country: its ISO code, a confidence in 0..1 and the signs that agreed."""

    code: str
    confidence: float
    signs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ItemEvidence:
    """What one item says of where its outlet stands."""

    key: str  # the item's headline hash: an item read twice (edited) counts once
    codes: str  # the countries it names, ISO codes run together ("NGGH")
    world: bool  # war, a world region, or two countries: world news wherever it is
    dateline: str  # the country of its dateline, or ""
    currency: str  # the country whose currency it prices in, or ""
    # what relevance read of it (not remembered): its score reads it again only if it differs
    scanned: TextScan | None = field(default=None, compare=False, repr=False)

    def countries(self) -> list[str]:
        return [self.codes[i : i + 2] for i in range(0, len(self.codes), 2)]


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("bot.data").joinpath("home.json").read_text("utf-8")
    )
    return data


_WORD = re.compile(r"\w+")


class _Phrases:
    """Phrases of a table found in a text by its words (a dict per phrase length: a regex
    alternation of a few hundred words cost ~5 ms an item); a phrase with a symbol in it ("₦",
    "S$") by its letters anywhere."""

    def __init__(self, table: dict[str, str]) -> None:
        self.words: dict[tuple[str, ...], str] = {}
        self.symbols: dict[str, str] = {}
        for phrase, code in table.items():
            if any(not (ch.isalnum() or ch in " .-'’") for ch in phrase):
                self.symbols[phrase] = code
            else:
                self.words[tuple(_WORD.findall(phrase))] = code
        # first word → the word counts of the phrases starting with it, longest first: the
        # scan visits only the words a phrase can start with (as geo.find_mentions does)
        starts: dict[str, set[int]] = {}
        for key in self.words:
            if key:
                starts.setdefault(key[0], set()).add(len(key))
        self.starts = {w: tuple(sorted(ns, reverse=True)) for w, ns in starts.items()}

    def find(self, text: str, words: list[str] | None = None) -> set[str]:
        """The codes of the phrases in `text` (case-folded by the caller); `words`: its words
        (`_WORD.findall(text)`), when the caller has them."""
        found = {code for sym, code in self.symbols.items() if sym in text}
        toks = _WORD.findall(text) if words is None else words
        get, starts, count = self.words.get, self.starts, len(toks)
        # (the positions picked by C iterators: no bytecode per word)
        for i in compress(range(count), map(starts.__contains__, toks)):
            for n in starts[toks[i]]:
                if i + n <= count and (code := get(tuple(toks[i : i + n]))) is not None:
                    found.add(code)
        return found


@lru_cache(maxsize=1)
def _matchers() -> tuple[_Phrases, _Phrases]:
    t = _table()
    return (_Phrases({w.casefold(): c for c, ws in t["places"].items() for w in ws}),
            _Phrases({w.casefold(): c for c, ws in t["currencies"].items() for w in ws}))


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    return frozenset(w.casefold() for w in _table()["not_places"])


# "ABUJA —", "LAGOS, Nigeria (Reuters) -", "Bern (sda) –", "Luanda –", "لکھنؤ:"
_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^\n:–—(]{0,40}?)\s*(?:\([^)\n]{1,40}\)\s*)?(?:[—–]|-{1,2}|:)\s"
)
_DATELINE_WORDS = 4
_RAW_CHARS = 400
_TAG = re.compile(r"<[^>]*>")


def _plain(html_text: str) -> str:
    return html.unescape(_TAG.sub(" ", html_text)).strip()


def _codes_in(text: str, lang: str, folded: str | None = None,
              words: list[str] | None = None) -> set[str]:
    """Countries `text` names: the gazetteer's (not a contested region's) and home.json's places.
    `folded`, `words`: its case-folded form and that form's words, when the caller has them."""
    tokens = geo.tokenize(text, lang)
    codes = {
        m.entity.code
        for m in geo.find_mentions(text, tokens, lang=lang, home=frozenset())
        if m.entity.code and m.surface.casefold() not in _not_places()
    }
    codes |= _matchers()[0].find(text.casefold() if folded is None else folded, words)
    return codes


def _dateline(lead: str, lang: str) -> str:
    m = _DATELINE.match(lead)
    if m is None:
        return ""
    place = m["place"].strip(" ,")
    if len(place.split()) > _DATELINE_WORDS or (place[0].isalpha() and place[0].islower()):
        return ""
    codes = _codes_in(place.title() if place.isupper() else place, lang)
    return codes.pop() if len(codes) == 1 else ""


def _currency(folded: str, words: list[str]) -> str:
    """The one country whose currency the case-folded text (of these words) prices in, or ""."""
    found = _matchers()[1].find(folded, words)
    return found.pop() if len(found) == 1 else ""


def read_item(
    title: str, paragraphs: Sequence[str], declared: str | None, raw: str = ""
) -> ItemEvidence | None:
    """One item's evidence; None when it has no words to read in a supported language. `raw`:
    its text as the feed wrote it (HTML), where the dateline still is (cleaning drops it)."""
    text = "\n\n".join(paragraphs)
    lead = text[:_LEAD_CHARS]
    # the feed's declared language when it is one we read (detecting costs as much again)
    said = language.base(declared)
    lang = said if said and geo.supported(said) else language.detect(f"{title}\n{lead}", declared)
    if not geo.supported(lang) or not (title or lead):
        return None
    scanned = relevance.scan(title, text, lang=lang)
    codes, groups = relevance.places(title, text, lang=lang, scanned=scanned)
    head = f"{title}\n{lead}"
    folded = head.casefold()
    words = _WORD.findall(folded)  # one word split for every table read from the head
    if any(w in folded for w in _not_places()):
        named = _codes_in(head, lang, folded, words)  # without the contested region's country
    else:
        named = set(codes) | _matchers()[0].find(folded, words)
    key = hashlib.blake2b(f"{title}\n{lead[:200]}".encode(), digest_size=6).hexdigest()
    return ItemEvidence(
        key=key,
        codes="".join(sorted(named)),
        world=bool(groups & _WORLD_GROUPS) or len(named) >= 2,
        dateline=_dateline(_plain(raw[:_RAW_CHARS]) if raw else lead, lang),
        currency=_currency(folded, words),
        scanned=scanned,
    )


def channel_countries(feed: ParsedFeed, url: str | None = None) -> frozenset[str]:
    """Countries the channel names: its title, description, copyright and publisher, its
    domain's words ("lagostribune", "bharattoday"), an agency or broadcaster description."""
    return _channel_countries(_channel_words(feed), feed.link, url)


# A feed's channel is the same poll after poll: what it names is read once per process (a
# steady cycle builds one or two items per feed, and reading the channel cost as much as a
# third of reading an item). Keyed by the channel's fields, so an edited channel is read again.
_CHANNEL_CACHE = 4096
_ChannelWords = tuple[str | None, ...]


def _channel_words(feed: ParsedFeed) -> _ChannelWords:
    return (feed.title, feed.description, feed.rights, feed.publisher, feed.image_title,
            feed.publication_name, feed.language)


@lru_cache(maxsize=_CHANNEL_CACHE)
def _channel_countries(words: _ChannelWords, link: str | None, url: str | None
                       ) -> frozenset[str]:
    codes = set(_channel_named(words))
    for address in (link, url):
        codes |= _domain_countries(address)
    return frozenset(codes)


def channel_named(feed: ParsedFeed) -> set[str]:
    """Countries the channel's words name (`channel_countries` without its domain)."""
    return set(_channel_named(_channel_words(feed)))


@lru_cache(maxsize=_CHANNEL_CACHE)
def _channel_named(words: _ChannelWords) -> frozenset[str]:
    *fields, declared = words
    description = words[1]
    text = "\n".join(t for t in fields if t)
    codes: set[str] = set()
    if text:
        lang = language.base(declared) or language.detect(text)
        for lg in {lang if geo.supported(lang) else "en", "en"}:
            codes |= _codes_in(text, lg)
    if (described := language.described_country(description)) is not None:
        codes.add(described)
    return frozenset(codes)


def _domain_countries(url: str | None) -> set[str]:
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [x for x in host.split(".")[:-1] if x not in ("www", "feeds", "rss", "news", "m")]
    if not labels:
        return set()
    words = "".join(labels)
    # The table's words inside `words`: its substrings of a table word's length looked up (a
    # host is short; the table holds thousands of words, each a substring test before).
    table, longest = _domain_words(), _domain_word_longest()
    size = len(words)
    return {
        code for i in range(size - _DOMAIN_WORD_MIN + 1)
        for j in range(i + _DOMAIN_WORD_MIN, min(size, i + longest) + 1)
        if (code := table.get(words[i:j])) is not None
    }


_DOMAIN_WORD_MIN = 5  # the shortest word _domain_words keeps


@lru_cache(maxsize=1)
def _domain_word_longest() -> int:
    return max(map(len, _domain_words()), default=0)


@lru_cache(maxsize=1)
def _domain_words() -> dict[str, str]:
    """Country names and demonyms of five letters or more, and home.json's ASCII places."""
    out: dict[str, str] = {}
    for c in geo.read_data("en.json")["countries"]:
        for alias in (c["name"], *c["aliases"]):
            w = alias.casefold().replace(" ", "")
            if c["code"] and len(w) >= _DOMAIN_WORD_MIN and w.isascii() and w.isalpha():
                out[w] = c["code"]
    for code, words in _table()["places"].items():
        for w in words:
            if len(w) >= _DOMAIN_WORD_MIN and w.isascii() and w.isalpha():
                out[w] = code
    return out


def world_desk(feed: ParsedFeed, url: str | None = None) -> bool:
    """Whether the channel says it is a world desk ("World – Outlet", "Esteri", "بین الاقوامی",
    a feed at /world/): its countries are abroad, whichever of them leads its items."""
    return _world_desk(feed.title, feed.link, url)


@lru_cache(maxsize=_CHANNEL_CACHE)
def _world_desk(title: str | None, link: str | None, url: str | None) -> bool:
    paths = " ".join((urlsplit(u).path or "") for u in (url, link) if u)
    text = f"{title or ''}\n{paths.replace('/', ' ').replace('-', ' ')}".casefold()
    return bool(_world_words().find(text))


@lru_cache(maxsize=1)
def _world_words() -> _Phrases:
    return _Phrases({w.casefold(): "world" for w in _table()["world_desk"]})


def desk_home(items: Sequence[ItemEvidence], named: set[str] | frozenset[str]) -> Guess | None:
    """A world desk's home: the one country its channel's words name ("Malawi's independent
    daily", "Die Tageszeitung für Liechtenstein"), its items being abroad whatever they lead
    with, when one of its items is about that country alone and one of them is priced in its
    currency or datelined there. A diaspora paper names the country its readers come from
    ("degli italiani nel Río de la Plata") and reports where it stands: another country that
    more of its items are about alone (`DESK_RIVAL_ITEMS` at least) makes it abstain."""
    if len(named) != 1:
        return None
    (code,) = named
    alone = Counter(cs[0] for i in items if not i.world and len(cs := i.countries()) == 1)
    if not alone[code] or any(n >= DESK_RIVAL_ITEMS and n > alone[code]
                              for c, n in alone.items() if c != code):
        return None
    sign = next((s for i in items for s in (("currency" if i.currency == code else ""),
                                            ("dateline" if i.dateline == code else "")) if s), "")
    if not sign:
        return None  # the channel's word alone: a description can name a topic or a diaspora
    return Guess(code, DESK_CONFIDENCE, ("world desk", "channel", sign))


HUB_SHARE = 0.5  # a world desk's items naming its home, at least…
HUB_MIN_ITEMS = 3  # …and at least this many, twice as many as any other country's


def hub_home(items: Sequence[ItemEvidence], named: set[str] | frozenset[str]) -> Guess | None:
    """A world desk's home when its channel does not say it: the country its items keep
    coming back to — half of them or more name it, twice as many as any other country
    (Pakistan's pilgrims in Iraq, its minister in Riyadh, its rain in Karachi) — with one item
    about it alone and no world news, and one independent sign: the channel names it, its
    currency prices an item, or most datelines are its places. A foreign desk's items spread
    over the world: the country of the week leads some of them, rarely half with home news
    and home datelines too."""
    if len(items) < 2 * HUB_MIN_ITEMS - 1 or (named and len(named) != 1):
        return None
    naming = Counter(c for i in items for c in set(i.countries()))
    if not naming:
        return None
    (code, n), *rest = [*naming.most_common(2), ("", 0)]
    if n < max(HUB_MIN_ITEMS, HUB_SHARE * len(items)) or n < 2 * rest[0][1]:
        return None
    if named and code not in named:
        return None
    if not any(not i.world and i.countries() == [code] for i in items):
        return None
    dated = Counter(i.dateline for i in items if i.dateline)
    money = Counter(i.currency for i in items if i.currency)
    if code in named:
        sign = "channel"
    elif dated[code] and dated[code] >= DATELINE_SHARE * sum(dated.values()):
        sign = f"datelines {dated[code]}/{sum(dated.values())}"
    elif money[code] and money[code] == max(money.values()):
        sign = f"currency {money[code]}"
    else:
        return None
    return Guess(code, DESK_CONFIDENCE, ("world desk", f"named by {n}/{len(items)} items", sign))


@dataclass(frozen=True, slots=True)
class Filing:
    """Where an item is filed: its categories and its link's first path segment ("/uae/…")."""

    world: bool  # under a world-desk word ("World", "Dal mondo", "/world/")
    home: bool  # under a home-section word ("Nation", "Inland", "Cronaca", "/local/")
    codes: frozenset[str]  # the countries its filing names ("Argentina", "/uae/", "برطانیہ")


def read_filing(link: str | None, categories: Sequence[str], lang: str | None) -> Filing:
    """An item's filing, its categories read in the feed's language (and English)."""
    segment = next((x for x in (urlsplit(link).path if link else "").split("/")
                    if x and not x.isdigit()), "")
    # a link's first segment is a section only if more follows it ("/uae/transport/slug")
    if segment and (urlsplit(link or "").path.rstrip("/").count("/") < 2 or len(segment) > 24):
        segment = ""
    text = "\n".join((*categories, segment.replace("-", " ").replace("_", " ")))
    if not text.strip():
        return Filing(False, False, frozenset())
    folded = text.casefold()
    base = language.base(lang)
    codes: set[str] = set()
    for lg in {base if base and geo.supported(base) else "en", "en"}:
        codes |= _codes_in(text, lg)
    return Filing(bool(_world_words().find(folded)), bool(_home_words().find(folded)),
                  frozenset(codes))


# No country known, but not the language's usual one either (ISO 3166's user-assigned "ZZ"):
# the region a language hint carries for an outlet that files that country under its world desk.
ABROAD_ONLY = "ZZ"


def filed_abroad(links: Sequence[str | None], lang: str | None) -> frozenset[str]:
    """The countries a feed files under its world desk by the folders of its links
    ("/world/us/2018/10/16/…", "/mundo/brasil/…": a world word's folder, then a country's):
    abroad for that outlet, whatever its language's usual country is."""
    base = language.base(lang)
    langs = {base if base and geo.supported(base) else "en", "en"}
    found: set[str] = set()
    for link in links:
        folders = [f for f in urlsplit(link).path.split("/") if f][:-1] if link else []
        for desk, folder in pairwise(folders):
            if not _world_words().find(desk.replace("-", " ").casefold()):
                continue
            text = folder.replace("-", " ").replace("_", " ")
            text = text.upper() if len(text) <= 3 else text  # "us", "uk": the codes' form
            for lg in langs:
                found |= _codes_in(text, lg)
    return frozenset(found)


@lru_cache(maxsize=1)
def _home_words() -> _Phrases:
    return _Phrases({w.casefold(): "home" for w in _table()["home_section"]})


def filed_home(items: Sequence[ItemEvidence | None], filings: Sequence[Filing],
               named: set[str] | frozenset[str] = frozenset()) -> Guess | None:
    """The home of a feed that files some items under a world word and others apart under one
    country's name or a home-section word ("/world/asia/…" beside "/uae/transport/…", "Dal
    mondo" beside "Uruguay", "بین الاقوامی" beside "برطانیہ", "World" beside "Nation"):
    that country, if it is the only one so filed and the channel names no other one."""
    votes = filed_apart(items, filings)
    if votes is None or len(votes) != 1 or (named and not votes <= named):
        return None
    return Guess(next(iter(votes)), DESK_CONFIDENCE, ("filed apart from world",))


def filed_apart(items: Sequence[ItemEvidence | None], filings: Sequence[Filing]
                ) -> set[str] | None:
    """The countries of the items filed apart from world news (`filed_home`); None when the
    feed files nothing under a world word (so says nothing by filing apart)."""
    if not any(f.world for f in filings):
        return None
    votes: set[str] = set()
    for ev, f in zip(items, filings, strict=True):
        if f.world or (ev is not None and ev.world):
            continue
        votes |= f.codes
        if f.home and ev is not None and len(cs := ev.countries()) == 1:
            votes.add(cs[0])
    return votes


def infer(items: Sequence[ItemEvidence], channel: frozenset[str] = frozenset()) -> Guess | None:
    """The home country of a feed whose recent items are `items` and whose channel names
    `channel`, or None (abstain) unless its home items and an independent sign agree."""
    n = len(items)
    if n == 0:
        return None
    home_items: Counter[str] = Counter()
    naming: Counter[str] = Counter()
    for i in items:
        cs = i.countries()
        naming.update(cs)
        if len(cs) == 1 and not i.world:
            home_items[cs[0]] += 1
    if not home_items:
        return None
    (code, h), *rest = [*home_items.most_common(2), ("", 0)]
    # world news is a world desk's, but when the channel names this one country alone, an item
    # of it with another (a treaty, a summit, a border bridge) is its home's foreign policy
    own = channel == {code}
    world = sum(1 for i in items if i.world and not (own and code in i.countries()))
    if world > _WORLD_SHARE * n:
        return None  # a world desk: its countries are abroad, whichever leads this week
    runner = rest[0][1]
    singles = sum(home_items.values())
    if (h < max(MIN_HOME_ITEMS, math.ceil(HOME_ITEM_SHARE * n)) or h < DOMINANCE * singles
            or h < OWN_SHARE * naming[code] or h < 2 * runner):
        return None
    signs = [f"home items {h}/{n}"]
    if code in channel:
        signs.append("channel")
    money = Counter(i.currency for i in items if i.currency)
    if money[code] >= MIN_SIGN_ITEMS and money[code] == max(money.values()):
        signs.append(f"currency {money[code]}")
    dated = Counter(i.dateline for i in items if i.dateline)
    if dated[code] >= MIN_DATELINES and dated[code] >= DATELINE_SHARE * sum(dated.values()):
        signs.append(f"datelines {dated[code]}/{sum(dated.values())}")
    if len(signs) < 2:
        return None
    # how alone it stands, how little world news the feed carries, how many signs agree
    spread = min(1.0, len(signs) / 3 + h / (4 * MIN_HOME_ITEMS))
    confidence = min((h / singles) * (1 - world / n) * spread, 1.0)
    if confidence < MIN_CONFIDENCE:
        return None
    return Guess(code, round(confidence, 3), tuple(signs))


# -- memory between polls --------------------------------------------------------------------
# The items' evidence rides in the feed's template memory (feeds.template_memory, stored with
# the feed's state by both stores): `join_memory` puts it before the template detection's own
# record, behind a mark no such record starts with, and `split_memory` takes it off. A record
# without the mark (written before this) is the template detection's alone.
_MARK = b"\xfeH1"
_LEN = struct.Struct(">H")


def split_memory(memory: bytes) -> tuple[bytes, bytes]:
    """(the template detection's memory, the home evidence) of a feed's stored memory."""
    if not memory.startswith(_MARK) or len(memory) < len(_MARK) + _LEN.size:
        return memory, b""
    (size,) = _LEN.unpack_from(memory, len(_MARK))
    start = len(_MARK) + _LEN.size
    return memory[start + size :], memory[start : start + size]


def join_memory(template: bytes, home: bytes) -> bytes:
    if not home:
        return template
    return _MARK + _LEN.pack(len(home)) + home + template


def _load(memory: bytes) -> list[ItemEvidence]:
    try:
        rows = json.loads(memory.decode("utf-8")) if memory else []
        return [ItemEvidence(str(k), str(c), bool(w), str(d), str(m)) for k, c, w, d, m in rows]
    except (ValueError, TypeError):
        return []  # a damaged record: relearnt from the next items


def _dump(items: Sequence[ItemEvidence]) -> bytes:
    rows = [[i.key, i.codes, int(i.world), i.dateline, i.currency] for i in items]
    return json.dumps(rows, separators=(",", ":")).encode("utf-8")


def learn(
    feed: ParsedFeed, url: str | None, items: Sequence[tuple[str, Sequence[str], str]],
    memory: bytes = b"",
) -> tuple[Guess | None, bytes]:
    """The feed's home from these items (headline, paragraphs, raw HTML) and the recent ones in
    `memory` (`learn`'s earlier answer); returns it with the memory holding these items too.
    A world desk (`world_desk`) has only the home its channel names (`desk_home`), and keeps
    no memory."""
    guess, memory, _ = learn_items(feed, url, items, memory)
    return guess, memory


def learn_items(
    feed: ParsedFeed, url: str | None, items: Sequence[tuple[str, Sequence[str], str]],
    memory: bytes = b"", filed: Sequence[tuple[str | None, Sequence[str]]] = (),
) -> tuple[Guess | None, bytes, list[ItemEvidence | None]]:
    """`learn`, and each item's evidence (None: not read), whose `scanned` the item's relevance
    score reads instead of reading the item again. `filed`: each item's link and categories
    (`filed_home`: read when its items alone say nothing)."""
    read = [read_item(t, ps, feed.language, raw) for t, ps, raw in items]
    filings = ([read_filing(link, cats, feed.language) for link, cats in filed]
               if len(filed) == len(items) else [])
    if world_desk(feed, url):
        # its items are abroad: only the channel's own words and the items it files apart
        # from world news say where it stands (no memory)
        named = channel_named(feed)
        if filings and filed_apart(read, filings):
            # what it files apart decides: the channel agrees or it abstains
            return filed_home(read, filings, named), b"", read
        fresh = [e for e in read if e is not None]
        return desk_home(fresh, named) or hub_home(fresh, named), b"", read
    known = _load(memory)
    fresh = [e for e in read if e is not None]
    keys = {e.key for e in fresh}
    recent = [e for e in known if e.key not in keys] + fresh
    recent = recent[-MEMORY_ITEMS:]
    channel = channel_countries(feed, url)
    guess = infer(recent, channel)
    if guess is None and filings:
        guess = filed_home(read, filings, channel_named(feed))
    return guess, _dump(recent), read
