"""Metamorphic check of the article build: the same feed, written in an equivalent encoding, must
give the same digest.

    python -m bench.feed_variants [--out OUT.json] [--variant NAME ...] [--folder NAME ...]

For every feed of the released sets (the feeds `bench/article_dump.py` builds: realistic_feeds,
heldout_feeds, heldout2..48_feeds; never a blind set) each variant below rewrites the document
into one that a reader cannot tell apart from the original, builds every item the way
`article_dump` does (`process_feed`, `is_story`), and lists the items whose digest fields
(title, outlet, authors, published, summary, quotes, is_story; relevance by more than 0.02)
differ from the original's. A variant that leaves a feed's bytes unchanged is not built.

The rewrites work on the document's text split into tags, CDATA sections, comments and text; the
"HTML" of an item is a CDATA section or an entity-escaped text node that holds markup. Only
rewrites that are exact for a reader are here: straight ↔ typographic quotes, for one, are not;
nor is an RSS date with a zone name ("EST") in Atom (the outlet's country reads the name), a
second channel, or the text a truncated download ends in. A JSON Feed gets only `ncr`, as
\\u escapes.

    python -m bench.feed_variants --out /tmp/fv.json --variant p_to_div --folder realistic_feeds
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from datetime import UTC, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from bench.article_dump import _feeds, _plain

FIELDS = ("title", "outlet", "authors", "published", "summary", "quotes", "is_story")
RELEVANCE_TOLERANCE = 0.02

# --- the document as tokens ---------------------------------------------------------------------

_TOKEN = re.compile(r"<!\[CDATA\[.*?\]\]>|<!--.*?-->|<[?!][^>]*>|<[^<>]*>|[^<]+|<", re.S)
_DECL_ENCODING = re.compile(r"""^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']""")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _kind(tok: str) -> str:
    if tok.startswith("<![CDATA["):
        return "cdata"
    if tok.startswith(("<!--", "<?", "<!")):
        return "other"
    if tok.startswith("<") and len(tok) > 1:
        return "tag"
    return "text"


def _decode(body: bytes) -> tuple[str, str] | None:
    """The document as text and the codec to write it back with: UTF-8 when the feed is UTF-8
    (declared or not), else latin-1, which keeps every byte (only ASCII is rewritten then)."""
    if body.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in body[:200]:
        return None  # UTF-16/32: not rewritten
    head = body[:200].decode("latin-1")
    m = _DECL_ENCODING.match(head.lstrip("\ufeff\xef\xbb\xbf"))
    declared = (m.group(1).lower().replace("_", "-") if m else "utf-8")
    if declared in ("utf-8", "utf8"):
        try:
            return body.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    return body.decode("latin-1"), "latin-1"


# --- HTML held in the document ------------------------------------------------------------------

_NUMREF = re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+);")
_XML_NAMED = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'"}
_XML_ESC = re.compile(r"&(?:lt|gt|amp|quot|apos);|&#(?:[0-9]+|[xX][0-9a-fA-F]+);")
_HAS_MARKUP = re.compile(r"<[a-zA-Z/][^<>]*>")
_PROTECT = "\ue000"  # stands for "&#" of an XML-level character reference while HTML is edited


def _unescape_text(tok: str) -> str | None:
    """The HTML an entity-escaped text node holds (XML-level numeric references kept apart), or
    None when a reference makes markup (`&#60;`): editing it would change what it is."""
    out = []
    pos = 0
    for m in _XML_ESC.finditer(tok):
        out.append(tok[pos:m.start()])
        ref = m.group()
        if ref in _XML_NAMED:
            out.append(_XML_NAMED[ref])
        else:
            if html.unescape(ref) in "<>&":
                return None
            out.append(_PROTECT + ref[2:])
        pos = m.end()
    out.append(tok[pos:])
    return "".join(out)


def _escape_text(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace(_PROTECT, "&#"))


def _map_html(text: str, fn: Callable[[str], str]) -> str:
    """`fn` applied to every piece of item HTML: CDATA sections and escaped text nodes that
    hold markup."""
    toks = _tokens(text)
    for i, tok in enumerate(toks):
        kind = _kind(tok)
        if kind == "cdata":
            inner = tok[9:-3]
            if _HAS_MARKUP.search(inner):
                new = fn(inner)
                if new != inner and "]]>" not in new:
                    toks[i] = "<![CDATA[" + new + "]]>"
        elif kind == "text" and "&lt;" in tok:
            inner = _unescape_text(tok)
            if inner is None or not _HAS_MARKUP.search(inner):
                continue
            new = fn(inner)
            if new != inner:
                toks[i] = _escape_text(new)
    return "".join(toks)


def _map_kind(text: str, kinds: tuple[str, ...], fn: Callable[[str], str]) -> str:
    """`fn` applied to every token of `kinds` that a tag follows (the text a truncated
    download ends in is left as it is)."""
    toks = _tokens(text)
    return "".join(fn(t) if _kind(t) in kinds and i + 1 < len(toks) else t
                   for i, t in enumerate(toks))


# --- the variants -------------------------------------------------------------------------------

Variant = Callable[[str, str], str | None]  # (text, codec) → new text, None: not applicable


def cdata_to_escaped(text: str, codec: str) -> str:
    """Every CDATA section written as entity-escaped text (the same XML text)."""
    def esc(tok: str) -> str:
        inner = tok[9:-3]
        return inner.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _map_kind(text, ("cdata",), esc)


def escaped_to_cdata(text: str, codec: str) -> str:
    """Every entity-escaped text node that holds markup written as a CDATA section (not the
    text a truncated download ends in: a closed section would no longer read as cut)."""
    def cdata(tok: str) -> str:
        if "&lt;" not in tok:
            return tok
        if codec != "utf-8" and _NUMREF.search(tok):
            return tok  # a reference's character could not be written in a latin-1 round trip
        inner = _xml_unescape(tok)
        if "]]>" in inner or not _HAS_MARKUP.search(inner) or "\r" in inner:
            return tok
        return "<![CDATA[" + inner + "]]>"
    return _map_kind(text, ("text",), cdata)


def _xml_unescape(tok: str) -> str:
    """XML's own references resolved: the five named ones and numeric ones."""
    return _XML_ESC.sub(lambda m: _XML_NAMED.get(m.group()) or html.unescape(m.group()), tok)


_PREFIXES = {"dc": "dcel", "content": "c", "media": "m", "itunes": "it", "atom": "a10",
             "dcterms": "dct", "slash": "sl", "wfw": "wf", "sy": "syn", "georss": "geo2"}


def ns_rename(text: str, codec: str) -> str | None:
    """Namespace prefixes renamed, the URIs kept (dc: → dcel:, content: → c:, …)."""
    renames = {}
    for old, new in _PREFIXES.items():
        # declared once (on the root: a prefix redeclared on an element is not renamed), the
        # new prefix unused
        if len(re.findall(rf"\bxmlns:{old}\s*=", text)) == 1 and not re.search(
                rf"(?:xmlns:|</?){new}\b", text):
            renames[old] = new
    if not renames:
        return None
    alt = "|".join(renames)
    pat = re.compile(rf"(\bxmlns:|</?|\s)({alt})(?=[:=\s])(:?)")

    def tag(tok: str) -> str:
        def sub(m: re.Match[str]) -> str:
            head, name, colon = m.group(1), m.group(2), m.group(3)
            if head == "xmlns:" or colon:
                return head + renames[name] + colon
            return m.group()  # not a prefix (an attribute named `media`)
        return pat.sub(sub, tok)
    return _map_kind(text, ("tag",), tag)


_BR_SLASH = re.compile(r"<br\s*/\s*>", re.I)
_BR_OPEN = re.compile(r"<br\s*>", re.I)


def br_html(text: str, codec: str) -> str:
    """`<br/>`, `<br />` → `<br>` in item HTML."""
    return _map_html(text, lambda h: _BR_SLASH.sub("<br>", h))


def br_xhtml(text: str, codec: str) -> str:
    """`<br>` → `<br />` in item HTML."""
    return _map_html(text, lambda h: _BR_OPEN.sub("<br />", h))


_NBSP_NAMED = re.compile(r"&nbsp;")
_NBSP_NUM = re.compile(r"&#(?:160|x[aA]0);")


def nbsp_numeric(text: str, codec: str) -> str:
    """`&nbsp;` → `&#160;` in item HTML."""
    return _map_html(text, lambda h: _NBSP_NAMED.sub("&#160;", h))


def nbsp_named(text: str, codec: str) -> str | None:
    """`&#160;` and U+00A0 → `&nbsp;` in item HTML."""
    if codec != "utf-8":
        return _map_html(text, lambda h: _NBSP_NUM.sub("&nbsp;", h))
    return _map_html(text, lambda h: _NBSP_NUM.sub("&nbsp;", h).replace("\xa0", "&nbsp;"))


def nbsp_literal(text: str, codec: str) -> str | None:
    """`&nbsp;`, `&#160;` → U+00A0, in item HTML and in XML text (UTF-8 feeds)."""
    if codec != "utf-8":
        return None
    text = _map_html(text, lambda h: _NBSP_NUM.sub("\xa0", _NBSP_NAMED.sub("\xa0", h)))
    return _map_kind(text, ("text",), lambda t: _NBSP_NUM.sub("\xa0", t))


_BLOCK = r"(?:p|div|ul|ol|li|h[1-6]|blockquote|figure|figcaption|table|tbody|thead|tr|section|" \
         r"article|header|footer|aside|dl|dt|dd|hr)"
_BETWEEN_BLOCKS = re.compile(rf"(</?{_BLOCK}\b[^<>]*>)([ \t\r\n]*)(?=</?{_BLOCK}\b)", re.I)


def blocks_spaced(text: str, codec: str) -> str:
    """A newline and an indent between block tags in item HTML."""
    def fn(h: str) -> str:
        if re.search(r"<pre\b", h, re.I):
            return h
        return _BETWEEN_BLOCKS.sub(lambda m: m.group(1) + "\n  ", h)
    return _map_html(text, fn)


def blocks_tight(text: str, codec: str) -> str:
    """No whitespace between block tags in item HTML."""
    def fn(h: str) -> str:
        if re.search(r"<pre\b", h, re.I):
            return h
        return _BETWEEN_BLOCKS.sub(lambda m: m.group(1), h)
    return _map_html(text, fn)


_ATTR_DQ = re.compile(r"""(\s[\w:.-]+\s*=\s*)"([^"']*)\"""")
_ATTR_SQ = re.compile(r"""(\s[\w:.-]+\s*=\s*)'([^"']*)'""")
_HTML_TAG = re.compile(r"<[a-zA-Z][^<>]*>")


def attrs_single(text: str, codec: str) -> str:
    """Double-quoted attributes written with single quotes (XML tags and item HTML)."""
    def sw(s: str) -> str:
        return _ATTR_DQ.sub(r"\1'\2'", s)
    text = _map_kind(text, ("tag", "other"), lambda t: sw(t) if not t.startswith("<!") else t)
    return _map_html(text, lambda h: _HTML_TAG.sub(lambda m: sw(m.group()), h))


def attrs_double(text: str, codec: str) -> str:
    """Single-quoted attributes written with double quotes (XML tags and item HTML)."""
    def sw(s: str) -> str:
        return _ATTR_SQ.sub(r'\1"\2"', s)
    text = _map_kind(text, ("tag", "other"), lambda t: sw(t) if not t.startswith("<!") else t)
    return _map_html(text, lambda h: _HTML_TAG.sub(lambda m: sw(m.group()), h))


_P_OPEN = re.compile(r"<p(?=[\s>])([^<>]*)>", re.I)
_P_CLOSE = re.compile(r"</p\s*>", re.I)


def p_to_div(text: str, codec: str) -> str:
    """`<p>` blocks written as `<div>` blocks in item HTML."""
    def fn(h: str) -> str:
        if not _P_OPEN.search(h):
            return h
        # an unclosed <p> ends at the next block; a <div> would not: only balanced HTML
        if len(_P_OPEN.findall(h)) != len(_P_CLOSE.findall(h)):
            return h
        return _P_CLOSE.sub("</div>", _P_OPEN.sub(r"<div\1>", h))
    return _map_html(text, fn)


def ncr(text: str, codec: str) -> str | None:
    """Every non-ASCII character of XML text and attribute values as a numeric character
    reference (UTF-8 feeds; CDATA, which holds no references, is left alone)."""
    if codec != "utf-8" or text.isascii():
        return None

    def refs(s: str) -> str:
        return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in s)

    def tag(tok: str) -> str:
        if tok.isascii():
            return tok
        return re.sub(r"""(=\s*)("[^"]*"|'[^']*')""", lambda m: m.group(1) + refs(m.group(2)),
                      tok)
    out = []
    for tok in _tokens(text):
        kind = _kind(tok)
        out.append(refs(tok) if kind == "text" else tag(tok) if kind == "tag" else tok)
    return "".join(out)


def ncr_to_utf8(text: str, codec: str) -> str | None:
    """XML-level numeric character references of non-ASCII characters written as the
    characters (UTF-8 feeds)."""
    if codec != "utf-8":
        return None

    def lit(m: re.Match[str]) -> str:
        c = html.unescape(m.group())
        return c if len(c) == 1 and ord(c) >= 0xA0 and not 0xD800 <= ord(c) < 0xE000 else \
            m.group()
    return _map_kind(text, ("text",), lambda t: _NUMREF.sub(lit, t))


# --- RSS 2.0 → Atom 1.0 -------------------------------------------------------------------------

ATOM = "http://www.w3.org/2005/Atom"
_CONTENT = "http://purl.org/rss/1.0/modules/content/"
_DC = "http://purl.org/dc/elements/1.1/"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ENTITY_LIKE = re.compile(r"&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);")
# channel elements with no bearing on a digest: dropped
_CHANNEL_DROP = {"ttl", "docs", "cloud", "skipHours", "skipDays", "textInput", "webMaster",
                 "generator", "lastBuildDate", "pubDate", "category", f"{{{ATOM}}}link"}


class _NotExact(Exception):
    pass


_NUMERIC_OR_UTC_ZONE = re.compile(r"(?:[+-]\d{4}|GMT|UTC?|Z)\s*$")


def _rfc3339(value: str | None) -> str:
    """An RFC 822 date with a numeric offset (or GMT) as RFC 3339. A zone name ("EST", "AST")
    is read in the outlet's country: it has no single offset to write."""
    if not value or not _NUMERIC_OR_UTC_ZONE.search(value.strip()):
        raise _NotExact("no date or a zone name")
    try:
        d = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError) as e:
        raise _NotExact("date") from e
    if d is None or d.tzinfo is None:
        raise _NotExact("date without zone")
    off = d.utcoffset() or timedelta(0)
    if off == timedelta(0) and d.tzinfo is not UTC and value.strip().endswith("-0000"):
        raise _NotExact("-0000")
    return d.isoformat()


def _plain_text(value: str | None, what: str) -> str:
    """An RSS text element whose text reads the same as an Atom type="text" element."""
    v = value or ""
    if "<" in v or _ENTITY_LIKE.search(v):
        raise _NotExact(what)  # HTML or a double-escaped entity: RSS readers parse it as HTML
    return v


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el


def _author(parent: ET.Element, value: str) -> None:
    value = value.strip()
    m = re.fullmatch(r"(\S+@\S+)\s*\((.+)\)", value)
    a = _sub(parent, "author")
    if m:
        _sub(a, "name", _plain_text(m.group(2).strip(), "author"))
        _sub(a, "email", m.group(1))
    elif "@" in value:
        raise _NotExact("author e-mail")
    else:
        _sub(a, "name", _plain_text(value, "author"))


def _atom_item(item: ET.Element, feed: ET.Element) -> None:
    entry = _sub(feed, "entry")
    kids = list(item)
    names = [k.tag for k in kids]
    if "link" not in names or "source" in names:
        raise _NotExact("item link/source")
    title = item.findtext("title")
    if title is not None:
        _sub(entry, "title", _plain_text(title, "title"))
    _sub(entry, "link", rel="alternate", href=(item.findtext("link") or "").strip())
    guid = item.find("guid")
    if guid is not None and (guid.text or "").strip():
        _sub(entry, "id", guid.text.strip() if guid.text else "")
    if item.find("pubDate") is not None:
        _sub(entry, "published", _rfc3339(item.findtext("pubDate")))
    for k in kids:
        if k.tag in ("title", "link", "guid", "pubDate"):
            continue
        if k.tag == f"{{{_DC}}}creator":
            if list(k):
                raise _NotExact("creator markup")
            _sub(_sub(entry, "author"), "name", _plain_text(k.text, "creator").strip())
        elif k.tag == "author":
            _author(entry, k.text or "")
        elif k.tag == "description":
            _sub(entry, "summary", k.text or "", type="html")
        elif k.tag == f"{{{_CONTENT}}}encoded":
            _sub(entry, "content", k.text or "", type="html")
        elif k.tag == "category":
            attrs = {"term": _plain_text(k.text, "category").strip()}
            if k.get("domain"):
                attrs["scheme"] = k.get("domain", "")
            _sub(entry, "category", **attrs)
        elif k.tag == "enclosure":
            attrs = {"rel": "enclosure", "href": k.get("url", "")}
            for a in ("type", "length"):
                if k.get(a):
                    attrs[a] = k.get(a, "")
            _sub(entry, "link", **attrs)
        elif k.tag == "comments":
            continue
        elif k.tag.startswith("{"):
            entry.append(k)  # an extension element (media:, dc:date, …): the same in Atom
        else:
            raise _NotExact(f"item <{k.tag}>")


def rss_to_atom(text: str, codec: str) -> str | None:
    """An RSS 2.0 feed written as the Atom 1.0 feed it maps to exactly (title, link, id,
    published, author/name, summary and content type="html", categories, enclosures; extension
    elements kept). A feed with anything that has no exact Atom form is left out."""
    if codec != "utf-8" or "<rss" not in text[:2000]:
        return None
    for m in re.finditer(r"""\sxmlns:([\w.-]+)\s*=\s*["']([^"']+)["']""", text[:5000]):
        ET.register_namespace(m.group(1), m.group(2))
    try:
        root = ET.fromstring(text.encode(codec))
    except ET.ParseError:
        return None
    channel = root.find("channel")
    if root.tag != "rss" or channel is None or len(root.findall("channel")) > 1:
        return None
    try:
        feed = ET.Element(f"{{{ATOM}}}feed")
        lang = channel.findtext("language")
        if lang:
            feed.set(_XML_LANG, lang.strip())
        for k in channel:
            if k.tag == "item" or k.tag in _CHANNEL_DROP:
                continue
            if k.tag == "title":
                _sub(feed, "title", _plain_text(k.text, "feed title"))
            elif k.tag == "link":
                _sub(feed, "link", rel="alternate", href=(k.text or "").strip())
            elif k.tag == "description":
                _sub(feed, "subtitle", _plain_text(k.text, "description"))
            elif k.tag == "copyright":
                _sub(feed, "rights", _plain_text(k.text, "copyright"))
            elif k.tag == "language":
                continue
            elif k.tag == "managingEditor":
                _author(feed, k.text or "")
            elif k.tag == "image":
                it = (k.findtext("title") or "").strip()
                if it and it != (channel.findtext("title") or "").strip():
                    raise _NotExact("image title")
                if k.findtext("url"):
                    _sub(feed, "logo", k.findtext("url", "").strip())
            elif k.tag.startswith("{"):
                feed.append(k)
            else:
                raise _NotExact(f"channel <{k.tag}>")
        for item in channel.findall("item"):
            _atom_item(item, feed)
    except _NotExact:
        return None
    ET.register_namespace("", ATOM)
    out = ET.tostring(feed, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + out + "\n"


VARIANTS: dict[str, Variant] = {
    "cdata_to_escaped": cdata_to_escaped,
    "escaped_to_cdata": escaped_to_cdata,
    "ns_rename": ns_rename,
    "br_html": br_html,
    "br_xhtml": br_xhtml,
    "nbsp_numeric": nbsp_numeric,
    "nbsp_named": nbsp_named,
    "nbsp_literal": nbsp_literal,
    "blocks_spaced": blocks_spaced,
    "blocks_tight": blocks_tight,
    "attrs_single": attrs_single,
    "attrs_double": attrs_double,
    "p_to_div": p_to_div,
    "ncr": ncr,
    "ncr_to_utf8": ncr_to_utf8,
    "rss_to_atom": rss_to_atom,
}


def _is_json(body: bytes) -> bool:
    return body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def json_ascii(body: bytes) -> bytes | None:
    """A JSON Feed's non-ASCII characters written as \\u escapes (the JSON counterpart of
    numeric character references)."""
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return None
    return json.dumps(doc, ensure_ascii=True, indent=1).encode("ascii")


def variant_bytes(name: str, body: bytes) -> bytes | None:
    """The feed `body` rewritten by variant `name`, or None when it does not apply or changes
    nothing. JSON Feeds: only `ncr` applies, as \\u escapes."""
    if _is_json(body):
        if name != "ncr":
            return None
        return None if body.isascii() else json_ascii(body)
    dec = _decode(body)
    if dec is None:
        return None
    text, codec = dec
    try:
        new = VARIANTS[name](text, codec)
    except (ValueError, UnicodeError, RecursionError):
        return None  # a document this rewrite cannot handle: not a variant
    if new is None or new == text:
        return None
    if name == "rss_to_atom":
        return new.encode("utf-8")
    return new.encode(codec)


# --- building and comparing ---------------------------------------------------------------------


def digest(body: bytes, *, name: str, content_type: str | None) -> list[dict[str, Any]] | str:
    """The digest fields of every item of a feed, built as `article_dump` builds it (or the
    parse error)."""
    from bot.content.articles import is_story, process_feed
    from bot.core.errors import ParseError

    try:
        _, built = process_feed(body, url=f"https://feeds.example/{name}",
                                content_type=content_type)
    except ParseError as e:
        return f"error: {e}"
    except Exception as e:  # a crash on a variant is a difference too
        return f"crash: {type(e).__name__}: {e}"
    out = []
    for a in built:
        d = _plain(a)
        out.append({**{f: d.get(f) for f in FIELDS if f != "is_story"},
                    "is_story": is_story(a), "relevance": a.relevance})
    return out


def differences(orig: list[dict[str, Any]] | str,
                var: list[dict[str, Any]] | str) -> list[tuple[int, list[str]]]:
    """(item index, the fields that differ) for every item of `orig` that `var` changes."""
    if isinstance(orig, str) or isinstance(var, str):
        if orig == var:
            return []
        n = len(orig) if isinstance(orig, list) else 1
        return [(i, ["error"]) for i in range(n)]
    if len(orig) != len(var):
        return [(i, ["count"]) for i in range(max(len(orig), 1))]
    out = []
    for i, (a, b) in enumerate(zip(orig, var, strict=True)):
        fields = [f for f in FIELDS if a[f] != b[f]]
        ra, rb = a["relevance"], b["relevance"]
        if (ra is None) != (rb is None) or (
                ra is not None and rb is not None and abs(ra - rb) > RELEVANCE_TOLERANCE):
            fields.append("relevance")
        if fields:
            out.append((i, fields))
    return out


def run(variants: list[str], folders: list[str] | None = None,
        limit: int | None = None, every: int = 1) -> dict[str, Any]:
    feeds = [(p, ct) for p, ct in _feeds() if folders is None or p.parent.name in folders]
    feeds = feeds[::every]
    if limit is not None:
        feeds = feeds[:limit]
    per_variant: dict[str, dict[str, Any]] = {
        v: {"feeds": 0, "items": 0, "differ": 0, "fields": Counter()} for v in variants}
    details: list[dict[str, Any]] = []
    items_total = 0
    t0 = time.process_time()
    for path, content_type in feeds:
        name = f"{path.parent.name}/{path.name}"
        body = path.read_bytes()
        orig = digest(body, name=path.name, content_type=content_type)
        n_items = len(orig) if isinstance(orig, list) else 0
        items_total += n_items
        for v in variants:
            vb = variant_bytes(v, body)
            if vb is None:
                continue
            stats = per_variant[v]
            stats["feeds"] += 1
            stats["items"] += n_items
            ct = "application/atom+xml" if v == "rss_to_atom" else content_type
            got = digest(vb, name=path.name, content_type=ct)
            for i, fields in differences(orig, got):
                stats["differ"] += 1
                stats["fields"].update(fields)
                a = orig[i] if isinstance(orig, list) and i < len(orig) else orig
                b = got[i] if isinstance(got, list) and i < len(got) else got
                details.append({"variant": v, "item": f"{name}#{i}", "fields": fields,
                                "before": {f: a.get(f) for f in fields}
                                if isinstance(a, dict) else str(a)[:300],
                                "after": {f: b.get(f) for f in fields}
                                if isinstance(b, dict) else str(b)[:300]})
    for stats in per_variant.values():
        stats["fields"] = dict(stats["fields"].most_common())
    return {"feeds": len(feeds), "items": items_total, "cpu_s": round(time.process_time() - t0, 1),
            "variants": per_variant,
            "differ_total": sum(s["differ"] for s in per_variant.values()),
            "variant_items_total": sum(s["items"] for s in per_variant.values()),
            "details": details}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--variant", action="append", choices=sorted(VARIANTS), default=None)
    ap.add_argument("--folder", action="append", default=None)
    ap.add_argument("--limit", type=int, default=None, help="only the first N feeds")
    ap.add_argument("--every", type=int, default=1, help="a sample: every Nth feed")
    args = ap.parse_args(argv)
    result = run(args.variant or list(VARIANTS), args.folder, args.limit, args.every)
    if args.out is not None:
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str),
                            "utf-8")
    sys.stdout.write(f"{result['feeds']} feeds, {result['items']} items, "
                     f"{result['cpu_s']} s CPU\n")
    sys.stdout.write(f"{'variant':18} {'feeds':>6} {'items':>7} {'differ':>7}  fields\n")
    for v, s in result["variants"].items():
        fields = ", ".join(f"{k} {n}" for k, n in s["fields"].items())
        sys.stdout.write(f"{v:18} {s['feeds']:>6} {s['items']:>7} {s['differ']:>7}  {fields}\n")
    sys.stdout.write(f"{'total':18} {'':>6} {result['variant_items_total']:>7} "
                     f"{result['differ_total']:>7}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
