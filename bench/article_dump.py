"""Every built Article of the fixture feeds and the article-build bench, as JSON: a check that a
performance change leaves the build's output identical.

    python -m bench.article_dump OUT.json            # dump with the `bot` on PYTHONPATH
    python -m bench.article_dump OUT.json --compare REF.json

Feeds: tests/data/realistic_feeds and the released held-out sets (tests/data/heldout_index.json
marks them `"blind": false`; a blind set is never built), each item built by
`process_feed` (all fields of the Article, and whether `is_story` keeps it), plus the articles of
bench/article_build.py. `--compare` lists the items that differ from REF (and exits 1 if any do).
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
# released sets only: a blind set is never built here
FOLDERS = ("realistic_feeds", *(
    "heldout_feeds" if n == "1" else f"heldout{n}_feeds"
    for n, s in sorted(json.loads((DATA / "heldout_index.json").read_text(encoding="utf-8"))
                       ["sets"].items(), key=lambda kv: int(kv[0])) if not s["blind"]))
_NOT_FEEDS = (".expect.json", ".md", ".py")


def _feeds() -> list[tuple[Path, str | None]]:
    out = []
    for folder in FOLDERS:
        for path in sorted((DATA / folder).iterdir()):
            if not path.is_file() or path.name.endswith(_NOT_FEEDS):
                continue
            sidecar = path.with_name(path.name + ".expect.json")
            if not sidecar.exists():  # realistic_feeds: "01_x.xml" → "01_x.expect.json"
                sidecar = path.with_name(path.name.split(".")[0] + ".expect.json")
            if not sidecar.exists():
                continue  # not a feed (story_groups.json)
            expect = json.loads(sidecar.read_text(encoding="utf-8"))
            out.append((path, (expect.get("feed") or {}).get("content_type")))
    return out


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    if isinstance(obj, (str, int, float, bool)) or obj is None:
        return obj
    return str(obj)


def dump() -> dict[str, Any]:
    from bench.article_build import _corpus
    from bot.content.articles import build_article, is_story, process_feed
    from bot.core.errors import ParseError
    from bot.core.settings import SummarySettings
    from bot.core.types import FeedEntry, ParsedFeed

    out: dict[str, Any] = {}
    for path, content_type in _feeds():
        name = f"{path.parent.name}/{path.name}"
        try:
            _, built = process_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}",
                                    content_type=content_type)
        except ParseError as e:
            out[name] = {"error": str(e)}
            continue
        for n, a in enumerate(built):
            out[f"{name}#{n}"] = {**_plain(a), "is_story": is_story(a)}
    feed = ParsedFeed(title="The Ledger — World", link="https://ledger.example/world",
                      entries=(), language="en-gb")
    budget = SummarySettings()
    for n, (title, paras) in enumerate(_corpus()):
        entry = FeedEntry(title=title, link=f"https://ledger.example/world/{n}", guid=f"g{n}",
                          summary_html=html.escape(paras[0]),
                          content_html="".join(f"<p>{html.escape(p)}</p>" for p in paras),
                          authors=("Jane Doe",))
        a = build_article(entry, feed, feed_url="https://ledger.example/rss", feed_id=1,
                          summary=budget)
        out[f"bench#{n}"] = {**_plain(a), "is_story": is_story(a)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path, default=None)
    args = ap.parse_args(argv)
    got = dump()
    args.out.write_text(json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True), "utf-8")
    if args.compare is None:
        sys.stdout.write(f"{len(got)} items\n")
        return 0
    ref = json.loads(args.compare.read_text(encoding="utf-8"))
    differ = sorted(k for k in ref.keys() | got.keys() if ref.get(k) != got.get(k))
    for key in differ[:20]:
        a, b = ref.get(key) or {}, got.get(key) or {}
        fields = sorted(f for f in a.keys() | b.keys() if a.get(f) != b.get(f))
        sys.stdout.write(f"DIFF {key}: {', '.join(fields)}\n")
        for f in fields[:3]:
            sys.stdout.write(f"  - {str(a.get(f))[:300]}\n  + {str(b.get(f))[:300]}\n")
    sys.stdout.write(f"{len(got)} items, {len(differ)} differ\n")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
