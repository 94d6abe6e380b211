# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Consistency check of the held-out set: every sidecar key is an item of its feed,
every item of the feed has a sidecar entry, and the declared counts add up.
Run: python3 check.py FOLDER, or the check.py in a set's _generator (needs feedparser; JSON
Feeds are read with json)."""
import json
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import feedparser

HERE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path.cwd()
ENC = {"utf-8": "utf-8", "latin-1": "latin-1", "cp1251": "cp1251", "cp1255": "cp1255",
       "gb2312": "gb2312", "cp932": "cp932", "cp1250": "cp1250", "big5": "big5", "cp1253": "cp1253",
       "cp1252": "cp1252", "utf-8-sig": "utf-8-sig", "utf-16": "utf-16"}


def ids(path: Path, exp: dict) -> list[str]:
    raw = path.read_bytes()
    if path.suffix == ".json":
        return [i["id"] for i in json.loads(raw)["items"]]
    # decode with the true encoding so that id extraction does not depend on sniffing
    text = raw.decode(ENC[exp["feed"]["encoding"]])
    d = feedparser.parse(text)
    out = []
    for e in d.entries:
        out.append(e.get("id") or e.get("link"))
    return out


def main() -> int:
    bad = 0
    langs, shapes, topics = Counter(), Counter(), Counter()
    stories = relevant = total = 0
    feeds = sorted(p for p in HERE.iterdir() if p.is_file() and not p.name.endswith(".expect.json")
                   and p.name != "README.md")
    for p in feeds:
        exp = json.loads((HERE / f"{p.name}.expect.json").read_text(encoding="utf-8"))
        got = ids(p, exp)
        want = list(exp["items"])
        if sorted(got) != sorted(want):
            bad += 1
            print(f"MISMATCH {p.name}: feed-only {set(got) - set(want)} sidecar-only {set(want) - set(got)}")
        n = len(want)
        total += n
        langs[exp["feed"]["language"]] += 1
        shapes[exp["feed"]["shape"]] += 1
        topics[exp["feed"]["topic"]] += 1
        stories += sum(v["is_story"] for v in exp["items"].values())
        relevant += sum(v["relevant"] for v in exp["items"].values())
        print(f"{p.name:48s} {exp['feed']['language']:3s} {exp['feed']['shape']:9s} {exp['feed']['encoding']:8s} {n:3d}")
    print(f"{len(feeds)} feeds, {total} items, {stories} stories, {relevant} relevant")
    print("languages", dict(langs))
    print("shapes", dict(shapes))
    print("topics", dict(topics))
    return 1 if bad else 0


def dates() -> int:
    """Every sidecar date equals the date feedparser reads from that item (decoded with the
    true codec); prints each mismatch, returns their count."""
    bad = 0
    for side in sorted(HERE.glob("*.expect.json")):
        exp = json.loads(side.read_text(encoding="utf-8"))
        raw = (HERE / side.name.removesuffix(".expect.json")).read_bytes().decode(ENC[exp["feed"]["encoding"]])
        for e in feedparser.parse(raw).entries:
            key = e.get("id") or e.get("link")
            want = exp["items"][key]["published"]
            t = e.get("published_parsed") or e.get("updated_parsed")
            got = datetime(*t[:6], tzinfo=UTC) if t else None
            if (want and datetime.fromisoformat(want) != got) or (not want and got):
                bad += 1
                print(f"DATE {side.name} {key}: sidecar {want} feedparser {got}")
    print("dates ok" if not bad else f"{bad} date mismatches")
    return bad


def main_with_dates() -> int:
    """`main`, then `dates`: the check of a set whose sidecars give every item's date."""
    rc = main()
    return 1 if dates() or rc else 0


if __name__ == "__main__":
    sys.exit(main())
