"""Render bench/results/*.json as the README's "Benchmarks" tables (between markers)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
README = ROOT / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def _num(value: float | None, unit: str) -> str:
    return "–" if value is None else f"{value:.0f} {unit}"


def _poll_cycle(r: dict[str, Any]) -> list[str]:
    lines = [
        f"**Poll cycle** — {r['n']} feeds × {r['feed_kb']:.0f} KB ({r['items_per_feed']} items) "
        f"from loopback with {r['latency_s'] * 1000:.0f} ms latency, same run:",
        "",
        "| contender | cold cycle | cold vs reader | all-304 | loop lag p99 | peak RSS |",
        "|---|---|---|---|---|---|",
    ]
    for name, c in r["contenders"].items():
        ratio = c.get("cold_time_vs_reader")
        vs_reader = f"{ratio:.2f}×" if ratio else "1.00×"
        lines.append(
            f"| {name} | {c['cold']['wall_s']:.1f} s ({c['cold']['feeds_per_s']:.0f} feeds/s) | "
            f"{vs_reader} | {c['all_304']['feeds_per_s']:.0f} feeds/s | "
            f"{_num(c['cold'].get('loop_lag_p99_ms'), 'ms')} | {_num(c.get('peak_rss_mb'), 'MB')} |"
        )
    return lines


def _relevance(r: dict[str, Any]) -> list[str]:
    speed = f"{r['articles_per_s']:,} articles/s in English"
    if r.get("articles_per_s_non_english"):
        speed += f", {r['articles_per_s_non_english']:,}/s in other languages"
    size = (
        f"; model {r['model_kib']} KiB, feature tables {r['tables_kib']} KiB"
        if r.get("model_kib")
        else ""
    )
    lines = [
        "**Relevance** (foreign-policy relevance, held-out; threshold "
        f"{r['results'][0]['threshold']}), {speed} (per CPU second){size}. The *-dev sets are "
        "training data (in-sample figures); the *-test sets are held out. Multilingual rows per "
        "language; "
        "\"not scored\": items in a language without lexicons (kept out of the figures); "
        "\"flat\": items sharing their score with 5+ others of their feed:",
        "",
        "| set | n | relevant | precision | recall | F1 | ROC-AUC | not scored | flat |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for s in r["results"]:
        name = s["set"].strip().replace(":", " · ")
        lines.append(
            f"| {name} | {s['n']} | {s.get('positives', '')} | {s['precision']:.3f} | "
            f"{s['recall']:.3f} | {s['f1']:.3f} | {s['roc_auc']:.3f} | {s.get('unscored', '')} | "
            f"{s.get('flat', '')} |"
        )
    agree = r.get("label_agreement")
    if agree:
        lines += [
            "",
            "Label agreement on the same test items: HuffPost's WORLD label scored against the "
            f"annotators reaches F1 {agree['huffpost_vs_a_f1']:.3f} (A) and "
            f"{agree['huffpost_vs_b_f1']:.3f} (B): the ceiling on HuffPost labels for a perfect "
            f"model of the annotated concept. The two annotators agree at F1 "
            f"{agree['a_vs_b_f1']:.3f} (Cohen's κ {agree['a_vs_b_kappa']:.2f}).",
        ]
    return lines


def _clustering(r: dict[str, Any]) -> list[str]:
    scale = r["scale"]
    best = next(
        (p for p in r["story_pairs"]["all"] if abs(p["threshold"] - 0.3) < 1e-9),
        r["story_pairs"]["all"][0],
    )
    return [
        f"**Clustering**: {scale['articles']:,} articles in {scale['seconds']:.1f} s "
        f"({scale['articles_per_s']:,}/s); hand-labelled story pairs at threshold "
        f"{best['threshold']}: precision {best['precision']:.3f}, recall {best['recall']:.3f}.",
    ]


def _pipeline_column(r: dict[str, Any]) -> list[str]:
    ours, reader = r["contenders"]["ours"], r["contenders"].get("reader")
    c = ours["cycles"]
    vs = ours.get("vs_reader", {})

    cpu = ours.get("cpu_vs_reader", {})

    def cycle(name: str) -> str:
        ratio = f" ({vs[name]:.2f}× reader)" if name in vs else ""
        if cpu.get(name):
            ratio += f"; CPU {c[name]['cpu_s']:.1f} s ({cpu[name]:.2f}× reader's)"
        return f"{c[name]['wall_s']:.1f} s{ratio}"

    pg = {p["workers"]: p for p in r.get("postgres", [])}
    slope = ours.get("mb_per_10k_articles", {})
    peak = max(x["peak"].get("tree_pss_mb", 0) for x in c.values())
    cold = c["cold"]
    built = (f"; {cold['new_articles'] - cold['backlog']:,} of {cold['new_articles']:,} items"
             " built, the rest stored as seen" if cold.get("backlog") else "")
    if cold.get("peak", {}).get("tree_mb"):
        built += f"; peak whole tree {cold['peak']['tree_mb']:.0f} MB"
    return [
        cycle("cold") + built,
        cycle("refill") if "refill" in c else "–",
        cycle("all_304"),
        f"{c['one_new']['wall_s']:.1f} s ({ours['one_new_vs_304']:.1f}× all-304)"
        + (f"; CPU {c['one_new']['cpu_s']:.2f} s (all-304 {c['all_304']['cpu_s']:.2f} s)"
           if c["one_new"].get("cpu_s") else ""),
        f"{ours['peak_main_mb']:.0f} MB / {ours['peak_tree_mb']:.0f} MB"
        + (f" (PSS {peak:.0f} MB)" if peak else ""),
        f"{slope.get('main')} MB",
        (f"{c['cold']['lock_s'] / c['cold']['wall_s']:.0%} of the cold cycle"
         if c["cold"].get("lock_s") else "–"),
        " / ".join(f"{pg[k]['wall_s']:.0f} s" for k in sorted(pg)) or "–",
        " / ".join(f"{pg[k]['speedup_vs_1']:.2f}×" for k in sorted(pg)) or "–",
        " / ".join(f"{pg[k]['cpu_s']:.1f} s" if pg[k].get("cpu_s") else "–"
                   for k in sorted(pg)) or "–",
        " / ".join(f"{pg[k]['lock_share']:.0%}" if pg[k].get("lock_share") else "–"
                   for k in sorted(pg)) or "–",
        f"{reader['cycles']['cold']['wall_s']:.1f} s" if reader else "–",
        (f"{r['cli_help']['help_ms']} ms (python alone {r['cli_help']['python_ms']} ms)"
         if "cli_help" in r else "–"),
    ]


PIPELINE_BASELINES = (
    # (column, file in bench/baselines): earlier code measured with the same harness
    ("before issue 19", "pipeline_before.json"),
    ("before the story-index round", "pipeline_main.json"),
    ("before the lazy first poll", "pipeline_full_first_poll.json"),
    ("before the second core", "pipeline_one_core.json"),
    ("before the regex-scan round, quiet machine", "pipeline_quiet_213a03d.json"),
    ("before the ingest-lock round, quiet machine", "pipeline_quiet_ad72d2b.json"),
    ("before the two-core pool round, load 5–7, same run", "pipeline_2e02a4c.json"),
    ("before the unscored-backlog round, load 4–6, same hour", "pipeline_3a1ca43.json"),
)


def _pipeline(r: dict[str, Any]) -> list[str]:
    rows = ("cold cycle (first poll of new feeds)",
            "refill cycle (known feeds, every item new)", "all-304 cycle", "one new item per feed",
            "peak RSS: worker / whole tree",
            "worker MB per 10,000 more articles", "ingest lock held",
            "PostgreSQL cold cycle, 1 / 2 / 4 workers",
            "speed-up over 1 worker", "CPU of all workers, PostgreSQL 1 / 2 / 4 workers",
            "ingest lock held, PostgreSQL 1 / 2 / 4 workers",
            "reader's cold cycle (same run)", "`newsbrief --help`")
    columns: list[tuple[str, list[str]]] = []
    for name, file in PIPELINE_BASELINES:
        path = ROOT / "bench" / "baselines" / file
        if path.exists():
            base = json.loads(path.read_text("utf-8"))
            columns.append((f"{name} ({base['n']} feeds)", _pipeline_column(base)))
    columns.append((f"after, load 4–6 ({r['n']} feeds)", _pipeline_column(r)))
    lines = [
        f"**Whole pipeline** (`bench.pipeline`: `App.run_once` as `newsbrief run --once` does, vs "
        f"reader's `update_feeds`) — feeds of {r['feed_kb']:.0f} KB "
        f"({r['items_per_feed']} items of ~550 words), {r['latency_s'] * 1000:.0f} ms latency; "
        "each column is earlier code measured with the same harness (ratios are within one run):",
        "",
        "| | " + " | ".join(name for name, _ in columns) + " |",
        "|---|" + "---|" * len(columns),
    ]
    lines += [
        f"| {row} | " + " | ".join(col[i] for _, col in columns) + " |"
        for i, row in enumerate(rows)
    ]
    return lines


def _generic(name: str) -> Callable[[dict[str, Any]], list[str]]:
    def render(r: dict[str, Any]) -> list[str]:
        table = r.get("table")
        if isinstance(table, list) and table and isinstance(table[0], dict):
            cols = list(table[0])
            out = [
                f"**{r.get('title', name)}**:",
                "",
                "| " + " | ".join(cols) + " |",
                "|" + "---|" * len(cols),
            ]
            out += ["| " + " | ".join(str(row.get(c, "")) for c in cols) + " |" for row in table]
            return out
        summary = r.get("summary")
        return [f"**{name}**: {summary}"] if summary else []

    return render


RENDERERS: dict[str, Callable[[dict[str, Any]], list[str]]] = {
    "poll_cycle": _poll_cycle,
    "relevance": _relevance,
    "clustering": _clustering,
    "pipeline": _pipeline,
}


def render() -> str:
    blocks: list[str] = []
    for path in sorted(RESULTS.glob("*.json")):
        name = path.stem
        try:
            data = json.loads(path.read_text("utf-8"))
            lines = RENDERERS.get(name, _generic(name))(data)
        except (KeyError, TypeError, ValueError) as e:
            lines = [f"**{name}**: results file not understood ({e})"]
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def update_readme(readme: Path = README) -> None:
    text = readme.read_text("utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{readme} has no {START} … {END} section")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(f"{head}{START}\n{render()}\n{END}{tail}", "utf-8")
