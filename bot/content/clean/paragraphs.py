"""Text blocks → clean paragraphs: boilerplate, credits and repeats dropped, cut sentences
closed (the second stage of cleaning), and `clean_html`, both stages in one."""

from __future__ import annotations

import html as htmllib
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from bot.content.clean.captions_and_tails import (
    _BY_TAIL,
    _CAPTION_END,
    _EMPTY_BRACKETS,
    _INLINE_CREDIT,
    _LINKED_JUNK,
    _SITE_SIGNOFF,
    _SLASH_CAPTION,
    _TAIL_WINDOW,
    _WP_FOOTER,
    _credited_caption_of,
    _is_appeal,
    _is_heading,
    _site_signoff_possible,
    _terminal,
    _without_spans,
)
from bot.content.clean.html_blocks import _link_density, _linked_teaser, html_to_paragraphs
from bot.content.clean.junk_gates import (
    _CARD_META_TAIL,
    _READ_MORE_TAIL,
    _READ_ON_TAIL,
    _STAMP_LEAD,
    _gates,
    _is_junk,
)
from bot.content.clean.sentence_fixes import (
    _CORRECTION_NOTE,
    _OPEN_ENDING,
    _SHARER_MARKS,
    _SHARER_NOTE,
    _drop_truncated,
    _ends_on_verb_particle,
    _latin_letter,
    _strip_markup_leftovers,
    cut_wire_slug,
    sentence_case_lead,
)
from bot.content.clean.tables import (
    _JUNK_TAIL,
    _LINK_CLOSE,
    _LINK_OPEN,
    _MARKERS,
    _READ_ON_PHRASES,
    LOST_EMOJI,
    MAX_TEXT_CHARS,
    _words,
    log,
)
from bot.content.clean.wire_leads import (
    _AGENCIES,
    _AGENCY_END_MARKS,
    _AGENCY_ENDS,
    _AGENCY_TAIL,
    _AGENCY_WINDOW,
    _BIO_SENTENCE,
    _CJK_WIRE_LEAD,
    _CORRESPONDENT_LEAD,
    _DATED_PLACE_LEAD,
    _DESK_BYLINE_LEAD,
    _DISCLOSURE,
    _EDITOR_INITIALS,
    _JUNK_MORE_TAIL,
    _KNOWN_AGENCY_RE,
    _KO_TAIL,
    _LEAD_LABEL,
    _ODD_FOLD,
    _PRINT_CREDIT_LEAD,
    _SLASHED_INITIALS,
    _WIRE_LEAD,
    BAR_BYLINE,
    GLUED_BYLINE,
    GLUED_BYLINE_TAIL_AT_STOP,
    GLUED_TAIL_WINDOW,
    LETTER_SALUTATION,
    WRITES_BYLINE,
    _cut_place_lead,
    _cut_submission_lead,
    wire_lead_possible,
)
from bot.content.fingerprints import fingerprint
from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use


def clean_paragraphs(paragraphs: Sequence[str]) -> list[str]:
    """Drop junk, trailing link lists, truncated sentences and repeated paragraphs/sentences."""
    paragraphs = list(_bounded(paragraphs))
    if paragraphs and paragraphs[0].lstrip().startswith(_SHARER_MARKS):
        paragraphs[0] = _SHARER_NOTE.sub("", paragraphs[0], count=1)
    if paragraphs and paragraphs[0].lstrip()[:1] in "([" and _CORRECTION_NOTE.match(paragraphs[0]):
        paragraphs = paragraphs[1:]  # a corrected reissue's note: the desk's, not the copy
    # Trailing link lists ("Related: A | B | C"): paragraphs mostly made of link text at the end.
    while paragraphs and _link_density(paragraphs[-1]) > 0.6 and not _linked_teaser(
            paragraphs[-1]):
        paragraphs.pop()
    # A paragraph that is all link in the middle of the text is a "see also" teaser.
    paragraphs = [p for p in paragraphs if _link_density(p) < 0.9 or _linked_teaser(p)]
    kept = _clean(paragraphs, drop_cut_tail=True)
    # Text with no sentence end at all, or only a teaser cut with "…", is still text: better
    # its words than an empty digest. So is a teaser under a label line that is no sentence
    # ("Ілюстрація REUTERS" then "Медикам … слід підняти виплати...."): the label alone
    # would leave the summary nothing.
    if not paragraphs or any(_terminal(p) for p in kept):
        return _without_reader_prompts(kept)
    whole = _clean(paragraphs, drop_cut_tail=False)
    return _without_reader_prompts(whole if len(whole) > len(kept) or not kept else kept)


# "Download our app for breaking news alerts.", "Jetzt den Newsletter abonnieren!": a request to
# the reader (junk.json reader_prompts), dropped only beside other text: an item that is its
# promo alone keeps the words that tell is_story so.
_READER_PROMPT = re.compile(rf"^\W*(?:{_words('reader_prompts')}).{{0,240}}$",
                            re.IGNORECASE | re.DOTALL)


def _without_reader_prompts(paragraphs: list[str]) -> list[str]:
    if len(paragraphs) < 2:
        return paragraphs
    rest = [p for p in paragraphs if not _READER_PROMPT.match(p)]
    return rest if rest else paragraphs


_INITIALS_END = frozenset("abcdefghijklmnopqrstuvwxyzäöü")


def _cut_tail_junk(tail: str, gates: frozenset[str]) -> str:
    """_JUNK_TAIL then _JUNK_MORE_TAIL removed from the end of `tail`; the same result, each
    pattern tried only where the literals its matches contain are present (`gates`:
    _gates().possible() of `tail` or of a text it is part of)."""
    if "junk_tail" in gates and _junk_tail_possible(tail):
        tail = _JUNK_TAIL.sub("", tail)
    if "card_meta" in gates:
        tail = _CARD_META_TAIL.sub("", tail)
    if "read_on" in gates and (m := _READ_ON_TAIL.search(tail)):
        tail = tail[: m.start()] + ("." if m["clause"] else "")
    if "[+" in tail:
        return _JUNK_MORE_TAIL.sub("", tail) if "more_tail" in gates else tail
    return _READ_MORE_TAIL.sub("", tail) if "read_more" in gates else tail


def _junk_tail_possible(tail: str) -> bool:
    """False only where _JUNK_TAIL cannot match: each match holds a "[", " appeared first on "
    or a read-on phrase. The paragraph's literal gate is weaker here ("more", "plus", "mais",
    words of every English or Portuguese text) and the pattern, tried at every position of the
    tail, costs ~13 µs. (Letters whose case folds unlike lower() always run it.)"""
    if "[" in tail or (not tail.isascii() and _ODD_FOLD.search(tail)):
        return True
    low = tail.lower()
    return " appeared first on " in low or any(p in low for p in _READ_ON_PHRASES)


def _cut_agency(text: str) -> str:
    """_AGENCY_TAIL removed: it only matches text ending in ")" or "]" or in an agency name
    (then maybe "."), so other text is returned as it is without running it."""
    end = text.rstrip()[-_AGENCY_WINDOW:]  # the agency name, "." and spaces: the end only
    if not end.endswith((")", "]", ").", "].")) and (
        end.isascii() or not _ODD_FOLD.search(end)
    ) and not (
        end.removesuffix(".").lower().endswith(_AGENCY_ENDS)
    ) and not ("/" in end and _AGENCY_END_MARKS.search(end)):  # (every match has a "/")
        return text
    return _AGENCY_TAIL.sub("", text)


def _cut_initials(text: str) -> str:
    """_EDITOR_INITIALS removed: it only matches text ending in a lower-case letter."""
    if text.rstrip()[-1:] not in _INITIALS_END:
        return text
    return _EDITOR_INITIALS.sub("", text)


# Desk initials closing South Asian wire copy after the agency's name: "… in Vienna. PTI AR SKY",
# "… import bills BPS RS NSD" (the sentence end may be lost): the agency, then one to four
# groups of capitals.
_DESK_INITIALS = re.compile(
    r"(?:(?<=[.!?\"”’])|(?<=[a-z0-9%]))\s+(?P<agency>[A-Z]{2,6})(?:\s+[A-Z]{2,4}){1,4}\s*\.?\s*$"
)
# The agency a dateline names in brackets: "New Delhi, Jun 15 (BPS) …", "Male, Dec 3 (PTI): …".
_DATELINE_AGENCY = re.compile(r"\((?P<agency>[A-Z]{2,6})\)")
_KNOWN_CAPS_AGENCIES = frozenset(a for a in _AGENCIES.split("|") if a.isupper())


def _dateline_agencies(paragraphs: Sequence[str]) -> frozenset[str]:
    """The agencies the text's dateline names ("(BPS)"), in its first paragraphs."""
    found: set[str] = set()
    for para in paragraphs[:3]:
        if "(" not in para:  # (no bracket, no agency in it)
            continue
        lead = _WIRE_LEAD.match(para)
        if lead is not None:
            found.update(m["agency"] for m in _DATELINE_AGENCY.finditer(lead.group()))
    return frozenset(found)


# An editor's initials joined by full stops as the copy's last line, after a sentence: "… in
# Hodeidah governorate.\nF.M" (Arab state agencies' English services).
_DOTTED_INITIALS = re.compile(r"(?<=[.!?\"”’])\s+[A-Z]\.[A-Z](?:\.[A-Z])?\.?\s*$")


# The agency signing off its copy in the brackets its dateline opened with: "(AGT) - BEIRUT,
# 04 MAR - … cessate il fuoco. (AGT)." (Italian agencies' web copy), after a sentence's end.
_CLOSING_BRACKET_AGENCY = re.compile(
    r"(?<=[.!?\"”’»])\s*\((?P<agency>[A-Z]{2,6})\)\s*\.?\s*$"
)


def _cut_desk_initials(text: str, agencies: frozenset[str]) -> str:
    """Desk initials after the agency's name removed: the agency the dateline named, or a known
    one with two or more groups after it ("… PTI AR SKY"); not "… talks with the EU and UK".
    In copy whose dateline names an agency, dotted initials closing it ("… governorate. F.M")
    and that agency in brackets closing it ("… il fuoco. (AGT).")."""
    if agencies and text.rstrip().endswith((")", ").")) and (
        closing := _CLOSING_BRACKET_AGENCY.search(text)
    ) is not None and closing["agency"] in agencies:
        return text[: closing.start()]
    if not text.rstrip().removesuffix(".")[-1:].isupper():
        return text
    if agencies and (dotted := _DOTTED_INITIALS.search(text)) is not None:
        return text[: dotted.start()]
    m = _DESK_INITIALS.search(text)
    if m is None:
        return text
    groups = len(m.group().split()) - 1
    if m["agency"] in agencies or (m["agency"] in _KNOWN_CAPS_AGENCIES and groups >= 2):
        return text[: m.start()]
    return text


def _is_caps_line(text: str) -> bool:
    """A line in capitals ("VENEZUELA'S REGIME FACES NEW PRESSURE AS EXPORTS SLUMP", "CLICK HERE
    TO GET THE APP"): US broadcasters' related-story links and app prompts inside the text."""
    # The letters' case first: it stops at the first small letter, the usual answer.
    return (
        all(map(str.isupper, filter(str.isalpha, text)))
        and len(text.split()) >= 4
        and sum(map(str.isalpha, text)) >= 15
    )


# An aggregator's credit line opening the text: "Karen Holloway / Meridian Wire:", "Seoul
# Economic Daily:", "Dana Whitfield and Omar Sayeed / The Byte Ledger:" — names and an outlet,
# every word capitalised, then a colon; the linked headline and its teaser follow. No summary
# text (a label is one word or has words in small letters: "Key points:").
_CREDIT_STUB = re.compile(
    r"^[A-ZÀ-ÝÄÖÜ][\w'’.&-]*(?:(?:\s+|\s*[/,&]\s*|\s+(?:and|und|y|e|et|i|og|en)\s+)"
    r"[A-ZÀ-ÝÄÖÜ\d][\w'’.&-]*)+\s*[:：]$"
)
_CREDIT_STUB_WORDS = 10


_SALUTATION_WORDS = 6


def _salutation(para: str) -> bool:
    """A newsletter's greeting line ("Liebe Leserinnen und Leser,", "Dear readers,", "Cari
    lettori,", "Caros leitores,"): a few words ending in a comma, the letter going on after it."""
    return para.endswith(",") and len(para.split()) <= _SALUTATION_WORDS


# The longest line read as the headline repeated over the text (no sentence end).
_HEADLINE_LINE_WORDS = 25


def _clean(paragraphs: list[str], *, drop_cut_tail: bool) -> list[str]:
    # Capitals lines are links and prompts only among text in mixed case: a feed written all
    # in capitals keeps its text.
    mixed_case = any(not _is_caps_line(p) for p in paragraphs if p.strip())
    seen_paragraphs: set[str] = set()
    recent: list[str] = []
    seen_sentences: set[str] = set()
    kept: list[str] = []
    greeted = False  # the paragraph before was a greeting line cut as junk
    agencies = _dateline_agencies(paragraphs)
    for index, raw in enumerate(paragraphs):
        if _LINK_OPEN in raw:
            # "… [<a>mehr</a>]": the brackets the link stood in go with it
            raw = _EMPTY_BRACKETS.sub("", _LINKED_JUNK.sub(" ", raw))
        if _LINK_OPEN in raw or _LINK_CLOSE in raw:  # no link in most paragraphs
            raw = _MARKERS.sub("", raw)
        para = whole = _strip_markup_leftovers(raw)
        gates = _gates().possible(whole)  # holds for every part of `whole` too
        # The tail pattern is anchored at the end and ≤ ~400 chars long: only run it there.
        head, tail = para[:-_TAIL_WINDOW], para[-_TAIL_WINDOW:]
        tail = _cut_tail_junk(tail, gates)
        if "by_tail" in gates:
            tail = _BY_TAIL.sub("", tail)
        if "wp_footer" in gates:
            tail = _WP_FOOTER.sub("", tail)
        if "ko_tail" in gates:
            tail = _KO_TAIL.sub("", tail)
        if ("–" in tail or "—" in tail) and _site_signoff_possible(tail):
            tail = _SITE_SIGNOFF.sub("", tail)
        end = tail[-GLUED_TAIL_WINDOW:]
        if (glued := GLUED_BYLINE_TAIL_AT_STOP.search(end)) is not None:
            tail = tail[: len(tail) - len(end) + glued.start() + 1]  # (the stop stays)
        if tail.endswith("/"):
            tail = _SLASHED_INITIALS.sub("", tail)
        cut = _cut_initials(_cut_agency(tail))
        if cut is not tail:  # (nothing cut: a second pass over the same text cuts nothing)
            cut = _cut_initials(_cut_agency(cut))
        cut = _cut_desk_initials(cut, agencies)
        if cut != tail:
            tail = cut if _terminal(cut) else cut + "."
        joined = head + tail
        # (a caption credit opens with "(" or "[": most paragraphs have neither)
        if len(paragraphs) > 1 and (
            (("(" in joined or "[" in joined) and _CAPTION_END.search(joined))
            or (" / " in raw and _SLASH_CAPTION.match(raw.strip()))
        ):
            continue
        para = joined
        if "inline_credit" in gates:
            # the matches once: the caption test reads them, and cutting them is the sub
            credits = list(_INLINE_CREDIT.finditer(para))
            if len(paragraphs) > 1 and _credited_caption_of(para, credits):
                continue
            if credits:
                para = _without_spans(para, credits)
        para = para.strip()
        if "????" in para:  # an emoji a three-byte utf8 column lost (bot.content.repair)
            para = " ".join(LOST_EMOJI.sub("", para).split()).replace(" ,", ",")
        if not kept and _CREDIT_STUB.match(para) and len(para.split()) <= _CREDIT_STUB_WORDS:
            continue  # "Karen Holloway / Meridian Wire:": an aggregator's credit, no text
        if index < 3:
            if para[:1].isalpha():  # (a stamp opens on its label's letter)
                para = _STAMP_LEAD.sub("", para, count=1)
            para = _LEAD_LABEL.sub("", para, count=1)
            if wire_lead_possible(para):
                para = _WIRE_LEAD.sub("", para, count=1)
            if index == 0 and " " in para[:12]:
                para = _cut_submission_lead(para)
                if (m := LETTER_SALUTATION.match(para)) is not None:
                    para = para[m.end()].upper() + para[m.end() + 1:]
            para = _CJK_WIRE_LEAD.sub("", para, count=1)
            para = _DATED_PLACE_LEAD.sub("", para, count=1)
            # only where the text starts, or after a credit or kicker line ("Sportredaktion")
            if kept and not all(_is_heading(k) for k in kept) and all(
                    not _terminal(k) and len(k.split()) <= _HEADLINE_LINE_WORDS for k in kept):
                # under the headline repeated as the text's first line (a Telegram or social
                # bridge: "Headline<br><br>اسلام آباد: …"), the place line still opens the text
                led = _cut_place_lead(para)
                para = led if led == para or not _is_junk(para) else para
            elif not kept or all(_is_heading(k) for k in kept):
                para = sentence_case_lead(cut_wire_slug(para), paragraphs)
                # "Par notre correspondante à Dakar, Awa N. Le port…": an initial's full stop
                # hides the sentence end from the splitter; the byline goes here.
                if "," in para[:120]:
                    para = _CORRESPONDENT_LEAD.sub("", para, count=1)
                para = _DESK_BYLINE_LEAD.sub("", para, count=1)
                para = _PRINT_CREDIT_LEAD.sub("", para, count=1)
                para = GLUED_BYLINE.sub("", para, count=1)
                if "|" in para[:160]:
                    para = BAR_BYLINE.sub("", para, count=1)
                if "," in para:
                    para = WRITES_BYLINE.sub("", para, count=1)
                led = _cut_place_lead(para)
                # "FILE PHOTO: A view of …": a caption whose label reads like a place line
                # goes whole, below
                para = led if led == para or not _is_junk(para) else para
        elif "(" in para and (  # (the lead is where the text starts: no "(", no lead)
                (lead := _WIRE_LEAD.match(para)) is not None and "(" in lead.group()) and (
                lead.group()[:3].isupper() or _KNOWN_AGENCY_RE.search(lead.group())):
            # Further down only a place in capitals or a known agency with its bracket: a
            # stitched update's earlier story under "… LP's earlier story is below."
            # ("CARACAS, Venezuela (LP) — "); not "Die Union (CDU/CSU) – so heißt es – …".
            para = para[lead.end():]
        if para not in whole:  # a credit cut from inside, a full stop added: look again
            gates = _gates().possible(para)
        if not para or _is_junk(para, gates):
            # a greeting cut as junk ("Buongiorno a tutte e a tutti,") still opens the letter
            greeted = bool(para) and _salutation(para)
            continue
        # (not "eBay", "iPhone": a capital inside the first word)
        if para[:1].islower() and not para[1:2].isupper() and (
                greeted or (kept and _salutation(kept[-1]))):
            # "Liebe Leserinnen und Leser," / "die Nato hat …": the letter's first sentence,
            # which a summary may show without the greeting line before it
            para = para[0].upper() + para[1:]
        greeted = False
        fp = fingerprint(para)
        if not fp or _is_near_duplicate(fp, seen_paragraphs, recent):
            continue
        seen_paragraphs.add(fp)
        recent.append(fp)
        original = split_sentences(para)
        if len(original) == 1 and original[0] == para:  # the paragraph itself: not junk
            sentences = original
        else:
            sentences = [s for s in original if not _is_junk(s, gates)]
        if mixed_case:
            sentences = [s for s in sentences if not _is_caps_line(s)]
        sentences = _drop_truncated(
            sentences, last_paragraph=drop_cut_tail and index == len(paragraphs) - 1,
            keep_cut=not drop_cut_tail,
        )
        unique = []
        for sentence in sentences:
            key = fingerprint(sentence)
            if not key or key in seen_sentences:
                continue
            seen_sentences.add(key)
            unique.append(sentence)
        if unique == original:
            kept.append(para)  # untouched: keep the author's spacing (CJK has none)
        elif unique:
            kept.append(_join(unique))
    while len(kept) > 1 and all(
        _BIO_SENTENCE.match(x) or _DISCLOSURE.match(x) or _is_appeal(x)
        for x in split_sentences(kept[-1])
    ):
        kept.pop()
    listed = _list_runs(kept)
    return [p if i in listed else _close_block(p) for i, p in enumerate(kept)]


_BLOCK_MIN_WORDS = 4  # "Analysis", "Key points": headings stay as they are
_LIST_ITEM_MAX_WORDS = 8  # "A 12-month deadline for creditor committees": a bullet, not a sentence


def _list_runs(paragraphs: list[str]) -> set[int]:
    """Indexes of the blocks that are list items: two or more short blocks in a row without a
    sentence end ("A standstill clause", "Private creditors named for the first time"). They
    get no full stop, so the summary does not read them as sentences. The first block is the
    lead (a standfirst without a full stop), never a list item."""
    short = [
        i > 0 and len(p.split(None, _LIST_ITEM_MAX_WORDS)) <= _LIST_ITEM_MAX_WORDS
        and not _terminal(p)
        for i, p in enumerate(paragraphs)
    ]
    out: set[int] = set()
    i = 0
    while i < len(short):
        j = i
        while j < len(short) and short[j]:
            j += 1
        if j - i >= 2:
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


def _close_block(para: str) -> str:
    """A block is a sentence boundary: a standfirst or bullet without a final full stop gets
    one, so a summary never runs "…will boycott the body A 50-strong commission…"."""
    # split(None, 3): as many parts as words up to four, without splitting the whole paragraph
    short = len(para.split(None, _BLOCK_MIN_WORDS - 1)) < _BLOCK_MIN_WORDS
    if not short and _unstopped_quotation_end(para):
        return para + "."  # 'Il ministro: «Nessun ferito»' as 'Paris steckt in der Krise'
    if short or _terminal(para) or para.endswith(("।", "॥")) or (
            _OPEN_ENDING.search(para) and not _ends_on_verb_particle(para, para)):
        return para
    return para + (
        "。" if _CJK_END.search(para) else "۔" if _URDU.search(para[-20:])
        else "।" if _DANDA_SCRIPT.search(para[-1:]) else "."
    )


# A block ending on a quotation's closing mark, a word (Latin script) right inside it: the
# sentence's stop is missing ('… fala em “risco de escalada regional”'). The opening mark must
# come before it, so an apostrophe ("the Smiths'") is no quotation; a question, an exclamation
# or an ellipsis inside the marks already ends the sentence.
_QUOTE_PAIRS = {"”": "“„", "»": "«", "«": "»", "“": "„", '"': '"', "’": "‘"}


def _unstopped_quotation_end(para: str) -> bool:
    close = para[-1:]
    if close not in _QUOTE_PAIRS:
        return False
    body = para[:-1]
    inside = body.rstrip(" \u00a0\u202f") if close == "»" else body  # French « … »
    if not _latin_letter(inside[-1:]) and not inside[-1:].isdigit():
        return False
    if close == '"':
        return body.count('"') % 2 == 1  # its opening mark is in the block
    return any(opening in body for opening in _QUOTE_PAIRS[close])


_CJK_END = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]$")
_URDU = re.compile(r"[\u0600-\u06ff]")
_DANDA_SCRIPT = re.compile(r"[\u0900-\u09ff]")  # Devanagari, Bengali: sentences end on "।"


def _join(sentences: list[str]) -> str:
    out = sentences[0]
    for sentence in sentences[1:]:
        out += sentence if out.endswith(("。", "！", "？")) else " " + sentence
    return out


def _bounded(paragraphs: Iterable[str]) -> Iterable[str]:
    budget = MAX_TEXT_CHARS
    for para in paragraphs:
        if budget <= 0:
            log.debug("text cut at %d chars", MAX_TEXT_CHARS)
            return
        if len(para) > budget:
            para = cut_at_sentence_end(para, budget)
            budget = 0
        else:
            budget -= len(para)
        if para:
            yield para


_SENTENCE_END = re.compile(r"[.!?。！？؟۔][\"'”’»)\]]*(?=\s|$)")


def cut_at_sentence_end(text: str, limit: int) -> str:
    """`text` cut to at most `limit` chars, ending at a sentence end ("" if there is none)."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    last = None
    for last in _SENTENCE_END.finditer(head):  # noqa: B007 - we want the last match
        pass
    return head[: last.end()] if last else ""


_NEAR_WINDOW = 40  # paragraphs compared for near-duplicates (duplicates are usually close)


def _is_near_duplicate(fp: str, seen: set[str], recent: list[str]) -> bool:
    """Exact after normalisation, or ≥ 92% similar to a recent paragraph of similar length."""
    if fp in seen:
        return True
    size = len(fp)
    for other in recent[-_NEAR_WINDOW:]:
        if abs((n := len(other)) - size) <= 0.1 * (n if n > size else size) and (
            fuzz.ratio(fp, other, score_cutoff=92) >= 92
        ):
            return True
    return False


def clean_html(html: str) -> list[str]:
    """HTML → clean paragraphs. The one entry point the pipeline uses."""
    return clean_paragraphs(html_to_paragraphs(html))


_LIST_ITEM_TAG = re.compile(r"<li\b|&lt;li\b", re.IGNORECASE)
_LIST_KEY_MIN_CHARS = 12  # shorter keys would match inside ordinary sentences


def list_item_keys(html: str) -> frozenset[str]:
    """Fingerprints of the text of each `<li>` in `html` (also escaped once more, as feeds
    often write it): a standfirst's bullets or a "takeaways" box (`<p>dek</p><ul>…</ul><p>
    lede</p>`), which the summary must not splice between prose sentences. Cleaning flattens
    the markup, so the summary can only tell them by their text."""
    low = html.lower()  # every _LIST_ITEM_TAG match lower-cases to "<l…" or "&lt;l…"
    if ("<l" not in low and "&lt;l" not in low) or not _LIST_ITEM_TAG.search(html):
        return frozenset()
    if not re.search(r"<li\b", html, re.IGNORECASE):
        html = htmllib.unescape(html)
    root = HTMLParser(html).body
    if root is None:
        return frozenset()
    keys = set()
    for node in root.css("li"):
        if len(node.css("li")) > 1:  # (the selector matches the node itself too)
            continue  # a nested list: its own items are keyed
        key = fingerprint(node.text(deep=True))
        if len(key) >= _LIST_KEY_MIN_CHARS:
            keys.add(key)
    return frozenset(keys)


# A block whose whole text is bold (<p><strong>…</strong></p>) or a heading: how an interview
# sets its questions apart when no "Q:" opens them.
_EMPHASIS_TAG = re.compile(r"<(?:strong|b|h[2-5])\b", re.IGNORECASE)
_BOLD_RUN = re.compile(r"<(strong|b)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCKS_IN_DIV = "p, div, ul, ol, li, table, blockquote, figure, h1, h2, h3, h4, h5, h6, section"


def emphasis_keys(html: str) -> frozenset[str]:
    """Fingerprints of the text of each block of `html` set wholly in bold, and of each
    <h2>–<h5> heading. Cleaning flattens the markup, so a reader of the paragraphs can only
    tell them by their text."""
    if not _EMPHASIS_TAG.search(html):
        return frozenset()
    root = HTMLParser(html).body
    if root is None:
        return frozenset()
    keys = set()
    for node in root.css("p, div, h2, h3, h4, h5"):
        if node.tag == "div" and len(node.css(_BLOCKS_IN_DIV)) > 1:  # (it matches itself too)
            continue  # a wrapper: its own blocks are read (a <div> of text is a paragraph)
        inner = node.html or ""
        if node.tag in ("p", "div") and (
            not _BOLD_RUN.search(inner) or _text_of(_BOLD_RUN.sub("", inner)).strip()
        ):
            continue  # a plain block, or bold words in a sentence
        if key := fingerprint(node.text(deep=True)):
            keys.add(key)  # (matched against whole paragraphs only: short keys are safe)
    return frozenset(keys)


def _text_of(fragment: str) -> str:
    """The text of an HTML fragment without its outer tag (the <p> itself)."""
    node = HTMLParser(fragment).body
    text = node.text(deep=True) if node is not None else ""
    return text
