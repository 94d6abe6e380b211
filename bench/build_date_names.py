"""Build bot/data/date_names.json: day and month names of many languages, from CLDR.

    python3 -m bench.build_date_names [--check]

Build time only (babel ships CLDR; it is not needed at run time). For every language of
`bot/data/geo/languages.json` and the others in `EXTRA` below: CLDR's abbreviated and wide day
and month names, in their format (genitive: "grudnia", "декабря", "Δεκεμβρίου") and stand-alone
(nominative: "grudzień", "декабрь") forms, casefolded, dots stripped, each also without its
accents ("δεκεμβριου", "aralik"). Each name maps to the English RFC 822 name ("dec", "thu").

Collisions: a name that means one thing in every language that has it goes to "months"/"days".
A name that means different things in two languages ("lis": November in Polish, October in
Croatian; "lip": July in Polish, June in Croatian) is not mapped blindly: it goes to
"by_language" only, and bot/content/dates.py reads it only when the feed's language says which
one. English names always keep their English meaning. The hand-written names of
bot/data/dates.json ("jän", "mrz", "maerz") are read beside these at run time.
`--check` fails if the committed file differs from a fresh build with the same babel version.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

from bench import table_build

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bot" / "data"
OUT = DATA / "date_names.json"

# Languages of world-news feeds beyond the geo languages (bot/data/geo/languages.json).
EXTRA = (
    "af", "az", "be", "bn", "bs", "ca", "cy", "et", "eu", "fil", "ga", "gl", "hr", "hy", "is",
    "ka", "kk", "lt", "lv", "mk", "ms", "mt", "nb", "nn", "sl", "sq", "sw", "uz", "vi",
)
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # babel's weekday index 0..6


def languages() -> list[str]:
    geo = json.loads((DATA / "geo" / "languages.json").read_text("utf-8"))["languages"]
    return sorted(set(geo) | set(EXTRA))


def forms(name: str, shortest: int = 2) -> set[str]:
    """'Δεκεμβρίου' → {'δεκεμβρίου', 'δεκεμβριου'}; 'czw.' → {'czw'}; 'Aralık' → {…, 'aralik'}."""
    text = " ".join(name.casefold().split()).rstrip(".")  # "ม.ค." keeps its inner dot
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    bare = unicodedata.normalize("NFC", bare)
    # Turkish "ARALIK" casefolds to "aralik": the dotless ı as i too.
    return {t for t in (text, bare, bare.replace("ı", "i")) if len(t) >= shortest}


def names_of(lang: str) -> dict[str, dict[str, str]]:
    """{"months": {name: english}, "days": {name: english}} for one language; a month name that
    means two months within the language itself is left out."""
    from babel import Locale

    loc = Locale.parse(lang)
    out: dict[str, dict[str, str]] = {}
    for kind, table, english in (("months", loc.months, MONTHS), ("days", loc.days, DAYS)):
        seen: dict[str, set[str]] = {}
        for context in ("format", "stand-alone"):
            for width in ("abbreviated", "wide"):
                for index, name in table.get(context, {}).get(width, {}).items():
                    meaning = english[index - 1] if kind == "months" else english[index]
                    # one-letter day names ("K", "R") are kept: a day name is only recognised
                    for form in forms(name, 2 if kind == "months" else 1):
                        seen.setdefault(form, set()).add(meaning)
        # A day name is only recognised, never read: one with two meanings stays known.
        out[kind] = {n: min(m) for n, m in sorted(seen.items()) if len(m) == 1 or kind == "days"}
    return out


def build() -> dict[str, Any]:
    per_lang = {lang: names_of(lang) for lang in languages()}
    result: dict[str, Any] = {"months": {}, "days": {}, "by_language": {}}
    for kind in ("months", "days"):
        meanings: dict[str, dict[str, str]] = {}
        for lang, tables in per_lang.items():
            for name, english in tables[kind].items():
                meanings.setdefault(name, {})[lang] = english
        for name, by_lang in sorted(meanings.items()):
            values = set(by_lang.values())
            if "en" in by_lang:
                result[kind][name] = by_lang["en"]  # English is RFC 822's own language
                values = {by_lang["en"]}
            if len(values) == 1:
                result[kind].setdefault(name, values.pop())
                continue
            for lang, english in by_lang.items():
                if lang != "en" and english != result[kind].get(name):
                    result["by_language"].setdefault(lang, {}).setdefault(kind, {})[name] = english
    result["by_language"] = dict(sorted(result["by_language"].items()))
    result["languages"] = sorted(per_lang)
    return result


def dump(data: dict[str, Any]) -> str:
    head = {
        "_comment": "Generated by bench/build_date_names.py from CLDR; do not edit. Day and "
        "month names (casefolded, no dots, also without accents) → English RFC 822 names. "
        "'months'/'days': names with one meaning in every language; 'by_language': names "
        "that mean something else in another language, read only for a feed in that language.",
        "_babel": table_build.babel_version(),
    }
    lines = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in head.items()]
    lines += [f"{json.dumps(k)}: {json.dumps(data[k], ensure_ascii=False)}"
              for k in ("languages", "months", "days")]
    lines.append('"by_language": {\n' + ",\n".join(
        f"  {json.dumps(lang)}: {json.dumps(table, ensure_ascii=False, sort_keys=True)}"
        for lang, table in data["by_language"].items()) + "\n}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    return table_build.main(argv, doc=__doc__, out=OUT, make=lambda: dump(build()),
                            module="build_date_names", babel=True)


if __name__ == "__main__":
    sys.exit(main())
