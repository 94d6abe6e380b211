"""Feed discovery: what kind of bytes did we get, and which feeds does a web page advertise?

Pure and synchronous; cheap enough for the event loop because callers pass only a bounded head of
the body (sniffing looks at a few KiB, link discovery at the <head> of at most 1 MiB of HTML).
"""

from __future__ import annotations

import contextlib
import re
from typing import Literal

from selectolax.lexbor import LexborHTMLParser
from yarl import URL

FEED_LINK_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/x-rss+xml", "application/x-atom+xml", "application/feed+json",
})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
XML_TYPES = frozenset({"application/xml", "text/xml", "application/x-xml"})
JSON_TYPES = frozenset({"application/json", "application/feed+json"})
# Types sloppy servers send for feeds: accepted only when the body itself starts like a feed.
LENIENT_TYPES = frozenset({
    "", "text/plain", "application/octet-stream", "binary/octet-stream", "application/x-download",
})
SNIFF_BYTES = 8 * 1024

Kind = Literal["feed", "html", "unknown"]

_SKIP = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->|<!doctype(?!\s+html)[^>]*>)", re.S | re.I)
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:rdf|rdf)[\s>/]", re.I)
_HTML_ROOT = re.compile(rb"<(!doctype\s+html|html|head|body)[\s>]", re.I)
_HEAD_END = re.compile(rb"</head\s*>|<body[\s>]", re.I)
_JSON_FEED = re.compile(rb'^\{.*?"version"\s*:\s*"https?://jsonfeed\.org/version/', re.S)


def media_type(content_type: str | None) -> str:
    """`text/html; charset=utf-8` → `text/html` ("" when missing)."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def is_feed_type(mtype: str) -> bool:
    """A content type a feed may come with: XML of any kind, or JSON (JSON Feed)."""
    return (
        mtype in XML_TYPES or mtype in FEED_LINK_TYPES or mtype in JSON_TYPES
        or mtype.endswith("+xml")
    )


# A PHP error or notice a plugin printed before the feed (a web server's `display_errors` on):
# "<br />\n<b>Deprecated</b>:  Function create_function() is deprecated in <b>/…/x.php</b> on
# line <b>88</b><br />", or the same as plain text ("PHP Warning:  … on line 8").
_PHP_KINDS = (
    rb"(?:Deprecated|Warning|Notice|Strict Standards|Fatal error|Parse error|"
    rb"Catchable fatal error|Recoverable fatal error)"
)
_SERVER_NOTICE = re.compile(
    rb"\s*(?:<br\s*/?>\s*<b>" + _PHP_KINDS + rb"</b>:[^<\n]{1,600}?"
    rb"(?:<b>[^<\n]{1,300}</b>[^<\n]{0,300}?){1,4}<br\s*/?>"
    rb"|(?:PHP )?" + _PHP_KINDS + rb":[^<\n]{1,600}? on line \d+[ \t]*\r?\n)",
    re.I,
)
_XML_START = re.compile(rb"\s*(?:<\?xml\b|<(?:rss|feed|rdf:rdf)[\s>])", re.I)


def strip_server_notices(body: bytes) -> bytes:
    """`body` without the PHP notices a server printed before the feed's XML declaration or
    root element (the feed after them is whole: nothing is guessed); `body` itself when it
    does not start with such notices followed by a feed."""
    pos, found = 0, 0
    while match := _SERVER_NOTICE.match(body, pos):
        pos, found = match.end(), found + 1
    if not found or not _XML_START.match(body, pos):
        return body
    return body[pos:].lstrip()


# An HTTP/1.1 chunk's size line: hex digits, maybe an extension after ";", then CRLF.
_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]{1,8})(?:;[^\r\n]{0,200})?\r\n")
_CHUNK_TRAILER = re.compile(rb"(?:[\w-]+:[^\r\n]*\r\n)*\s*")


def unchunk(body: bytes) -> bytes:
    """`body` without the HTTP/1.1 chunked transfer framing a proxy passed on as body bytes
    (each chunk's hex size and CRLF before it, a CRLF after it, "0" CRLF CRLF at the end: a
    size line may fall inside a sentence); `body` itself unless the sizes account for every
    byte exactly and the chunks joined start with a feed (nothing is guessed)."""
    if not _CHUNK_SIZE.match(body):
        return body
    parts: list[bytes] = []
    pos, size = 0, len(body)
    while pos < size:
        m = _CHUNK_SIZE.match(body, pos)
        if m is None:
            if body[pos:].strip():
                return body
            break
        length = int(m[1], 16)
        if length == 0:  # the last chunk: trailer lines and a blank line may follow
            if not _CHUNK_TRAILER.fullmatch(body, m.end()):
                return body
            break
        end = m.end() + length
        if body[end : end + 2] != b"\r\n":
            return body
        parts.append(body[m.end() : end])
        pos = end + 2
    joined = b"".join(parts)
    return joined if parts and _XML_START.match(joined.removeprefix(b"\xef\xbb\xbf")) else body


def sniff(head: bytes) -> Kind:
    """Classify a body by how it starts: an RSS/Atom/RDF root or a JSON Feed, an HTML page, or
    neither (PHP notices before a feed's XML are skipped: see `strip_server_notices`)."""
    data = strip_server_notices(head[:SNIFF_BYTES])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 feeds exist; tags are ASCII
        enc = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
        data = data[2:].decode(enc, "ignore").encode("latin-1", "ignore")
    data = data.removeprefix(b"\xef\xbb\xbf")
    pos = 0
    while match := _SKIP.match(data, pos):  # XML declaration, PIs, comments, non-HTML doctypes
        pos = match.end()
    rest = data[pos:].lstrip()
    if _FEED_ROOT.match(rest) or _JSON_FEED.match(rest):
        return "feed"
    if _HTML_ROOT.match(rest):
        return "html"
    return "unknown"


def find_feed_links(html: bytes, base_url: str, *, limit: int = 20) -> tuple[str, ...]:
    """Absolute URLs of the feeds a page advertises with <link rel=alternate type=…rss/atom…>."""
    end = _HEAD_END.search(html)
    tree = LexborHTMLParser(html[: end.start()] if end else html)
    base = URL(base_url)
    base_node = tree.css_first("base[href]")
    if base_node is not None:
        with contextlib.suppress(ValueError):
            base = base.join(URL(base_node.attributes.get("href") or ""))
    found: dict[str, None] = {}
    for node in tree.css("link[rel][href]"):
        attrs = node.attributes
        rels = (attrs.get("rel") or "").lower().split()
        if "alternate" not in rels or media_type(attrs.get("type")) not in FEED_LINK_TYPES:
            continue
        try:
            url = base.join(URL((attrs.get("href") or "").strip()))
        except ValueError:
            continue
        if url.scheme in ("http", "https") and url.host:
            found[str(url.with_fragment(None))] = None
        if len(found) >= limit:
            break
    return tuple(found)
