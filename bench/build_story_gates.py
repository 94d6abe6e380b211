"""Build bot/data/story_gates.json: the literal gates of `is_story`'s long alternations.

    python3 -m bench.build_story_gates [--check]

`bot.content.regex_gates` derives from a pattern's parse tree the literals one of which every
match contains; for `is_story`'s promo, title-anywhere and title-start alternations (~1,000
phrases from bot/data/non_story.json) that was ~0.1 s in every process. Each entry records the
digest of the pattern it was derived from: at run time an entry whose pattern has changed is
ignored (the gate is derived there), and `--check` (run by the tests) fails on a stale file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench import table_build

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "data" / "story_gates.json"


def build() -> dict:
    from bot.content import articles, regex_gates

    return {
        "about": "The literals one of which every match of each is_story alternation contains "
        "(lower case), with a digest of the pattern's source: built by "
        "bench/build_story_gates.py; do not edit by hand.",
        "gates": {
            name: regex_gates.built_words(p)
            for name, p in articles.story_gate_patterns().items()
        },
    }


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    def summary(text: str) -> str:
        gates = json.loads(text)["gates"]
        return ", ".join(f"{k}: {len(v['words'] or ())} words" for k, v in gates.items())

    return table_build.main(
        argv, doc=__doc__, out=OUT, make=lambda: dump(build()), module="build_story_gates",
        summary=summary)


if __name__ == "__main__":
    sys.exit(main())
