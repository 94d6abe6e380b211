"""Which language a headline and lead are written in: script first, then function words.

Offline, no model file and no numpy: scripts settle most languages (kana → Japanese, Han →
Chinese, Hangul → Korean; in Arabic script, Urdu and Persian have letters Arabic lacks), and
among Latin and Cyrillic languages the frequent function words of each profile in
`bot/data/geo/languages.json` decide. The feed's declared language breaks ties and covers text
too short to tell ("Putin in Peking"); with neither, Latin-script text is read as English.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from bot.content import geo
from bot.core import lazy_re as re  # compiles each pattern on first use

UNKNOWN = "und"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTER_BYTES = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))


def _count_ascii_letters(text: str) -> int:
    """How many [A-Za-z] in `text`, without a list of them: in UTF-8 only an ASCII letter
    is one of these bytes (every byte of another character is ≥ 0x80)."""
    raw = text.encode("utf-8", "surrogatepass")
    return len(raw) - len(raw.translate(None, _ASCII_LETTER_BYTES))
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ASCII_NON_LETTER = bytes(c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))
_URDU = frozenset("ٹڈڑںےۓہھ")
_PERSIAN = frozenset("پچژگیک")
_SCRIPTS = {
    "CJK": "han",
    "HIRAGANA": "kana",
    "KATAKANA": "kana",
    "HANGUL": "hangul",
    "ARABIC": "arabic",
    "CYRILLIC": "cyrillic",
    "LATIN": "latin",
    "HEBREW": "hebrew",
    "GREEK": "greek",
    "DEVANAGARI": "devanagari",
    "BENGALI": "bengali",
    "THAI": "thai",
}
_BY_SCRIPT = {"hangul": "ko", "hebrew": "he", "greek": "el", "devanagari": "hi",
              "bengali": "bn", "thai": "th"}
SAMPLE_CHARS = 600
MIN_HITS = 2  # function words needed before the text overrules the feed's declared language


@lru_cache(maxsize=1)
def _profiles() -> dict[str, tuple[str, frozenset[str]]]:
    return {
        code: (p["script"], frozenset(p["stopwords"]))
        for code, p in geo.languages().items()
        if p["stopwords"] and p["script"] in ("latin", "cyrillic")
    }


@lru_cache(maxsize=8)
def _script_index(script: str) -> dict[str, tuple[str, ...]]:
    """`_stopword_index` with only the languages written in `script`."""
    profiles = _profiles()
    index = {
        w: tuple(c for c in codes if profiles[c][0] == script)
        for w, codes in _stopword_index().items()
    }
    return {w: codes for w, codes in index.items() if codes}


@lru_cache(maxsize=1)
def _stopword_index() -> dict[str, tuple[str, ...]]:
    """Function word → the languages it belongs to: one dict lookup per word of the text."""
    index: dict[str, list[str]] = {}
    for code, (_, words) in _profiles().items():
        for w in words:
            index.setdefault(w, []).append(code)
    return {w: tuple(codes) for w, codes in index.items()}


@lru_cache(maxsize=4096)
def _script_of(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    return _SCRIPTS.get(first)


def base(tag: str | None) -> str | None:
    """"pt-BR" → "pt", "de_DE" → "de", "" → None."""
    if not tag:
        return None
    code = tag.strip().replace("_", "-").split("-")[0].lower()
    return code or None


def region(tag: str | None) -> str | None:
    """"pt-BR" → "BR", "en-gb" → "GB"; None without a region subtag."""
    if not tag:
        return None
    parts = tag.strip().replace("_", "-").split("-")
    return parts[1].upper() if len(parts) > 1 and len(parts[1]) == 2 else None


# Country-code domains sold as generic names (".io" apps, ".tv" video, ".co" startups).
GENERIC_TLDS = frozenset(("ai", "co", "fm", "io", "me", "tv", "ws", "cc", "to", "ly", "gg", "su"))


# "The English service of the Czech public broadcaster …", "… – Ukrainian National News
# Agency", "Malaysia's national news agency", "Bhutan's national newspaper": a feed describing
# its outlet as a country's broadcaster, agency or paper names the outlet's country (a world
# service's copy reports its home country's own affairs as home news). Kinds and modifiers are
# data (bot/data/outlet_country.json).
@lru_cache(maxsize=1)
def _outlet_table() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("bot.data").joinpath("outlet_country.json").read_text("utf-8")
    )
    return data


def _alternation(words: list[str]) -> str:
    return "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _outlet_of_country() -> re.Pattern[str]:
    t = _outlet_table()
    mods = f"(?:{_alternation(t['outlet_kind_modifiers'])})"
    return re.compile(
        r"(?i:\b(?P<who>[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?)(?:['’]s)?\s+"
        rf"(?:(?:{mods}\s+){{0,3}}(?:{_alternation(t['outlet_kinds'])})"
        # a radio or a daily only with what kind it is ("public radio", not "radio market")
        rf"|(?:{mods}\s+){{1,3}}(?:{_alternation(t['outlet_kinds_modified'])}))\b)"
    )


def cms_default(tag: str | None) -> bool:
    """Whether a <language> tag is one content systems write as installed ("en-US"): its region
    is no evidence of the outlet's country (`feed_hint`)."""
    if not tag:
        return False
    norm = tag.strip().replace("_", "-").casefold()
    return norm in _cms_default_tags()


@lru_cache(maxsize=1)
def _cms_default_tags() -> frozenset[str]:
    return frozenset(t.casefold() for t in _outlet_table()["cms_default_tags"])


@lru_cache(maxsize=1)
def _country_by_alias() -> dict[str, str]:
    return {
        alias.casefold(): c["code"]
        for c in geo.read_data("en.json")["countries"] if c["code"]
        for alias in (c["name"], *c["aliases"])
    }


def described_country(description: str | None) -> str | None:
    """The country a feed's description names as its outlet's ("the Czech public broadcaster",
    "Ukrainian National News Agency"), else None."""
    if not description:
        return None
    aliases = _country_by_alias()
    for m in _outlet_of_country().finditer(description[:300]):
        who = m["who"].casefold()
        for key in (who, *who.split()):
            if key in aliases:
                return aliases[key]
    # "World news from The Careenage Record, Barbados": the outlet's name, then its country
    # (not "Coverage of Russia, Ukraine": the name before the comma is no place itself)
    if (tail := _NAME_THEN_COUNTRY.search(description[:300])) and (
        country := aliases.get(tail["country"].casefold())
    ) and not any(w.casefold().strip("'’") in aliases for w in tail["name"].split()):
        return country
    return None


_NAME_THEN_COUNTRY = re.compile(
    r"(?P<name>(?:[A-Z][\w'’&.-]*\s+){0,4}[A-Z][\w'’&.-]*)\s*,\s*"
    r"(?P<country>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})\s*\.?\s*$"
)


# One feed's every item asks with the same four strings (~20 µs a call: URL parsing, the
# description's outlet phrase): the answer is the feed's, kept for the batch's other items.
@lru_cache(maxsize=256)
def feed_hint(
    declared: str | None, url: str | None, site: str | None = None,
    description: str | None = None, rights: str | None = None,
) -> str | None:
    """The language tag to score a feed's items with: its declared `<language>`, with the
    outlet's country as the region. The country is the feed's country-code domain, else that
    of `site`, the channel's own link (a feed served from a feed service, a proxy or a
    loopback address), else the declared region ("de" + ".at" → "de-AT"; an English feed on
    ".de" → "und-DE": the outlet is German whatever it writes in). The domain wins over a
    declared region: "en-us", "en-gb" and "pt-PT" are CMS defaults left as installed, and a
    Tanzanian site declaring "en-gb" or a Macanese one "pt-PT" is no British or Portuguese
    outlet. On a generic domain a tag written as installed whose region is its language's usual
    country ("en-US", `cms_default`) is dropped to its language: the description ("Bhutan's
    national newspaper") and then the feed's items (`bot.content.home`) may name the country,
    and with neither the language's usual country (the US) is home as before."""
    lang = base(declared)
    country = cc_country(url) or cc_country(site)
    if country is None and cms_default(declared):
        declared = lang  # "en-US" as installed: the description or the items may say better
    if country is None and region(declared) is None:
        country = described_country(description)  # a generic domain, no declared region
    if country is None and region(declared) is None:
        country = licensed_country(rights)  # "滇ICP备05000000号" in the copyright line
    if country is None:
        return declared or None
    return f"{lang or UNKNOWN}-{country}"


# A mainland Chinese site's ICP licence or filing number ("京ICP证000000号", "滇ICP备05000000号-1"),
# which every site hosted in mainland China prints in its footer and copyright line, whatever
# language it writes in (an Urdu or English service of a Chinese broadcaster).
_ICP_NUMBER = re.compile(r"ICP\s*(?:备|証|证|備)\s*\d")


def licensed_country(rights: str | None) -> str | None:
    """The country whose site licence a feed's copyright line quotes ("CN" for a Chinese ICP
    number), else None."""
    return "CN" if rights and _ICP_NUMBER.search(rights) else None


def cc_country(url: str | None) -> str | None:
    """The country of a URL's country-code domain ("GB" for ".uk"), or None: no URL, a
    generic or sold-as-generic domain, an IP address, a code no country of the gazetteer has."""
    host = (urlsplit(url).hostname or "") if url else ""
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if len(tld) != 2 or not tld.isalpha() or tld in GENERIC_TLDS:
        return None
    country = "GB" if tld == "uk" else tld.upper()
    return country if country in _country_codes() else None


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    return frozenset(c["code"] for c in geo.read_data("en.json")["countries"] if c["code"])


# Letters one of the two supported Cyrillic languages writes and the other never does: short
# Ukrainian headlines share most function words with Russian ("у", "о", "на"), and a Ukrainian
# agency's feed may declare no language or carry Russian category names.
_UKRAINIAN_ONLY = frozenset("іїєґ")
_RUSSIAN_ONLY = frozenset("ыэъё")
_LETTERS_DECIDE = 2  # distinctive letters needed ("Київ" alone in Russian text is a name)


def _cyrillic_by_letters(low: str) -> str | None:
    uk = sum(1 for ch in low if ch in _UKRAINIAN_ONLY)
    ru = sum(1 for ch in low if ch in _RUSSIAN_ONLY)
    # Only this way round: ъ, ы, э are also Bulgarian's or Belarusian's, whose function words
    # still decide.
    return "uk" if uk >= _LETTERS_DECIDE and not ru else None


def detect(text: str, declared: str | None = None) -> str:
    """ISO 639-1 code of the text's language, or "und"."""
    return _detect(text[:SAMPLE_CHARS], base(declared))


# Remembered: one item's headline and lead are asked of by its home evidence, its relevance
# and its build (~4 calls an article, ~1.4 different texts: a cold cycle's pool jobs).
@lru_cache(maxsize=256)
def _detect(text: str, hint: str | None) -> str:
    if text.isascii():  # (a flag) ASCII letters are Latin: no script to count
        return _by_words(text, hint, "latin") if _count_ascii_letters(text) else hint or UNKNOWN
    scripts: Counter[str] = Counter()
    # Only non-ASCII letters need a look-up; ASCII letters are Latin.
    for ch in _NON_ASCII.findall(text):
        if ch.isalpha():
            s = _script_of(ch)
            if s:
                scripts[s] += 1
    if not scripts or scripts.most_common(1)[0][1] < 20:
        ascii_letters = _count_ascii_letters(text)
        if ascii_letters:
            scripts["latin"] += ascii_letters
    if not scripts:
        return hint or UNKNOWN
    if scripts["kana"] >= 2:
        return "ja"
    script, _ = scripts.most_common(1)[0]
    if script in ("han", "kana"):
        return "ja" if hint == "ja" else "zh"
    if script == "arabic":
        letters = set(text)
        if letters & _URDU:
            return "ur"
        if letters & _PERSIAN:
            return "ur" if hint == "ur" else "fa"
        return "ar"
    if script in _BY_SCRIPT:
        return _BY_SCRIPT[script]
    return _by_words(text, hint, script)


def _by_words(text: str, hint: str | None, script: str) -> str:
    """`detect` for a text in the Latin or Cyrillic script: its function words decide."""
    profiles = _profiles()
    index = _script_index(script)
    low = text.lower()
    if script == "cyrillic" and (letters_say := _cyrillic_by_letters(low)):
        return letters_say
    words = (  # _WORD's runs; in ASCII text, [A-Za-z] runs: a byte table and a split
        low.encode("ascii").translate(_ASCII_NON_LETTER).decode("ascii").split()
        if low.isascii() else _WORD.findall(low)
    )
    # Each distinct word once, in the order it first appears (so languages are counted, and
    # tied, as a word-by-word walk would).
    hits: dict[str, int] = {}
    # (only the function words are counted, picked in C: the others add nothing)
    for w, n in Counter(filter(index.__contains__, words)).items():
        for code in index[w]:
            hits[code] = hits.get(code, 0) + n
    if not hits:
        if hint and profiles.get(hint, ("", None))[0] in (script, ""):
            return hint
        return "en" if script == "latin" else "ru" if script == "cyrillic" else UNKNOWN
    ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0] != hint, kv[0] != "en"))
    best, n = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if hint in profiles and profiles[hint][0] == script:
        # The feed's declared language holds unless the text clearly says otherwise.
        if best != hint and n >= 3 and n > 2 * hits.get(hint, 0):
            return best
        return hint
    if n >= MIN_HITS or n > runner_up:
        return best
    return "en" if script == "latin" else "ru"
