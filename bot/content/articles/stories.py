"""is_story: whether an item is a news story worth posting, and the gates that let its long
alternations run only where a literal they need is present."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from bot.content import attribution, geo, language, regex_gates, service_items
from bot.content.articles.headlines import (
    _DIGEST_HEADLINE,
    _GALLERY_WORDS,
    _PROMO,
    _SIGNUP_HEAD,
    _TITLE_ANYWHERE,
    _TITLE_END,
    _TITLE_END_BARE,
    _TITLE_START,
    _TITLE_START_CAPS,
    _TITLE_WHOLE,
    greeting_opens,
)
from bot.content.articles.kinds import (
    _ISSUE_NUMBER,
    _KIND_CATEGORY,
    _dated_issue,
    _draw_listing,
    _event_when,
    _horoscope_text,
)
from bot.content.articles.listings import _listing, _live_entries, _transcript
from bot.content.articles.media import (
    _CLIP_LABEL,
    _programme_blurb,
    _text_reports,
    clip_labelled_report,
    is_media_item,
)
from bot.content.articles.structure import _kind_by_structure
from bot.content.articles.tables import UNTITLED, _alternation
from bot.content.letters import fold_variants
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import Article

_PROMO_LEAD_CHARS = 300  # the lead is_story reads for promo phrases


def is_story(article: Article) -> bool:
    """Is this item a news story worth posting? Not: an untitled item, a photo gallery
    ("In pictures", "Bildergalerie", "组图"), a clip ("Watch:", "VÍDEO:"), a live page ("Live:",
    "++ … ++"), a podcast or programme episode, an app, newsletter or subscription promo, a
    reader survey, a sponsor post, journal front matter ("Issue Information"), an open thread,
    a daily briefing, an event notice, a job ad, an institution's announcement, a fundraising
    appeal, a press review, a headline that is only a section's name ("Politics": a weekly
    digest's brief) (by their title, their text or the category they are filed under)."""
    title = article.title.strip()
    if not title or title == UNTITLED:
        return False
    # the tables write Urdu letters: an Urdu text typed with Arabic ones reads the same
    if (folded := fold_variants(article.title + "\n" + article.text)) is not None:
        article = replace(article, title=folded[: len(article.title)],
                          text=folded[len(article.title) + 1 :])
        title = article.title.strip()
    if is_media_item(article) or attribution.is_section_title(title):
        return False
    if (clip := _CLIP_LABEL.match(title)) and clip_labelled_report(article):
        title = title[clip.end():].strip() or title  # "Video: How …" over a report: a story
    if any(_KIND_CATEGORY.match(c) for c in article.categories):
        return False
    promo_text = title + " " + article.text[:_PROMO_LEAD_CHARS]
    gates = _story_gates().possible(promo_text)  # holds for the title too (a part of it)
    for named in {title, _ISSUE_NUMBER.sub("", title, count=1)}:
        if _TITLE_WHOLE.match(named) or _GALLERY_WORDS.match(named) or (
            "start" in gates and (_TITLE_START.match(named) or _kicked_kind(named))
        ):
            return False
    if _TITLE_START_CAPS.match(title) or _SIGNUP_HEAD.match(title) or _dated_issue(
        title, article.published
    ) or _kind_by_structure(article, title):
        return False
    if ("anywhere" in gates and _TITLE_ANYWHERE.search(title)) or (
        _TITLE_END.search(title)
        and not (_TITLE_END_BARE.search(title) and _text_reports(article.text))
    ):
        return False
    if "promo" in gates and _PROMO.search(promo_text):
        return False
    if _draw_listing(article) or _horoscope_text(article.text):
        return False
    if service_items.is_service_item(title, article.text, article.outlet):
        return False
    if greeting_opens(article.text) and _DIGEST_HEADLINE.search(title):
        return False  # an edition (one issue about one subject is a story)
    if _event_when(article.text):
        return False
    if _listing(article) or _transcript(article) or _live_entries(article.text):
        return False
    if (kind := _promo_slug(article.link)) and not _text_reports(article.text) and (
        kind not in _NEWSLETTER_TOKENS or not _names_actor(title)
    ):
        # a podcast's page, or a newsletter's whose headline names no one ("Argus Early: the
        # world's news before breakfast"), its teaser reporting nothing; a newsletter issue
        # headlined with its news ("Today's WorldView: Ukraine braces for …") is a story
        return False
    return not _programme_blurb(article)


# A newsletter or podcast named in the page's own name (the link's last segment but a numeric
# or "article123.ece" page id): "…/argus-early-newsletter-february-8/article1120350.ece".
_PROMO_SLUG = re.compile(
    rf"/(?:[^/?#]*[-_.])?(?P<token>{_alternation('promo_slug_token')})(?:[-_.][^/?#]*)?"
    r"(?:/(?:[^/?#]*\d[^/?#]*)?)?/?(?:[?#].*)?$",
    re.IGNORECASE,
)


_NEWSLETTER_TOKENS = frozenset(("newsletter", "newsletters", "nieuwsbrief", "infolettre",
                                "rundbrief"))


def _promo_slug(link: str | None) -> str | None:
    """The newsletter or podcast word naming the page in its link, lower-cased, or None."""
    m = _PROMO_SLUG.search(link) if link else None
    return m["token"].casefold() if m else None


def _names_actor(title: str) -> bool:
    """Does the headline name a country, a leader or an institution?"""
    lang = language.detect(title)
    return geo.supported(lang) and any(
        m.entity.kind in ("country", "leader", "institution", "home")
        for m in geo.find_mentions(title, lang=lang)
    )


# A short kicker before the headline's colon or bar: "Ramadan: …", "رمضان المبارک: …", "Il punto
# della settimana: …".
_KICKER = re.compile(r"^\W{0,3}(?P<label>(?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*)"
                     r"\s*[:|–—]\s+")
# A gloss in brackets closing the headline: "events calendar (イベント情報)", "(Karachi)".
_BRACKET_GLOSS = re.compile(r"\s*[(（][^()（）]{1,30}[)）]\s*$")


def _kicked_kind(title: str) -> bool:
    """Is the headline a kicker, then only the name of a kind that is no story ("Ramadan: Sehri
    and iftar timings", "رمضان المبارک: سحر و افطار کے اوقات", "Harbour Weekend: events calendar
    (イベント情報)"), or a kicker that ends in such a name ("Thai Pongal photo essay: harvest in the
    Vanni": the label says what the page is)? A headline going on after the kind's name is news
    ("Ramadan: prayer times cut short as …")."""
    if (kicker := _KICKER.match(title)) is None:
        return False
    rest = _BRACKET_GLOSS.sub("", title[kicker.end():])
    m = _TITLE_START.match(rest)
    if m is not None and not rest[m.end():].strip(" .!?:|–—-"):
        return True
    return _PICTURE_KIND_TAIL.search(kicker["label"]) is not None


# A kicker that ends naming a page of pictures ("Thai Pongal photo essay: …", "Gaza in
# pictures: …"); no other kind word at a kicker's end ("Ukraine war briefing: …", "Oil deal: …",
# "Viral video: …" head news).
_PICTURE_KIND_TAIL = re.compile(
    r"(?:^|\s)(?:(?:photo|picture)s? (?:essay|feature|gallery|story)|in (?:pictures|photos)"
    rf"|{_alternation('kicker_tail_kinds')})$",
    re.IGNORECASE,
)


# The long alternations of is_story (~1,000 promo phrases: ~150 µs a search over a headline and
# lead) run only where a literal every match contains is present (bot/content/regex_gates.py).
# Built on first use (~0.9 MB): the worker's event loop needs them, its pool processes never do.
# Their literals are derived at build time (bench/build_story_gates.py → story_gates.json, a test
# checks it is fresh): deriving them here was ~0.1 s in every process. An entry whose pattern
# has changed since is ignored and that gate derived here, so the file can only save time.
def story_gate_patterns() -> dict[str, re.Pattern[str]]:
    return {"promo": _PROMO, "anywhere": _TITLE_ANYWHERE, "start": _TITLE_START}


@lru_cache(maxsize=1)
def _story_gates() -> regex_gates.LiteralGates:
    built = json.loads(
        resources.files("bot.data").joinpath("story_gates.json").read_text("utf-8")
    )["gates"]
    return regex_gates.LiteralGates(story_gate_patterns(), built)
