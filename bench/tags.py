"""Tag quality: precision and recall against a hand-labelled set.

    python -m bench.tags [--out PATH]

Data: tests/data/tags_labelled.jsonl, 36 English items of the realistic feed fixtures
(tests/data/realistic_feeds) labelled by hand before the tagger was run on them (issue 17): the
tags say what a story is about, not every place it mentions. Each item is built through the real
pipeline (`process_feed`) and matched by title. Micro-averaged over tags; per-tag counts too.
Writes bench/results/tags.json.

    python -m bench.tags --dev [PATH]

The multilingual development set (tests/data/tags_multilingual_dev.jsonl: invented items, about
eight per language, labelled by hand) read by `derive_tags` in each item's language; per-language
precision and recall, printed (a development set, not a result).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bot.content.articles import process_feed

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "tags_labelled.jsonl"
RESULTS = ROOT / "bench" / "results" / "tags.json"
DEV = ROOT / "tests" / "data" / "tags_multilingual_dev.jsonl"


def evaluate_dev(path: Path = DEV) -> dict[str, dict[str, Any]]:
    """Language → precision, recall and misses of `derive_tags` on the development set."""
    from bot.content.tags import derive_tags

    counts: dict[str, Counter[str]] = {}
    misses: dict[str, list[str]] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        got = set(derive_tags(row["title"], row["text"], row["lang"]))
        want = set(row["tags"])
        for lang in (row["lang"], "all"):
            c = counts.setdefault(lang, Counter())
            c["items"] += 1
            c["tp"] += len(got & want)
            c["fp"] += len(got - want)
            c["fn"] += len(want - got)
        if got != want:
            misses.setdefault(row["lang"], []).append(
                f"{row['title'][:50]}: extra {sorted(got - want)}, missing {sorted(want - got)}"
            )
    return {
        lang: {"items": c["items"], "precision": round(c["tp"] / max(1, c["tp"] + c["fp"]), 3),
               "recall": round(c["tp"] / max(1, c["tp"] + c["fn"]), 3),
               "misses": misses.get(lang, [])}
        for lang, c in counts.items()
    }


def evaluate(path: Path = DATA) -> dict[str, Any]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    built: dict[str, dict[str, tuple[str, ...]]] = {}
    tp = fp = fn = 0
    per_tag: dict[str, Counter[str]] = {}
    misses = []
    for row in rows:
        feed = row["feed"]
        if feed not in built:
            body = (ROOT / "tests" / "data" / feed).read_bytes()
            _, articles = process_feed(body, url=f"https://feeds.example/{Path(feed).name}")
            built[feed] = {a.title: a.tags for a in articles}
        got, want = set(built[feed][row["title"]]), set(row["tags"])
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        for tag in got | want:
            c = per_tag.setdefault(tag, Counter())
            c["tp" if tag in got & want else "fp" if tag in got else "fn"] += 1
        if got != want:
            misses.append({"title": row["title"], "extra": sorted(got - want),
                           "missing": sorted(want - got)})
    return {
        "title": f"Tags vs a blind hand-labelled set ({len(rows)} fixture items, micro-averaged)",
        "table": [{"items": len(rows), "precision": round(tp / max(1, tp + fp), 3),
                   "recall": round(tp / max(1, tp + fn), 3), "tp": tp, "fp": fp, "fn": fn}],
        "items": len(rows),
        "precision": round(tp / max(1, tp + fp), 3),
        "recall": round(tp / max(1, tp + fn), 3),
        "tp": tp, "fp": fp, "fn": fn,
        "per_tag": {t: dict(c) for t, c in sorted(per_tag.items())},
        "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--quick", action="store_true", help="same run (the set is small)")
    ap.add_argument("--dev", nargs="?", type=Path, const=DEV, default=None,
                    help="per-language figures on the multilingual development set")
    args = ap.parse_args(argv)
    if args.dev is not None:
        for lang, r in evaluate_dev(args.dev).items():
            print(f"{lang}: {r['items']} items, precision {r['precision']}, recall {r['recall']}")
            for miss in r["misses"]:
                print(f"  {miss}")
        return 0
    report = evaluate()
    print(f"tags on {report['items']} hand-labelled items: precision {report['precision']}, "
          f"recall {report['recall']} (tp {report['tp']}, fp {report['fp']}, fn {report['fn']})")
    for miss in report["misses"]:
        print(f"  {miss['title'][:60]!r}: extra {miss['extra']}, missing {miss['missing']}")
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
