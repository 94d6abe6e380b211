"""Why-lines that explain nothing (issue 17): over every built item of the released fixtures,
the items whose relevance reasons show a function word, a number or unit, a word only in short
quotation marks (a metaphor), or no reason at all.

    python -m bench.why_lines                     # build the fixtures (bench.article_dump)
    python -m bench.why_lines --dump A.json [B.json]   # count dumps made by bench.article_dump

Feeds: tests/data/realistic_feeds and the released held-out sets 1-50 (`bench.article_dump`;
never a blind one). A reason's term is the quoted word of a topic-group reason ("+ politics term
'governo'") or a learnt English word ("+ percent", "- 'does'"); names ("+ mentions Iran"),
feed categories and fallbacks carry none. Function words: every language profile's stopwords
(bot/data/geo/languages.json) and the relevance model's own; numbers and units: a digit or a
word of bot/data/reasons.json "number_unit_words". "unlisted_word" (a learnt English word whose
meaning does not agree with its sign: no world-news word up, no off-topic word down, see
bot.content.why) is reported, not counted as a defect.
Writes bench/results/why_lines.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "why_lines.json"
_LANGS = ("en", "de", "it", "pt", "es", "fr", "ur", "ar", "tr")
DEFECTS = ("function_word", "number_unit", "quoted_metaphor", "empty")
# (a term with an apostrophe is shown in double quotes: "прем'єр-міністри")
_GROUP_TERM = regex.compile(r"""^[+-] .+ term(?: abroad)? (['"])(.+)\1$""")
_LEARNT_NEG = regex.compile(r"""^- (['"])(.+)\1$""")
_NO_TERM = regex.compile(
    r"^(?:\? written in |[+-] (?:feed category |mentions |about |domestic: |several countries"
    r"|no foreign |[\w/ -]+ topic$))"
)


@lru_cache(maxsize=64)
def _function_words(lang: str | None) -> frozenset[str]:
    """`lang`'s function words; None: a learnt English word's (any language's and the model's:
    "- 'de'" of an Irish item read as English is one too)."""
    from bot.content import geo, relevance

    profiles = geo.languages()
    if lang is not None:
        return frozenset(w.casefold() for w in profiles.get(lang, {}).get("stopwords", ()))
    words = {w.casefold() for v in profiles.values() for w in v.get("stopwords", ())}
    return frozenset(words | relevance._STOP)


def term_of(reason: str) -> tuple[str | None, bool]:
    """The term a reason shows, and whether it is a learnt English word (None: a name, a
    category, a fallback)."""
    if _NO_TERM.match(reason):
        return None, False
    if m := _GROUP_TERM.match(reason):
        return m.group(2), False
    if m := _LEARNT_NEG.match(reason):
        return m.group(2), True
    return reason[2:], True


def defects(item: dict[str, Any]) -> set[str]:
    """The defect kinds of one built item's why-line."""
    from bot.content import language, relevance, why

    reasons = item.get("reasons") or []
    if item.get("relevance") is None and not reasons:
        return set()  # not built or not scored
    if not reasons:
        return {"empty"}
    out: set[str] = set()
    sample = relevance.sample_of(item.get("title") or "", item.get("text") or "")
    lang = language.detect(f"{item.get('title') or ''}\n{(item.get('text') or '')[:600]}")
    for reason in reasons:
        term, learnt = term_of(reason)
        if term is None:
            continue
        words = term.casefold().split()
        if all(w in _function_words(None if learnt else lang) for w in words):
            out.add("function_word")
        function = _function_words(None if learnt else lang)
        # a figure or unit and nothing else ("milhões", "18-year-old"; "Ligue 1" is a name)
        if all(w in function or any(why.is_number_or_unit(w, code) for code in _LANGS)
               for w in words) and not all(w in function for w in words):
            out.add("number_unit")
        if why.quoted_only(term, sample, lang) and not _literal(reason):
            out.add("quoted_metaphor")
        if learnt and not _listed(term, reason.startswith("+")):
            out.add("unlisted_word")
    return out


def _literal(reason: str) -> bool:
    """A diplomacy or politics term: quoted, it still names the topic ("shuttle diplomacy")."""
    return reason[2:].startswith(("foreign-affairs term", "politics term"))


def _listed(term: str, up: bool) -> bool:
    """A learnt word whose meaning agrees with its sign (`relevance._topic_stems`)."""
    from bot.content import relevance

    allowed = relevance._topic_stems()[0 if up else 1]
    return all(relevance._stem_lower(w) in allowed for w in term.casefold().split())


def count(dump: dict[str, Any]) -> dict[str, Any]:
    per: Counter[str] = Counter()
    items = bad = 0
    examples: dict[str, list[str]] = {}
    for name, item in dump.items():
        if "reasons" not in item:
            continue
        items += 1
        found = defects(item)
        per.update(found)
        if found & set(DEFECTS):
            bad += 1
        for d in found:
            if len(examples.setdefault(d, [])) < 5:
                examples[d].append(f"{name}: {item.get('title', '')[:60]!r} {item['reasons']}")
    return {"items": items, "why_lines_with_defect": bad,
            "per_kind": {k: per.get(k, 0) for k in (*DEFECTS, "unlisted_word")},
            "examples": examples}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", nargs="+", type=Path, help="bench.article_dump outputs to count")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    if args.dump:
        dumps = {p.name: json.loads(p.read_text("utf-8")) for p in args.dump}
    else:
        from bench.article_dump import dump

        dumps = {"fixtures": dump()}
    results = {label: count(d) for label, d in dumps.items()}
    for label, r in results.items():
        kinds = ", ".join(f"{k} {n}" for k, n in r["per_kind"].items())
        print(f"{label}: {r['items']} items, {r['why_lines_with_defect']} why-lines with a "
              f"defect ({kinds})")
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
