"""Turn feed HTML into clean paragraphs: no markup, no scraping junk, no repeats."""

from __future__ import annotations

import re
import unicodedata

from selectolax.lexbor import LexborHTMLParser as HTMLParser

_DROP_TAGS = ("script", "style", "noscript", "iframe", "figure", "figcaption", "form", "button")
_BLOCK_TAGS = "p, div, li, h1, h2, h3, h4, h5, h6, blockquote, br, tr, section, article"

_JUNK_LINE = re.compile(
    r"""^(?:
        (?:©|\(c\)|copyright)\s.*                             # © Outlet
      | the\ post\ .+\ appeared\ first\ on\ .+                # WordPress footer
      | (?:read|see|continue\ reading|read\ more|more)\b.{0,40}$   # Read more…
      | visit\ (?:the\ )?website.*
      | (?:sign\ up|subscribe)\b.{0,80}(?:newsletter|updates|inbox).*
      | share\ (?:this|on)\b.{0,40}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_TRUNCATED_TAIL = re.compile(r"(?:\s*(?:\.{3,}|…|\[…\]|\[\.\.\.\]))\s*$")


def html_to_paragraphs(html: str) -> list[str]:
    """Text of `html`, one string per paragraph, markup and dropped elements removed."""
    if not html or not html.strip():
        return []
    if "<" not in html:
        return _split_plain(html)
    tree = HTMLParser(html)
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    root = tree.body or tree.root
    if root is None:
        return []
    for node in root.css(_BLOCK_TAGS):
        if node.tag == "br":
            node.replace_with("\n\n")
        else:
            node.insert_before("\n\n")
            node.insert_after("\n\n")
    return _split_plain(root.text(separator="", deep=True))


def _split_plain(text: str) -> list[str]:
    paragraphs = []
    for block in re.split(r"\n\s*\n|\r\n\s*\r\n", text):
        block = re.sub(r"\s+", " ", block).strip()
        if block:
            paragraphs.append(block)
    return paragraphs


def _fingerprint(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]+", "", text)


def clean_paragraphs(paragraphs: list[str]) -> list[str]:
    """Drop junk lines, repeated paragraphs and trailing truncated fragments."""
    seen: set[str] = set()
    kept: list[str] = []
    for para in paragraphs:
        if _JUNK_LINE.match(para):
            continue
        para = _drop_truncated_tail(para)
        if not para:
            continue
        fp = _fingerprint(para)
        if not fp or fp in seen:
            continue
        seen.add(fp)
        kept.append(para)
    return kept


def _drop_truncated_tail(para: str) -> str:
    """Cut a sentence that the scraper truncated ("… and then the minis……")."""
    if not _TRUNCATED_TAIL.search(para):
        return para
    body = _TRUNCATED_TAIL.sub("", para)
    last_end = max(body.rfind(". "), body.rfind("? "), body.rfind("! "))
    if body.endswith((".", "?", "!")):
        return body
    return body[: last_end + 1].strip() if last_end >= 0 else ""


def clean_html(html: str) -> list[str]:
    """HTML → clean paragraphs. The one entry point the pipeline uses."""
    return clean_paragraphs(html_to_paragraphs(html))
