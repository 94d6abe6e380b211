"""Who published an item: the original outlet, never the aggregator that carried it."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bot.types import FeedEntry, ParsedFeed

# Domains of well-known outlets → the name readers know them by.
KNOWN_OUTLETS: dict[str, str] = {
    "reuters.com": "Reuters",
    "apnews.com": "AP",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
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
    "news.google.com": "Google News",
}
AGGREGATORS = {"news.google.com", "feedproxy.google.com", "news.yahoo.com", "msn.com", "flipboard.com"}
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<name>[^.\n|]{2,60})", re.I)


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return host or None


def outlet_for_domain(domain: str | None) -> str | None:
    """Known outlet name for a domain or any parent domain (feeds.bbci.co.uk → bbc.co.uk)."""
    while domain:
        if domain in KNOWN_OUTLETS:
            return KNOWN_OUTLETS[domain]
        _, _, domain = domain.partition(".")
        if "." not in domain:
            break
    return None


def copyright_holder(rights: str | None) -> str | None:
    if not rights:
        return None
    m = _COPYRIGHT.search(rights)
    return m["name"].strip(" ,;-") if m else None


def resolve_outlet(entry: FeedEntry, feed: ParsedFeed, feed_url: str) -> tuple[str, str | None]:
    """(outlet, via). `via` names the aggregator when the item came through one."""
    feed_domain = domain_of(feed_url)
    feed_name = feed.title or outlet_for_domain(feed_domain) or feed_domain or "unknown outlet"
    is_aggregator = feed_domain in AGGREGATORS or bool(entry.source_title)
    link_domain = domain_of(entry.link)
    outlet = (
        entry.source_title
        or outlet_for_domain(domain_of(entry.source_url))
        or (outlet_for_domain(link_domain) if link_domain not in AGGREGATORS else None)
        or copyright_holder(entry.rights)
        or (None if is_aggregator else copyright_holder(feed.rights))
        or (None if is_aggregator else outlet_for_domain(feed_domain))
        or (None if is_aggregator else feed.title)
        or link_domain
        or feed_name
    )
    via = feed_name if is_aggregator and feed_name != outlet else None
    return outlet, via
