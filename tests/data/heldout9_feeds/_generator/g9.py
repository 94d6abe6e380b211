# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Small helpers of the ninth set: an RSS <item> from ordered (tag, text) pairs and a date helper."""
from lib import dt


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


def item(pairs, sep=""):
    """<item> with the given (tag, already-escaped text) pairs in order; a tag whose text is None
    is written self-closed."""
    out = []
    for tag, text in pairs:
        name = tag.split(" ", 1)[0]
        out.append(f"<{tag}/>" if text is None else f"<{tag}>{text}</{name}>")
    return "<item>" + sep + sep.join(out) + sep + "</item>"
