"""Feed HTML → text blocks: parse, drop non-content elements, keep paragraph boundaries and
mark link text (the first stage of cleaning)."""

from __future__ import annotations

import html as htmllib
import json
from functools import cache
from importlib import resources

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode

from bot.content.clean.captions_and_tails import (
    _FLAT_KEEP,
    _LEFTOVER_TAG,
    _TAG_TOKEN,
    _VOID,
    _terminal,
    drop_controls,
)
from bot.content.clean.junk_gates import _is_junk
from bot.content.clean.tables import (
    _BLOCK_TAGS,
    _DROP_TAG_START,
    _DROP_TAGS,
    _JUNK_ATTR,
    _JUNK_TABLE,
    _LINK_CLOSE,
    _LINK_OPEN,
    MAX_DEPTH,
    MAX_HTML_CHARS,
    log,
)
from bot.content.clean.wire_leads import (
    _DATELINE_PLACES,
    _LATIN_LANGS,
    _SLASH_LEAD_LANGS,
    _URDU_LETTERS,
    _is_city_of_country,
    _is_place,
)
from bot.content.feedtext import drop_format_marks
from bot.core import lazy_re as re  # compiles each pattern on first use


def html_to_paragraphs(html: str) -> list[str]:
    """Text of `html`, one string per paragraph; markup and non-content elements removed.

    Link text is wrapped in private-use markers so `clean_paragraphs` can measure link density;
    `clean_paragraphs` removes them.
    """
    if not html or not html.strip():
        return []
    html = drop_controls(html)
    if "<![" in html:  # a CDATA section written into the HTML (escaped twice): its text is HTML
        html = _CDATA_IN_HTML.sub(r"\1", html)
    if "[" in html and _CAPTION_SHORTCODE.search(html):
        html = _without_caption_shortcodes(html)
    if len(html) > MAX_HTML_CHARS:
        log.debug("html of %d chars cut to %d", len(html), MAX_HTML_CHARS)
        html = html[:MAX_HTML_CHARS]
    if "<" not in html:
        html = htmllib.unescape(html)  # plain text may still carry entities, even escaped tags
        if not _LEFTOVER_TAG.search(html):
            return _split_plain(html)
        html = _NOT_A_DECLARATION.sub("&lt;!", html)
    if html.count("<") > MAX_DEPTH and _max_depth(html) > MAX_DEPTH:  # a level per "<" at most
        html = _flatten(html)
    text = _tree_text(html)
    # Feeds often escape their HTML twice: "&lt;p&gt;Text&lt;/p&gt;" decodes to markup.
    if _LEFTOVER_TAG.search(text):
        # "<!channel>" in the text is words about chat syntax, not a declaration to drop
        # (the adapters escape it when they post).
        text = _NOT_A_DECLARATION.sub("&lt;!", text)
        text = _tree_text(_flatten(text)) if _max_depth(text) > MAX_DEPTH else _tree_text(text)
    return _split_plain(text)


# A WordPress caption shortcode the feed left unrendered (plugins and custom excerpts skip
# do_shortcode): `[caption id="attachment_12" …]<img …/> What the photo shows[/caption]`. The
# text inside is the photo's caption, never the story; a lone tag (an excerpt cut before the
# closing one) is debris. Shortcode names: junk.json caption_shortcodes.
_SHORTCODE_NAMES = "|".join(_JUNK_TABLE["caption_shortcodes"])
_CAPTION_SHORTCODE = re.compile(rf"\[/?(?:{_SHORTCODE_NAMES})\b", re.IGNORECASE)
_CAPTION_BLOCK = re.compile(
    rf"\[({_SHORTCODE_NAMES})\b[^\[\]]{{0,400}}\].{{0,2000}}?\[/\1\]", re.IGNORECASE | re.DOTALL
)
_CAPTION_TAG = re.compile(rf"\[/?(?:{_SHORTCODE_NAMES})\b[^\[\]]{{0,400}}\]", re.IGNORECASE)


def _without_caption_shortcodes(html: str) -> str:
    """`html` without its caption shortcodes and their captions; a block break in their place."""
    gap = "<br><br>" if "<" in html else "\n\n"
    return _CAPTION_TAG.sub(gap, _CAPTION_BLOCK.sub(gap, html))


_ATTR_VALUE = re.compile(r"(?:class|id)\s*=")  # on lower-cased markup
_NOT_A_DECLARATION = re.compile(r"<!(?!--|\[CDATA\[|doctype)", re.IGNORECASE)
# "&lt;![CDATA[&lt;p&gt;…&lt;/p&gt;]]&gt;": a CMS that escapes the CDATA section it wraps the
# description in. An HTML parser reads the opening as a bogus comment and leaves "]]>" as text,
# glued to the last paragraph when the blocks are <div>s.
_CDATA_IN_HTML = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)


def _decompose_outermost(nodes: list[LexborNode]) -> None:
    """Remove `nodes` (document order), skipping those inside one already removed: touching a
    destroyed subtree's nodes again would read freed memory."""
    removed: set[int] = set()
    for node in nodes:
        ancestor = node.parent
        inside = False
        while ancestor is not None:
            if ancestor.mem_id in removed:
                inside = True
                break
            ancestor = ancestor.parent
        if not inside:
            removed.add(node.mem_id)
    for node in nodes:
        if node.mem_id in removed:
            node.decompose()


# Markup of only paragraph and line-break tags without attributes ("<p>…</p><p>…</p>": many
# feeds' content:encoded): a tree would only mark where blocks break. Each such tag is a block
# break, and the text between them the parser's text: its character references decoded as
# html.unescape does (both follow the HTML standard). A carriage return, which the parser
# makes a line feed, leaves it to the parser.
_SIMPLE_TAG = re.compile(r"<(?:/?(?:p|br)\s*/?)>", re.IGNORECASE)


def _simple_text(html: str) -> str | None:
    """What _tree_text makes of `html` as far as _split_plain can tell (the same blocks, the
    same words in each), when the markup is only <p> and <br> tags; else None."""
    if "\r" in html or (not html.isascii() and not _encodes(html)):
        return None  # (the parser drops a lone surrogate)
    text = _SIMPLE_TAG.sub("\n\n", html)
    if "<" in text:  # another tag (or a "<" the parser would read as one)
        return None
    if "&" not in text:
        return text
    if "&#" in text and any(_unescape_drops(m) for m in _NUMERIC_REF.finditer(text)):
        return None
    return htmllib.unescape(text)


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_NUMERIC_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+))")


def _unescape_drops(m: re.Match[str]) -> bool:
    """Does html.unescape decode this numeric reference to nothing (a C0 control, DEL, a
    noncharacter), where the parser keeps the character?"""
    n = int(m[1], 16) if m[1] is not None else int(m[2])
    return (
        (n < 0x20 and n not in (0, 9, 10, 12, 13)) or n == 0x7F or 0xFDD0 <= n <= 0xFDEF
        or (n & 0xFFFE == 0xFFFE and n <= 0x10FFFF)
    )


def _tree_text(html: str) -> str:
    if (simple := _simple_text(html)) is not None:
        return simple
    tree = HTMLParser(html)
    if "alt=" in html and (body := tree.body or tree.root) is not None:
        _drop_alt_captions(body)
    if "<blockquote" in html and ("<cite" in html or "<footer" in html):
        _keep_pull_quotes(tree)
    if _DROP_TAG_START.search(html):  # no such tag in the markup (most items): none to drop
        _decompose_outermost(tree.css(", ".join(_DROP_TAGS)))
    root = tree.body or tree.root
    if root is None:
        return ""
    widgets = []
    # a widget's class or id has a value: "class=…"/"id=…" (any case: `low`, below) or none
    low = html.lower()
    for node in root.css("[class], [id]") if _ATTR_VALUE.search(low) else ():
        attrs = node.attributes
        label = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        # A widget is small; a big wrapper that happens to say "social" is the article itself.
        if _JUNK_ATTR.search(label) and len(node.text(deep=True)) < 2000:
            widgets.append(node)
    _decompose_outermost(widgets)
    # <q> and <blockquote> are quotations whose marks the browser draws: give them their marks
    # so the quote finder sees them; a <cite>/"— Name" line after one stays with it.
    # An element is only where its start tag is written ("</br>" makes a <br> too): a tag not
    # in the markup at all (most items have no quotation, many no link) needs no selector pass.
    if "<q" in low:
        for node in root.css("q"):
            node.insert_before("“")
            node.insert_after("”")
    if "<blockquote" in low:
        for node in root.css("blockquote"):
            inner = node.text(deep=True).strip()
            if inner and inner[0] not in "“\"«„‘「" and len(inner) < 1500:
                _mark_blockquote(node)
    if "<strong" in low or "<b>" in low or "<b " in low:
        for node in root.css("strong, b"):
            if _run_in_label(node) or _bold_place_line(node):
                node.replace_with("")
    if "<a" in low:
        for node in root.css("a"):
            node.insert_before(_LINK_OPEN)
            node.insert_after(_LINK_CLOSE)
    if "<br" in low or "</br" in low:
        for node in root.css("br"):
            node.replace_with("\n\n")
    for node in root.css(_BLOCK_TAGS):
        node.insert_before("\n\n")
        node.insert_after("\n\n")
    return root.text(separator="", deep=True)


# A bold run-in label opening a paragraph: "<p><strong>Why it matters:</strong> It would…",
# "<b>Warum das wichtig ist:</b>", "<strong>Le contexte :</strong>" (newsletter-style briefs):
# a section heading set in the paragraph, not part of its sentence. A label is a few words,
# capitalised only at the start (a speaker's name — "Jake Sullivan:" — is no label), and
# not a speech intro ("Moscow says:", "Officials said:", "a déclaré :").
_LABEL_BLOCKS = frozenset(("p", "li", "div", "dd"))
_LABEL_WORDS = (2, 6)


def _opens_its_paragraph(node: LexborNode) -> bool:
    """The node is the first thing in a paragraph-like block (only white space before it)."""
    parent = node.parent
    if parent is None or parent.tag not in _LABEL_BLOCKS:
        return False
    prev = node.prev
    while prev is not None:
        if prev.tag != "-text" or (prev.text_content or "").strip():
            return False
        prev = prev.prev
    return True


def _run_in_label(node: LexborNode) -> bool:
    if not _opens_its_paragraph(node):
        return False
    label = " ".join(node.text(deep=True).split())
    after = node.next
    after_text = (after.text_content or "") if after is not None and after.tag == "-text" else ""
    colon_after = False
    if label.endswith((":", "：")):
        label = label[:-1].rstrip()
    elif after_text.lstrip().startswith(":"):  # "<strong>Why it matters</strong>: …"
        colon_after = True
        after_text = after_text.lstrip()[1:]
    else:
        return False
    words = label.split()
    if not _LABEL_WORDS[0] <= len(words) <= _LABEL_WORDS[1] or not words[0][:1].isupper():
        return False
    if any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
        return False
    # text must follow the label in its paragraph (a label alone is a heading line already)
    if not (after_text.strip() or (after is not None and after.tag != "-text")):
        return False
    low_words = tuple(w.casefold().strip(",") for w in words)
    if any(low_words[-len(v):] == v for v in speech_verbs()):
        return False
    # "<strong>Media contact:</strong> Jane Holt, +1 …", "<b>Transparenzhinweis:</b> …": a
    # label the junk tables name marks its whole paragraph as junk; it stays for them to drop
    if _is_junk(f"{label}:"):
        return False
    if colon_after and after is not None:
        after.replace_with(after_text)  # the colon goes with the label
    return True


# What may separate a bold place line from its paragraph's sentence: "<b>New Delhi:</b> India
# …", "<strong>Wien</strong> – Österreich …", "<b>KABUL.</b> The …".
_PLACE_LINE_MARK = re.compile(r"^\s*[:：.,–—-]")
_PLACE_LINE_WORDS = 4
# An Urdu or Arabic daily's dateline set in bold, whole: the place (one to three words), then who
# filed it in brackets ("<strong>میرپور (محمد سلیم چودھری)</strong> …"). The bold run-in
# says it is the dateline, whether or not the gazetteer knows the town.
_BOLD_BRACKET_DATELINE = re.compile(
    r"^[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2}\s*[(（][\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,3}[)）]$"
)


def _bold_place_line(node: LexborNode) -> bool:
    """A bold place opening a paragraph is its dateline, not part of its sentence: "<strong>New
    Delhi:</strong> India and …" (after a key-points box, so no first-paragraph rule sees it),
    "<b>BERLIN</b> – Die …", and in Urdu and Arabic dailies the bold city with no mark at all,
    glued to the sentence once the markup goes: "<strong>لندن</strong> برطانوی حکومت …".
    The place must be one the gazetteer (or junk.json's dateline places) knows; in Latin script
    a mark must follow it or it must be in capitals ("<b>Kyiv</b> has rejected …" stays)."""
    if not _opens_its_paragraph(node):
        return False
    raw = " ".join(node.text(deep=True).split())
    label = raw.rstrip(":：.,–—- ")
    after = node.next
    after_text = (after.text_content or "") if after is not None and after.tag == "-text" else ""
    if label and after_text.strip() and _BOLD_BRACKET_DATELINE.match(label):
        return True  # "<strong>میرپور (نام)</strong> …": the bold dateline of an Urdu daily
    if not label or len(label.split()) > _PLACE_LINE_WORDS or not after_text.strip():
        return False
    marked = label != raw or bool(_PLACE_LINE_MARK.match(after_text))
    if "\u0600" <= label[:1] <= "\u06ff":
        langs: tuple[str, ...] = ("ur",) if _URDU_LETTERS.search(
            label + after_text[:200]) else ("ar",)
        known = label in _DATELINE_PLACES or _is_place(label, langs)
    else:
        caps = label.isupper()
        if not (marked or caps) or not label[:1].isupper():
            return False
        colon = raw.endswith((":", "：")) or after_text.lstrip().startswith((":", "："))
        if colon and not caps and " " not in label:
            return False  # "<b>Kyiv:</b> Rockets …": one word and a colon, a place or a speaker
        name = label.title() if caps else label
        known = (
            _is_place(name, _LATIN_LANGS) or _is_place(name, _SLASH_LEAD_LANGS)
            or _is_city_of_country(name) or name.casefold() in _DATELINE_PLACES
        )
    if not known:
        return False
    if after is not None and _PLACE_LINE_MARK.match(after_text):
        after.replace_with(_PLACE_LINE_MARK.sub("", after_text, count=1).lstrip())
    return True


@cache
def speech_verbs() -> frozenset[tuple[str, ...]]:
    """Speech verbs of every language (bot/data/quotes.json), each as its folded words:
    ("said",), ("a", "déclaré")."""
    tables = json.loads(resources.files("bot.data").joinpath("quotes.json").read_text("utf-8"))
    verbs = (*tables["verbs_en"], *(v for vs in tables["verbs"].values() for v in vs))
    return frozenset(tuple(v.casefold().split()) for v in verbs)


_CAPTION_SKIP = frozenset(("br", "a", "img", "picture", "source", "figure"))


def _drop_alt_captions(root: LexborNode) -> None:
    """"<a><img alt="Ahn and Kenta in Busan"></a><br/>Ahn and Kenta in Busan": the picture's
    alt text printed again under it (broadcasters' teaser images) is its caption, not the
    text's first sentence. Only the text right after the picture (line breaks between), equal
    to the alt text, without a full stop of its own."""
    for img in root.css("img[alt]"):
        alt = " ".join((img.attributes.get("alt") or "").split())
        if len(alt.split()) < 2:
            continue
        node = img
        while node.next is None and node.parent is not None and node.parent.tag in _CAPTION_SKIP:
            node = node.parent  # out of the <a> around the picture
        sibling = node.next
        while sibling is not None and (
            sibling.tag in _CAPTION_SKIP
            or (sibling.tag == "-text" and not (sibling.text_content or "").strip())
        ):
            sibling = sibling.next
        if sibling is None or sibling.tag != "-text":
            continue
        text = " ".join((sibling.text_content or "").split())
        if text.casefold() == alt.casefold() and not _terminal(text):
            sibling.replace_with("")


def _keep_pull_quotes(tree: HTMLParser) -> None:
    """A pull quote with its credit (WordPress's `<figure class="wp-block-pullquote">
    <blockquote><p>“…”</p><cite>Name, Body</cite></blockquote></figure>`, a `<footer>` credit)
    is a quotation with its speaker, often the only place the text gives it: written out as
    "“…” — Name, Body." before <figure> and <footer> are dropped as media and page chrome."""
    for node in tree.css("blockquote"):
        if not node.css_first("cite, footer"):
            continue
        outer = node.parent if node.parent is not None and node.parent.tag == "figure" else node
        _mark_blockquote(node, replace=outer)


def _mark_blockquote(node: LexborNode, replace: LexborNode | None = None) -> None:
    """Quotation marks around a blockquote's text; its <cite> or closing "— Name" line becomes
    the attribution after the closing mark ("“…” — Amina Yusuf, foreign minister")."""
    cite = None
    for child in node.css("cite, footer"):
        cite = child.text(deep=True).strip().lstrip("—–- ")
        child.decompose()
    paragraphs = [p for p in node.css("p")]
    if paragraphs and not cite:
        last = paragraphs[-1].text(deep=True).strip()
        if last[:1] in "—–-" and len(last) < 200:
            cite = last.lstrip("—–- ")
            paragraphs[-1].decompose()
    text = " ".join(node.text(deep=True).split())
    if text[:1] in "“\"" and text[-1:] in "”\"" and len(text) > 2:
        text = text[1:-1].strip()  # the pull quote's own marks: drawn once
    if not text:
        return
    if cite and not _terminal(cite):
        cite += "."
    if cite and text.endswith(".") and not text.endswith(".."):
        text = text[:-1]  # "“… alone.” — Name" would split in two, leaving "— Name." alone
    (replace or node).replace_with(f"\n\n“{text}”" + (f" — {cite}" if cite else "") + "\n\n")


def _max_depth(html: str) -> int:
    """Nesting depth of the markup, counted cheaply from the tags (no tree is built)."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG_TOKEN.findall(html):
        if closing:
            depth = max(0, depth - 1)
        elif not self_closing and name.lower() not in _VOID:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _flatten(html: str) -> str:
    """Drop every tag but paragraph structure, scripts and links: no depth left to recurse on."""

    def keep(m: re.Match[str]) -> str:
        return m.group(0) if _FLAT_KEEP.match(m.group(1) + m.group(2)) else " "

    return _TAG_TOKEN.sub(keep, html)


# Invisible format characters with no place in shown text (bot.content.feedtext, which drops
# them from every field of a feed; here they may also come as entities of the item's HTML,
# "&shy;", "&rlm;"): the soft hyphen a CMS's hyphenation writes into long compounds
# ("Rückführungs\u00adzentren"), the word joiner, a BOM pasted mid-text, bidirectional marks
# and controls, a zero-width space beside a space. Zero-width (non-)joiners shape Persian and
# Indic script: they stay.
def drop_invisible(text: str) -> str:
    # `in` for each (a class search costs ~10× more on a long text); the embedding and isolate
    # controls, whose code units share their low byte with '.', ',' or 'i', only from the
    # feed's own fields (feedtext): here they would cost every text a slow search
    if "\u00ad" in text:
        text = text.replace("\u00ad", "")
    if ("\u200f" in text or "\u200e" in text or "\ufeff" in text or "\u200b" in text
            or "\u2060" in text or "\u061c" in text):
        text = drop_format_marks(text)
    return cyrillic_stress(text)


# A stress mark typed as a Latin accented vowel inside a Cyrillic word ("Александрóва", a CMS
# without the combining accent): the Cyrillic vowel and U+0301, which reads the same and is one
# script (a Latin letter in a Cyrillic word is mojibake to every check and search).
_STRESSED = {"á": "а", "é": "е", "ó": "о", "ý": "у", "Á": "А", "É": "Е", "Ó": "О", "Ý": "У"}
_LATIN_STRESS = re.compile(
    "(?<=[\u0400-\u04ff])[áéóýÁÉÓÝ]|[áéóýÁÉÓÝ](?=[\u0400-\u04ff])"
)


def cyrillic_stress(text: str) -> str:
    if text.isascii() or not any(c in text for c in _STRESSED):  # (its keys are not ASCII)
        return text
    return _LATIN_STRESS.sub(lambda m: _STRESSED[m[0]] + "\u0301", text)


def _split_plain(text: str) -> list[str]:
    text = drop_invisible(text)
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        block = " ".join(block.split())  # = _WS.sub(" ", block).strip(): str.split is \s
        if block:
            paragraphs.append(block)
    return paragraphs


def _linked_teaser(para: str) -> bool:
    """An aggregator's block: the linked headline, a dash, then the teaser in plain text ("<a>
    Samsung reports a 95% YoY drop …</a> — Samsung Electronics' operating profit fell …"). Its
    link is the story's headline, not a list of other links: the teaser is the item's text."""
    m = _LINKED_TEASER.match(para)
    return m is not None and len(m["teaser"].split()) >= _LINKED_TEASER_WORDS


_LINKED_TEASER = re.compile(
    rf"^\s*{_LINK_OPEN}[^{_LINK_OPEN}{_LINK_CLOSE}]+{_LINK_CLOSE}\s*[—–]+\s*"
    rf"(?P<teaser>[^{_LINK_OPEN}{_LINK_CLOSE}]+)$"
)
_LINKED_TEASER_WORDS = 5


def _link_density(para: str) -> float:
    if _LINK_OPEN not in para:
        return 0.0  # no link in it (most paragraphs): nothing to count
    inside = 0
    depth = 0
    for ch in para:
        if ch == _LINK_OPEN:
            depth += 1
        elif ch == _LINK_CLOSE:
            depth = max(0, depth - 1)
        elif depth and not ch.isspace():
            inside += 1
    total = sum(1 for ch in para if not ch.isspace() and ch not in (_LINK_OPEN, _LINK_CLOSE))
    return inside / total if total else 0.0
