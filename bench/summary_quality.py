"""Summary quality (ROUGE-1/2/L vs human references) and throughput: ours vs Lead-3 vs LexRank.

    python3 -m bench.summary_quality [--quick] [--out PATH]

Data: tests/data/summaries.jsonl (40 CC0 articles with reference summaries written for this
project; see summaries.LICENSE.md). Systems, all fed the same cleaned paragraphs:

* ours        bot.content.summarize.summarize (lead-biased scoring, ≤ 60 words, ≤ 3 sentences)
* lead3       the first three sentences (the classic news baseline; no word budget)
* lead60      leading whole sentences within the same 60-word budget as ours
* lexrank3    sumy's LexRank, three sentences, our sentence splitter and a regex word tokenizer
              (sumy's own Tokenizer needs NLTK data that cannot be downloaded here)

Throughput is measured on ~540-word articles (two dataset articles joined), one core, same run;
`ours_pysbd` is our summarizer with pysbd as sentence splitter (why bot.content.sentences exists).
Writes bench/results/summary_quality.json.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from pathlib import Path
from typing import Any

from rouge_score import rouge_scorer
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

from bot.content.quotes import extract_quotes
from bot.content.sentences import split_sentences
from bot.content.summarize import summarize

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "summaries.jsonl"
RESULTS = ROOT / "bench" / "results" / "summary_quality.json"
MAX_WORDS = 60


class RegexTokenizer:
    """The tokenizer interface sumy expects, without NLTK data."""

    language = "english"
    _WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['-])*")

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(self._WORD.findall(sentence))


def load(path: Path = DATA) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def lead3(title: str, paragraphs: list[str]) -> str:
    sentences = [s for p in paragraphs for s in split_sentences(p)]
    return " ".join(sentences[:3])


def lead_budget(title: str, paragraphs: list[str]) -> str:
    out: list[str] = []
    words = 0
    for sentence in (s for p in paragraphs for s in split_sentences(p)):
        n = len(sentence.split())
        if out and words + n > MAX_WORDS:
            break
        out.append(sentence)
        words += n
        if len(out) == 3:
            break
    return " ".join(out)


class LexRank:
    def __init__(self) -> None:
        self.tokenizer = RegexTokenizer()
        self.summarizer = LexRankSummarizer(Stemmer("english"))
        self.summarizer.stop_words = get_stop_words("english")

    def __call__(self, title: str, paragraphs: list[str]) -> str:
        parser = PlaintextParser.from_string("\n\n".join(paragraphs), self.tokenizer)
        return " ".join(str(s) for s in self.summarizer(parser.document, 3))


def ours(title: str, paragraphs: list[str]) -> str:
    """As the pipeline calls it: quotes shown with their speaker are left to the quotes."""
    shown = [q.text for q in extract_quotes(paragraphs) if q.speaker][:2]
    return summarize(title, paragraphs, max_words=MAX_WORDS, max_sentences=3, quotes=shown)


def ours_summarizer(title: str, paragraphs: list[str]) -> str:
    """The summarizer alone, for throughput (the pipeline extracts quotes anyway)."""
    return summarize(title, paragraphs, max_words=MAX_WORDS, max_sentences=3)


def rouge(systems: dict[str, Any], rows: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    out: dict[str, dict[str, float]] = {}
    for name, fn in systems.items():
        scores: dict[str, list[float]] = {"rouge1": [], "rouge2": [], "rougeL": []}
        words = []
        for row in rows:
            summary = fn(row["title"], row["paragraphs"])
            words.append(len(summary.split()))
            for key, value in scorer.score(row["summary"], summary).items():
                scores[key].append(value.fmeasure)
        out[name] = {k: round(statistics.mean(v), 4) for k, v in scores.items()}
        out[name]["mean_words"] = round(statistics.mean(words), 1)
    return out


def throughput(fn: Any, articles: list[tuple[str, list[str]]], min_seconds: float) -> float:
    """Articles per second, repeating the set until `min_seconds` have passed."""
    done = 0
    start = time.perf_counter()
    while True:
        for title, paragraphs in articles:
            fn(title, paragraphs)
        done += len(articles)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return done / elapsed


def long_articles(rows: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """~600-word articles: each dataset article followed by the next one."""
    out = []
    for a, b in zip(rows, rows[1:] + rows[:1], strict=True):
        out.append((a["title"], a["paragraphs"] + b["paragraphs"]))
    return out


def ours_with_pysbd() -> Any:
    """Our summarizer with pysbd as its sentence splitter: why bot.content.sentences exists."""
    import pysbd

    import bot.content.summarize as summarize_module

    segmenter = pysbd.Segmenter(language="en", clean=False)

    def split(text: str) -> list[str]:
        return [s.strip() for s in segmenter.segment(text) if s.strip()]

    def run(title: str, paragraphs: list[str]) -> str:
        original = summarize_module.split_sentences
        summarize_module.split_sentences = split
        try:
            return ours_summarizer(title, paragraphs)
        finally:
            summarize_module.split_sentences = original

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small subset, < 20 s")
    parser.add_argument("--out", type=Path, default=RESULTS, help="results JSON path")
    args = parser.parse_args(argv)
    run(quick=args.quick, out=args.out)
    return 0


def run(*, quick: bool, out: Path) -> dict[str, Any]:
    rows = load()
    lexrank = LexRank()
    systems = {"ours": ours, "lead3": lead3, "lead60": lead_budget, "lexrank3": lexrank}
    quality = rouge(systems, rows[:12] if quick else rows)
    articles = long_articles(rows[:10] if quick else rows)
    words = statistics.mean(sum(len(p.split()) for p in ps) for _, ps in articles)
    seconds = 0.5 if quick else 3.0
    speed = {
        "ours": throughput(ours_summarizer, articles, seconds),
        "lexrank3": throughput(lexrank, articles[:5] if quick else articles, seconds),
        "lead3": throughput(lead3, articles, seconds),
        "ours_pysbd": throughput(ours_with_pysbd(), articles[:5] if quick else articles, seconds),
    }
    result = {
        "title": (
            f"Summaries: ROUGE F1 vs human references ({len(rows[:12] if quick else rows)} CC0 "
            f"articles) and throughput on ~{round(words)}-word articles, one core, same run"
        ),
        "table": [
            {
                "system": name,
                "ROUGE-1": f"{quality[name]['rouge1']:.3f}" if name in quality else "–",
                "ROUGE-2": f"{quality[name]['rouge2']:.3f}" if name in quality else "–",
                "ROUGE-L": f"{quality[name]['rougeL']:.3f}" if name in quality else "–",
                "words": quality[name]["mean_words"] if name in quality else "–",
                "articles/s": f"{speed[name]:,.0f}" if name in speed else "–",
            }
            for name in ("ours", "lead3", "lead60", "lexrank3", "ours_pysbd")
        ],
        "quick": quick,
        "articles_scored": len(rows[:12] if quick else rows),
        "rouge_f1": quality,
        "throughput_articles_per_s": {k: round(v, 1) for k, v in speed.items()},
        "throughput_article_words": round(words),
        "ours_vs_lexrank_speed": round(speed["ours"] / speed["lexrank3"], 1),
        "ours_minus_lead3_rouge2": round(
            quality["ours"]["rouge2"] - quality["lead3"]["rouge2"], 4
        ),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"ROUGE F1 on {result['articles_scored']} articles (human references)")
    print(f"{'system':<10} {'R-1':>7} {'R-2':>7} {'R-L':>7} {'words':>6}")
    for name, q in quality.items():
        print(
            f"{name:<10} {q['rouge1']:>7.4f} {q['rouge2']:>7.4f} {q['rougeL']:>7.4f}"
            f" {q['mean_words']:>6}"
        )
    print(f"\nthroughput on ~{result['throughput_article_words']}-word articles, one core")
    for name, v in speed.items():
        print(f"{name:<10} {v:>10.1f} articles/s")
    print(f"ours is {result['ours_vs_lexrank_speed']}x LexRank; results in {out}")
    return result


if __name__ == "__main__":
    raise SystemExit(main())
