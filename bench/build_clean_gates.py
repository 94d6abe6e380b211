"""Build bot/data/clean_gates.json: the gates of `bot.content.clean`'s junk patterns.

    python3 -m bench.build_clean_gates [--check]

`bot.content.regex_gates` derives from a pattern's parse tree which literals every match starts
with or contains; for cleaning's junk patterns (hundreds of phrases from bot/data/junk.json)
that was ~0.2 s in every process that cleans. Stored: which whole-label entries start with a
literal, the start gate of the start-anchored patterns and the literal gates of the others, each
with a digest of what it was derived from: at run time an entry whose source has changed is
ignored (derived there), and `--check` (run by the tests) fails on a stale file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench import table_build

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "data" / "clean_gates.json"


def build() -> dict:
    from bot.content import clean, regex_gates

    split = [clean.junk_gates._starts_with_literal(w) for w in clean.junk_gates._WHOLE_ENTRIES]
    patterns = clean.junk_start_patterns(split)
    starts = regex_gates.any_prefix(*(regex_gates.prefixes(p) for p in patterns))
    whole_parts = clean.junk_gates.whole_parts(
        [w for w, lit in zip(clean.junk_gates._WHOLE_ENTRIES, split, strict=True) if not lit])
    limits = clean.junk_gates.literal_gate_limits(whole_parts)
    return {
        "about": "Gates of bot/content/clean.py's junk patterns, each with a digest of what it "
        "was derived from: built by bench/build_clean_gates.py; do not edit by hand.",
        "whole_split": {"source": clean.whole_entries_key(), "literal": split},
        "starts": {"source": regex_gates.sources_key(patterns),
                   "gate": None if starts is None else starts.to_data()},
        "gates": {name: regex_gates.built_words(p, limits.get(name))
                  for name, p in clean.literal_gate_patterns(whole_parts).items()},
        "author_staff": regex_gates.built_words(clean.author_notes._STAFF_HINT),
    }


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    def summary(text: str) -> str:
        data = json.loads(text)
        return (f"{sum(data['whole_split']['literal'])} of {len(data['whole_split']['literal'])}"
                f" whole labels literal-led, {len(data['gates'])} literal gates")

    return table_build.main(
        argv, doc=__doc__, out=OUT, make=lambda: dump(build()), module="build_clean_gates",
        summary=summary)


if __name__ == "__main__":
    sys.exit(main())
