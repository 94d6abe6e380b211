"""Headlines without what is not the headline: labels before it ("[PHOTO]", "(LEAD)",
"ANÁLISE |"), the outlet's name and a format label after it."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from html.entities import html5

from bot.content.attribution.keys import _collapse, _squash
from bot.content.attribution.rights import (
    _BRACKETED_PUBLISHER,
    _LABEL,
    bracketed_publisher,
    split_title_outlet,
)
from bot.content.attribution.tables import _CJK_ANY, _TABLES, _alternation
from bot.core import lazy_re as re  # compiles each pattern on first use

_BRACKET_LABEL = re.compile(
    r"^\s*[(\[【［]\s*(?P<label>[^()\[\]【】［］]{1,40}?)\s*[)\]】］]\s*[-:–—|]?\s*(?=\S)"
)
_PIPE_LABEL = re.compile(
    rf"^\s*(?:{'|'.join(re.escape(w) for w in _TABLES['headline_pipe_labels'])})\s*\|\s*(?=\S)",
    re.IGNORECASE,
)

# "FOCUS | A Davos arriva …", "ANÁLISE | …": a rubric in capitals before a bar, whatever its
# word (Italian and Portuguese agencies' and portals' CMSs). Its first word has five letters
# or more, so an acronym heading the headline ("NATO | …") is not taken for one.
_CAPS_RUBRIC = re.compile(r"^\s*(?P<rubric>[^\W\d_]{5,}(?:\s+[^\W\d_]{2,}){0,2})\s+\|\s*(?=\S)")

# "Why Asean cannot sit out the chip war | Opinion": a genre label after the headline (not a
# medium's: "… | Live", "… | Video" mark a live page or a clip, bot/data/non_story.json).
_GENRE_PIPE_LABELS = [
    w for w in _TABLES["headline_pipe_labels"]
    if w not in ("live", "live updates", "video", "watch", "breaking", "exclusive")
]
_PIPE_LABEL_END = re.compile(
    rf"(?<=\S)\s+\|\s*(?:{'|'.join(re.escape(w) for w in _GENRE_PIPE_LABELS)})\s*$",
    re.IGNORECASE,
)


_GENRES = _TABLES["headline_genre_labels"]
_GENRE_LABEL = re.compile(
    rf"^\s*(?:(?:{_alternation(_GENRES['colon'])})\s*:|(?:{_alternation(_GENRES['full_stop'])})\.)"
    r"\s+(?=[\"“‘«¿¡]?[A-ZÀ-ÝĀ-Ž])"
)
_CJK_TEXT = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# The words a paper's or an agency's name ends in ("東都新聞", "共同通信", "东岸日报", "한강일보").
_MASTHEAD_END = re.compile(
    r"(?:新聞|日報|通信|タイムズ|ポスト|放送|新闻|日报|時報|时报|通讯|通訊|일보|신문|뉴스|ニュース|新聞社)$"
)
_DIGITAL_EDITION = re.compile(
    r"^(?P<paper>.+(?:新聞|日報|通信|タイムズ|ポスト|放送|新闻|日报|時報|时报|일보|신문))"
    r"\s*(?:デジタル|電子版|オンライン|ウェブ|Digital|DIGITAL|Online|online|web|Web|网|網|电子版)$"
)


def _names_a_kind(title: str, *, media: bool = True) -> bool:
    """"CARTOON | …", "PODCAST | …": a rubric naming a kind of item or a medium stays for the
    story gates (bot.content.articles imports this module, hence the late import). `media`:
    False for a bracketed label, where a medium ("[LIVE]", "[VIDEO]") is read from the raw
    headline (articles.with_medium) and the label goes."""
    from bot.content.articles import opens_with_kind_label

    return opens_with_kind_label(title, media=media)


def strip_headline_label(title: str) -> str:
    """"(LEAD) N. Korea fires…" → "N. Korea fires…"; also "(2nd LD)", "(URGENT)", "[LIVE]",
    "【速報】", "Analysis | …", "Feature: …", "Explicador. …". A bracket that is part of the
    headline ("(Not) a deal") stays."""
    text = title
    # Each pattern below needs a character most headlines lack (an opening bracket first, a
    # bar, a colon or full stop): looked for with `in`, the patterns run only when it is there.
    for _ in range(3 if text.lstrip()[:1] in _OPENING_BRACKETS else 0):  # "(URGENT) (LEAD) …"
        m = _BRACKET_LABEL.match(text)
        if not m:
            break
        label = m["label"]
        caps = label.isupper() and len(label.split()) <= 3 and len(label) >= 4
        rest = text[m.end():]
        # "【My Cool News】…", "【KONG YEE SAI MAU!!!】…": a column's name in Latin letters in
        # lenticular brackets before a Chinese or Japanese headline is its rubric.
        latin_rubric = (
            m.group(0).lstrip()[:1] in "【［" and bool(_CJK_TEXT.match(rest))
            and not _CJK_ANY.search(label) and len(label.split()) <= 5
        )
        if not (caps or latin_rubric or _LABEL.match(label)) or len(rest) < (
            4 if _CJK_TEXT.match(rest) else 8
        ):
            break
        if _names_a_kind(text, media=False):  # "[PHOTO] …", "[QUIZ] …": kept for the gates
            break
        text = text[m.end():]
    if "|" in text:
        text = _without_bar_labels(text)
    if ("." in text or ":" in text) and (m := _GENRE_LABEL.match(text)) and len(
        text[m.end():]
    ) >= 8:
        text = text[m.end():]
    return text


_OPENING_BRACKETS = ("(", "[", "【", "［")


def _without_bar_labels(text: str) -> str:
    """`strip_headline_label`'s labels set off by a bar ("Analysis | …", "FOCUS | …",
    "… | Opinion")."""
    if (m := _PIPE_LABEL.match(text)) and len(text[m.end():]) >= 8:
        text = text[m.end():]
    if (m := _CAPS_RUBRIC.match(text)) and m["rubric"].isupper() and len(text[m.end():]) >= 8 and (
        not _names_a_kind(text)
    ):
        text = text[m.end():]
    if (m := _PIPE_LABEL_END.search(text)) and m.start() >= 8:
        text = text[: m.start()]
    return text


def clean_headline(title: str, outlet: str, bylines: Sequence[str] = ()) -> str:
    """The title without a trailing " - <outlet>" when that suffix names `outlet` (Google News),
    or " | <Name>" when it names the item's own byline (`bylines`, the raw author fields: an
    opinion column's "Headline | Columnist"), and without a leading wire or genre label in
    brackets ("(LEAD)", "[LIVE]", "Analysis |").

    Safe to call on every item: other suffixes ("Talks fail - analysis") stay.
    """
    if "&" in title:
        title = _UNDEFINED_ENTITY.sub(_bare_ampersand, title)
    title = strip_headline_label(title)
    head, suffix = split_title_outlet(title)
    if suffix and (
        suffix.casefold() == outlet.casefold()
        or (len(suffix.split()) >= 2 and any(
            suffix.casefold() in b.casefold() for b in bylines))
        # "… | The Outlet Asia", "… - Outlet.com": the outlet's name with a section or host.
        or (len(_squash(outlet)) >= 3 and _squash(suffix).startswith(_squash(outlet)))
    ):
        return _without_page_title_tail(head, outlet)
    if outlet and _may_end_in(title, outlet) and (
        m := _outlet_suffix(outlet).search(title)
    ) and m.start() >= 8:
        # "… vor - Hanse-Kurier": the outlet line shows it already (a hyphenated name, which
        # split_title_outlet does not read as a suffix)
        return _without_page_title_tail(_collapse(title[: m.start()]), outlet)
    if title.rstrip("\n").endswith((")", "）")) and (
        m := _BRACKETED_PUBLISHER.match(title)
    ) and outlet.casefold() in (
        m["outlet"].casefold(), (bracketed_publisher(title) or "").casefold()
    ):  # "…(Impress Watch)", "…(Karen Holloway / Meridian Wire)" credited to that publisher
        return _collapse(m["title"])
    if (m := _FORMAT_SUFFIX.search(title)) and m.start() >= 8:  # "Talks resume – video"
        return _collapse(title[: m.start()])
    return _collapse(title)


def _may_end_in(title: str, outlet: str) -> bool:
    """False when `_outlet_suffix(outlet)` cannot match `title`: an ASCII outlet (stripped)
    whose length of the title's end, all ASCII, is not the outlet ignoring case (between ASCII
    letters that is what re.IGNORECASE matches). Most titles do not end in the outlet: the
    pattern is then neither compiled (~0.3 ms, once per outlet) nor run."""
    if not outlet.isascii() or outlet != outlet.strip():
        return True
    tail = title.rstrip()[-len(outlet):]
    return not tail.isascii() or tail.lower() == outlet.lower()


@lru_cache(maxsize=256)
def _outlet_suffix(outlet: str) -> re.Pattern[str]:
    """" - <outlet>" ending a headline (a feed's items share their outlet: compiled once)."""
    return re.compile(rf"\s+[-–—|]\s+{re.escape(outlet)}\s*$", re.IGNORECASE)


def _without_page_title_tail(head: str, outlet: str) -> str:
    """An aggregator's headline is the publisher's page title, which may keep its own tail
    before the aggregator's " - Outlet": its section ("… | Ausland", "… | Politik") or its
    name again ("… | Hanse-Kurier"). Neither is part of the headline."""
    from bot.content.attribution.feed_titles import _is_section  # (it imports this module)

    before, bar, tail = head.rpartition(" | ")
    tail = tail.strip()
    if bar and len(before.strip()) >= 8 and (
        _is_section(tail, strict=True) or tail.casefold() == outlet.casefold()
    ):
        return _collapse(before)
    return head


# "Q&A;", "M&S;": a bare "&" in a feed that is not well-formed XML, which the lenient parser
# reads as the start of an entity it does not know and closes with ";".
_UNDEFINED_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]{0,31});")


def _bare_ampersand(m: re.Match[str]) -> str:
    return m[0] if m[0][1:] in html5 else "&" + m[1]


# A format label after a headline ("– video", "- live", "| podcast"); "– analysis" stays.
_FORMAT_SUFFIX = re.compile(
    r"\s+[-–—|]\s+(?:video|live|podcast|audio|video report|live updates|as it happened)\s*$",
    re.IGNORECASE,
)
