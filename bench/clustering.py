"""Story clustering benchmark: speed on 10,000 articles, and pairwise precision/recall.

    python3 -m bench.clustering [--quick]

1. Speed and behaviour at scale: 10,000 headline + description items from news_category_10k,
   squeezed into 72 hours so a 48 h window holds ~6,700 articles at once (a busy day of many
   feeds). Every 10th item is followed by a re-worded copy "from another outlet" (words of the
   title reordered and partly dropped, the lead cut short): recall = copies matched to their
   original; false merges = originals matched to some other story. This is a loose upper bound:
   four years of one outlet squeezed into three days puts every follow-up on a person or topic
   ("Gigi Hadid denies…" / "Gigi Hadid shares…") in one window. The same items at their real
   dates give the merge rate of a realistic stream.
2. Quality on tests/data/story_pairs.jsonl: hand-written items from different outlets, grouped by
   event, with hard negatives (Korea football vs Korea diplomacy, two different UN votes, ECB vs
   Fed). Pairwise precision/recall at several thresholds. Items 50–62 were added after the
   method was tuned on items 1–49: they are reported apart as a fresh check.
Writes bench/results/clustering.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.train_relevance import load_rows
from bot.content.clustering import Clusterer

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "tests" / "data" / "story_pairs.jsonl"
RESULTS = ROOT / "bench" / "results" / "clustering.json"
FRESH_FROM_ID = 50


def reword(title: str, lead: str, rng: random.Random) -> tuple[str, str]:
    words = title.split()
    keep = [w for w in words if rng.random() > 0.25] or words[:3]
    if len(keep) > 4:
        cut = rng.randrange(1, len(keep) - 1)
        keep = keep[cut:] + keep[:cut]  # another outlet puts the same facts in another order
    lead_words = lead.split()
    return " ".join(keep), " ".join(lead_words[: max(5, len(lead_words) * 2 // 3)])


def scale_run(n: int) -> dict:
    rows = load_rows()[:n]
    rng = random.Random(7)
    start_at = datetime(2025, 1, 1, tzinfo=UTC)
    span = timedelta(hours=72)
    clusterer = Clusterer()
    copies = copies_matched = originals = false_merges = 0
    t0 = time.perf_counter()
    for i, row in enumerate(rows):
        when = start_at + span * (i / len(rows))
        key = f"k{i}"
        title, lead = row["headline"], row["short_description"]
        if clusterer.match(title, lead, when) is not None:
            false_merges += 1
        originals += 1
        clusterer.add(key, title, lead, when)
        if i % 10 == 0:
            t2, l2 = reword(title, lead, rng)
            copies += 1
            copies_matched += clusterer.match(t2, l2, when + timedelta(minutes=20)) == key
    elapsed = time.perf_counter() - t0
    return {
        "articles": len(rows) + copies,
        "seconds": round(elapsed, 2),
        "articles_per_s": round((len(rows) + copies) / elapsed),
        "window_size_at_end": len(clusterer),
        "reworded_copy_recall": round(copies_matched / max(1, copies), 3),
        "false_merge_rate": round(false_merges / max(1, originals), 4),
    }


def real_dates_run(n: int) -> dict:
    """The same items at their real publication days (spread over each day's hours): the
    false-merge rate of one outlet's stream, where topic relatives are days apart."""
    rows = load_rows()[:n]
    clusterer = Clusterer()
    merges = 0
    by_day: dict[str, int] = {}
    items = []
    for row in rows:
        k = by_day[row["date"]] = by_day.get(row["date"], 0) + 1
        when = datetime.fromisoformat(row["date"]).replace(tzinfo=UTC) + timedelta(minutes=37 * k)
        items.append((when, row))
    items.sort(key=lambda x: x[0])
    for i, (when, row) in enumerate(items):
        merges += clusterer.match(row["headline"], row["short_description"], when) is not None
        clusterer.add(f"k{i}", row["headline"], row["short_description"], when)
    return {"articles": len(items), "merge_rate": round(merges / max(1, len(items)), 4)}


def pairwise(items: list[dict], threshold: float) -> dict:
    clusterer = Clusterer(threshold=threshold)
    assigned: dict[int, str] = {}
    for it in sorted(items, key=lambda x: x["when"]):
        key = clusterer.match(it["title"], it["lead"], it["when"]) or f"s{it['id']}"
        assigned[it["id"]] = key
        clusterer.add(key, it["title"], it["lead"], it["when"])
    tp = fp = fn = 0
    for a, b in itertools.combinations(items, 2):
        same = a["group"] == b["group"]
        together = assigned[a["id"]] == assigned[b["id"]]
        tp += same and together
        fp += together and not same
        fn += same and not together
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    return {
        "threshold": threshold,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "true_pairs": tp + fn,
        "false_merges": fp,
        "missed_pairs": fn,
    }


def load_pairs() -> list[dict]:
    items = [json.loads(line) for line in PAIRS.read_text("utf-8").splitlines() if line.strip()]
    for it in items:
        it["when"] = datetime.fromisoformat(it["published"].replace("Z", "+00:00"))
    return items


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="2,000 articles, for CI smoke runs")
    ap.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON results")
    args = ap.parse_args(argv)
    scale = scale_run(2000 if args.quick else 10_000)
    real = real_dates_run(2000 if args.quick else 10_000)
    items = load_pairs()
    default = Clusterer().threshold
    quality = {
        "all": [pairwise(items, t) for t in (0.2, 0.25, default, 0.35, 0.4, 0.5)],
        "tuning_items_1_49": pairwise([i for i in items if i["id"] < FRESH_FROM_ID], default),
        "fresh_items_50_62": pairwise([i for i in items if i["id"] >= FRESH_FROM_ID], default),
    }
    report = {
        "quick": args.quick,
        "scale": scale,
        "real_dates": real,
        "story_pairs": quality,
        "groups": len({i["group"] for i in items}),
        "items": len(items),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(
        f"scale: {scale['articles']:,} articles in {scale['seconds']} s "
        f"({scale['articles_per_s']:,}/s), window {scale['window_size_at_end']:,}; "
        f"re-worded copy recall {scale['reworded_copy_recall']}, "
        f"false merges {scale['false_merge_rate']:.2%}"
    )
    print(
        f"real publication dates: {real['articles']:,} articles, merged into an earlier story: "
        f"{real['merge_rate']:.2%}"
    )
    print(f"story_pairs: {len(items)} items, {report['groups']} groups")
    print(f"{'threshold':>9} {'P':>6} {'R':>6} {'false':>6} {'missed':>6}")
    for r in quality["all"]:
        print(
            f"{r['threshold']:>9} {r['precision']:>6} {r['recall']:>6} {r['false_merges']:>6} "
            f"{r['missed_pairs']:>6}"
        )
    for name in ("tuning_items_1_49", "fresh_items_50_62"):
        r = quality[name]
        print(f"{name}: P {r['precision']} R {r['recall']} at {r['threshold']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
