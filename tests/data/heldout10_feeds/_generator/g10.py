# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Small helpers of the tenth set (copied from set 8): an RSS <item> from ordered (tag, text) pairs and a date helper."""
from lib import dt


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


def item(pairs, sep=""):
    """<item> with the given (tag, already-escaped text) pairs in order; a tag with attributes
    and no text is written self-closed when its text is None."""
    out = []
    for tag, text in pairs:
        name = tag.split(" ", 1)[0]
        out.append(f"<{tag}/>" if text is None else f"<{tag}>{text}</{name}>")
    return "<item>" + sep + sep.join(out) + sep + "</item>"


def simple(rows_spec, build_row):
    """Run build_row over (spec, expectation) pairs: returns (xml rows, sidecar items)."""
    rows, items = [], []
    for spec, exp in rows_spec:
        key, xml = build_row(**spec)
        rows.append(xml)
        items.append(exp(key))
    return rows, items
