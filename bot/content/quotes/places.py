"""Places, bodies, countries and nationalities from bot/data/geo (bot.content.geo): a
capitalised word that names no person."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from bot.content import geo, language
from bot.content.quotes.tables import _TABLES
from bot.core import lazy_re as re  # compiles each pattern on first use


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Countries, capitals and large cities in the gazetteer's languages, casefolded."""
    names: set[str] = set()
    for table in geo.read_data("cldr.json").values():
        if isinstance(table, dict):
            names.update(n.casefold() for forms in table.values() for n in forms)
    for country in geo.read_data("en.json")["countries"]:
        names.update(a.casefold() for a in country["aliases"])
    return frozenset(names)


def _is_place(word: str) -> bool:
    return word.casefold() in _place_names()


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Capitals and large cities (CLDR's names after each country's own), casefolded; a
    name that is also a country's ("Singapore", "Kuwait") is left out."""
    countries: set[str] = set()
    cities: set[str] = set()
    for table in geo.read_data("cldr.json").values():
        if isinstance(table, dict):
            for forms in table.values():
                countries.update(n.casefold() for n in forms[:1])
                for n in forms[1:]:
                    cities.add(n.casefold())
                    # "Le Caire", "La Havane": after "du"/"de" the article goes ("du Caire")
                    cities.add(re.sub(r"^(?:le|la|les|l['’])\s*", "", n.casefold()))
    for country in geo.read_data("en.json")["countries"]:
        countries.update(a.casefold() for a in country["aliases"])
    return frozenset(cities - countries)


def _is_city(name: str) -> bool:
    return name.casefold() in _city_names()


@lru_cache(maxsize=1)
def _body_names() -> frozenset[str]:
    """The gazetteer's institutions as written ("Ue", "ONU", "NATO") in every language,
    casefolded ("Nato", as Italian and German write it)."""
    bodies = geo.read_data("en.json")["institutions"]
    names: set[str] = {form.casefold() for body in bodies for form in body.get("exact", ())}
    for lang in geo.languages():
        if lang == "en" or not geo.supported(lang):
            continue
        for name, forms in (geo.read_data(f"{lang}.json").get("exact") or {}).items():
            if any(name == body["name"] for body in bodies):
                names.update(form.casefold() for form in forms)
    return frozenset(names)


def _is_body_or_place(word: str) -> bool:
    """An institution ("Ue", "Onu") or a country or city: a word no person is called."""
    return word.casefold() in _body_names() or _is_place(word)


_DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i", "ine", "ch")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """"norway" → "Norwegian": a country's adjective, its first alias that starts as the name
    does and ends as an adjective does (bot/data/geo/en.json)."""
    out = {}
    for c in geo.read_data("en.json")["countries"]:
        name = c["name"].casefold()
        adj = next((a for a in c["aliases"] if a != name and " " not in a
                    and a[:3] == name[:3] and a.endswith(_DEMONYM_ENDINGS)), None)
        if adj:
            out[name] = adj.capitalize()
    return out


def _as_adjective(body: list[str]) -> list[str]:
    """"Norway's foreign ministry" → "Norwegian foreign ministry", as a label names a body the
    text gave with its country's possessive (a body found away from the quote)."""
    owner = re.sub(r"['’]s$", "", body[0])
    if owner != body[0] and (adj := _demonyms().get(owner.casefold())):
        return [adj, *body[1:]]
    return body


_NATIONALITY_ENDINGS = {k: tuple(v) for k, v in _TABLES["nationality_endings"].items()}
_SHARED_START = 4  # "lett-ische" / "Lett-land", "kosov-aro" / "Kosov-o"


@lru_cache(maxsize=64)
def _country_names(lang: str) -> dict[str, str]:
    """ISO code → the country's name in `lang` (CLDR)."""
    table = geo.read_data("cldr.json").get(lang, {})
    return {code: str(names[0]) for code, names in table.items() if names}


def _fold(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c)
    )


def _country_by_stem(word: str, lang: str) -> str | None:
    """A nationality adjective the gazetteer lacks ("kosovaro", "lettische") → the country
    whose name starts as the word does (four letters or more, the longest start, one country)."""
    if not word.endswith(_NATIONALITY_ENDINGS.get(lang, ())):
        return None
    folded = _fold(word)
    best, length, tie = None, _SHARED_START - 1, False
    for name in _country_names(lang).values():
        other = _fold(name)
        n = next((i for i, (a, b) in enumerate(zip(folded, other, strict=False)) if a != b),
                 min(len(folded), len(other)))
        if n > length:
            best, length, tie = name, n, False
        elif n == length:
            tie = True
    return None if tie else best


_CJK_CHAR = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")


def _is_nationality(word: str, text: str) -> bool:
    code = language.detect(text)
    if not geo.supported(code):
        return False
    found = geo.find_mentions(word, lang=code)
    return (len(found) == 1 and found[0].entity.kind in ("country", "home")) or bool(
        _country_by_stem(word.casefold(), code)
    )
