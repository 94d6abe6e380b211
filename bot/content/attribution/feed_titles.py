"""An outlet's name in a feed's title: the brand among its sections, taglines and feed
words ("Kestrel News - World", "RSS DiariodelWeb.it"), a host's brand, a section's title."""

from __future__ import annotations

import html as htmllib
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from bot.content import geo
from bot.content.attribution.headlines import _DIGITAL_EDITION, _MASTHEAD_END
from bot.content.attribution.keys import _fold_latin, _squash
from bot.content.attribution.links import (
    _LEGAL_TAIL,
    _PUBLISHER_TAIL,
    _is_proxy,
    _name_label,
    _site,
    domain_of,
)
from bot.content.attribution.rights import outlet_from_rights
from bot.content.attribution.tables import _CJK_ANY, _KNOWN_NAMES, _TABLES, _alternation
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import ParsedFeed

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


def _alnum(text: str) -> str:
    """"BF24" → "bf24", "Notícias" → "noticias": letters and digits, comparable with a host."""
    return re.sub(r"[\W_]+", "", _fold_latin(text.casefold()))


_ARTICLES = ("the", "le", "la", "les", "l", "il", "lo", "el", "los", "las", "o", "os", "a", "as",
             "die", "der", "das", "de", "het")


def _without_ending(name: str) -> str:
    """"LIGA.net" → "LIGA", "l'Eclaireur.fr" → "l'Eclaireur": a host form's name without its
    domain ending, to compare with a name written out elsewhere; any other name as it is."""
    m = _HOST_NAME.match(name)
    return m["name"] if m and " " not in name else name


# "TUT.BY", "AUTO.TUT.BY": a site's name as its host, credited as an item's author.
_HOST_FORM = re.compile(r"^[^\W_][\w-]*(?:\.[^\W\d_]{2,})+$")


def _section_key(text: str) -> str:
    """"Außenpolitik", "aussenpolitik", "politik-ausland" → letters and digits only."""
    return _alnum(text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"))


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
_ARCHIVE_LEAD_JOINERS = frozenset(w.casefold() for w in _TABLES["archive_lead_joiners"])
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
    if (category := _archive_category(low)) and _is_section(category, strict):
        return True  # "World Archives", "Arquivo de Mundo": a section's archive page
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
    """"Esteri Archivi", "World Archives", "Außenpolitik Archive": a category's archive page;
    also with the archive word first, as other languages' CMS translations write it ("Arquivo
    de Mundo", "Archives des International", "Archiwa Świat")."""
    return bool(_archive_category(part))


def _archive_category(part: str) -> str:
    """The category of a CMS category archive's title ("world" for "World Archives", "mundo"
    for "Arquivo de Mundo"), casefolded; "" when the part is no such title."""
    words = part.casefold().split()
    if len(words) < 2:
        return ""
    if words[-1] in _ARCHIVE_WORDS:
        return " ".join(words[:-1])
    if words[0] not in _ARCHIVE_WORDS:
        return ""
    return " ".join(words[2:] if words[1] in _ARCHIVE_LEAD_JOINERS else words[1:])


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
            _spells_host(w, hint.casefold()) for w in (part, *_word_runs(part)) if len(w) >= 4
        )
    )


def _word_runs(part: str) -> list[str]:
    """Each word, and in a name of up to five words each run of two or more ("روزنامہ اودھ
    پرچم": "اودھ پرچم" is what awadhparcham spells; the word for "daily" is not)."""
    words = part.split()
    if len(words) > 5:
        return words
    return [" ".join(words[i:j]) for i in range(len(words))
            for j in range(i + 1, len(words) + 1) if j - i < len(words)]


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
# Urdu letters: the host may write a short vowel the script leaves out after any of them.
_ABJAD_SPELLINGS: dict[str, list[str]] = _TABLES["host_spellings_abjad"]
_SPELLED = {
    **{ch: "(?:" + "|".join(re.escape(s) for s in ss) + ")" for ch, ss in _HOST_SPELLINGS.items()},
    **{ch: "(?:" + "|".join(re.escape(s) for s in ss) + ")[aeiou]?"
       for ch, ss in _ABJAD_SPELLINGS.items()},
}


@lru_cache(maxsize=512)
def _spells_host(name: str, label: str) -> bool:
    """Does a name written in Cyrillic or Urdu spell the site's host label, whole or its first
    letters four or more ("ЛІГА" → "liga", "Главком" → "glavcom", "Цензор.НЕТ" → "censor",
    "اودھ پرچم" → "awadhparcham")? Each letter as a host may spell it (bot/data/attribution.json
    "host_spellings", "host_spellings_abjad")."""
    letters = [ch for ch in name.casefold() if ch.isalnum()]
    if not label.isascii() or not letters or not all(
        ch in _SPELLED or ch.isascii() for ch in letters
    ) or not any(ch in _SPELLED for ch in letters):
        return False
    pieces = [_SPELLED.get(ch) or re.escape(ch) for ch in letters]
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
            # (a name in Urdu the host spells whole: its language word stays, as below)
            return _own_edition(_acronym_address(part, parts), raw_of, hints)
    if len(named) > 1 and sections:
        named = [p for p in named if _section_key(p) not in sections] or named
    # "Actualités et infos en direct", "Breaking news, analysis and opinion": a tagline, not
    # a name; the <image> title or the copyright holder names the outlet better.
    names = [p for p in named if not _is_tagline(p)]
    if len(names) > 1:  # "Kenya's Leading Digital Newspaper | Outlet": a capitalised tagline
        names = [p for p in names if not _slogan(p)] or names
    return _own_edition(_acronym_address(names[0], parts), raw_of, hints) if names else None


_EDITION_LATIN: dict[str, tuple[str, ...]] = {
    k.casefold(): tuple(v) for k, v in _TABLES["edition_words_latin"].items()
}


def _own_edition(name: str, raw_of: dict[str, str], hints: Sequence[str]) -> str:
    """"روزنامہ دکن اردو" on roznamadeccanurdu.example: the language word cut from the end of
    the title part as an edition is the brand's own when the site's host spells it after the
    rest of the name (a paper in that language, not a service of a brand: "BBC News Türkçe" on
    bbc.com still loses it)."""
    raw = " ".join(raw_of.get(name, "").split())
    if not raw.startswith(name + " "):
        return name
    spellings = _EDITION_LATIN.get(raw[len(name):].strip().casefold(), ())
    # a host that sets the language off ("bbs-urdu") names an edition of the brand before it
    keys = [h.casefold() for h in hints if h and h.isascii() and " " not in h]
    return raw if any(
        len(k) > len(s) + 2 and k.endswith(s) and k[-len(s) - 1].isalnum()
        for k in keys for s in spellings
    ) else name


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
    # "Fenwick University news", "Acme Institute updates": a section word in lower case after
    # a capitalised name describes the feed; a name spells its own word capitalised ("BBC News").
    if run_on and len(words) >= 2 and _lowercase_feed_word(words):
        words.pop()
        run_on = False  # the name before it is whole: "… of Marine Science news"
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


def _lowercase_feed_word(words: Sequence[str]) -> bool:
    """Is the last word a section word written in lower case after a name whose words all start
    with a capital but its small words ("Fenwick University news")?"""
    last = words[-1]
    return (last.islower() and last.casefold() in _SECTION_WORDS
            and words[0][:1].isupper()  # "Ateneo di Pavia notizie": its small words aside
            and all(w[:1].isupper() or w.casefold() in _FUNCTION_WORDS for w in words[:-1]))


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
