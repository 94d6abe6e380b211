"""Build bot/data/geo/zh_fold.json: Traditional Chinese characters and their Simplified forms.

    python3 -m bench.build_zh_fold [--check]

Build time only (hanziconv, Apache 2.0, ships the character map; it is not needed at run time).
The Chinese tables (CLDR names, gazetteer forms, lexicon, tag words) are written in Simplified
characters; Taiwan and Hong Kong outlets write Traditional ones ("美國", "俄羅斯", "歐盟"). Text
and table entries both pass through `geo.normalise`, which maps each Traditional character to its
Simplified form with this table (the languages.json profile's "fold"), so one table serves both.
`--check` fails if the committed file differs from a fresh build with the same hanziconv version.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench import table_build

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "data" / "geo" / "zh_fold.json"


def build() -> dict:
    from importlib.metadata import version

    from hanziconv import charmap

    first: dict[str, str] = {}  # a Traditional character listed twice keeps its first form
    for s, t in zip(charmap.simplified_charmap, charmap.traditional_charmap, strict=True):
        if s != t:
            first.setdefault(t, s)
    pairs = sorted(first.items())
    return {
        "about": "Traditional → Simplified Chinese characters, position by position: folded by "
        "geo.normalise for the languages whose profile names this file ('fold'). Built by "
        "bench/build_zh_fold.py from hanziconv's character map; do not edit by hand.",
        "hanziconv": version("hanziconv"),
        "traditional": "".join(t for t, _ in pairs),
        "simplified": "".join(s for _, s in pairs),
    }


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=0) + "\n"


def main(argv: list[str] | None = None) -> int:
    return table_build.main(
        argv, doc=__doc__, out=OUT, make=lambda: dump(build()), module="build_zh_fold",
        summary=lambda text: f"{len(json.loads(text)['traditional'])} characters")


if __name__ == "__main__":
    sys.exit(main())
