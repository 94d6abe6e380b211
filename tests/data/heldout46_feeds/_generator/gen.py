# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Table-driven writers for the feeds of the forty-sixth held-out set that share a shape:
each spec gives the channel head and the rows; the item writer is chosen per CMS."""
from h46 import cd, esc, feed, it, ordered, q, rfc822, utc0  # noqa: F401

Q = q


def build(spec, rows_spec, row, head, wrap, **fk):
    """rows_spec: tuples (key_tail, title, when, creator, body, authors, quotes, story, rel, note, junk)."""
    rows, items = [], []
    for r in rows_spec:
        tail, title, when, creator, body, authors, quotes, story, rel, note, junk = (*r, [])[:11] if len(r) == 10 else r
        key, xml = row(tail, title, when, creator, body)
        rows.append(xml)
        items.append(it(key, spec.get("clean", {}).get(tail, title), when, authors, story=story, rel=rel, quotes=[Q(*x) for x in quotes] or None, note=note, junk=junk))
    rows, items = ordered(rows, items)
    return feed(spec["name"], wrap(head, rows), items, **fk)
