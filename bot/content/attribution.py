"""Who published an item: the original outlet, never the aggregator that carried it."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bot.core.types import FeedEntry, ParsedFeed

# Domains of well-known outlets → the name readers know them by.
KNOWN_OUTLETS: dict[str, str] = {
    "reuters.com": "Reuters",
    "apnews.com": "AP",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "bbci.co.uk": "BBC News",
    "aljazeera.com": "Al Jazeera",
    "theguardian.com": "The Guardian",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "foreignpolicy.com": "Foreign Policy",
    "foreignaffairs.com": "Foreign Affairs",
    "ft.com": "Financial Times",
    "economist.com": "The Economist",
    "politico.eu": "Politico Europe",
    "politico.com": "Politico",
    "dw.com": "DW",
    "france24.com": "France 24",
    "npr.org": "NPR",
    "cfr.org": "Council on Foreign Relations",
    "csis.org": "CSIS",
    "brookings.edu": "Brookings",
    "chathamhouse.org": "Chatham House",
    "crisisgroup.org": "International Crisis Group",
    "news.un.org": "UN News",
    "state.gov": "U.S. Department of State",
    "thediplomat.com": "The Diplomat",
    "nknews.org": "NK News",
    "scmp.com": "South China Morning Post",
    "japantimes.co.jp": "The Japan Times",
    "koreaherald.com": "The Korea Herald",
    "yna.co.kr": "Yonhap",
    "lemonde.fr": "Le Monde",
    "spiegel.de": "Der Spiegel",
    "euronews.com": "Euronews",
    "rferl.org": "RFE/RL",
    "kyivindependent.com": "The Kyiv Independent",
    "timesofisrael.com": "The Times of Israel",
    "hindustantimes.com": "Hindustan Times",
    "warontherocks.com": "War on the Rocks",
    "cnn.com": "CNN",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News",
    "foxnews.com": "Fox News",
    "wsj.com": "The Wall Street Journal",
    "bloomberg.com": "Bloomberg",
    "axios.com": "Axios",
    "thehill.com": "The Hill",
    "latimes.com": "Los Angeles Times",
    "usatoday.com": "USA Today",
    "afp.com": "AFP",
    "telegraph.co.uk": "The Telegraph",
    "independent.co.uk": "The Independent",
    "nikkei.com": "Nikkei Asia",
    "asia.nikkei.com": "Nikkei Asia",
    "straitstimes.com": "The Straits Times",
    "koreatimes.co.kr": "The Korea Times",
    "koreajoongangdaily.joins.com": "Korea JoongAng Daily",
    "english.kyodonews.net": "Kyodo News",
    "kyodonews.net": "Kyodo News",
    "globaltimes.cn": "Global Times",
    "xinhuanet.com": "Xinhua",
    "tass.com": "TASS",
    "themoscowtimes.com": "The Moscow Times",
    "haaretz.com": "Haaretz",
    "arabnews.com": "Arab News",
    "thehindu.com": "The Hindu",
    "dawn.com": "Dawn",
    "abc.net.au": "ABC News (Australia)",
    "cbc.ca": "CBC News",
    "theglobeandmail.com": "The Globe and Mail",
    "atlanticcouncil.org": "Atlantic Council",
    "carnegieendowment.org": "Carnegie Endowment",
    "rand.org": "RAND",
    "iiss.org": "IISS",
    "rusi.org": "RUSI",
    "ecfr.eu": "ECFR",
    "defenseone.com": "Defense One",
    "defensenews.com": "Defense News",
    "lawfaremedia.org": "Lawfare",
    "responsiblestatecraft.org": "Responsible Statecraft",
    "theatlantic.com": "The Atlantic",
    "newyorker.com": "The New Yorker",
    "vox.com": "Vox",
    "semafor.com": "Semafor",
    "devex.com": "Devex",
    "reliefweb.int": "ReliefWeb",
    "un.org": "United Nations",
    "nato.int": "NATO",
    "europa.eu": "European Union",
    "gov.uk": "UK Government",
    "whitehouse.gov": "The White House",
    "defense.gov": "U.S. Department of Defense",
    "mofa.go.jp": "Japan Ministry of Foreign Affairs",
    "fmprc.gov.cn": "China Ministry of Foreign Affairs",
}
# Sites that carry other outlets' items: the item's outlet is never them; they become `via`.
AGGREGATORS: dict[str, str] = {
    "news.google.com": "Google News",
    "news.yahoo.com": "Yahoo News",
    "msn.com": "MSN",
    "flipboard.com": "Flipboard",
    "newsnow.co.uk": "NewsNow",
    "apple.news": "Apple News",
    "ground.news": "Ground News",
    "inoreader.com": "Inoreader",
    "feedly.com": "Feedly",
}
# Feed proxies/redirectors: they are neither the outlet nor an aggregator worth naming.
PROXIES = frozenset({"feedproxy.google.com", "feeds.feedburner.com", "feedburner.com",
                     "feeds.feedblitz.com", "rss.app", "t.co", "bit.ly"})
_COPYRIGHT = re.compile(
    r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s*,?\s*)?"
    r"(?:by\s+)?(?P<name>[^.\n|©]{2,60})",
    re.IGNORECASE,
)
_RIGHTS_TAIL = re.compile(
    r"[,.;]?\s*(?:all rights reserved|some rights reserved|inc|llc|ltd|plc|gmbh)\.?\s*$",
    re.IGNORECASE,
)
# " - Reuters", " | BBC News", " — The Guardian" at the end of an aggregated item's title.
_TITLE_SUFFIX = re.compile(r"^(?P<title>.{8,}?)\s+[-–—|]\s+(?P<outlet>[^-–—|]{2,60})$")
_OUTLET_WORD = re.compile(r"^(?:[A-Z0-9][\w.&'’/+:-]*|of|the|and|on|for|de|du|des|la|le|el|&)$")


def _registered(domain: str, table: dict[str, str] | frozenset[str]) -> str | None:
    """`domain` or its nearest parent domain that is a key of `table` (feeds.bbci… → bbc…)."""
    while domain:
        if domain in table:
            return domain
        _, _, domain = domain.partition(".")
        if "." not in domain:
            return None
    return None


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().removeprefix("www.")
    except ValueError:  # "http://[::1" and other unparsable URLs
        return None
    return host or None


def outlet_for_domain(domain: str | None) -> str | None:
    """Known outlet name for a domain or any parent domain (feeds.bbci.co.uk → bbc.co.uk)."""
    key = _registered(domain or "", KNOWN_OUTLETS)
    return KNOWN_OUTLETS[key] if key else None


def aggregator_for_domain(domain: str | None) -> str | None:
    key = _registered(domain or "", AGGREGATORS)
    return AGGREGATORS[key] if key else None


def _is_proxy(domain: str | None) -> bool:
    return bool(domain) and _registered(domain or "", PROXIES) is not None


_TRAILING_YEARS = re.compile(r"[\s,]*\d{4}(?:\s*[-–]\s*\d{4})?$")


def copyright_holder(rights: str | None) -> str | None:
    """"© 2024 Reuters. All rights reserved." → "Reuters"; None when no holder is named."""
    if not rights:
        return None
    m = _COPYRIGHT.search(rights)
    if not m:
        return None
    name = _RIGHTS_TAIL.sub("", m["name"]).strip(" ,;:-")
    name = _TRAILING_YEARS.sub("", name).strip(" ,;:-")  # "Global Desk 2026" → "Global Desk"
    if not name or not re.search(r"[^\W\d_]", name) or name.lower() in ("all rights reserved",):
        return None
    return name


def split_title_outlet(title: str) -> tuple[str, str | None]:
    """"Talks stall in Geneva - Reuters" → ("Talks stall in Geneva", "Reuters").

    Google News and other aggregators append the publisher to the title. The suffix counts as
    an outlet only when it reads like a name (every word capitalised, at most 6 words), so
    "Biden meets Xi - again" keeps its title.
    """
    text = " ".join(title.split())
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


def clean_headline(title: str, outlet: str) -> str:
    """The title without a trailing " - <outlet>" when that suffix names `outlet` (Google News).

    Safe to call on every item: other suffixes ("Talks fail - analysis") stay.
    """
    head, suffix = split_title_outlet(title)
    if suffix and suffix.casefold() == outlet.casefold():
        return head
    return " ".join(title.split())


def resolve_outlet(entry: FeedEntry, feed: ParsedFeed, feed_url: str) -> tuple[str, str | None]:
    """(outlet, via). `via` names the aggregator when the item came through one.

    Outlet, first that applies: the item's <source>, the source URL's known outlet, the
    publisher suffix of an aggregated title (" - Reuters"), the link's known outlet, the item's
    copyright; then, for a feed that is not an aggregator, the feed's copyright, known domain or
    title; last the link's domain. An aggregator's own name is never the outlet.
    """
    feed_domain = domain_of(feed_url) or domain_of(feed.link)
    link_domain = domain_of(entry.link)
    aggregator = aggregator_for_domain(feed_domain) or aggregator_for_domain(domain_of(feed.link))
    own_name = (
        outlet_for_domain(feed_domain)
        or copyright_holder(feed.rights)
        or feed_outlet_name(feed.title)
    )
    source = (entry.source_title or "").strip() or None
    if source and aggregator_for_domain(domain_of(entry.source_url)):
        source = None  # a <source> pointing back at the aggregator says nothing
    _, title_outlet = split_title_outlet(entry.title)
    if title_outlet and not (aggregator or outlet_for_domain_name(title_outlet)):
        title_outlet = None  # " - Analysis" on an ordinary feed is not a publisher
    link_outlet = None
    if link_domain and not aggregator_for_domain(link_domain) and not _is_proxy(link_domain):
        link_outlet = outlet_for_domain(link_domain)
    own_link_domain = (
        link_domain if link_domain and not aggregator_for_domain(link_domain)
        and not _is_proxy(link_domain) else None
    )
    outlet = (
        source
        or outlet_for_domain(domain_of(entry.source_url))
        or title_outlet
        or link_outlet
        or copyright_holder(entry.rights)
        or (None if aggregator else own_name)
        or own_link_domain
        # An aggregated item that names no publisher: say so rather than credit the aggregator.
        or (None if aggregator else feed_domain)
        or "unknown outlet"
    )
    if aggregator:
        via = aggregator if aggregator != outlet else None
    elif source or link_outlet:
        # A feed carrying another publisher's items (a "planet" or curated feed).
        via = own_name if own_name and not _same_outlet(own_name, outlet) else None
    else:
        via = None
    return outlet, via


_SECTION_SEPARATOR = re.compile(r"\s+(?:[-–—|>:])\s+")


def feed_outlet_name(title: str | None) -> str | None:
    """The outlet in a feed's title, without its section: "BBC News - World" → "BBC News",
    "The Guardian | World news" → "The Guardian", "NYT > World News" → "NYT"."""
    text = " ".join((title or "").split())
    if not text:
        return None
    head = _SECTION_SEPARATOR.split(text, maxsplit=1)[0].strip()
    return head if len(head) >= 2 else text


def outlet_for_domain_name(name: str) -> bool:
    """Is `name` the name of a known outlet ("Reuters", "BBC News")?"""
    return name.casefold() in _KNOWN_NAMES


def _same_outlet(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    return a == b or a.startswith(b) or b.startswith(a)


_KNOWN_NAMES = frozenset(name.casefold() for name in KNOWN_OUTLETS.values())
