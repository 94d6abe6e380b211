"""Which outlet published an item: its name from the feed's title, description, host and
sections, never the aggregator that carried it."""

from __future__ import annotations

import html as htmllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from urllib.parse import parse_qs, unquote, urlsplit

from bot.content import geo, shares, wordscan
from bot.content.attribution.headlines import _DIGITAL_EDITION, _MASTHEAD_END
from bot.content.attribution.keys import _LETTERS, _collapse, _fold_latin, _squash
from bot.content.attribution.links import (
    _LEGAL_TAIL,
    _PUBLISHER_TAIL,
    _is_proxy,
    _name_label,
    _registered,
    _site,
    aggregator_for_domain,
    community_name,
    domain_of,
    outlet_for_domain,
    shared_link,
)
from bot.content.attribution.rights import (
    bracketed_publisher,
    copyright_holder,
    outlet_from_rights,
    split_title_outlet,
    titles_name_publishers,
)
from bot.content.attribution.tables import (
    _CJK_ANY,
    _HOSTING_AGGREGATORS,
    _KNOWN_NAMES,
    _TABLES,
    _alternation,
)
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import FeedEntry, ParsedFeed


def _hints(feed: ParsedFeed, feed_url: str) -> list[str]:
    """What tells the outlet's part of a feed title from its section part."""
    hints = []
    for url in (feed.link, feed_url):
        domain = domain_of(url) or ""
        labels = domain.split(".")
        if len(labels) >= 2:  # "urdu.sahil.example" → "sahil"; "journals.northgate.example"
            hints.append(_name_label(domain))
    hints.append(feed.image_title or "")
    hints.append(outlet_from_rights(feed.rights) or "")
    return hints


def feed_own_name(
    feed: ParsedFeed, feed_url: str, credits: Sequence[str] = (), categories: Sequence[str] = ()
) -> str | None:
    """The outlet a feed names itself, first that applies: a journal's <prism:publicationName>;
    the channel title without its section, tagline or publishing company; the <image> title;
    the outlet in <copyright>/<rights>; the feed-level <dc:publisher> or <managingEditor> name.
    `credits` are the names the items credit (their authors): where the title brands the site by
    its host ("Pinecrestnews.ca"), the outlet crediting its own items ("Pinecrest News") spells
    the name with its spaces. `categories` are the items' categories: with the feed's own
    addresses they name the site's sections ("Cronaca | Il Piccolo" for /rss/cronaca.xml)."""
    if feed.publication_name:
        return _collapse(feed.publication_name)
    if site := _static_site_title(feed):
        feed = replace(feed, title=site)  # "Posts on Patch Notes" → "Patch Notes"
    rights = outlet_from_rights(feed.rights)
    hints = _hints(feed, feed_url)
    publisher = feed.publisher
    # A publisher whose name the site's host also carries is the outlet itself, not a company
    # publishing it under another name: its part of the title is not dropped then.
    company = publisher if publisher and not any(
        _matches(publisher, h) for h in hints[:-2] if h
    ) else None
    sections = _site_sections(feed, feed_url, categories)
    named = _expand_abbreviation(
        feed_outlet_name(feed.title, hints, company, sections), rights
    )
    named = _host_spelled_name(named, feed, feed_url) or _host_headed_name(
        named, feed, feed_url
    ) or named
    named = (_spaced_host_brand(named, (rights, feed.image_title, publisher))
             or _credited_host_brand(named, (rights, feed.image_title, publisher, *credits))
             or named)
    named = _written_case(
        named, (feed.rights, feed.image_title, publisher, feed.description)
    ) or named
    named = _dotted_brand_host(named, feed, feed_url) or named
    image = feed_outlet_name(feed.image_title, hints, company)
    if named and _is_section(named) and not _is_section(named, strict=True):
        # "Regional", "Global News": a title read as a name only for want of another; the
        # <image> title, or a name the description or copyright gives that the host agrees
        # with, is a surer one.
        hosts = [h for h in hints[:-2] if h]
        named = image or _described_name(feed, hints, company) or (
            rights if rights and any(_matches(rights, h) for h in hosts) else None
        ) or (named if _standalone_section_name(named, feed, feed_url) else None)
    if named and _news_description(named):
        # "Головні новини України та світу", "Son dakika haberleri ve güncel gelişmeler": the
        # channel title describes the news the site carries; the <image> title, or a name the
        # copyright or description gives that the host spells, is the site's name.
        hosts = [h for h in hints[:-2] if h]
        if not any(_matches(named, h) for h in hosts):
            named = (image if image and not _news_description(image) else None) or (
                rights if rights and any(_matches(rights, h) for h in hosts) else None
            ) or _described_name(feed, hints, company) or named
    if image and named != image and _section_then_image(feed.title, feed.image_title, image):
        # "Latest News चीन News18 हिंदी" with the <image> title "News18 हिंदी": the section run
        # on before the name with no mark between them.
        named = image
    if named and image and _is_tagline(named):
        # "International : Toute l'actualité sur lemonde.fr.": the host in a tagline matched; the
        # <image> title names the outlet ("Le Monde").
        named = image
    if named:  # "Courrier Rhodanien" or "courrierrhodanien" in the title, "Le Courrier
        # Rhodanien" in the image title or copyright: the name as the outlet writes it in full.
        for other in (image, rights, publisher):
            if other and other != named and _fuller_form(named, other):
                named = other
                break
    chosen = (
        named or image or rights or _described_name(feed, hints, company)
        or (outlet_from_rights("© " + publisher) if publisher else None)
        or _tagline_fallback(feed.title)
    )
    chosen = _host_agreeing_name(chosen, feed, feed_url, credits) or chosen
    if chosen and chosen not in (feed.description or ""):  # "… bei ABENDRUF.example": its brand
        chosen = _named_for_host(chosen, (feed.rights, feed.image_title, publisher)) or chosen
    return _with_hosts_article(chosen, feed, feed_url)


_ALNUM_ONLY = re.compile(r"[\W_]+")
_BARE_HOST = re.compile(r"^(?:www\.)?(?P<label>[^\W_][\w-]*)\.(?:[a-z]{2,12}\.)?[a-z]{2,12}$",
                        re.IGNORECASE)


def _named_for_host(name: str | None, others: Sequence[str | None]) -> str | None:
    """"Nordwelle.example" or "blitz24.example" (the channel titled with its host) where the
    copyright, image title or publisher names the outlet "Norddeutsche Welle" or "Blitz24
    Mediengruppe GmbH": the name, without the company's words, when the host spells it (its
    letters, or the first letters of its words in order: "Nord-welle"). A site whose description
    names it by the host form ("Nachrichten … bei ABENDRUF.example") keeps that form."""
    if not name or not (m := _BARE_HOST.match(name)):
        return None
    label = _ALNUM_ONLY.sub("", _fold_latin(m["label"].casefold()))
    for other in others:
        if not other or _BARE_HOST.match(other.strip()):
            continue
        named = outlet_from_rights(other if "©" in other else "© " + other)
        if not named or not named[:1].isupper():
            continue
        words = [_ALNUM_ONLY.sub("", _fold_latin(w.casefold())) for w in named.split()]
        if "".join(words) == label or _word_starts_spell(words, label):
            return named
    return None


def _word_starts_spell(words: Sequence[str], label: str) -> bool:
    """Does `label` run the first letters (three or more) of each word, in order ("nord" +
    "welle" for "Norddeutsche Welle")?"""
    if not words:
        return not label
    head, rest = words[0], words[1:]
    return any(
        label.startswith(head[:k]) and _word_starts_spell(rest, label[k:])
        for k in range(len(head), 2, -1)
    ) if head and len(label) >= 3 else False


def _dotted_brand_host(name: str | None, feed: ParsedFeed, feed_url: str) -> str | None:
    """"LIGA.net" for the channel title "ЛІГА.Новини" or "LIGA.Бізнес" on liga.net: a brand
    written with a full stop before a section of its site ("Brand.Section", one token) is the
    brand of the site's host form; where the host spells the brand, that form is the name readers
    know ("LIGA" plus the host's ending; for a brand in another script, the host itself)."""
    if not name or " " in name or "." in name:
        return None
    title = " ".join((feed.title or "").split())
    if not re.search(rf"(?<![\w.]){re.escape(name)}\.[^\W\d_]", title):
        return None
    for url in (feed.link, feed_url):
        domain = domain_of(url)
        if not domain or _is_proxy(domain) or not re.search(r"[a-z]", domain.split(".")[-1]):
            continue
        site = _site(domain)
        label = _name_label(domain)
        if _alnum(name) == label:
            return name + site[len(label):]  # "LIGA" + ".net"
        if _spells_host(name, label):
            return site
    return None


_NEWS_WORDS = frozenset(w.casefold() for w in _TABLES["news_words"])


def _trailing_capitalised(text: str) -> str | None:
    """The capitalised words ending a run of lower-case ones ("magazine de psychologie Le Cercle
    Psy" → "Le Cercle Psy"), or None when the text has no such tail."""
    words = text.split()
    tail = len(words)
    while tail and words[tail - 1][:1].isupper():
        tail -= 1
    if 0 < tail < len(words) and words[tail - 1][:1].islower():
        return " ".join(words[tail:])
    return None


def _news_description(name: str) -> bool:
    """Is a title of three or more words a description of the news a site carries ("Головні
    новини України та світу", "Aktuelle Nachrichten aus Deutschland und der Welt"): a word for
    "news" that other words follow? A name ends in its "News" ("BBC News", "Kyiv News")."""
    raw = [w.strip(",.:;!?") for w in name.split()]
    words = [w.casefold() for w in raw]
    at = next((i for i, w in enumerate(words[:-1]) if w in _NEWS_WORDS), None)
    if len(words) < 3 or at is None:
        return False
    if at == 0:
        return True  # "Berita Terkini Hari Ini, …", "Nachrichten aus …"
    if len(raw[0]) > 1 and raw[0].isupper():
        return False  # "NPA News Agency", "ABC News Online": initials name the site
    # After other words, a description goes on in running words ("aus", "та", "ve", "from");
    # a name's further words are capitalised ("Sky News Australia", "Fox News Channel").
    # Scripts without case cannot tell, and stay descriptions as before.
    cased = [w for w in raw[at + 1:] if w[:1].isupper() or w[:1].islower()]
    return not cased or any(w[:1].islower() for w in cased)


def _section_then_image(title: str | None, image_title: str | None, image: str) -> bool:
    """Does the channel title end in the <image> title after words of which one is a section
    word ("Latest News चीन" + "News18 हिंदी")? Then the image title is the name and the rest the
    section ("Kestrel" + "Post" is one name: no section word before the image title)."""
    text, tail = _collapse(title or ""), _collapse(image_title or "")
    if not tail or len(text) <= len(tail) or not text.endswith(" " + tail) or _is_section(image):
        return False
    head = text[: -len(tail)].casefold().split()
    return any(w in _PART_SECTION_WORDS for w in head)


def _standalone_section_name(name: str, feed: ParsedFeed, feed_url: str) -> bool:
    """May a title that is only section words ("Global News", "Regional", "TV", "India News")
    stand for the outlet? Where the host spells it, or no host names the site (a feed proxy,
    a loopback address). A site on a host of its own that titles a feed "TV" is named by
    its host instead (bleedingcool.com). A name without Latin letters ("عالمی اخبار" on
    aalmiakhbar.blogspot.com) cannot be held against a host's spelling: it stands."""
    if not re.search(r"[A-Za-z]", _fold_latin(name)):
        return True
    domains = [d for d in (domain_of(feed.link), domain_of(feed_url))
               if d and not _is_proxy(d) and re.search(r"[a-z]", d.split(".")[-1])]
    return not domains or any(_matches(name, _name_label(d)) for d in domains)


def _with_hosts_article(name: str | None, feed: ParsedFeed, feed_url: str) -> str | None:
    """"Peninsula Qatar" on thepeninsulaqatar.com → "The Peninsula Qatar": a host that spells
    the name after "the" gives the article the channel title left out."""
    if not name or name[:4].casefold() == "the " or not name[:1].isupper():
        return name
    for url in (feed.link, feed_url):
        domain = domain_of(url)
        if domain and not _is_proxy(domain) and "." in domain:
            key = _alnum(name)
            return f"The {name}" if len(key) >= 4 and _name_label(domain) == "the" + key else name
    return name


# Hugo's built-in RSS template: the channel title is "{list page} on {site}" ("Posts on X",
# "Security on X" for a tag, "World on X" for a section) or the site alone on the home feed, and
# the description "Recent content in {list page} on {site}" / "Recent content on {site}", in
# English whatever the site's language.
_HUGO_DESCRIPTION = re.compile(r"^Recent content (?:in (?P<page>.+?) )?on (?P<site>\S.*)$")


def _static_site_title(feed: ParsedFeed) -> str | None:
    """The site's own title in a static-site generator's list-page feed ("Patch Notes" for the
    title "Posts on Patch Notes" with Hugo's description), else None."""
    m = _HUGO_DESCRIPTION.match(" ".join((feed.description or "").split()))
    if not m:
        return None
    title, site = " ".join((feed.title or "").split()), m["site"].rstrip(" .")
    page = m["page"] or ""
    if title in (site, f"{page} on {site}") or (not page and title.endswith(f" on {site}")):
        return site
    return None


HOST_NAME_MAX_WORDS = 6  # a run of words longer than this spelling the host is prose
_NAME_TOKEN = re.compile(r"[^\s|/·•»«:;,()\[\]\"“”„‘’<>–—]+")


def _site_label(feed: ParsedFeed, feed_url: str) -> str:
    """The letters of the label naming the feed's site ("archipelagodaily" for
    globalnation.archipelagodaily.net); "" for loopback and numeric hosts and feed proxies."""
    for url in (feed.link, feed_url):
        domain = domain_of(url) or ""
        if domain and not _is_proxy(domain) and re.search(r"[a-z]", domain.split(".")[-1]):
            return _squash(_name_label(domain))
    return ""


def _host_spelled_runs(text: str | None, key: str) -> Iterable[str]:
    """Runs of capitalised words in `text` whose letters spell the site's label `key`
    ("Gadgetry Daily covers new gadgets…" and "gadgetrydaily" → "Gadgetry Daily")."""
    words = [w.strip(".!?'") for w in _NAME_TOKEN.findall(text or "")]
    for i, first in enumerate(words):
        if not first[:1].isupper():
            continue
        for j in range(i + 1, min(i + HOST_NAME_MAX_WORDS, len(words)) + 1):
            run = words[i:j]
            if j - i > 1 and not (run[-1][:1].isupper() or run[-1][:1].isdigit()):
                if run[-1].casefold() in _LOWER_INSIDE_NAME:
                    continue
                break
            letters = _squash(" ".join(run))
            if letters == key:
                yield " ".join(run)
                break
            if not key.startswith(letters):
                break


def _host_agreeing_name(
    name: str | None, feed: ParsedFeed, feed_url: str, credits: Sequence[str] = ()
) -> str | None:
    """The outlet's name as the site's host spells it, found in any field of the feed (channel
    title, image title, copyright, publisher, description, the items' credits), when the name
    chosen otherwise is a tagline that contains it ("Gadgetry Daily covers new gadgets…"), or
    the publishing company or a piece of the name taken from another field than the channel
    title ("Gadgetry" from the copyright "Gadgetry Media, Inc." on gadgetrydaily.com). A name
    that agrees with the host or differs from it in other ways stays (a host is not always the
    name: "BBC News" on bbc.co.uk). None when nothing is to change."""
    key = _site_label(feed, feed_url)
    if len(key) < 5 or (name and _squash(name) == key):
        return None
    sources = (feed.title, feed.image_title, copyright_holder(feed.rights), feed.publisher,
               feed.description, *credits)
    found = next((run for text in sources for run in _host_spelled_runs(text, key)), None)
    if not found:
        return None
    if not name:
        return found
    words, run = name.split(), found.split()
    if len(words) > HOST_NAME_MAX_WORDS or _is_tagline(name):
        return found if _squash(found) in _squash(name) else None
    # the company or a piece of the name from elsewhere than the channel title ("Gadgetry",
    # "Gadgetry Media" from the copyright "Gadgetry Media, Inc."); a title's "Halyard" for
    # halyardnews.com is the name as the outlet writes it
    if words[0] == run[0] and not _in_words(name, feed.title):
        return found
    return None


def _in_words(name: str, text: str | None) -> bool:
    # (?<!\w)NAME(?!\w), scanned for: no regex compiled per outlet name
    return bool(text) and wordscan.has_word(name, text or "")


_DESCRIPTION_NAME_MAX = 80  # "Outlet Online - International"; a longer one is prose


def _described_name(feed: ParsedFeed, hints: Sequence[str], company: str | None) -> str | None:
    """A channel titled with its section alone ("International", a Joomla category feed) that
    names the outlet in its description ("Coastal Graphic Online - International"): the
    description's name part, only when the site's host spells it (a description is often a
    tagline or prose)."""
    text = " ".join((feed.description or "").split())
    if not text or len(text) > _DESCRIPTION_NAME_MAX:
        return None
    name = feed_outlet_name(text, hints, company)
    hosts = [h for h in hints[:-2] if h]
    if name and not _is_tagline(name) and any(_matches(name, h) for h in hosts):
        return name
    return None


def _alnum(text: str) -> str:
    """"BF24" → "bf24", "Notícias" → "noticias": letters and digits, comparable with a host."""
    return re.sub(r"[\W_]+", "", _fold_latin(text.casefold()))


def _host_spelled_name(name: str | None, feed: ParsedFeed, feed_url: str) -> str | None:
    """"Kaveri TV News" from kaveri.tv → "Kaveri TV": the site's host spells the name whole,
    and the "News" after it is the feed's ("NDTV News - World-news" style titles). Also
    "BF24 Nachrichten" for the page bf24.de/nachrichten: the host's label spells the name, and
    the section word after it names the very page the channel links (its last path part), so
    the title is the site and its section; "SBN News - World" for sbn.ie/news/world keeps its
    "News" (the page is the World section)."""
    words = (name or "").split()
    if len(words) < 2:
        return None
    last = words[-1].casefold()
    short = " ".join(words[:-1])
    if last in _SECTION_WORDS or last in _NAME_SECTION_WORDS:
        link = urlsplit(feed.link or "")
        domain = domain_of(feed.link)
        page = unquote(link.path).rstrip("/").rsplit("/", 1)[-1]
        if domain and not _is_proxy(domain) and "." in domain and page and (
            _alnum(page) == _alnum(last) and _alnum(short) == _alnum(_name_label(domain))
        ):
            return short
    if last not in _NAME_SECTION_WORDS:
        return None
    for url in (feed.link, feed_url):
        domain = domain_of(url)
        if domain and not _is_proxy(domain) and "." in domain:
            host = "".join(domain.split(".")[-2:])  # "rajpath.tv" → "rajpathtv"
            if _LETTERS.sub("", short.casefold()) == host:
                return short
    return None


_FEED_WORDS = frozenset(("web", "feed", "rss", "latest", "headlines"))


def _host_headed_name(name: str | None, feed: ParsedFeed, feed_url: str) -> str | None:
    """"AppleInsider News" on appleinsider.com → "AppleInsider", "Il Mattino Web" on
    ilmattino.it → "Il Mattino", "NASA Image of the Day" on nasa.gov → "NASA": the title's
    first words spell the host's label, and the words after them are the feed's (feed words, or
    a topic in lower case: "section feed for News", "Observing the Earth"). "News" after a
    name goes only after a brand of two words run together ("AppleInsider", "MacRumors"): a
    name of its own that never takes "News"; "Harbourline News", "BBC News" keep it, as do
    "WELTBLICK online" and a capitalised edition ("Politico Europe")."""
    words = (name or "").split()
    label = next((_alnum(_name_label(d)) for d in (domain_of(feed.link), domain_of(feed_url))
                  if d and not _is_proxy(d) and "." in d and re.search(r"[a-z]", d)), "")
    if len(words) < 2 or len(label) < 3:
        return None
    k = next((k for k in range(1, len(words)) if _alnum(" ".join(words[:k])) == label), 0)
    if not k:
        return None
    head, rest = words[:k], words[k:]
    low = [w.casefold() for w in rest]
    if all(w in _FEED_WORDS for w in low) or (
        low == ["news"] and len(head) == 1 and _RUN_TOGETHER_WORDS.match(head[0])
    ):
        return " ".join(head)
    title = " ".join((feed.title or "").split())
    if _is_section(" ".join(rest)) and title != " ".join(words) and (
        _FEED_TAIL.sub("", title) == " ".join(words)
    ):
        # "Firstpost India Latest News": a desk and the feed's words after the host's name (a
        # capitalised edition alone stays: "Politico Europe")
        return " ".join(head)
    if low[0] in _NAME_EXTENSION_WORDS:
        # "heise online News": the name's own lower-case word stays, the feed's "News" goes
        tail = low[1:]
        return " ".join(words[: k + 1]) if tail and all(
            w in _FEED_WORDS or w in _NAME_SECTION_WORDS for w in tail) else None
    # (one word in lower case after a name is the name's: "WELTBLICK online")
    topic = len(rest) >= 2 and any(w.islower() for w in rest) and not _is_tagline(" ".join(head))
    return " ".join(head) if topic and len(rest) <= 5 else None


# Lower-case words that end a brand after its host's name ("heise online", "WELTBLICK online").
_NAME_EXTENSION_WORDS = frozenset(("online", "digital", "plus", "live"))


_CAMEL_WORDS = re.compile(r"[A-Z][a-z]+")


def _spaced_host_brand(name: str | None, others: Sequence[str | None]) -> str | None:
    """"CrestlineNews.com", "LiffeyNews.ie" (a host name with its words run together, as the
    channel title brands the site) → "Crestline News" when the feed's copyright, image title or
    publisher starts with the name's first word ("Crestline Interactive Inc."): the words are
    the outlet's name, the ending is its address. Without that the host form stays."""
    if not name or not (m := _HOST_NAME.match(name)) or not _RUN_TOGETHER_WORDS.match(m["name"]):
        return None
    words = _CAMEL_WORDS.findall(m["name"])
    if "".join(words) != m["name"]:
        return None
    for other in others:
        first = (other or "").split()[:1]
        if first and first[0].casefold() == words[0].casefold() and not _HOST_NAME.match(
            other or ""
        ):
            return " ".join(words)
    return None


def _credited_host_brand(name: str | None, others: Sequence[str | None]) -> str | None:
    """"Pinecrestnews.ca" (the host name as the channel title brands the site) and "Pinecrest
    News" in the copyright, the image title or an item's credit (the outlet crediting its own
    staff or video posts): the same letters spelled as words are the name readers know."""
    if not name or not (m := _HOST_NAME.match(name)):
        return None
    key = _LETTERS.sub("", _fold_latin(m["name"].casefold()))
    if len(key) < 6:
        return None
    for other in others:
        words = (other or "").split()
        if (
            2 <= len(words) <= 5 and all(w[:1].isupper() for w in words)
            and not _HOST_NAME.match(other or "")
            and _LETTERS.sub("", _fold_latin((other or "").casefold())) == key
        ):
            return " ".join(words)
    return None


def _written_case(name: str | None, others: Sequence[str | None]) -> str | None:
    """"FRANKFURTER RUNDBLICK" in the channel title, "Frankfurter Rundblick Verlagsgesellschaft
    mbH" in the copyright or "Noticias de Internacional en Diario Ibérico" in the description:
    the name as the outlet writes it in running text. Only for a name set all in capitals that
    another field spells in mixed case (so "BBC" or "RTÉ" stays as written)."""
    if not name or not name.isupper() or len(_LETTERS.sub("", name)) < 6:
        return None
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    for other in others:
        if other and (m := pattern.search(other)) and not m[0].isupper():
            return m[0]
    return None


_ARTICLES = ("the", "le", "la", "les", "l", "il", "lo", "el", "los", "las", "o", "os", "a", "as",
             "die", "der", "das", "de", "het")


def _without_ending(name: str) -> str:
    """"LIGA.net" → "LIGA", "l'Eclaireur.fr" → "l'Eclaireur": a host form's name without its
    domain ending, to compare with a name written out elsewhere; any other name as it is."""
    m = _HOST_NAME.match(name)
    return m["name"] if m and " " not in name else name


def _fuller_form(name: str, other: str) -> bool:
    """Is `other` the same name written in full: with its article ("Le Courrier Rhodanien" for
    "Courrier Rhodanien"), with spaces and capitals ("Courrier Rhodanien" for
    "courrierrhodanien") or with the accents a host name cannot spell ("L'Humanité")?"""
    a, b = _LETTERS.sub("", _without_ending(name).casefold()), _LETTERS.sub("", other.casefold())
    if a == b:
        return " " not in name and " " in other
    if _fold_latin(b) != b and _fold_latin(a) == _fold_latin(b):
        return True  # "l'Humanite" from a host, "L'Humanité" in the copyright: the accents
    words = other.split()
    head = re.split(r"['’]", words[0].casefold())[0] if words else ""
    return len(words) > 1 and head in _ARTICLES and b.endswith(a) and len(a) >= 4 and (
        _LETTERS.sub("", " ".join(words[1:]).casefold()) == a
        or _LETTERS.sub("", re.split(r"['’]", other, maxsplit=1)[-1].casefold()) == a
    )


def _tagline_fallback(title: str | None) -> str | None:
    """A feed that names itself only with a tagline: better that than a host name."""
    parts = [_name_part(p) for p in _SECTION_SEPARATOR.split(" ".join((title or "").split()))]
    named = [p for p in parts if len(p) >= 2 and not _is_section(p)]
    return named[0] if named else None


# One entry a feed (its context without entries: a few short strings): 256 held a poll's feeds up to
# 256 feeds, and past that every build of a worker's steady cycle missed (~0.3 ms a feed).
@lru_cache(maxsize=2048)
def _feed_side(
    feed: ParsedFeed, feed_url: str, credits: tuple[str, ...] = (),
    categories: tuple[str, ...] = (),
) -> tuple[str | None, str | None, str | None]:
    """(the feed's domain, the aggregator it belongs to, the outlet it names itself);
    `credits`, `categories`: the names its items credit, their categories (see feed_own_name)."""
    feed_domain = domain_of(feed_url) or domain_of(feed.link)
    aggregator = aggregator_for_domain(feed_domain) or aggregator_for_domain(domain_of(feed.link))
    known = outlet_for_domain(feed_domain)
    titled = feed_own_name(feed, feed_url, credits, categories)
    if known and titled and _sibling_brand(titled, known):
        known = titled  # "BBC Sport - Cricket" on BBC's feed host: BBC Sport, not BBC News
    own_name = community_name(feed.link, feed_url) or known or titled
    return feed_domain, aggregator, own_name


def _sibling_brand(name: str, known: str) -> bool:
    """Is `name` another brand of the organisation `known` names, sharing its first word
    ("BBC Sport" beside "BBC News", "Sky Sports" beside "Sky News")?"""
    a, b = name.split(), known.split()
    return (
        len(a) >= 2 and len(b) >= 2 and len(a) <= 4 and a[0].casefold() == b[0].casefold()
        and a[0].casefold() not in _FUNCTION_WORDS  # "The Guardian", "The Weekend"
        and name.casefold() != known.casefold() and not _is_section(name)
    )


MAX_CREDITS = 50  # distinct item credits looked at for the outlet's own name


# "TUT.BY", "AUTO.TUT.BY": a site's name as its host, credited as an item's author.
_HOST_FORM = re.compile(r"^[^\W_][\w-]*(?:\.[^\W\d_]{2,})+$")


def _credits(feed: ParsedFeed) -> tuple[str, ...]:
    """The distinct names of several words, or host forms, a feed's items credit, in feed order."""
    seen: dict[str, None] = {}
    for entry in feed.entries:
        for name in entry.authors:
            name = _collapse(name)
            if (" " in name or _HOST_FORM.match(name)) and len(name) <= 60:
                seen.setdefault(name, None)
        if len(seen) >= MAX_CREDITS:
            break
    return tuple(seen)


MAX_CATEGORIES = 30  # distinct item categories looked at for the site's sections


def _categories(feed: ParsedFeed) -> tuple[str, ...]:
    """The distinct short categories a feed's items carry, in feed order."""
    seen: dict[str, None] = {}
    for entry in feed.entries:
        for category in entry.categories:
            category = _collapse(category)
            if 2 <= len(category) <= 40:
                seen.setdefault(category, None)
        if len(seen) >= MAX_CATEGORIES:
            break
    return tuple(seen)


# Path parts of a feed's address that name no section ("/rss/world.xml", "/category/x/feed/").
_FEED_PATH_WORDS = frozenset(("rss", "rss2", "feed", "feeds", "atom", "xml", "index", "rdf",
                              "category", "categories", "section", "sections", "tag", "tags"))


def _section_key(text: str) -> str:
    """"Außenpolitik", "aussenpolitik", "politik-ausland" → letters and digits only."""
    return _alnum(text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"))


def _site_sections(
    feed: ParsedFeed, feed_url: str, categories: Sequence[str] = ()
) -> frozenset[str]:
    """The sections a feed's own addresses and its items' categories name, as _section_key
    keys: the last path part of the feed's URL and of its channel link that is no feed word
    ("/rss/cronaca.xml", "/world/asia/feed/"), the values of their query ("?cat=esteri"), and
    the items' <category> values. A title part that is one of them is the section the feed
    is, not the outlet's name (where nothing else tells them apart)."""
    keys: set[str] = set()
    for url in (feed_url, feed.link):
        try:
            parts = urlsplit(url or "")
        except ValueError:
            continue
        path = [p.rsplit(".", 1)[0] if re.search(r"\.(?:xml|rss|php|aspx?|cms|html?)$", p)
                else p for p in unquote(parts.path).split("/")]
        path = [p for p in path if p and p.casefold() not in _FEED_PATH_WORDS]
        if path:
            keys.add(_section_key(path[-1]))
        for values in parse_qs(parts.query).values():
            keys.update(_section_key(v) for v in values)
    keys.update(_section_key(c) for c in categories)
    return frozenset(k for k in keys if len(k) >= 3 and not k.isdigit())


def resolve_outlet(entry: FeedEntry, feed: ParsedFeed, feed_url: str) -> tuple[str, str | None]:
    """(outlet, via). `via` names the aggregator when the item came through one.

    Outlet, first that applies: the item's <source>, the source URL's known outlet, the
    publisher suffix of an aggregated title (" - Reuters"), the link's known outlet, the item's
    copyright; then, for a feed that is not an aggregator, the feed's copyright, known domain or
    title; last the link's domain. An aggregator's own name is never the outlet.
    """
    # The feed's side is the same for all its items: worked out once per feed (a feed's
    # entries are no part of it, and are left out of the cache key).
    feed_domain, aggregator, own_name = _feed_side(
        replace(feed, entries=()) if feed.entries else feed, feed_url, _credits(feed),
        _categories(feed),
    )
    link_domain = domain_of(entry.link)
    source = _source_outlet(entry, feed)
    if shared := shared_link(entry, feed):
        # A link post: the shared site is the outlet, the community it was shared on is `via`.
        shared_domain = domain_of(shared) or ""
        outlet = source or outlet_for_domain(shared_domain) or shared_domain
        via = own_name or feed_domain
        return outlet, (via if via and not _same_outlet(via, outlet) else None)
    if source and (aggregator_for_domain(domain_of(entry.source_url))
                   or _own_feed_source(source, entry, feed)):
        source = None  # a <source> pointing back at the aggregator or the feed says nothing
    _, title_outlet = split_title_outlet(entry.title)
    if title_outlet and not (aggregator or outlet_for_domain_name(title_outlet)):
        title_outlet = None  # " - Analysis" on an ordinary feed is not a publisher
    # "…(Impress Watch)": a feed whose titles end in their publishers is an aggregator's
    bracketed = (bracketed_publisher(entry.title)
                 if titles_name_publishers(tuple(e.title for e in feed.entries)) else None)
    title_outlet = title_outlet or bracketed
    item_rights = outlet_from_rights(entry.rights) if entry.rights != feed.rights else None
    link_outlet = None
    if link_domain and not aggregator_for_domain(link_domain) and not _is_proxy(link_domain):
        link_outlet = outlet_for_domain(link_domain)
        if link_outlet and own_name and _sibling_brand(own_name, link_outlet):
            link_outlet = own_name  # the BBC Sport feed's item on bbc.co.uk/sport
    own_link_domain = (
        link_domain if link_domain and not aggregator_for_domain(link_domain)
        and not _is_proxy(link_domain) else None
    )
    outlet = (
        source
        or outlet_for_domain(domain_of(entry.source_url))
        or title_outlet
        or link_outlet
        # An item's own rights name its publisher when they differ from the feed's and the item
        # is on another site; on the feed's own site they are a photo's, an agency's or the
        # group's ("© AFP", "© Groupe X") and the feed's own name stays.
        or (item_rights if _elsewhere(link_domain, feed) else None)
        or (None if aggregator else own_name)
        or item_rights
        # Yahoo News' own story on its own host: the aggregator is its publisher
        or (aggregator if aggregator and _registered(link_domain or "", _HOSTING_AGGREGATORS)
            else None)
        # A feed that names itself nowhere (a channel titled "World", no copyright): the name
        # the item's site spells in its host ("lombardtimes.com" → "Lombard Times"), else the host.
        or host_brand(own_link_domain)
        or _host_article_brand(own_link_domain, feed.language)
        or _display_host(own_link_domain)
        # An aggregated item that names no publisher: say so rather than credit the aggregator.
        or (None if aggregator else feed_domain)
        or "unknown outlet"
    )
    if aggregator:
        via = aggregator if aggregator != outlet else None
    elif source or link_outlet or (bracketed and outlet == bracketed):
        # A feed carrying another publisher's items (a "planet" or curated feed).
        via = own_name if own_name and not _same_outlet(own_name, outlet) else None
    else:
        via = None
    return outlet, via


_TECHNICAL_SUBDOMAINS = frozenset(_TABLES["technical_subdomains"])


def _display_host(domain: str | None) -> str | None:
    """"rss.outlet.com" → "outlet.com": a host as an outlet's name, without the labels that name
    a feed server rather than the site ("news.outlet.com", "urdu.outlet.com" stay: a desk or an
    edition of the site)."""
    if not domain:
        return domain
    labels = domain.split(".")
    keep = len(_site(domain).split("."))
    while len(labels) > keep and labels[0] in _TECHNICAL_SUBDOMAINS:
        labels.pop(0)
    return ".".join(labels)


def _source_outlet(entry: FeedEntry, feed: ParsedFeed) -> str | None:
    """The publisher an item's <source> names. A reader's folder or query export gives the
    ORIGIN FEED's title there ("Brand - International", "Brand: Mundo"): the brand without its
    section, as for a channel title; a <source> that is only a section stays as written. A
    reader's shared story names its origin feed in the share header instead (shares.py)."""
    source = " ".join((entry.source_title or "").split()) or None
    domain = domain_of(entry.source_url) or ""
    if not source:
        source = shares.shared_from(entry.summary_html or entry.content_html or "")
        domain = domain_of(entry.link) or ""
    if not source:
        return _origin_category(entry) if _elsewhere(domain_of(entry.link), feed) else None
    parts = [p.strip() for p in _SECTION_SEPARATOR.split(source) if p.strip()]
    if len(parts) < 2:  # "بی بی سی اردو", "Al Jazeera English": a name, its edition kept
        return source
    hints = [_name_label(domain)] if len(domain.split(".")) >= 2 else []
    name = feed_outlet_name(source, hints)
    # the brand's part as written ("Brand Urdu - Latest" → "Brand Urdu", not "Brand")
    return next((p for p in parts if name and p.startswith(name)), name) or source


def _origin_category(entry: FeedEntry) -> str | None:
    """A reader's shared query files each item under its ORIGIN feed's title first ("Brand:
    Mundo", "Brand — Internacional"): a first category with a section whose brand the item's
    own host spells names the publisher, as a <source> would (only for an item on another
    site than the feed's: a site's own categories may name a section as its host does)."""
    if not entry.categories or not (domain := domain_of(entry.link)):
        return None
    first = " ".join(entry.categories[0].split())
    if len([p for p in _SECTION_SEPARATOR.split(first) if p.strip()]) < 2:
        return None
    label = _name_label(domain)
    name = feed_outlet_name(first, [label])
    return name if name and _matches(name, label) and not _is_section(name) else None


def _own_feed_source(source: str, entry: FeedEntry, feed: ParsedFeed) -> bool:
    """Is an item's <source> the very feed it is in (Drupal's RSS adds one to every item): its
    title is the channel title, or its address is on the site of both the feed and the item?
    Then it names a feed title, not another publisher, and the feed's own name stands."""
    if _collapse(entry.source_title or source) == _collapse(feed.title or ""):
        return True
    where = domain_of(entry.source_url)
    home, link = domain_of(feed.link), domain_of(entry.link)
    return bool(where and home and link) and _site(where or "") == _site(home or "") == _site(
        link or "")


# "|", "»", " - ", ": ", full-width "｜" and "：", "【Outlet】", "Section_Outlet" (Chinese
# sites), "Outlet--Section", and a dash with no spaces between CJK words ("东岸在线-国际").
_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"


def _elsewhere(link_domain: str | None, feed: ParsedFeed) -> bool:
    """Is the item on another site than the feed's own (a planet or curated feed)?"""
    home = domain_of(feed.link)
    return not home or not link_domain or _site(link_domain) != _site(home)


_SECTION_SEPARATOR = re.compile(
    # a run of one mark ("::", ">>", "»»", "||"); arrows, bullets and stars that never occur in a
    # name; an em dash even unspaced ("Outlet—World"); "/", "~", "\\" and a middle dot only
    # with spaces ("AC/DC", Catalan "l·l" and Japanese "・" join the words of one name).
    rf"\s*[|>•»｜【】›▸▶►→¦‖●◆★✦]+\s*|\s+[-–—―‒]+\s+|\s*[—―]\s*"
    rf"|\s+(?:[/~\\]+|[·‧・‹«])\s+|\s*·\s+|\s+·\s*"
    rf"|\s*[:：]+\s+|\s*：\s*|\s*_+\s*|\s*-{{2,}}\s*"
    rf"|(?<=[{_CJK}])\s*[-－–—]\s*(?=[{_CJK}])"
)
_FEED_SUFFIX = re.compile(
    rf"(?:\s+|^)(?i:{_alternation(_TABLES['feed_suffixes'])})$"
)
_FROM_PHRASE = re.compile(rf"^(?:.*?\s)?(?i:{_alternation(_TABLES['from_phrases'])})\s+(?=\S)")
_NEWS_OF_PLACE = re.compile(r"^(?i:новости)\s+[А-ЯЁ][а-яё]+[аяыи](?:\s|$)")
# "RSS DiariodelWeb.it", "Fuente RSS Los Andes": feed words before a capitalised name.
_FEED_PREFIX = re.compile(rf"^(?i:{_alternation(_TABLES['feed_prefixes'])})\s+(?=[^\W_])")
# "News24 Top Stories", "IGN All": which list of the outlet's items the feed is.
_FEED_TAIL = re.compile(rf"(?<=\S)\s+(?i:{_alternation(_TABLES['feed_tail_phrases'])})$")
# "arXiv.org", "Example.com": a host name standing for the site's name.
_HOST_NAME = re.compile(
    r"^(?P<name>[^\W_][\w' -]*?)\.(?i:org|com|net|info|[a-z]{2})$"  # "DW.COM", "Kompas.com"
)
# "LiffeyNews.ie", "BreakingNews.ie": capitalised words run together are the host name as the
# outlet brands itself; without its ending it is a word nobody writes ("LiffeyNews").
_RUN_TOGETHER_WORDS = re.compile(r"^[A-Z][a-z]{2,}[A-Z][a-z]{2,}")
_SECTION_WORDS = frozenset(w.casefold() for w in _TABLES["section_words"])
_BRAND_TAIL_WORDS = tuple(sorted(_TABLES["host_brand_tail_words"], key=len, reverse=True))


# "LTVNews", "KBCTimes": a broadcaster's or paper's initials (three or more: "TVNews" is a
# word of its own) run on to a word its name ends in.
_ACRONYM_BRAND = re.compile(r"^(?P<initials>[A-Z]{3,5})(?P<word>[A-Z][a-z]{2,})$")


def _acronym_brand(name: str) -> str | None:
    """"LTVNews" (from a channel title "LTVNews.ca") → "LTV News": the initials and the name's
    last word are two words, split where the capitals end, as the outlet writes its name in
    running text. Only for a host form: "RTINews" without its ending is the name as written."""
    m = _ACRONYM_BRAND.match(name)
    if m and m["word"].casefold() in _BRAND_TAIL_WORDS:
        return f"{m['initials']} {m['word']}"
    return None


# Generic news words that end one-word brands ("Euronews", "Africanews"): a host label ending
# in one is not split into two words.
_GENERIC_TAIL_WORDS = frozenset(_TABLES["host_generic_tail_words"])


def host_brand(domain: str | None) -> str | None:
    """"lombardtimes.com" → "Lombard Times", "thekarooherald.co.za" → "The Karoo Herald": the
    name a site's host label spells as one word, split before the word a paper's name ends in,
    for an outlet that names itself nowhere else (a channel titled with its section alone, no
    copyright). None when the label does not split so ("euronews", "nytimes", "ndtv")."""
    if not domain or _is_proxy(domain):
        return None
    label = _name_label(domain)
    pieces = label.split("-")
    if 2 <= len(pieces) <= 3 and all(p.isascii() and p.isalpha() and len(p) >= 3 for p in pieces):
        return " ".join(p.capitalize() for p in pieces)  # "business-standard" → two words
    if not label.isalpha() or not label.isascii():
        return None
    for word in _BRAND_TAIL_WORDS:
        if word in _GENERIC_TAIL_WORDS or not label.endswith(word):
            continue
        head = label[: -len(word)]
        article = head.startswith("the") and len(head) >= 7
        body = head[3:] if article else head
        # a word of its own: 4-10 letters with a vowel ("ny", "ndtv", "southchinamorning" no)
        if not 4 <= len(body) <= 10 or not re.search(r"[aeiouy]", body):
            return None
        return " ".join((["The"] if article else []) + [body.capitalize(), word.capitalize()])
    return None


_HOST_ARTICLES: dict[str, list[str]] = _TABLES["host_articles"]


def _host_article_brand(domain: str | None, language: str | None) -> str | None:
    """"elconfidencial.com" → "El Confidencial", "derstandard.at" → "Der Standard",
    "oglobo.globo.com" → "O Globo": a host label that is an article of the feed's language run
    on to one word, for an outlet that names itself nowhere else. Only with the feed's language
    (an English "elevate" or "legalnews" is no article and a name)."""
    if not domain or not language or _is_proxy(domain):
        return None
    label = _name_label(domain)
    for article in _HOST_ARTICLES.get(language.casefold().split("-")[0], ()):
        rest = label.removeprefix(article)
        # a word of its own: five to twelve letters, a vowel in its first two ("lexpress" is
        # "L'Express", not "Le Xpress"; "lavozdegalicia" is more than one word)
        if rest != label and 5 <= len(rest) <= 12 and rest.isascii() and rest.isalpha() and (
            re.match(r"^(?:.?[aeiouy]|[bcdfgkpt][lr]|s[chklmnptw]|[cpst]h|zw)", rest)
        ):
            return f"{article.capitalize()} {rest.capitalize()}"
    return None


_SECTION_JOINERS = frozenset(_TABLES["section_joiners"])
# Words that make a whole title part a section, never cut from a name's end (see the table).
_PART_SECTION_WORDS = _SECTION_WORDS | frozenset(
    w.casefold() for w in _TABLES["section_part_words"]
)
_PART_JOINERS = _SECTION_JOINERS | frozenset(_TABLES["section_part_joiners"])
_SECTION_SUFFIXES = tuple(_TABLES["section_word_suffixes"])
_CJK_SECTION_WORDS = frozenset(w for w in _SECTION_WORDS if _CJK_ANY.search(w))
# The word "news" itself in Chinese, Japanese and Korean.
_CJK_NEWS_WORDS = frozenset(("新闻", "新聞", "ニュース", "뉴스"))
_ARCHIVE_WORDS = frozenset(w.casefold() for w in _TABLES["archive_words"])
# "Thema: Name", "Tag: Sudan", "Argomento: Libia": a CMS's tag or person page names its topic
# after the label; the outlet is in another part of the title or nowhere in it.
_TOPIC_LABEL = re.compile(rf"^(?i:{_alternation(_TABLES['topic_labels'])})\s*[:：]\s*(?=\S)")


_EDITION_LANGUAGES = _alternation(_TABLES["language_edition_names"])
_EDITION_WORD = rf"(?:\s+(?:{_alternation(_TABLES['language_edition_words'])}))"
# "Daugava News in English", "Radio X en français", "X (English)", "X English version": a
# language edition's tail after the name (the edition is no part of the outlet's name). A bare
# "X English" is left to the section-word rules: "LRT English" may be the service's name.
_EDITION_TAIL = re.compile(
    rf"(?i:\s+(?:{_alternation(_TABLES['language_edition_prepositions'])})\s+"
    rf"(?:{_EDITION_LANGUAGES}){_EDITION_WORD}?"
    rf"|\s*[(（]\s*(?:{_EDITION_LANGUAGES}){_EDITION_WORD}?\s*[)）]"
    rf"|\s+(?:{_EDITION_LANGUAGES}){_EDITION_WORD})$"
)
# A title part that is only an edition: "English version", "In English", "(English)".
_EDITION_PART = re.compile(
    rf"^(?i:(?:(?:{_alternation(_TABLES['language_edition_prepositions'])})\s+)?[(（]?\s*"
    rf"(?:{_EDITION_LANGUAGES}){_EDITION_WORD}?\s*[)）]?)$"
)
# "RSS Results in news/world of type article": a site search served as a feed (TownNews BLOX).
_SEARCH_RESULTS = re.compile(
    rf"^(?i:{_alternation(_TABLES['search_results_phrases'])})(?:\s|$)"
)


def _is_section(part: str, strict: bool = False) -> bool:
    """"World news", "Latest Articles", "Esteri": a section of a site, not its name; "English
    version" (a language edition) and "RSS Results in news/world" (a site search) neither.
    Beyond the section words (`strict`): the section_part_words, phrases among them ("Middle
    East news") and country desks ("Bahrain", "UK News", "US & Canada")."""
    vocabulary = _SECTION_WORDS if strict else _PART_SECTION_WORDS
    low = " ".join(part.casefold().split())
    if low in vocabulary or _EDITION_PART.match(low) or _SEARCH_RESULTS.match(low):
        return True
    joiners = _SECTION_JOINERS if strict else _PART_JOINERS
    words = [w for w in re.split(r"[\s&,/+]+" if not strict else r"[\s&,/]+", low)
             if w and w not in ("and", "the", "of", "&") and w not in joiners]
    rest = []
    at = 0
    while at < len(words):
        w = words[at]
        if not strict:  # the longest phrase of the vocabulary starting here ("middle east")
            span = next((n for n in (4, 3, 2) if at + n <= len(words)
                         and " ".join(words[at:at + n]) in vocabulary), 0)
            if span:
                at += span
                continue
        if not (w in vocabulary or any(  # Bengali "বিশ্বের" (the world's): a section's genitive
            w.endswith(end) and w[: -len(end)] in _SECTION_WORDS for end in _SECTION_SUFFIXES
        )):
            rest.append(w)
        at += 1
    # "Bahrain", "UK News", "US & Canada": a country desk ("Kenya Times" has a word of its own)
    return bool(words) and (not rest or (not strict and _only_countries(part, rest)))


_SECTION_TITLE_MAX_WORDS = 3


def is_section_title(title: str) -> bool:
    """Is a headline only a section's name ("Politics", "Business", "World news")? A weekly's
    digest files its briefs so ("The world this week" → "Politics"), a CMS its section pages:
    no story is headlined with a section word alone."""
    words = title.strip(" .:!?").split()
    return 0 < len(words) <= _SECTION_TITLE_MAX_WORDS and _is_section(" ".join(words), strict=True)


def _only_countries(part: str, words: Sequence[str]) -> bool:
    """Are `words` (of the title part `part`) all the names of countries the part mentions?"""
    if len(words) > 3 or not _has_case(part):
        return False
    named: set[str] = set()
    folded = _fold_latin(part)  # "México", "Perú": the gazetteer spells them without accents
    for text in {part, folded}:
        for m in geo.find_mentions(text, compounds=True):  # "Russia-Ukraine War"
            if m.entity.kind in ("country", "home"):
                named.update(m.surface.casefold().split())
    if folded != part:
        named |= {_fold_latin(w) for w in named}
        words = [_fold_latin(w) for w in words]
    pieces = [p for w in words for p in w.split("-") if p]
    return bool(pieces) and all(p in named or p in _PART_SECTION_WORDS for p in pieces)


def _is_archive(part: str) -> bool:
    """"Esteri Archivi", "World Archives", "Außenpolitik Archive": a category's archive page."""
    words = part.casefold().split()
    return len(words) >= 2 and words[-1] in _ARCHIVE_WORDS


def _matches(part: str, hint: str) -> bool:
    a, b = _squash(part), _squash(hint)
    if len(a) < 3 or len(b) < 3:
        return False
    if a in b or b in a:
        return True
    initials = "".join(w[0] for w in part.split() if w[:1].isupper()).casefold()
    return (len(initials) >= 3 and initials == b) or _capitalised_words_key(part) == b or (
        _hyphen_pieces_begin_words(part, hint)) or (
        # "Главком" on glavcom.ua, "Українська правда" on pravda.com.ua: a name in Cyrillic
        # that the host spells in Latin letters, whole or one word of it
        hint.isascii() and hint.isalnum() and any(
            _spells_host(w, hint.casefold()) for w in (part, *part.split()) if len(w) >= 4
        )
    )


# A lower-case article elided onto a capitalised word: "dell'Hudson", "d'Italia", "l’Est".
_ELIDED_ARTICLE = re.compile(r"^[^\W\d_]{1,5}['’](?=[^\W\d_])")


def _capitalised_words_key(part: str) -> str:
    """"Corriere dell'Hudson" → "corrierehudson", "Gazeta do Minho" → "gazetaminho": the name's
    capitalised words alone, as a host that leaves out its articles and prepositions spells
    them; "" for a name of fewer than two such words and a lower-case one between them."""
    words: list[str | None] = []
    for w in part.split():
        if (m := _ELIDED_ARTICLE.match(w)) and m.group()[0].islower():
            words.append(None)  # the article, then the word it is elided onto
            w = w[m.end():]
        words.append(w if w[:1].isupper() else None)
    capitalised = [w for w in words if w]
    if len(capitalised) < 2 or len(capitalised) == len(words):
        return ""
    return _squash("".join(capitalised))


_HOST_SPELLINGS: dict[str, list[str]] = _TABLES["host_spellings"]


@lru_cache(maxsize=512)
def _spells_host(name: str, label: str) -> bool:
    """Does a name written in Cyrillic spell the site's host label, whole or its first letters
    four or more ("ЛІГА" → "liga", "Главком" → "glavcom", "Цензор.НЕТ" → "censor")? Each letter
    as a host may spell it (bot/data/attribution.json "host_spellings")."""
    letters = [ch for ch in name.casefold() if ch.isalnum()]
    if not label.isascii() or not letters or not all(
        ch in _HOST_SPELLINGS or ch.isascii() for ch in letters
    ) or not any(ch in _HOST_SPELLINGS for ch in letters):
        return False
    pieces = ["(?:" + "|".join(re.escape(s) for s in _HOST_SPELLINGS.get(ch, [ch])) + ")"
              for ch in letters]
    return any(re.fullmatch("".join(pieces[:k]), label) is not None
               for k in range(len(pieces), min(3, len(pieces) - 1), -1))


def _hyphen_pieces_begin_words(part: str, hint: str) -> bool:
    """"meridian-atmos" for "Meridian Institute for Atmospheric Research": a hyphenated host
    label whose pieces each begin a capitalised word of the name, in order (institutes and
    NGOs shorten their long names so in their domains)."""
    pieces = [p for p in hint.casefold().split("-") if p]
    if len(pieces) < 2 or any(len(p) < 3 for p in pieces):
        return False
    words = iter(_fold_latin(w.casefold()) for w in part.split() if w[:1].isupper())
    return all(any(w.startswith(p) for w in words) for p in pieces)


_BRACKETED_TAIL = re.compile(r"(?<=\S)\s*\[(?P<inner>[^\[\]]{2,60})\]$")
_BRACKETED_HOST = re.compile(r"(?<=\S)\s*\((?P<inner>[^\W_][\w-]*(?:\.[a-z]{2,})+)\)$")
# "BRIDGE（ブリッジ）テクノロジー＆スタートアップ情報": a Latin brand, its reading in katakana in
# brackets, then what the site covers: the brand is the name.
_BRAND_THEN_READING = re.compile(
    r"^(?P<name>[A-Za-z][\w.&!'’ -]*?)\s*[（(][\u30a0-\u30ff・ー]+[)）]\s*\S"
)
_BLOG_PLATFORMS = frozenset(_TABLES["blog_platforms"])
# "site.com - RSS Results in news/world of type article" (TownNews BLOX's search feeds).
_SEARCH_TITLE = re.compile(r"^(?P<site>\S.*?)\s+[-–—|:]\s+(?P<query>\S.*)$")


def feed_outlet_name(
    title: str | None, hints: Sequence[str] = (), publisher: str | None = None,
    sections: frozenset[str] = frozenset(),
) -> str | None:
    """The outlet in a feed's title, without its section: "BBC News - World" → "BBC News",
    "World news | The Northern Ledger" → "The Northern Ledger", "NYT > World News" → "NYT".

    The part that matches a hint (the feed's domain label, its image title, its copyright
    holder) wins; else the first part that is not a section name nor the feed's publishing
    company (`publisher`, from <dc:publisher>: "Taylor & Francis: Journal of X: Table of
    Contents" → "Journal of X") nor one of the site's `sections` (_site_sections: "Cronaca |
    Il Piccolo" for /rss/cronaca.xml). None when the title is only a section ("Latest
    headlines")."""
    text = " ".join((title or "").split())
    if not text:
        return None
    if "&" in text:  # "Outlet &#8211; World": a title escaped twice, one round decoded
        text = htmllib.unescape(text)
    if m := _TOPIC_LABEL.match(text):  # "Thema: Name | Outlet": the topic part is no name
        rest = _SECTION_SEPARATOR.split(text[m.end():], maxsplit=1)
        if len(rest) < 2 or not rest[1].strip():
            return None
        text = rest[1].strip()
    if (m := _SEARCH_TITLE.match(text)) and _SEARCH_RESULTS.match(m["query"]):
        # "tulsaledger.com - RSS Results in news/world of type article": a site search's feed
        # names the site by its host; the query after it ("news/local_news") is not split.
        site = m["site"]
        if site.islower() and "." in site and " " not in site:  # the host
            return host_brand(site) or site  # "nassausentinel" alone is no name anyone writes
        text = site
    # "News - English [KBS WORLD Radio]": a name in square brackets ending the title is a part
    text = _BRACKETED_TAIL.sub(r" | \g<inner>", text)
    # "All News (investing.com)": the site's address in brackets after a section is a part
    text = _BRACKETED_HOST.sub(r" | \g<inner>", text)
    raw_of: dict[str, str] = {}  # the part as written: "香港經濟日報 hket.com" for its host
    for raw in _SECTION_SEPARATOR.split(text):
        raw_of.setdefault(_name_part(raw), raw)
    parts = [p for p in raw_of if len(p) >= 2]
    if not parts:
        return None
    if len(parts) > 1:  # "Android Developers - Medium": the publication, not its platform
        parts = [p for p in parts if p.casefold() not in _BLOG_PLATFORMS] or parts
    # Parts that are sections by the section words alone; of those, the ones the wider section
    # vocabulary and the country desks leave. A title whose every part that wider reading calls
    # a section ("Global News", "Breaking Defense") keeps the narrower reading.
    loose = [p for p in parts if not _is_section(p, strict=True)]
    if not loose:  # "WELT - Politik" on welt.de: the section word the host spells is the name
        loose = [p for p in parts if any(h and len(_squash(h)) >= 3 and (
            _squash(p) == _squash(h) or (h.isascii() and _spells_host(p, _squash(h)))
        ) for h in hints)]
    named = [p for p in loose if not _is_section(p)] or loose
    if len(named) > 1:  # "Esteri Archivi - Outlet": a CMS's archive page of a category
        named = [p for p in named if not _is_archive(p)] or named
    if len(named) > 1:  # "Новости Казахстана | Outlet", "Nachrichten aus Bayern - Outlet"
        named = [p for p in named if not _news_of(raw_of.get(p, p))] or named
    if len(named) > 1 and publisher:  # "Taylor & Francis: Journal of X: Table of Contents"
        named = [p for p in named if not _same_name(p, publisher)] or named
    ordered = [*named, *(p for p in loose if p not in named)]
    # "Design MilkArchitecture – Design Milk" on design-milk.com: the part that spells the
    # hint exactly before one that only contains it
    exact = [p for p in ordered if any(h and len(_squash(h)) >= 3 and _squash(p) == _squash(h)
                                       for h in hints)]
    for part in [*exact, *ordered]:
        if any(_matches(part, h) or _matches(raw_of.get(part, part), h) for h in hints if h):
            return _acronym_address(part, parts)
    if len(named) > 1 and sections:
        named = [p for p in named if _section_key(p) not in sections] or named
    # "Actualités et infos en direct", "Breaking news, analysis and opinion": a tagline, not
    # a name; the <image> title or the copyright holder names the outlet better.
    names = [p for p in named if not _is_tagline(p)]
    if len(names) > 1:  # "Kenya's Leading Digital Newspaper | Outlet": a capitalised tagline
        names = [p for p in names if not _slogan(p)] or names
    return _acronym_address(names[0], parts) if names else None


def _acronym_address(part: str, parts: Sequence[str]) -> str:
    """"XW" for "XW.COM" in "XW.COM | Xanten Welle": a host form whose name is the initials of
    another part of the title is the site's address; the outlet brands itself by the initials
    (a host form of a name of its own, "LIGA.net", stays whole)."""
    short = _without_ending(part)
    if short != part and any(_initials_of(short, p) for p in parts if p != part):
        return short
    return part


def _news_of(part: str) -> bool:
    """"Новости Казахстана", "Nachrichten aus Bayern", "Noticias de México": a word for news
    and the place or topic it is about (in whatever case the language puts it), a section
    beside the name in a title of several parts."""
    words = part.split()
    return 2 <= len(words) <= 4 and words[0].casefold() in _NEWS_WORDS and not _HOST_FORM.match(
        words[-1])


def _repeated_name_word_section(words: list[str]) -> list[str]:
    """"HNN News World News", "Kestrel Nachrichten Welt Nachrichten": a name that ends in its
    own "News" followed by a section that repeats that word ("World News") → the name. "RT
    World News" (one "News") stays whole."""
    last = words[-1].casefold() if words else ""
    if len(words) < 4 or last not in _NAME_SECTION_WORDS:
        return words
    for i in range(len(words) - 3, 0, -1):
        if words[i].casefold() != last:
            continue
        between = [w.casefold() for w in words[i + 1:-1]]
        if between and all(w in _SECTION_WORDS and w not in _NAME_SECTION_WORDS
                           for w in between):
            return words[: i + 1]
        break
    return words


def _initials_of(short: str, name: str) -> bool:
    """Is `short` ("HT", "KNA") the initials of the capitalised words of `name`?"""
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()) or short == name:
        return False
    return short == "".join(w[0] for w in name.split() if w[:1].isupper())


# A tagline written in capitals: a list ("Breaking News, World News & Video"), sentences
# ("Independent. Fearless. Trusted."), an address to the reader ("Your Daily Dose of News") or
# a possessive before its claim ("Kenya's Leading Digital Newspaper"; "Barron's", "People's
# Daily" are names).
_SLOGAN = re.compile(
    r"\S,\s+\S.*\s|[^\W\d_]{4,}\.(?:\s|$)(?<![A-Z]{4}\.)(?<![A-Z][a-z]{3}\.)|"
    r"^(?i:your|our|you|we)\s|[^\W\d_]['’]s\s+\S+\s+\S"
)


def _slogan(part: str) -> bool:
    return len(part.split()) >= 2 and bool(_SLOGAN.search(part))


_FUNCTION_WORDS = frozenset(_TABLES["function_words"])


def _has_case(text: str) -> bool:
    """Is `text` in a script with capitals (Latin, Cyrillic, Greek…), not CJK, Indic, Arabic?"""
    return any(ch.isupper() or ch.islower() for ch in text)


def _is_tagline(part: str) -> bool:
    """Mostly lower-case content words: a description, not a name ("Le Monde diplomatique",
    "la Repubblica" are names: at most half their content words are lower case). In a script
    without capitals: three or more words joined by a postposition ("दुनिया की ताज़ा खबरें",
    "دنیا بھر کی خبریں")."""
    if not _has_case(part):
        uncased = part.casefold().split()
        return len(uncased) >= 3 and any(w in _SECTION_JOINERS for w in uncased)
    words = [re.sub(r"^\w['’]", "", w.strip(",.;:!?\"")) for w in part.split()]  # "l'actualité"
    content = [w for w in words if len(w) > 2 and w.casefold() not in _FUNCTION_WORDS]
    lower = [w for w in content if w[:1].islower()]
    return len(content) >= 2 and len(lower) * 2 > len(content)


def _name_part(part: str) -> str:
    """One part of a feed title without feed words: "X RSS Feed" → "X", "cs.CL updates on
    arXiv.org" → "arXiv.org", "Flux RSS du Courrier" → "Courrier"."""
    part = part.strip(" ,;\u3000")
    # "Portada, El Siglo de Torreón": a section word set off by a comma before the name
    if (m := _COMMA_SECTION.match(part)) and _is_section(m["section"], strict=True):
        part = m["name"]
    # "Інформаційне агентство УНІАН", "News Agency UNIAN": the agency's name in capitals
    if (m := _AGENCY_THEN_CAPITALS.match(part)) and m["name"].isupper():
        return m["name"]
    # "ЛІГА.Новини", "Коммерсантъ. Главное": the brand, a full stop, a section of its site
    if (m := _DOT_SECTION.match(part)) and _is_section(m["section"]) and not (
        _is_section(m["name"]) or m["section"].casefold() in _DOTTED_PRODUCT_WORDS
    ):
        part = m["name"]
    # "香港經濟日報 hket.com": a name in a script without capitals, then its site's address
    if (m := _NAME_THEN_HOST.match(part)) and not _has_case(m["name"]):
        part = m["name"]
    if (m := _ADDRESS_PART.match(part)) and (part.startswith(("http", "www.")) or "/" in part):
        return m["host"]  # "https://www.rp.pl" → "rp.pl": the address, without its scheme
    # "Flux RSS", "Latest news", "Новости мира": dropped whole, not cut to "Flux" or "мира"
    # ("Top Stories in Science" is read below as a section "in" a name)
    if _is_section(part, strict=True) or (_is_section(part) and not _SECTION_IN.match(part)):
        return part
    # "Kestrel News (Kestrel Broadcasting Corporation)": the brand, then the company that runs
    # it in brackets; a company (a legal form or a publisher's word ends it) is no part of it.
    if (m := _BRACKETED_COMPANY.search(part)) and (
        _LEGAL_TAIL.search(m["inner"]) or _PUBLISHER_TAIL.search(m["inner"])
        # "Kenya News Agency (KNA)": the name's own initials after it
        or _initials_of(m["inner"].strip(), part[: m.start()])
    ):
        part = part[: m.start()].rstrip(" ,;-–—") or part
    # "東都新聞（国際）", "東都新聞 国際ニュース", "国际 东岸在线": CJK titles set the section off
    # with brackets or a space only.
    if _CJK_ANY.search(part):
        if m := _BRAND_THEN_READING.match(part):
            return m["name"]
        part = re.sub(r"\s*[（(]([^()（）]+)[)）]$",
                      lambda m: "" if _is_section(m[1]) else m[0], part)
        words = part.replace("\u3000", " ").split()
        while len(words) > 1 and _is_section(words[-1]):
            words.pop()
        while len(words) > 1 and _is_section(words[0]):
            words.pop(0)
        part = " ".join(words)
        # "東都新聞国際ニュース": a section word run on to the name; "東都新聞デジタル",
        # "東都新聞電子版": the paper's digital edition is the paper.
        for _ in range(2):
            for word in sorted(_CJK_SECTION_WORDS, key=len, reverse=True):
                # "Yahoo!ニュース", "ライブドアニュース", "腾讯新闻": a brand with the word for
                # "news" run on is a portal's whole name; a paper's name before it ("東都新聞",
                # "东岸日报") is the name, and "news" the feed's.
                if word in _CJK_NEWS_WORDS and not _MASTHEAD_END.search(part[: -len(word)]):
                    continue
                if part.endswith(word) and len(part) - len(word) >= 2:
                    part = part[: -len(word)].rstrip(" ・･")
                    break
        part = _DIGITAL_EDITION.sub(r"\g<paper>", part)
    for _ in range(2):
        part = _FEED_SUFFIX.sub("", part).strip(" ,;-–—") or part
    if (m := _FEED_PREFIX.match(part)) and (rest := part[m.end():]) and (
        rest[:1].isupper() or "." in rest
    ) and not _FEED_SUFFIX.fullmatch(part) and not _is_section(rest):
        part = rest
    if (cut := _FEED_TAIL.sub("", part)) != part and cut.split()[-1].casefold() not in (
        _FUNCTION_WORDS  # "News for All" is a name
    ):
        part = cut
    part = _EDITION_TAIL.sub("", part) or part  # "Daugava News in English" → "Daugava News"
    # "Новости Оренбурга и области": news of a place in the genitive is the name itself, not
    # "news from" a brand ("Новости Mail.ru")
    after = part if _NEWS_OF_PLACE.match(part) else _FROM_PHRASE.sub("", part, count=1)
    if after != part and after[:4] == "the " and after[4:5].isupper():
        after = after[4:]  # "News from the Meridian Institute…": the article is no part of it
    if after != part and (after[:1].isupper() or " " not in after):
        part = after
    elif after != part and (name := _trailing_capitalised(after)):
        part = name  # "Flux RSS du magazine de psychologie Le Cercle Psy": a description, the name
    # "Internacional en EL PAÍS", "World news in The Ledger": a section, a preposition, the name.
    if (m := _SECTION_IN.match(part)) and _is_section(m["section"]) and m["name"][:1].isupper():
        part = m["section"] if _is_section(m["name"]) else m["name"]  # "Top Stories in Science"
    # "Toute l’actualité sur Le Vespral.fr.", "Latest news on Ledger.com": a tagline, a
    # preposition, then the site's name as its host ("News and analysis on Africa" is no name).
    elif (m := _TAGLINE_ON.match(part)) and (
        _lower_content(m["tagline"]) or _is_section(m["tagline"])  # "Новини на espreso.tv"
    ) and _HOST_NAME.match(m["name"].rstrip(".")):
        part = m["name"].rstrip(".")
    if (m := _HOST_NAME.match(part)) and (spaced := _acronym_brand(m["name"])):
        part = spaced  # "LTVNews.ca" → "LTV News"
    elif m and m["name"].islower() and (spelled := host_brand(part)):
        part = spelled  # "nassausentinel.com" → "Nassau Sentinel", not "nassausentinel"
    elif (m := _HOST_NAME.match(part)) and " " in m["name"].strip() and (
        m["name"].split()[-1][:1].isupper()  # not "… on ledger.com": a host after other words
    ):
        # "Le Monde.fr", "Le Vespral.fr": a name of words with its site's ending added; a
        # host form of one token ("LIGA.net", "Kompas.com", "ZAXID.NET", "ElDiario.es") is the
        # name as the outlet brands itself and readers write it, ending and all.
        part = m["name"]
    if _is_section(part):  # "Middle East & North Africa": not cut to "Middle East & North"
        return part
    # "Tempo.co Nasional", "Gazeta.pl Wiadomości": a host-form brand and a section of its site
    head, _, rest = part.partition(" ")
    if rest and "." in head and _HOST_NAME.match(head) and _is_section(rest):
        return head
    # "NOS Nieuws Buitenland", "Outlet World": a topic section run on to a name of two or more
    # words; "BBC News", "RT World News" keep their "News".
    words = part.split()
    # A tagline in a script without capitals ("বিশ্বের সর্বশেষ সংবাদ") stays whole, a tagline.
    run_on = not _CJK_ANY.search(part) and (_has_case(part) or not _is_tagline(part))
    if run_on:
        words = _repeated_name_word_section(words)
    while len(words) > 2 and run_on and (
        words[-1].casefold() in _SECTION_WORDS and words[-1].casefold() not in _NAME_SECTION_WORDS
        # "La Gazzetta degli Esteri", "Journal of Politics": the section word is the name's
        and words[-2].casefold() not in _FUNCTION_WORDS
        # "WBS News اردو": a language service's name in its own script after a brand in
        # another is that service's masthead ("X عربي", "X Türkçe" in one script: an edition)
        and not _service_masthead(words)
    ):
        words.pop()
    # "Outlet, World", "Outlet ; World": the mark that set the section off goes with it
    part = " ".join(words).rstrip(" ,;:‹«/~·&+-–—") or part
    return _readable_capitals(part)


_AGENCY_THEN_CAPITALS = re.compile(
    rf"^(?i:{_alternation(_TABLES['agency_phrases'])})\s+(?P<name>[^\W\d_][^\W_]+(?:-[^\W_]+)?)$"
)
_DOTTED_PRODUCT_WORDS = frozenset(_TABLES["dotted_product_words"])
_DOT_SECTION = re.compile(r"^(?P<name>[^\W_][^.]*?[^\W_])\.\s*(?P<section>[^\W\d_][^.]*)$")
_COMMA_SECTION = re.compile(r"^(?P<section>[^\W\d_][^,]{0,30}?),\s+(?P<name>[A-ZÀ-Ý].*)$")
_NAME_THEN_HOST = re.compile(r"^(?P<name>\S.*?)\s+(?:www\.)?[a-z0-9][\w-]*(?:\.[a-z]{2,})+$")
# "https://www.rp.pl", "www.espn.com": a title part that is the site's address.
_ADDRESS_PART = re.compile(r"^(?:https?://)?(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)+)/?$")

_BRACKETED_COMPANY = re.compile(r"(?<=\S)\s*[(（](?P<inner>[^()（）]{2,80})[)）]$")

_EDITION_WORDS = frozenset(w.casefold() for w in _TABLES["edition_words"])


def _script_of(word: str) -> str:
    """The Unicode script of a word's first letter, coarsely ("LATIN", "ARABIC", "DEVANAGARI")."""
    for ch in word:
        if ch.isalpha():
            return unicodedata.name(ch, "").split(" ")[0]
    return ""


def _service_masthead(words: Sequence[str]) -> bool:
    """Is the last word a language edition written in another script than the name before it
    ("WBS News اردو", "Stern Radio فارسی")?"""
    last = words[-1]
    return last.casefold() in _EDITION_WORDS and _script_of(last) not in (
        "", *(_script_of(w) for w in words[:-1])
    )


# Words that end many outlets' names ("BBC News", "Radio Free Asia"): never cut from the end.
_NAME_SECTION_WORDS = frozenset(_TABLES["name_section_words"])


_SECTION_IN = re.compile(
    r"^(?P<section>[^\W\d_][^:|]*?)\s+(?:en|in|em|dans|auf|on|at|na|w)\s+(?P<name>\S.*)$"
)
_TAGLINE_ON = re.compile(
    r"^(?P<tagline>[^\W\d_][^:|]*?)\s+(?:sur|on|auf|bei|su|em|en|in|at|na|на сайте|на|par|by)\s+"
    # a capitalised name, an elided article before it ("l'Humanite.fr"), or a lower-case host
    r"(?P<name>(?:[lL]['’])?[A-ZÀ-Ý][^:|]*|[a-z0-9][\w-]*\.[a-z]{2,})$"
)


def _lower_content(text: str) -> bool:
    """Does `text` have a lower-case content word ("Toute l’actualité", "All the latest")?"""
    words = [re.sub(r"^\w['’]", "", w.strip(",.;:!?\"")) for w in text.split()]
    return any(
        len(w) > 2 and w[:1].islower() and w.casefold() not in _FUNCTION_WORDS for w in words
    )


_LOWER_INSIDE_NAME = frozenset(
    ("de", "del", "da", "do", "dos", "das", "di", "du", "des", "of", "the", "and", "y", "e", "et")
)


def _readable_capitals(name: str) -> str:
    """"EL PAÍS", "LA GACETA AUSTRAL", "THE DAILY LEDGER" (a name set in capitals that starts
    with an article) → "El País", "La Gaceta Austral", "The Daily Ledger". Acronyms ("BBC
    NEWS") stay as written: without the article there is no telling a word from an acronym."""
    words = name.split()
    if len(words) < 2 or not name.isupper() or words[0].casefold() not in _ARTICLES:
        return name
    return " ".join(
        w.casefold() if i and w.casefold() in _LOWER_INSIDE_NAME else w.capitalize()
        for i, w in enumerate(words)
    )


def _same_name(a: str, b: str) -> bool:
    return _squash(a) == _squash(b) or _squash(outlet_from_rights("© " + b) or b) == _squash(a)


def _expand_abbreviation(name: str | None, full: str | None) -> str | None:
    """"KPR News" in the title, "Kestrel Public Radio" in the copyright: the full name. Only
    when the abbreviation is the full name's initials."""
    if not name or not full:
        return name
    first = name.split()[0]
    if not (2 <= len(first) <= 5 and first.isupper() and first.isalpha()):
        return name
    initials = "".join(w[0] for w in full.split() if w[:1].isupper() and w.casefold() != "the")
    return full if initials == first else name


def outlet_for_domain_name(name: str) -> bool:
    """Is `name` the name of a known outlet ("Reuters", "BBC News")?"""
    return name.casefold() in _KNOWN_NAMES


def _same_outlet(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    return a == b or a.startswith(b) or b.startswith(a)
