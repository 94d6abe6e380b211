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

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GEO = ROOT / "bot" / "data" / "geo"
OUT = GEO / "cldr.json"


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
        for code in sorted(aliases):
            names = []
            for key in (code, f"{code}-alt-short", f"{code}-alt-variant"):
                name = loc.territories.get(key)
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
        out[lang] = table
    return out


def babel_version() -> str:
    import babel

    return str(babel.__version__)


def dump(data: dict) -> str:
    lines = [f'"_babel": {json.dumps(babel_version())}'] + [
        f"{json.dumps(lang)}: {json.dumps(table, ensure_ascii=False, sort_keys=True)}"
        for lang, table in data.items()
    ]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed file is stale")
    args = ap.parse_args(argv)
    text = dump(build())
    if args.check:
        committed = json.loads(OUT.read_text("utf-8")) if OUT.exists() else {}
        if committed.get("_babel") not in (None, babel_version()):
            print(f"cldr.json was built with babel {committed['_babel']}: not comparable")
            return 0
        same = OUT.exists() and OUT.read_text("utf-8") == text
        print("cldr.json up to date" if same else "cldr.json is stale: run bench.build_gazetteer")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
