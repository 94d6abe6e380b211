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

    python -m bench.tags --heldout [PATH]

The blind held-out set (tests/data/tags_heldout.jsonl, tests/data/tags_heldout.md: 183 world
items of the released held-out feeds 12-32 in eight languages, labelled before the tagger ran on
them), each feed built through the real pipeline with its sidecar's Content-Type and each item
matched by title. Micro precision and recall per split (`tune` items may be read to find
defects; `report` items are only counted: their misses are never printed), per language and per
tag. Writes bench/results/tags_heldout.json.
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
HELDOUT = ROOT / "tests" / "data" / "tags_heldout.jsonl"
HELDOUT_RESULTS = ROOT / "bench" / "results" / "tags_heldout.json"


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


def _built_heldout(set_name: str, feed: str) -> dict[str, tuple[str, ...]]:
    """Title → tags of every article the pipeline builds from one held-out feed."""
    path = ROOT / "tests" / "data" / set_name / feed
    sidecar = path.with_name(path.name + ".expect.json")
    ctype = None
    if sidecar.exists():
        ctype = json.loads(sidecar.read_text("utf-8")).get("feed", {}).get("content_type")
    _, articles = process_feed(path.read_bytes(), url=f"http://127.0.0.1/{feed}",
                               content_type=ctype)
    return {a.title: a.tags for a in articles}


def _figures(c: Counter[str]) -> dict[str, Any]:
    return {"items": c["items"], "precision": round(c["tp"] / max(1, c["tp"] + c["fp"]), 3),
            "recall": round(c["tp"] / max(1, c["tp"] + c["fn"]), 3),
            "tp": c["tp"], "fp": c["fp"], "fn": c["fn"], "unmatched": c["unmatched"]}


def evaluate_heldout(path: Path = HELDOUT) -> dict[str, Any]:
    """Per split: micro figures overall, per language and per tag; the tune split's misses.

    An item whose title the pipeline does not build (a non-story, a title it rewrites) counts
    as `unmatched`, all its labels missed: a dropped story shows no tags to the reader either.
    """
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    built: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {}
    overall: dict[str, Counter[str]] = {}
    langs: dict[str, dict[str, Counter[str]]] = {}
    tags: dict[str, dict[str, Counter[str]]] = {}
    misses: list[dict[str, Any]] = []
    for row in rows:
        key = (row["set"], row["feed"])
        if key not in built:
            built[key] = _built_heldout(*key)
        titles = built[key]
        found = next((titles[t] for t in (row["title"], row.get("clean_title")) if t in titles),
                     None)
        got, want = set(found or ()), set(row["tags"])
        split = row["split"]
        for c in (overall.setdefault(split, Counter()),
                  langs.setdefault(split, {}).setdefault(row["lang"], Counter())):
            c["items"] += 1
            c["unmatched"] += found is None
            c["tp"] += len(got & want)
            c["fp"] += len(got - want)
            c["fn"] += len(want - got)
        for tag in got | want:
            c = tags.setdefault(split, {}).setdefault(tag, Counter())
            c["tp" if tag in got & want else "fp" if tag in got else "fn"] += 1
        if split == "tune" and got != want:
            misses.append({"lang": row["lang"], "title": row["title"], "built": found is not None,
                           "extra": sorted(got - want), "missing": sorted(want - got)})
    return {
        "splits": {s: _figures(c) for s, c in sorted(overall.items())},
        "languages": {s: {lang: _figures(c) for lang, c in sorted(by.items())}
                      for s, by in sorted(langs.items())},
        "tags": {s: {t: dict(c) for t, c in sorted(by.items())} for s, by in sorted(tags.items())},
        "tune_misses": misses,
    }


def _print_heldout(report: dict[str, Any]) -> None:
    for split, r in report["splits"].items():
        print(f"{split}: {r['items']} items, precision {r['precision']}, recall {r['recall']} "
              f"(tp {r['tp']}, fp {r['fp']}, fn {r['fn']}, unmatched {r['unmatched']})")
        for lang, lr in report["languages"][split].items():
            print(f"  {lang}: {lr['items']} items, precision {lr['precision']}, "
                  f"recall {lr['recall']}")
    for miss in report["tune_misses"]:
        print(f"  tune miss [{miss['lang']}] {miss['title'][:60]!r}: extra {miss['extra']}, "
              f"missing {miss['missing']}{'' if miss['built'] else ' (not built)'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--quick", action="store_true", help="same run (the set is small)")
    ap.add_argument("--dev", nargs="?", type=Path, const=DEV, default=None,
                    help="per-language figures on the multilingual development set")
    ap.add_argument("--heldout", nargs="?", type=Path, const=HELDOUT, default=None,
                    help="per-split, per-language and per-tag figures on the blind held-out set")
    args = ap.parse_args(argv)
    if args.heldout is not None:
        held = evaluate_heldout(args.heldout)
        _print_heldout(held)
        out = HELDOUT_RESULTS if args.out == RESULTS else args.out
        out.write_text(json.dumps(held, indent=2, ensure_ascii=False) + "\n", "utf-8")
        return 0
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
