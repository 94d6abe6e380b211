"""Per-article build rate: `bot.content.articles.build_article` on ~540-word articles, one core.

    python -m bench.article_build [--quick] [--out PATH] [--before REV]

Articles: two tests/data/summaries.jsonl articles joined (40 articles of 500–600 words, the
length of a wire story), as `<p>` paragraphs of an RSS item's content:encoded. Measured as CPU
time in one process (`time.process_time`), best of several rounds, with a per-stage split
(clean, summarize, quotes, tags, relevance, the rest) from the same calls.

Before/after in the same run: the code at `--before` (default: BEFORE_REV, the commit before the
current round of article-build work) is checked out into a temporary git worktree and measured
by the same script in a subprocess, alternating with the code under test; the figure is the
ratio.
Writes bench/results/article_build.json.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "summaries.jsonl"
RESULTS = ROOT / "bench" / "results" / "article_build.json"
# main before this round's per-article work (the shared item scan, indexed place scans; branch
# perf starts here). Earlier rounds: from 6bf10ad (239 -> 335 articles/s), from 96610d7.
BEFORE_REV = "7441fa4"
STAGES = ("clean", "summarize", "quotes", "tags", "relevance")


def _corpus() -> list[tuple[str, list[str]]]:
    with DATA.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return [(docs[i]["title"], docs[i]["paragraphs"] + docs[(i + 1) % len(docs)]["paragraphs"])
            for i in range(len(docs))]


def measure(rounds: int) -> dict[str, Any]:
    """Articles/s of build_article in this process (the `bot` on sys.path), best of `rounds`."""
    from bot.content import articles, clean, quotes, relevance, summarize, tags
    from bot.core.settings import SummarySettings
    from bot.core.types import FeedEntry, ParsedFeed

    budget = SummarySettings()  # built once, as the pool's jobs.Budget is

    feed = ParsedFeed(title="The Ledger — World", link="https://ledger.example/world",
                      entries=(), language="en-gb")
    entries = [
        FeedEntry(title=title, link=f"https://ledger.example/world/{n}", guid=f"g{n}",
                  summary_html=html.escape(paras[0]),
                  content_html="".join(f"<p>{html.escape(p)}</p>" for p in paras),
                  authors=("Jane Doe",))
        for n, (title, paras) in enumerate(_corpus())
    ]
    words = sum(len(" ".join(p).split()) for _, p in _corpus()) / len(entries)

    def build_all() -> None:
        if hasattr(articles, "build_articles"):
            # as process_feed and the pool build them: the feed document's template first
            # (bot/content/boilerplate.py), then each article
            articles.build_articles(entries, feed, feed_url="https://ledger.example/rss",
                                    feed_id=1, summary=budget)
            return
        for e in entries:
            articles.build_article(e, feed, feed_url="https://ledger.example/rss", feed_id=1,
                                   summary=budget)

    build_all()  # warm: data tables load on first use
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        build_all()
        best = min(best, time.process_time() - t0)
    # Per stage: wrap the stage functions as build_article calls them, one more round.
    spent = dict.fromkeys(STAGES, 0.0)
    wrapped = {"clean": (clean, "clean_html"), "summarize": (summarize, "summarize"),
               "quotes": (quotes, "extract_quotes"), "tags": (tags, "derive_tags"),
               "relevance": (relevance, "score")}
    saved = {}
    for stage, (mod, name) in wrapped.items():
        fn = getattr(mod, name)
        saved[stage] = fn

        def timed(*a: Any, _fn: Any = fn, _stage: str = stage, **k: Any) -> Any:
            t = time.process_time()
            try:
                return _fn(*a, **k)
            finally:
                spent[_stage] += time.process_time() - t

        setattr(mod, name, timed)
    try:
        t0 = time.process_time()
        build_all()
        total = time.process_time() - t0
    finally:
        for stage, (mod, name) in wrapped.items():
            setattr(mod, name, saved[stage])
    n = len(entries)
    per = {s: round(spent[s] / n * 1000, 3) for s in STAGES}
    per["rest"] = round(max(0.0, total - sum(spent.values())) / n * 1000, 3)
    return {"articles": n, "mean_words": round(words), "articles_per_s": round(n / best),
            "ms_per_article": round(best / n * 1000, 3), "stage_ms": per}


def _worktree(rev: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix="nb-before-"))
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(path), rev],
                   check=True)
    return path


def _measure_in(code: Path, rounds: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--measure", str(rounds)],
        env=env, check=True, capture_output=True, text=True, cwd=code,
    )
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--before", default=None,
                    help=f"git revision measured as 'before' (default {BEFORE_REV}; '' or "
                    "--quick: none)")
    ap.add_argument("--measure", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure is not None:  # the subprocess: measure the `bot` on PYTHONPATH
        sys.stdout.write(json.dumps(measure(args.measure)))
        return {}
    rounds, repeats = (2, 1) if args.quick else (5, 3)
    if args.before is None:
        args.before = "" if args.quick else BEFORE_REV
    before_tree = _worktree(args.before) if args.before else None
    try:
        befores, afters = [], []
        for _ in range(repeats):  # alternate, so both see the same machine load
            if before_tree is not None:
                befores.append(_measure_in(before_tree, rounds))
            afters.append(_measure_in(ROOT, rounds))
    finally:
        if before_tree is not None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(before_tree)], check=False)
    after = max(afters, key=lambda r: r["articles_per_s"])
    before = max(befores, key=lambda r: r["articles_per_s"]) if befores else None
    result: dict[str, Any] = {"before_rev": args.before or None, "before": before, "after": after}
    if before:
        result["speedup"] = round(after["articles_per_s"] / before["articles_per_s"], 2)
    result["title"] = (f"Per-article build (`bench.article_build`: `build_article` on "
                       f"{after['articles']} articles of ~{after['mean_words']} words, one core, "
                       "CPU time; before = the code at "
                       f"{args.before or '–'}, same run)")
    result["table"] = [
        {"code": name, "articles/s": f"{r['articles_per_s']:,}",
         "vs before": f"{r['articles_per_s'] / before['articles_per_s']:.2f}×" if before else "–",
         **{f"{k} ms": f"{v:.2f}" for k, v in r["stage_ms"].items()}}
        for name, r in (("before", before), ("after", after)) if r
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    for name, r in (("before", before), ("after", after)):
        if r:
            stages = ", ".join(f"{k} {v} ms" for k, v in r["stage_ms"].items())
            print(f"{name:<7} {r['articles_per_s']:>6,} articles/s ({r['mean_words']} words; "
                  f"{stages})")
    if "speedup" in result:
        print(f"speed-up {result['speedup']}×")
    return result


if __name__ == "__main__":
    if str(ROOT) not in sys.path and "--measure" not in sys.argv:
        sys.path.insert(0, str(ROOT))
    main()
