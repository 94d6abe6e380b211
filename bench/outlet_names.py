"""Outlet names from real channel titles: how often the bot names the outlet a reader knows.

    python -m bench.outlet_names [--set dev|test|all] [--failures] [--data DIR]

Each line of tests/data/outlet_names_{dev,test}.jsonl is a real feed's channel title (from
public OPML files and feed lists, see tests/data/outlet_names.md) with its feed URL, the
language of the feed, and the outlet a reader knows by hand-labelling ("outlet", plus
acceptable alternatives in "also"). The title goes through the real path: a minimal
ParsedFeed (the title, no channel link, one item on the feed's host) and `resolve_outlet`.
A name counts as right when, compared case- and punctuation-blind with a leading "the"
dropped, it equals the label or one of its alternatives.

The report is accuracy per set and per language. `--failures` lists the misses, for the dev
set only: the test set is held out while tuning, and only its accuracy is ever printed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bot.content.attribution import resolve_outlet
from bot.core.types import FeedEntry, ParsedFeed

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = ("dev", "test")


@dataclass(frozen=True, slots=True)
class Case:
    title: str
    feed_url: str
    lang: str
    outlet: str
    also: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    case: Case
    named: str

    @property
    def right(self) -> bool:
        got = _key(self.named)
        return any(got == _key(n) for n in (self.case.outlet, *self.case.also))


def _key(name: str) -> str:
    """"The Guardian", "the guardian", "Guardian" → "guardian"."""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = re.sub(r"^the\s+", "", text)
    return "".join(ch for ch in text if ch.isalnum())


def load(path: Path) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            cases.append(Case(row["title"], row["feed_url"], row["lang"], row["outlet"],
                              tuple(row.get("also", ()))))
    return cases


def name_outlet(case: Case) -> str:
    """The outlet the bot credits an item of this feed to."""
    parts = urlsplit(case.feed_url)
    link = f"{parts.scheme}://{parts.netloc}/news/2026/item-1"
    entry = FeedEntry(title="A headline", link=link)
    feed = ParsedFeed(title=case.title, link=None, entries=(entry,))
    outlet, _ = resolve_outlet(entry, feed, case.feed_url)
    return outlet


def run(cases: Iterable[Case]) -> list[Outcome]:
    return [Outcome(c, name_outlet(c)) for c in cases]


def summary(outcomes: Sequence[Outcome]) -> tuple[int, int, dict[str, tuple[int, int]]]:
    """(right, total, {lang: (right, total)})."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for o in outcomes:
        per[o.case.lang][0] += o.right
        per[o.case.lang][1] += 1
    right = sum(o.right for o in outcomes)
    return right, len(outcomes), {k: (v[0], v[1]) for k, v in sorted(per.items())}


def report(name: str, outcomes: Sequence[Outcome], failures: bool) -> list[str]:
    right, total, per = summary(outcomes)
    lines = [f"{name}: {right}/{total} = {right / max(total, 1):.1%}"]
    lines.append("  " + "  ".join(f"{lang} {r}/{t}" for lang, (r, t) in per.items()))
    if failures and name == "dev":
        for o in outcomes:
            if not o.right:
                lines.append(f"  MISS [{o.case.lang}] {o.case.title!r} → {o.named!r}"
                             f" (want {o.case.outlet!r})")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all")
    parser.add_argument("--failures", action="store_true", help="list dev misses")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    for name in SETS if args.set == "all" else (args.set,):
        outcomes = run(load(args.data / f"outlet_names_{name}.jsonl"))
        sys.stdout.write("\n".join(report(name, outcomes, args.failures)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
