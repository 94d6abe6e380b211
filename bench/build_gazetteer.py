"""Build bot/data/geo/cldr.json: country and capital names in every supported language, from CLDR.

    python3 -m bench.build_gazetteer [--check]

Build time only (babel ships CLDR; it is not needed at run time). For each language in
`bot/data/geo/languages.json` and each country of the English gazetteer: the CLDR territory
name, its short/variant forms, and the CLDR exemplar city of every time zone whose English name
is one of that country's English aliases (capitals and major cities: "Europe/Moscow" → "Moskau",
"موسكو", "モスクワ"). Hand-written forms (demonyms, adjectives, inflections, leaders,
institutions) live beside it in `bot/data/geo/<lang>.json`.
`--check` fails if the committed file differs from a fresh build with the same babel (CLDR)
version; the file records the version it was built with.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from bench import table_build

ROOT = Path(__file__).resolve().parent.parent
GEO = ROOT / "bot" / "data" / "geo"
OUT = GEO / "cldr.json"
# Regional CLDR locales whose spellings differ from the language's default one: a pt-PT, AO or
# MZ outlet writes "Quénia", "Vietname", "Polónia", "Irão" where pt (Brazil) has "Quênia".
REGIONAL = {"pt": ("pt_PT",)}


def build() -> dict:
    from babel import Locale
    from babel.core import get_global

    languages = json.loads((GEO / "languages.json").read_text("utf-8"))["languages"]
    english = json.loads((GEO / "en.json").read_text("utf-8"))["countries"]
    aliases = {c["code"]: set(c["aliases"]) | set(c["ambiguous"]) for c in english if c["code"]}
    zones: dict[str, list[str]] = {}
    for tz, code in get_global("zone_territories").items():
        city = tz.rsplit("/", 1)[-1].replace("_", " ").lower()
        if city in aliases.get(code, ()):
            zones.setdefault(code, []).append(tz)
    out: dict[str, dict[str, list[str]]] = {}
    for lang in sorted(languages):
        if lang == "en":
            continue
        loc = Locale.parse(lang)
        latin = languages[lang]["script"] == "latin"  # CLDR omits a city named as in English
        table: dict[str, list[str]] = {}
        regional = [Locale.parse(r) for r in REGIONAL.get(lang, ())]
        for code in sorted(aliases):
            names = []
            for territories in [loc.territories] + [r.territories for r in regional]:
                for key in (code, f"{code}-alt-short", f"{code}-alt-variant"):
                    name = territories.get(key)
                    if name and name not in names:
                        names.append(name)
            for tz in sorted(zones.get(code, ())):
                city = loc.time_zones.get(tz, {}).get("city")
                if not city and latin:
                    city = tz.rsplit("/", 1)[-1].replace("_", " ")
                if city and city not in names:
                    names.append(city)
            if names:
                table[code] = names
        out[lang] = split_alternates(table)
    return out


_ALTERNATE = re.compile(r"^(.+?)\s*[(（](.+)[)）]$")


def split_alternates(table: dict[str, list[str]]) -> dict[str, list[str]]:
    """CLDR writes some names with an alternate in brackets, "Myanmar (Birmania)", "Конго
    (Киншаса)", which no text does: each part is a name of its own. The bracketed part is kept
    only when it looks like a name (capitalised where the script has case, one or two words,
    no all-capitals abbreviation) and names no other country ("RAE de Hong Kong (China)",
    "Meksyk (miasto)", "Гонконг (САР)" keep only the part before it)."""
    others = {code: {n.casefold() for n in names} for code, names in table.items()}
    out: dict[str, list[str]] = {}
    for code, names in table.items():
        kept: list[str] = []
        for name in names:
            m = _ALTERNATE.match(name)
            parts = [name] if m is None else [m.group(1).strip()]
            if m is not None:
                alt = m.group(2).strip()
                elsewhere = any(
                    alt.casefold() == n or n in alt.casefold()
                    for other, ns in others.items() if other != code for n in ns
                )
                if (not alt[0].islower() and not (alt.isupper() and len(alt) <= 5)
                        and len(alt.split()) <= 2 and not elsewhere):
                    parts.append(alt)
            kept.extend(p for p in parts if p and p not in kept)
        out[code] = kept
    return out


def dump(data: dict) -> str:
    lines = [f'"_babel": {json.dumps(table_build.babel_version())}'] + [
        f"{json.dumps(lang)}: {json.dumps(table, ensure_ascii=False, sort_keys=True)}"
        for lang, table in data.items()
    ]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    return table_build.main(argv, doc=__doc__, out=OUT, make=lambda: dump(build()),
                            module="build_gazetteer", babel=True)


if __name__ == "__main__":
    sys.exit(main())
