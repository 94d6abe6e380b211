"""Relevance over the RELEASED held-out feed sets: precision/recall of the sidecars' `relevant`
label at 0.5 over the items the bot posts, per set, and the errors behind them.

    python -m bench.relevance_heldout [--sets tune|report|all] [--errors] [--recapture]

Each feed goes through the real pipeline in-process (`process_feed`, the URL a loopback
server would have, so the outlet's home comes from the feed itself as in `bench.heldout`);
what `relevance.score` was called with is recorded once per set (cached under
/tmp/relevance_heldout/, keyed by the checkout, its commit and any uncommitted change
under bot/) so that a retrained model is re-scored
in seconds. Posted = in the preview output and a story there; labels from the sidecars — the
same count as `bench.heldout`'s "relevance at 0.5 over posted items".

Only RELEASED sets are read (those tests/data/heldout_index.json marks `"blind": false`; a
blind set is never listed here). The released sets are split in two: TUNE (read, errors
grouped into causes, model changes made against them) and REPORT (only measured, never read
while changing the model): the split is by set number, odd sets to tune, even sets to report,
fixed before any change was made.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
CACHE = Path("/tmp/relevance_heldout")
# the index says which sets are released; a blind one is never read
RELEASED = tuple(sorted(int(n) for n, s in json.loads(
    (DATA / "heldout_index.json").read_text(encoding="utf-8"))["sets"].items() if not s["blind"]))
TUNE = tuple(n for n in RELEASED if n % 2 == 1)
REPORT = tuple(n for n in RELEASED if n % 2 == 0)
THRESHOLD = 0.5


def folder(n: int) -> Path:
    return DATA / ("heldout_feeds" if n == 1 else f"heldout{n}_feeds")


def capture_set(n: int) -> list[dict[str, Any]]:
    """Every scored item of set `n` the bot posts: what score() saw, the score, the labels."""
    from bench import heldout
    from bot.content import articles, relevance
    from bot.deliver.preview import preview_items

    calls: dict[int, tuple[Any, dict[str, Any]]] = {}
    real = relevance.score

    def recording(title: str, text: str = "", categories: tuple[str, ...] = (),
                  **kw: Any) -> relevance.Relevance:
        rel = real(title, text, categories, **kw)
        calls[id(rel.reasons)] = (rel.reasons, {  # (the tuple kept alive: ids stay unique)
            "title": title, "text": text[:800], "categories": list(categories),
            "hint": kw.get("language_hint"),
        })
        return rel

    out: list[dict[str, Any]] = []
    relevance.score = recording
    try:
        for name, (path, side) in heldout.load_corpus(folder(n)).items():
            feed, expected = side["feed"], side["items"]
            calls.clear()
            try:
                _, arts = articles.process_feed(
                    path.read_bytes(), url=f"http://127.0.0.1:8080/{name}",
                    content_type=feed["content_type"])
            except Exception:  # a refused or crashed feed posts nothing
                continue
            rows = preview_items(arts)
            idx = heldout.match(heldout.raw_items(path, feed["encoding"]), rows)
            for key, exp in expected.items():
                if key not in idx:
                    continue
                a, row = arts[idx[key]], rows[idx[key]]
                if not row["is_story"] or not isinstance(row["relevance"], int | float):
                    continue
                seen = calls.get(id(a.reasons))
                if seen is None:
                    continue
                out.append({
                    "set": n, "feed": name, "key": key, "relevant": bool(exp.get("relevant")),
                    "is_story": bool(exp.get("is_story")), "score": row["relevance"],
                    "reasons": list(a.reasons), **seen[1],
                })
    finally:
        relevance.score = real
    return out


def _code_key() -> str:
    """The code whose captures these are: checkout, commit and any uncommitted change under
    bot/ (worktrees of one repository share /tmp, and a capture must not outlive an edit)."""
    def git(*args: str) -> str:
        r = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True,
                           check=False)
        return r.stdout
    state = "\0".join((str(ROOT), git("rev-parse", "HEAD"), git("diff", "HEAD", "--", "bot"),
                       git("ls-files", "--others", "--exclude-standard", "--", "bot")))
    return hashlib.sha256(state.encode()).hexdigest()[:16]


def records(n: int, recapture: bool = False) -> list[dict[str, Any]]:
    """Set `n`'s captured items (the pipeline's inputs to score() do not depend on the model)."""
    folder = CACHE / _code_key()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"set{n}.json"
    if path.exists() and not recapture:
        data: list[dict[str, Any]] = json.loads(path.read_text("utf-8"))
        return data
    data = capture_set(n)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return data


def rescore(rec: dict[str, Any]) -> tuple[float, tuple[str, ...]]:
    from bot.content import relevance

    rel = relevance.score(rec["title"], rec["text"], tuple(rec["categories"]),
                          language_hint=rec["hint"])
    return rel.score, rel.reasons


def figures(recs: list[dict[str, Any]], scorer: Callable[[dict[str, Any]], float]
            ) -> dict[str, Any]:
    c: Counter[str] = Counter()
    for r in recs:
        said = scorer(r) >= THRESHOLD
        c[("tp" if r["relevant"] else "fp") if said else ("fn" if r["relevant"] else "tn")] += 1
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "tn": c["tn"], "precision": round(p, 3),
            "recall": round(rc, 3), "f1": round(f1, 3)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", choices=("tune", "report", "all"), default="all")
    ap.add_argument("--errors", action="store_true",
                    help="list the false positives and negatives (tune sets only)")
    ap.add_argument("--recapture", action="store_true", help="run the pipeline again")
    ap.add_argument("--json", help="write per-set figures to this file")
    args = ap.parse_args(argv)
    sets = {"tune": TUNE, "report": REPORT, "all": RELEASED}[args.sets]
    table: dict[str, Any] = {}
    totals: dict[str, list[dict[str, Any]]] = {"tune": [], "report": []}
    scored: dict[int, float] = {}
    for n in sets:
        recs = records(n, args.recapture)
        for r in recs:
            scored[id(r)], r["now_reasons"] = rescore(r)
        f = figures(recs, lambda r: scored[id(r)])
        table[str(n)] = f
        totals["tune" if n in TUNE else "report"].extend(recs)
        print(f"set {n:>2} ({'tune' if n in TUNE else 'report'}): n {len(recs):>3}  "
              f"P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f}  "
              f"(tp {f['tp']}, fp {f['fp']}, fn {f['fn']}, tn {f['tn']})")
    for part, recs in totals.items():
        if recs:
            f = figures(recs, lambda r: scored[id(r)])
            table[part] = f
            print(f"{part:>6} total: n {len(recs)}  P {f['precision']:.3f} R {f['recall']:.3f} "
                  f"F1 {f['f1']:.3f}  (tp {f['tp']}, fp {f['fp']}, fn {f['fn']})")
    if args.json:
        Path(args.json).write_text(json.dumps(table, indent=1) + "\n", "utf-8")
    if args.errors:
        for r in totals["tune"]:
            s = scored[id(r)]
            if (s >= THRESHOLD) != r["relevant"]:
                kind = "FP" if s >= THRESHOLD else "FN"
                print(f"\n{kind} {s:.2f} set{r['set']} {r['feed']} [{r['hint']}] "
                      f"cat={r['categories'][:3]}\n  T: {r['title']}\n  X: {r['text'][:300]!r}"
                      f"\n  why: {r['now_reasons']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
