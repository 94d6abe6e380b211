"""A feed document without the text of its CDATA sections, for the checks that look at its
elements and attributes (bot/content/fastparse.py, parse._item_spans).

Most of a feed's bytes are its articles' HTML inside CDATA sections; scanning them for element
names, attributes and item boundaries was most of what those checks cost. The sections are
found with memchr (`bytes.find` of one byte), never read byte by byte in Python.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

CDATA_START, CDATA_END = b"<![CDATA[", b"]]>"


@dataclass(frozen=True, slots=True)
class Skeleton:
    """A document with the text of every CDATA section left out (each section stays, empty)."""

    marks: bytes
    cuts: tuple[int, ...]  # where in `marks` text was left out, in order
    removed: tuple[int, ...]  # bytes left out at each cut and before it

    def position(self, at: int) -> int:
        """The document's position of `marks[at]`."""
        i = bisect_right(self.cuts, at)
        return at + self.removed[i - 1] if i else at


def _section_end(data: bytes, at: int) -> int:
    """Where the CDATA section whose text starts at `at` ends ("]]>"), or -1."""
    find = data.find
    while (i := find(b"]", at)) >= 0:  # one byte: memchr
        if data.startswith(CDATA_END, i):
            return i
        at = i + 1
    return -1


def skeleton(data: bytes) -> Skeleton | None:
    """`data` without the text of its CDATA sections; None when it has none, or when that
    cannot be told by this scan: a section that never ends, a "]]>" outside the sections (a
    section nested in another: not well-formed, but the loose parser reads it), or a comment
    or processing instruction outside the sections holding a "<" (a "<![CDATA[" written inside
    one starts no section, and this scan would take it for one). A document that is not
    well-formed otherwise is the caller's to refuse (expat)."""
    pieces: list[bytes] = []
    cuts: list[int] = []
    removed: list[int] = []
    at = length = gone = 0
    find = data.find
    while (start := find(CDATA_START, at)) >= 0:
        text = start + len(CDATA_START)
        end = _section_end(data, text)
        if end < 0:
            return None
        pieces.append(data[at:text])
        length += text - at
        gone += end - text
        cuts.append(length)
        removed.append(gone)
        at = end
    if not pieces:
        return None
    pieces.append(data[at:])
    marks = b"".join(pieces)
    if marks.count(CDATA_END) != len(cuts):
        return None  # "]]>" outside a section: a nested section, not well-formed
    for opener, closer in ((b"<!--", b"-->"), (b"<?", b"?>")):
        at = 0
        while (start := marks.find(opener, at)) >= 0:
            end = marks.find(closer, start + len(opener))
            if end < 0 or b"<" in marks[start + len(opener) : end]:
                return None
            at = end
    return Skeleton(marks, tuple(cuts), tuple(removed))


def without_cdata_text(data: bytes) -> bytes:
    """`skeleton(data).marks`, or `data` itself when there is no (sure) skeleton."""
    found = skeleton(data)
    return data if found is None else found.marks
