"""Which outlet published an item (resolve_outlet): the feed's own name from its title,
description, host, credits and sections, never the aggregator that carried it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from urllib.parse import parse_qs, unquote, urlsplit

from bot.content import shares, wordscan
from bot.content.attribution.feed_titles import (
    _ARTICLES,
    _FEED_TAIL,
    _FUNCTION_WORDS,
    _HOST_FORM,
    _HOST_NAME,
    _LOWER_INSIDE_NAME,
    _NAME_SECTION_WORDS,
    _NEWS_WORDS,
    _PART_SECTION_WORDS,
    _RUN_TOGETHER_WORDS,
    _SECTION_SEPARATOR,
    _SECTION_WORDS,
    _alnum,
    _elsewhere,
    _expand_abbreviation,
    _host_article_brand,
    _is_section,
    _is_tagline,
    _matches,
    _name_part,
    _same_outlet,
    _section_key,
    _spells_host,
    _without_ending,
    feed_outlet_name,
    host_brand,
    outlet_for_domain_name,
)
from bot.content.attribution.keys import _LETTERS, _collapse, _fold_latin, _squash
from bot.content.attribution.links import (
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
from bot.content.attribution.tables import _HOSTING_AGGREGATORS, _TABLES
from bot.content.legal_names import legal_entity
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import FeedEntry, ParsedFeed

# A <copyright> that holds only its holder's name, without "©" or "Copyright" (TYPO3's
# EXT:news, many CMSs' channel settings): a short run of capitalised words, no licence.
_BARE_RIGHTS_MAX_WORDS = 6
_LICENCE = re.compile(r"(?i)creative\s+commons|public\s+domain|\bcc[\s-]+by\b|licen[cs]|lizenz"
                      r"|\brights?\b|reserved|©|\(c\)|copyright")


def _bare_rights(rights: str | None) -> str | None:
    """"Nordwelle Institute" in <copyright>: the holder named bare, as "© Nordwelle Institute"
    would; None for anything else (a licence, a sentence, a line with its own "©")."""
    text = _collapse(rights or "")
    words = text.split()
    if not (1 <= len(words) <= _BARE_RIGHTS_MAX_WORDS) or _LICENCE.search(text) or any(
        c.isdigit() or c in ".:;!?|/@" for c in text
    ) or not words[0][:1].isupper() or not all(
        w[:1].isupper() or w.casefold() in _LOWER_INSIDE_NAME or w.casefold() in _FUNCTION_WORDS
        for w in words
    ):
        return None
    return "© " + text


def _feed_rights_outlet(rights: str | None) -> str | None:
    """`outlet_from_rights` of a feed's <copyright>, also when it names its holder bare."""
    bare = _bare_rights(rights)
    return outlet_from_rights(rights) or (outlet_from_rights(bare) if bare else None)


def _feed_rights_holder(rights: str | None) -> str | None:
    """`copyright_holder` of a feed's <copyright>, also when it names its holder bare."""
    bare = _bare_rights(rights)
    return copyright_holder(rights) or (copyright_holder(bare) if bare else None)


_INSTITUTION_WORDS = frozenset(w.casefold() for w in _TABLES["institution_words"])


def _hints(feed: ParsedFeed, feed_url: str) -> list[str]:
    """What tells the outlet's part of a feed title from its section part."""
    hints = []
    for url in (feed.link, feed_url):
        domain = domain_of(url) or ""
        labels = domain.split(".")
        if len(labels) >= 2:  # "urdu.sahil.example" → "sahil"; "journals.northgate.example"
            hints.append(_name_label(domain))
    # An <image> title that repeats the channel title ("World" and "World", the story API's
    # section feed) is no second field naming the site: a section word it matches is no name.
    image = feed.image_title or ""
    hints.append("" if _collapse(image) == _collapse(feed.title or "") else image)
    hints.append(_feed_rights_outlet(feed.rights) or "")
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
    rights = _feed_rights_outlet(feed.rights)
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
    named = _described_edition(named, feed) or named
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
    chosen = _with_hosts_article(chosen, feed, feed_url)
    if chosen and legal_entity(chosen):
        # "IBC News - World" read as the copyright's "Isles Broadcasting Corporation, see …"
        # (its initials expanded): a company's name is no outlet's (the digest lint's own
        # test); the next name the feed gives that is none: the title without its section,
        # the <image> title, the copyright's, the description's, the one the host spells.
        return _first_unincorporated((
            feed_outlet_name(feed.title, hints, company, sections), image, rights,
            _described_name(feed, hints, company),
            *(host_brand(domain_of(url)) for url in (feed.link, feed_url)),
        ), feed, feed_url)
    return chosen


_EDITION_NAMES = frozenset(
    [w.casefold() for w in _TABLES["edition_words"]]
    + [s for ws in _TABLES["edition_words_latin"].values() for s in ws]
)


def _described_edition(named: str | None, feed: ParsedFeed) -> str | None:
    """"بھارت وانی اردو - بین الاقوامی" whose description is "بھارت وانی اردو سروس": the language
    word the title's name ends with is the service's own name (not an edition cut from a
    brand) when the feed's description or <image> title writes the name with it."""
    title = " ".join((feed.title or "").split())
    if not named or not title.startswith(named + " "):
        return None
    rest = title[len(named) + 1:].split(maxsplit=1)
    if not rest or rest[0].casefold() not in _EDITION_NAMES:
        return None
    full = f"{named} {rest[0]}"
    for text in (feed.description, feed.image_title):
        said = " ".join((text or "").split())
        # the name said in a sentence of its own ("… اردو سروس", "… বাংলা সম্প্রচার সেবা"), not
        # the title or the name alone repeated ("X عربي - الرئيسية", "X اردو")
        if said != title and said.startswith(full) and _WORD_AFTER.match(said, len(full)):
            return full
    return None


_WORD_AFTER = re.compile(r"\s+[^\W\d_]")


def _first_unincorporated(
    names: Iterable[str | None], feed: ParsedFeed, feed_url: str
) -> str | None:
    """The first of `names` that is no company's name (bot.content.legal_names), as the outlet
    writes it (with the article its host carries); None when each is one or none is given."""
    for name in names:
        if name and not legal_entity(written := _with_hosts_article(name, feed, feed_url) or name):
            return written
    return None


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
        # "donauwelle.example" with the publisher "Donauwelle Rundfunk": the host spells the
        # brand, the words after it are the company's ("Rundfunk", "Verlag", "Media")
        # ("PENISOLA Società Cooperativa": a brand set in capitals is no better than the host)
        lead = next((k for k in range(1, len(words)) if "".join(words[:k]) == label), 0)
        if lead and len(label) >= 5 and not (brand := " ".join(named.split()[:lead])).isupper():
            return brand
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
    sources = (feed.title, feed.image_title, _feed_rights_holder(feed.rights), feed.publisher,
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
    # halyardnews.com is the name as the outlet writes it. A name that runs on past the words
    # the host spells with an institution's word ("Nordwelle Polar Institute" in the copyright
    # on nordwelle-polar) is the fuller name, not a piece of one: it stays ("Tide Radio
    # Moncton" on tideradio is the station and its town: the host's name).
    if len(words) > len(run) and words[:len(run)] == run and all(
        w.casefold() in _INSTITUTION_WORDS for w in words[len(run):]
    ) and _in_words(name, _feed_rights_holder(feed.rights)):
        return None
    if words[0] == run[0] and not _in_words(name, feed.title):
        return found
    head = m["label"] if len(words) == 1 and (m := _BARE_HOST.match(words[0])) else words[0]
    if _abbreviates(head, key) and any(
        _in_words(found, text)
        for text in (feed.image_title, feed.description, _feed_rights_holder(feed.rights))
    ):
        # "IPT News: World" on indraprasthatimes.example whose <image> title or description
        # writes "The Indraprastha Times": the title's initials stand for the name the host
        # spells, which readers know; as the outlet writes it ("The …" where it does). So do
        # the initials of a short host the title brands the site by ("Politik - MZ.example"
        # on marienplatz-zeitung.example, "… - Marienplatz-Zeitung" in the description, or
        # the company "Marienplatz-Zeitung Digitale Medien GmbH" in the copyright: its brand).
        return next((f"The {found}" for text in sources[1:] if text and _in_words(
            f"The {found}", text)), found)
    return None


def _abbreviates(word: str, key: str) -> bool:
    """Is `word` ("IPT") initials (2-5 capitals) whose letters the host label
    ("indraprasthatimes") runs in order from its first letter, without spelling them together
    ("NDTV" on ndtv.com is the host's own form)?"""
    if not (2 <= len(word) <= 5 and word.isalpha() and word.isupper() and word.isascii()):
        return False
    letters = word.casefold()
    if not key.startswith(letters[0]) or key.startswith(letters):
        return False
    at = 0
    for ch in letters:
        at = key.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


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
    # "Murtaler Bote" on murtalbote: a place's adjective the host writes as the place
    words = [_ALNUM_ONLY.sub("", _fold_latin(w.casefold())) for w in (name or "").split()]
    if name and not _is_tagline(name) and any(
        _matches(name, h) or (len(words) > 1 and _word_starts_spell(words, h)) for h in hosts
    ):
        return name
    return None


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
    if topic and (
        (head[-1].casefold() in _INSTITUTION_WORDS and low[0] in _NAME_LINK_WORDS)
        or _in_words(" ".join(words), _feed_rights_holder(feed.rights))
    ):
        # "Ryck Institute for Baltic Ecology" on ryck-institute: an institution's name runs on
        # past the words its host spells ("Institute for …", "Centre of …"), as its copyright
        # writes it whole; no topic of the feed's
        return None
    return " ".join(head) if topic and len(rest) <= 5 else None


# Lower-case words that carry an institution's name on ("Institute for Baltic Ecology").
_NAME_LINK_WORDS = frozenset(("for", "of", "on"))


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


# The last feed `_feed_side_of` worked out: (the feed, its URL, its side). Its items come one
# after another (a build or a backlog walks a feed's entries), and the cache key of its side
# (the feed without entries, its items' credits and categories) cost as much as the rest of
# the outlet: ~25 µs an item, a fifth of a backlog row.
_last_side: tuple[ParsedFeed, str, tuple[str | None, str | None, str | None]] | None = None


def _feed_side_of(feed: ParsedFeed, feed_url: str) -> tuple[str | None, str | None, str | None]:
    """`_feed_side` of the feed an item is in. The feed's side is the same for all its items:
    worked out once per feed (a feed's entries are no part of it, and are left out of the
    cache key). A ParsedFeed is immutable: the same object is the same feed (it is held here,
    so its id is not reused)."""
    global _last_side
    last = _last_side
    if last is not None and last[0] is feed and last[1] == feed_url:
        return last[2]
    side = _feed_side(
        replace(feed, entries=()) if feed.entries else feed, feed_url, _credits(feed),
        _categories(feed),
    )
    _last_side = (feed, feed_url, side)
    return side


_last_titles: tuple[ParsedFeed, bool] | None = None


def _titles_name_publishers(feed: ParsedFeed) -> bool:
    """`titles_name_publishers` of the feed's titles, once per feed (as `_feed_side_of`)."""
    global _last_titles
    last = _last_titles
    if last is not None and last[0] is feed:
        return last[1]
    answer = titles_name_publishers(tuple(e.title for e in feed.entries))
    _last_titles = (feed, answer)
    return answer


def resolve_outlet(entry: FeedEntry, feed: ParsedFeed, feed_url: str) -> tuple[str, str | None]:
    """(outlet, via). `via` names the aggregator when the item came through one.

    Outlet, first that applies: the item's <source>, the source URL's known outlet, the
    publisher suffix of an aggregated title (" - Reuters"), the link's known outlet, the item's
    copyright; then, for a feed that is not an aggregator, the feed's copyright, known domain or
    title; last the link's domain. An aggregator's own name is never the outlet.
    """
    feed_domain, aggregator, own_name = _feed_side_of(feed, feed_url)
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
    bracketed = bracketed_publisher(entry.title) if _titles_name_publishers(feed) else None
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
