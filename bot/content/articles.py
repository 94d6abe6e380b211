"""Feed bytes → Articles: parse, clean, summarize, quotes, attribution, relevance, tags.

Everything here is synchronous and CPU-bound; the poller runs `process_feed` in an executor so
the event loop never waits on it.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from functools import lru_cache
from html import unescape
from importlib import resources
from typing import NamedTuple, Protocol
from urllib.parse import urljoin, urlsplit

from rapidfuzz import fuzz

from bot.content import (
    attribution,
    boilerplate,
    clean,
    clustering,
    fulltext,
    genre,
    home,
    kickers,
    language,
    links,
    quotes,
    regex_gates,
    relevance,
    service_items,
    shares,
    summarize,
    tags,
)
from bot.content.keys import entry_hash, entry_key
from bot.content.letters import fold_variants
from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import Article, FeedEntry, ParsedFeed, Quote, TextScan


class SummaryBudget(Protocol):
    """`SummarySettings`, or `jobs.Budget` in the pool (no pydantic there)."""

    @property
    def max_words(self) -> int: ...

    @property
    def max_sentences(self) -> int: ...


UNTITLED = "(untitled)"
MAX_LINK_CHARS = 2000  # Slack refuses button URLs over 3,000 characters; real links are short


# Whitespace (re's \s is str.isspace) or a control character: one search, not a loop per char
# (web_link runs for every item of a cold cycle, the backlog's too).
_UNSAFE_IN_LINK = re.compile(r"[\s\x00-\x1f]")


def web_link(link: str | None, feed_url: str) -> str | None:
    """The item's link as something a chat platform will accept and a reader can open: made
    absolute against the feed URL ("/world/1" → "https://outlet.example/world/1"), http(s)
    only. "javascript:", "data:" and malformed links become None: the story is posted without
    a link rather than refused by Slack or Discord."""
    if not link:
        return None
    link = link.strip()
    try:
        absolute = urljoin(feed_url, link)
        parts = urlsplit(absolute)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host or len(absolute) > MAX_LINK_CHARS:
        return None
    if _UNSAFE_IN_LINK.search(absolute):
        return None
    # "?utm_source=rss&utm_medium=referral" says where the click came from: a reader's link
    # need not carry it (links.json lists only parameters no page needs).
    return links.strip_tracking(absolute)


_PROMO_LEAD_CHARS = 300  # the lead is_story reads for promo phrases
_THIN_TEXT_CHARS = 60  # less than a sentence left after cleaning: try the item's other text
# A teaser that opens with a heading element ("<h4>Strapline</h4> <p>First paragraph…</p>"):
# the heading is the outlet's strapline or subtitle under the headline, not the story's lead.
_LEAD_HEADING = re.compile(r"^\s*<h[1-6]\b[^>]*>.*?</h[1-6]\s*>", re.IGNORECASE | re.DOTALL)


class Body(NamedTuple):
    """An entry's text before the article is built (`body_of`): what feed-level template
    detection (bot/content/boilerplate.py) reads of every item of a feed first."""

    lead_byline: str  # a first block of only the authors' names, cut from `html`
    html: str  # the longer text field (content:encoded or description)
    other: str  # the shorter one
    body: list[str]  # `html` cleaned
    paragraphs: list[str]  # `body`, or the other field's paragraphs when `body` is thin


def body_of(entry: FeedEntry) -> Body:
    """The cleaned text of an entry, from its longer text field (or the shorter one when the
    longer is only a link or a byline)."""
    html, other = (entry.content_html, entry.summary_html) if len(entry.content_html) > len(
        entry.summary_html
    ) else (entry.summary_html, entry.content_html)
    # "<user> shared this story from <feed>: …<hr>": a reader service's header, the sharer's
    html, other = shares.without_share_header(html), shares.without_share_header(other)
    # "<p>Renata Albuquerque</p><p>Os dois governos…": a first block of only the authors'
    # names (or the desk) is the byline, not the text's first sentence.
    lead_byline = ""
    if found := attribution.lead_byline(html):
        lead_byline, rest = found
        # "Author: A, University Japan plans…": a description that glues the same byline
        # block to its first sentence loses it too
        other = _without_lead(other, html[: len(html) - len(rest)])
        html = rest
    paragraphs = body = clean.clean_html(html)
    if other and sum(map(len, paragraphs)) < _THIN_TEXT_CHARS:
        # The longer field was only a link ("Continua a leggere sul Ponte", "[mehr]") or a
        # byline: the other one may hold the standfirst.
        alternative = clean.clean_html(other)
        if sum(map(len, alternative)) > sum(map(len, paragraphs)):
            paragraphs = alternative
    return Body(lead_byline, html, other, body, paragraphs)


def feed_template(
    entries: Sequence[FeedEntry], bodies: Sequence[Body], memory: boilerplate.Memory = b""
) -> tuple[boilerplate.Template, boilerplate.Memory]:
    """The sentences these entries of one feed repeat at their starts or ends, with the votes
    of the feed's recent items (`memory`, see boilerplate.learn); and the memory with them."""
    return boilerplate.learn(
        [(e.title, b.paragraphs) for e, b in zip(entries, bodies, strict=True)], memory
    )


def _tells_kind(title: str, paragraphs: list[str], stripped: list[str]) -> bool:
    """Whether the feed's template is what tells its items are no stories: a newsletter issue
    that opens "Good morning." or a sponsor block in the lead. The template then stays, for
    `is_story` to read (the items are the newsletter's issues, not news)."""
    if stripped == paragraphs:
        return False
    before, after = "\n\n".join(paragraphs), "\n\n".join(stripped)
    if _GREETING_OPEN.match(before) and not _GREETING_OPEN.match(after):
        return True
    lead = title + " " + before[:_PROMO_LEAD_CHARS]
    return "promo" in _story_gates().possible(lead) and _PROMO.search(lead) is not None and (
        _PROMO.search(title + " " + after[:_PROMO_LEAD_CHARS]) is None
    )


def build_article(
    entry: FeedEntry,
    feed: ParsedFeed,
    *,
    feed_url: str,
    feed_id: int | None = None,
    summary: SummaryBudget | None = None,
    page_html: str | bytes | None = None,
    prepared: Body | None = None,
    template: boilerplate.Template = boilerplate.EMPTY,
    rights_holders: frozenset[str] = frozenset(),
    home_country: str | None = None,
    scanned: TextScan | None = None,
) -> Article:
    """One Article from one entry. `page_html` is the article's own web page, fetched for
    teaser-only feeds (full-text mode); its main text replaces the teaser when longer.
    `prepared` is `body_of(entry)` when the caller has it; `template` the boilerplate of the
    entry's feed document (`feed_template`), cut from its text's start and end;
    `rights_holders` the agencies its items' wire notices name (attribution.rights_holders),
    no author of any of its items; `home_country` the outlet's country its feed document says
    (bot.content.home), for a feed whose domain, language tag and description name none;
    `scanned` what the home evidence read of the item (`relevance.scan`): its relevance score
    reads it instead of reading the item again, when its title and lead are the same."""
    if summary is None:
        from bot.core.settings import SummarySettings  # the defaults live in the settings model

        summary = SummarySettings()
    lead_byline, html, other, body, paragraphs = prepared or body_of(entry)
    if template and not _tells_kind(
        entry.title, paragraphs, stripped := boilerplate.strip(entry.title, paragraphs, template)
    ):
        if paragraphs is body:
            body = stripped  # (the dek test below asks whether the text is the body)
        paragraphs = stripped
    # A link post on Reddit or a Hacker News-style site: the shared article, not the thread;
    # Google News: the publisher's URL its redirect encodes.
    link = web_link(attribution.article_link(entry, feed), feed_url)
    if page_html is not None:
        page = fulltext.extract_main_text(page_html, link or feed_url)
        if sum(map(len, page)) > sum(map(len, paragraphs)):
            paragraphs = page
    outlet, via = attribution.resolve_outlet(entry, feed, feed_url)
    # "Talks stall - Reuters" from Google News: the outlet is shown separately.
    # An item without a headline is not a story (a stub, a caption, a live-blog entry): it is
    # kept and searchable as "(untitled)", scored on its first words.
    labelled = _without_wire_marks(clean.clean_title(entry.title), html)
    title = kickers.unglue_kicker(attribution.clean_headline(labelled, outlet, entry.authors), link)
    headline = title  # what the summary need not repeat
    if not title and paragraphs and _untitled_feed(feed):
        # A microblog post (Mastodon, Bluesky): its first sentence is its headline, without
        # a "BREAKING:"/"New from me:" label, which leaves the text too. The summary is the
        # rest of the post: a post that is one sentence is a headline card (product decision).
        paragraphs = [clean.clean_title(paragraphs[0]), *paragraphs[1:]]
        title = _title_from_post(paragraphs[0])
        headline = title
    # "Were we ever ready for democracy? By Kunle Ademola": the byline leaves the headline.
    title_people = attribution.clean_authors(
        attribution.byline_from_title(title), outlet=outlet, feed_title=feed.title or ""
    ) if title else ()
    if title_people:
        title = attribution.strip_title_byline(title)
    title = title or UNTITLED
    # No person in the author fields (none, or only the outlet or a desk): the byline inside
    # the text ("By …", "Por …", "Reporting by …").
    authors = attribution.without_rights_holders(
        _authors(tuple(entry.authors), outlet, feed.title or ""), rights_holders
    ) or attribution.clean_authors(
        (lead_byline,) if lead_byline else attribution.byline_from_text(html, outlet),
        outlet=outlet, feed_title=feed.title or "",
    ) or title_people or (
        # "…(Karen Holloway / Meridian Wire)": an aggregated item's writers before its publisher
        attribution.clean_authors((writers,), outlet=outlet, feed_title=feed.title or "")
        if via and (writers := attribution.bracketed_writers(entry.title)) else ()
    )
    if (noted := clean.drop_author_notes(paragraphs, authors)) is not paragraphs:
        # "NAME is a fellow at …" left the text (still the body's text, if it was)
        body = noted if paragraphs is body else body
        paragraphs = noted
    text = "\n\n".join(paragraphs)
    # its country is home
    hint = language.feed_hint(feed.language, feed_url, feed.link, feed.description)
    if home_country and language.region(hint) is None:  # what the feed says always wins
        hint = f"{language.base(hint) or language.UNKNOWN}-{home_country}"
    scored_title = (_scored_title(title) if title != UNTITLED
                    else (paragraphs[0][:120] if paragraphs else ""))
    rel = relevance.score(scored_title, text, entry.categories, language_hint=hint,
                          scanned=scanned)
    key = entry_key(entry)  # from the link as the feed wrote it: stored keys stay stable
    found_quotes = _in_language(
        quotes.extract_quotes(paragraphs, headline=title, outlet=outlet), rel.language
    )
    # The quotes a digest shows (named speaker) are left out of the summary, so that they are
    # shown with their speaker instead of as anonymous summary text (see deliver.digest).
    shown = [q.text for q in found_quotes if q.speaker][:2]
    lead = paragraphs
    list_items: frozenset[str] = frozenset()
    dek_paragraphs: list[str] = []
    if page_html is None and len(paragraphs) > 1 and (m := _LEAD_HEADING.match(html)):
        heading = clean.clean_html(m.group(0))
        if heading and clean.fingerprint(heading[0]) == clean.fingerprint(paragraphs[0]):
            lead = paragraphs[1:]  # the summary starts at the first paragraph
    if page_html is None:
        # bullets of either field ("<p>dek</p><ul>…</ul><p>lede</p>", a takeaways box)
        list_items = clean.list_item_keys(html) | clean.list_item_keys(other)
        body_is_content = len(entry.content_html) > len(entry.summary_html)
        if body_is_content and paragraphs is body and (dek := _dek(other, lead)):
            # the description is the standfirst written for the body in content:encoded: the
            # summary opens with it (the body's first paragraph may only set a scene)
            lead = [*dek, *lead]
            dek_paragraphs = dek
    return Article(
        key=key,
        story_key=clustering.story_key_for_link(link, key),
        title=title,
        link=link,
        summary=summarize.summarize(
            headline, lead, max_words=summary.max_words, max_sentences=summary.max_sentences,
            quotes=shown, list_items=list_items, dek=dek_paragraphs,
        ),
        text=text,
        outlet=outlet,
        via=via,
        authors=authors,
        published=entry.published,
        quotes=found_quotes,
        categories=with_medium(entry, labelled, report=bool(
            {"audio", "video"} & set(entry.media) and "episode" not in entry.media
            and written_report(paragraphs, bool(authors), html)
        )),
        tags=tags.derive_tags(title, text, rel.language),  # tags read the item's language
        relevance=round(rel.score, 4) if rel.scored else None,  # unsupported language
        reasons=rel.reasons,
        feed_id=feed_id,
        entry_hash=entry_hash(entry),
    )


def _in_language(found: tuple[Quote, ...], lang: str) -> tuple[Quote, ...]:
    """The quotes written in the item's language: a blogger quoted in the original beside the
    English translation ("O projeto quer …" then "The project wants …") is no quote an English
    digest shows. `language.detect` keeps the item's language unless a quote clearly says
    otherwise, so a short or mixed quote stays."""
    if lang == language.UNKNOWN:
        return found
    return tuple(q for q in found if language.detect(q.text, lang) in (lang, language.UNKNOWN))


_DEK_MAX_WORDS = 50  # a standfirst is a sentence or two; longer is an excerpt of its own
_DEK_PROBE_CHARS = 40
_EXCERPT_RATIO = 85
_DEK_MAX_HTML_CHARS = 2_000  # 50 words and a WordPress footer fit in far less
_BODY_PROBE_PARAGRAPHS = 6


def _dek(other_html: str, body: list[str]) -> list[str]:
    """The item's shorter text field (`<description>` beside a `content:encoded` body) when it
    is a standfirst, not an excerpt of the body: its paragraphs, else []. WordPress's automatic
    excerpt is the body's first words, often cut ("[…]"); an editor's dek is its own sentence."""
    if not other_html or not body or len(other_html) > _DEK_MAX_HTML_CHARS:
        return []  # (a long field is no dek: not worth cleaning a second text)
    body_key = clean.fingerprint(" ".join(body[:_BODY_PROBE_PARAGRAPHS]))
    raw_key = clean.fingerprint(unescape(_TAGS.sub(" ", other_html)))
    if len(raw_key) >= _DEK_PROBE_CHARS and raw_key[:_DEK_PROBE_CHARS] in body_key:
        return []  # the body's own first words as written: an excerpt, not worth cleaning
    raw_text = unescape(_TAGS.sub(" ", other_html))
    if (m := _CUT_MARK.search(raw_text)) and not _SENTENCE_END.search(raw_text, 0, m.start()):
        # one sentence the CMS cut ("… since September […]", "… party […] Read More"): an
        # excerpt, though its cleaning ends it at a whole clause
        return []
    dek = clean.clean_html(other_html)
    words = sum(len(p.split()) for p in dek)
    if not dek or words < 5 or words > _DEK_MAX_WORDS or not _ends_as_sentence(dek[-1]):
        # none, a kicker, an excerpt of its own, a teaser the CMS cut ("…") or one left
        # open ("Tell us what you read and want more of"): no sentence to open a summary with
        return []
    dek_key = clean.fingerprint(" ".join(dek))
    if dek_key[:_DEK_PROBE_CHARS] in body_key or body_key[:_DEK_PROBE_CHARS] in dek_key or (
        fuzz.partial_ratio(dek_key[: 2 * _DEK_PROBE_CHARS], body_key[:400]) >= _EXCERPT_RATIO
    ):
        return []  # the body's own beginning (an automatic excerpt, maybe reworded a little)
    return dek


_CUT_MARK = re.compile(r"\[\s*(?:…|\.{3})\s*\]|…|\.{3}")
_SENTENCE_END = re.compile(r"[.!?。！？؟۔।][\"'”’»)]*\s")


def _ends_as_sentence(text: str) -> bool:
    end = text.rstrip("\"'”’»)]")[-1:]
    return bool(end) and end in ".!?。！？؟۔।"


def with_medium(entry: FeedEntry, headline: str = "", *, report: bool = False
                ) -> tuple[str, ...]:
    """The item's categories and its medium ("video", "audio": parse.py), kept with the article
    so that `is_story` knows a clip or an episode from a stored row too. `headline`: the title
    before its labels were cleaned off; a media label there ("Watch | …", "Live | …": the
    headline cleaning drops such labels) makes the item a clip ("video"). `report`: the item's
    text is a written report (`written_report`): the file it carries is a clip attached to it,
    not what the item is (an episode's own elements still make it one)."""
    media = entry.media
    if report and "episode" not in media:
        media = tuple(m for m in media if m not in ("audio", "video"))
    if headline and MEDIA_PAGE not in media and _MEDIA_LABEL.match(headline):
        # a clip's label ("Watch | …") may head a written report (clip_labelled_report); a
        # live, podcast or gallery label names what the page is, whatever its text
        media = (*media, "video" if _CLIP_LABEL.match(headline) else MEDIA_PAGE)
    if MEDIA_PAGE not in media and _media_guid(entry):
        media = (*media, MEDIA_PAGE)  # filed in a media folder, as a link there would be
    if _only_embed(entry.content_html or entry.summary_html):
        media = (*media, "embed")
    if not media and (heard := _only_media_file_link(entry.content_html or entry.summary_html)):
        media = (*media, heard)  # "<a href=…/20261203.mp3>Listen</a>": a programme's audio page
    if headline and "video" not in media and _clip_by_tail_and_slug(
        headline, entry.link, entry.summary_html or entry.content_html
    ):
        media = (*media, "video")
    if label := _kind_label_text(entry.summary_html or entry.content_html):
        media = (*media, label)  # "Sponsored content.": the text is the item's kind (filed so)
    if kind := genre.title_label(entry.title):
        # "Gastbeitrag von Name - …": the headline cleaning drops the label, the item is still
        # filed as the genre it names (the digest shows it: deliver.digest).
        media = (*media, kind)
    return entry.categories + tuple(m for m in media if m not in entry.categories)


# A written report that attaches a clip (a broadcaster's article with its radio or TV piece
# as an enclosure) against the clip or programme itself: paragraphs of prose, enough of them.
# Sizes in characters, a character of a script written without spaces counting three (a word
# of Chinese is one or two characters): words would undercount Turkish or Finnish.
_REPORT_PARAGRAPHS = 3  # paragraphs that end as sentences, each of _PROSE_CHARS or more
_REPORT_CHARS = 300
_SIGNED_PARAGRAPHS = 2  # with a byline or a dateline, the signs of a written report
_SIGNED_CHARS = 240
_PROSE_CHARS = 60
_UNSPACED_CHARS = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")


def _size(text: str) -> int:
    return len(text) + 2 * len(_UNSPACED_CHARS.findall(text))


def written_report(paragraphs: Sequence[str], signed: bool, html: str) -> bool:
    """Is an item's text a written report (the clip or audio file it carries is attached to
    it), not the notes of the clip or programme that the item is? By structure: several
    paragraphs of prose (fewer with a byline, `signed`, or a dateline opening `html`), and an
    opening that tells the news, not the programme ("In this episode…", "Listen…") or the
    footage ("The video shows…")."""
    prose = [n for p in paragraphs if _ends_as_sentence(p) and (n := _size(p)) >= _PROSE_CHARS]
    if not (len(prose) >= _REPORT_PARAGRAPHS and sum(prose) >= _REPORT_CHARS):
        if len(prose) < _SIGNED_PARAGRAPHS or sum(prose) < _SIGNED_CHARS:
            return False
        opening = unescape(_TAGS.sub(" ", html[:_DATELINE_HTML_CHARS]))
        if not signed and not (clean.opens_with_dateline(opening)
                               and not _FOOTAGE.search(opening[:_DATELINE_CHARS])):
            return False
    first = split_sentences(paragraphs[0])[:2]
    return not any(_EPISODE_SELF.match(s) or _BLURB.match(s) or _FOOTAGE.search(s)
                   for s in first)


_DATELINE_HTML_CHARS = 400
_DATELINE_CHARS = 40


def _media_guid(entry: FeedEntry) -> bool:
    """Does the item's guid, a URL that is not its link, file it in a media folder? A
    FeedBurner-style feed links a redirect ("…/~r/…/~3/…/new-year-around-the-world") and keeps
    the page's own URL ("…/videos/world/…") only in a guid that is no permalink."""
    guid = (entry.guid or "").strip()
    return guid.startswith(("https://", "http://")) and guid != (entry.link or "").strip() and (
        _MEDIA_LINK.search(guid) is not None
    )


# A link to a sound or video file ("…/dispatch/20261203.mp3", "…/clip.mp4?dl=1").
_MEDIA_FILE_HREF = re.compile(
    r"""<a\b[^>]*\bhref=["']?[^"'\s>]+\.(?P<ext>mp3|m4a|aac|ogg|oga|opus|wav|mp4|m4v|mov|webm|m3u8)"""
    r"""(?:[?#][^"'\s>]*)?["']?[^>]*>(?P<label>.*?)</a>""",
    re.IGNORECASE | re.DOTALL,
)
_VIDEO_FILE = frozenset(("mp4", "m4v", "mov", "webm", "m3u8"))
_FILE_LINK_LABEL_WORDS = 4  # "Listen", "Download the audio", "Hören Sie hier"


def _only_media_file_link(html: str) -> str:
    """"audio" or "video" when the entry's whole text is a link to a sound or video file
    ("<a href=…/20261203.mp3>Listen</a>": a radio programme's page carries its recording, no
    article), else ""."""
    if not html or "href" not in html or len(html) > _LABEL_TEXT_CHARS * 2:
        return ""
    links = list(_MEDIA_FILE_HREF.finditer(html))
    rest = _TAGS.sub(" ", _MEDIA_FILE_HREF.sub(" ", html)).strip()
    if not links or rest or any(
        len(_TAGS.sub(" ", m["label"]).split()) > _FILE_LINK_LABEL_WORDS for m in links
    ):
        return ""
    return "video" if links[0]["ext"].casefold() in _VIDEO_FILE else "audio"


# "Elezioni in Cile, caroselli a Santiago | VIDEO" filed at "…/elezioni-cile-caroselli-video_
# 1115001.shtml": a bare medium word closing the headline (which the headline cleaning drops,
# and many sites add to a story's headline) and the page's name closing on the same word (before
# its id or extension), over a caption of one short sentence ("Bandiere e clacson nel centro."):
# the page is the clip. Over a report it is a story carrying pictures or a clip.
_SLUG_MEDIUM_END = re.compile(
    r"[-_](?P<word>videos?|v[íi]deos?|foto(?:s|gallery)?|photos?|gallery)"
    r"(?:[-_]\d[\w-]*)?(?:\.[a-z]{2,5})?/?(?:[?#].*)?$",
    re.IGNORECASE,
)


def _clip_by_tail_and_slug(headline: str, link: str | None, html: str) -> bool:
    if not link or not (m := _SLUG_MEDIUM_END.search(link)):
        return False
    text = " ".join(unescape(_TAGS.sub(" ", html or "")).split())
    if len(split_sentences(text)) > 1 or len(text.split()) >= _CAPTION_WORDS:
        return False
    tail = _TITLE_END_BARE.search(headline)
    return tail is not None and _fold_medium(tail[0]) == _fold_medium(m["word"])


def _fold_medium(word: str) -> str:
    w = re.sub(r"[^\w]", "", word.casefold()).replace("í", "i").replace("é", "e")
    return "video" if w.startswith("video") else "picture"


def _only_embed(html: str) -> bool:
    """Is this entry only a social post's embed (a WordPress post that is an embedded tweet or
    Instagram post: `<blockquote class="twitter-tweet">…</blockquote><script …>`), no text of its
    own around it?"""
    if "blockquote" not in html or not _EMBED_BLOCK.search(html):
        return False
    rest = _EMBED_BLOCK.sub(" ", _SCRIPT_BLOCK.sub(" ", html))
    return not _TAGS.sub(" ", rest).strip()


SEEN_TEXT_CHARS = 600  # what relevance reads of a text (relevance.score samples 600)
_SEEN_HTML_CHARS = 8000  # a standfirst's markup, at most: a seen row never parses a whole body
_TAGS = re.compile(r"<[^>]*>")


def _without_lead(other_html: str, block_html: str) -> str:
    """`other_html` without `block_html`'s text where it opens with it (tags, entities and
    spacing aside): the byline block the body opens with, glued to a teaser's first words."""
    words = unescape(_TAGS.sub(" ", block_html)).split()
    if not words or not other_html:
        return other_html
    gap = r"(?:\s|&nbsp;|<[^>]*>)+"
    opening = re.compile(
        rf"^(?:\s|<[^>]*>)*{gap.join(re.escape(w) for w in words)}(?:\s*(?:</[^>]*>))*\s*"
    )
    return opening.sub("", other_html, count=1)
_SPACE_RUN = re.compile(r"\s+")


def seen_text(entry: FeedEntry) -> str:
    """The plain text a backlog row is searched and scored by: the entry's standfirst (its
    summary, else the start of its body), tags stripped and entities decoded
    (`clean.fix_entities`), cut at a word end. No cleaning, no paragraphs: a regex or two."""
    html = (entry.summary_html or entry.content_html)[:_SEEN_HTML_CHARS]
    text = _SPACE_RUN.sub(" ", clean.fix_entities(_TAGS.sub(" ", html))).strip()
    if len(text) > SEEN_TEXT_CHARS:
        text = text[:SEEN_TEXT_CHARS].rsplit(" ", 1)[0] + " …"
    return text


def seen_article(
    entry: FeedEntry, feed: ParsedFeed, *, feed_url: str, feed_id: int | None = None
) -> Article:
    """A first poll's backlog item, stored as seen (`built=False`): what `build_article` makes
    of the headline, link, date, outlet and author fields and `seen_text`, and none of the
    costly stages (cleaning the body, summary, quotes, tags, byline from the text). It is never
    posted, clustered or shown by `/news latest` (poll.backlog). It is stored unscored: only
    `/news search` and `why` read a backlog row's relevance, and they score it then
    (`score_seen`); scoring here was ~0.15 ms an item, a fifth of a 150-feed cold cycle."""
    link = web_link(attribution.article_link(entry, feed), feed_url)
    outlet, via = attribution.resolve_outlet(entry, feed, feed_url)
    labelled = clean.clean_title(entry.title)
    title = kickers.unglue_kicker(
        attribution.clean_headline(labelled, outlet, entry.authors), link) or UNTITLED
    text = seen_text(entry)
    key = entry_key(entry)
    return Article(
        key=key,
        story_key=clustering.story_key_for_link(link, key),
        title=title,
        link=link,
        summary="",
        text=text,
        outlet=outlet,
        via=via,
        authors=_authors(tuple(entry.authors), outlet, feed.title or ""),
        published=entry.published,
        categories=with_medium(entry, labelled),
        feed_id=feed_id,
        entry_hash=entry_hash(entry),
        built=False,
    )


def score_seen(article: Article, feed_url: str | None) -> Article:
    """A backlog row with its relevance, scored on its headline and standfirst as a built
    article is on its text (the feed's region from its domain; its declared language is not
    stored, so the text's language decides the rest). Others are returned as they are."""
    if article.built or article.relevance is not None:
        return article
    title = _scored_title(article.title) if article.title != UNTITLED else article.text[:120]
    rel = relevance.score(title, article.text, article.categories,
                          language_hint=language.feed_hint(None, feed_url))
    return replace(article, relevance=round(rel.score, 4) if rel.scored else None,
                   reasons=rel.reasons)


@lru_cache(maxsize=1024)
def _authors(names: tuple[str, ...], outlet: str, feed_title: str) -> tuple[str, ...]:
    """attribution.clean_authors of an item's author fields, remembered: a feed's items repeat
    the same bylines and desks (it is a pure function of these three)."""
    return attribution.clean_authors(names, outlet=outlet, feed_title=feed_title)


_POST_TITLE_MIN_WORDS = 6  # "Snow in Tallinn." is chit-chat, not a headline
_POST_TITLE_MAX_WORDS = 25


def _untitled_feed(feed: ParsedFeed) -> bool:
    """A feed none of whose items has a title: a microblog account's posts. In a feed of
    titled articles an untitled item is a stub (a live-blog entry, a caption) instead."""
    return len(feed.entries) > 1 and not any(e.title.strip() for e in feed.entries)


def _title_from_post(text: str) -> str:
    """A post's first sentence as its headline; "" for a reply ("@name thanks…") or a line too
    short to be news."""
    if not text or text.lstrip().startswith("@"):
        return ""
    words = (split_sentences(text) or [text])[0].rstrip(" .").split()
    if len(words) < _POST_TITLE_MIN_WORDS:
        return ""
    if len(words) > _POST_TITLE_MAX_WORDS:
        return " ".join(words[:_POST_TITLE_MAX_WORDS]) + "…"
    return " ".join(words)


def process_feed(
    body: bytes,
    *,
    url: str,
    content_type: str | None = None,
    feed_id: int | None = None,
    summary: SummaryBudget | None = None,
    skip_keys: frozenset[str] = frozenset(),
    newest: int | None = None,
) -> tuple[ParsedFeed, list[Article]]:
    """Parse `body` and build an Article for every entry whose key is not in `skip_keys`
    (only the `newest` entries by date, if given: a preview of a feed of thousands)."""
    from bot.content.parse import parse_feed  # feedparser: not needed to build an article

    parsed = parse_feed(body, url=url, content_type=content_type)
    entries = parsed.entries
    if newest is not None and len(entries) > newest:
        epoch = datetime.min.replace(tzinfo=UTC)
        entries = tuple(sorted(entries, key=lambda e: e.published or epoch, reverse=True)[:newest])
    entries = tuple(e for e in entries if entry_key(e) not in skip_keys)
    return parsed, build_articles(entries, parsed, feed_url=url, feed_id=feed_id,
                                  summary=summary)


def build_articles(
    entries: Sequence[FeedEntry],
    feed: ParsedFeed,
    *,
    feed_url: str,
    feed_id: int | None = None,
    summary: SummaryBudget | None = None,
    page_html: str | bytes | None = None,
    memory: boilerplate.Memory = b"",
) -> list[Article]:
    """An Article for each of `entries` of one feed document: the boilerplate they repeat
    (`feed_template`, read from the text each entry is cleaned to once) is cut from each.
    The preview (`process_feed`) and the pool (`bot.content.jobs.build`) both build this way."""
    return learn_articles(entries, feed, feed_url=feed_url, feed_id=feed_id, summary=summary,
                          page_html=page_html, memory=memory)[0]


def learn_articles(
    entries: Sequence[FeedEntry],
    feed: ParsedFeed,
    *,
    feed_url: str,
    feed_id: int | None = None,
    summary: SummaryBudget | None = None,
    page_html: str | bytes | None = None,
    memory: boilerplate.Memory = b"",
) -> tuple[list[Article], boilerplate.Memory]:
    """`build_articles`, the template voted by these entries and the feed's recent items
    (`memory`: a poll in steady state brings one or two); returns the memory with them."""
    bodies = [body_of(e) for e in entries]
    template_memory, home_memory = home.split_memory(memory)
    template, template_memory = feed_template(entries, bodies, template_memory)
    guess = None
    read: list[home.ItemEvidence | None] = [None] * len(entries)
    if language.region(language.feed_hint(feed.language, feed_url, feed.link,
                                          feed.description)) is None:
        # no country in the feed's domain, language tag or description: its items say it
        guess, home_memory, read = home.learn_items(
            feed, feed_url, [(e.title, b.paragraphs, b.html) for e, b in zip(entries, bodies,
                                                                           strict=True)],
            home_memory, [(e.link, e.categories) for e in entries],
        )
    memory = home.join_memory(template_memory, home_memory)
    # "Copyright 2026 Meridian Press. All rights reserved." closing one item: that name credited
    # as an author of any item of the feed is the agency ("Dana Whitfield and Meridian Press").
    holders = attribution.rights_holders(
        itertools.chain.from_iterable((b.html, b.other) for b in bodies)
    )
    return [
        build_article(e, feed, feed_url=feed_url, feed_id=feed_id, summary=summary,
                      page_html=page_html, prepared=b, template=template,
                      rights_holders=holders, home_country=guess.code if guess else None,
                      scanned=r.scanned if r else None)
        for e, b, r in zip(entries, bodies, read, strict=True)
    ], memory


# Photo galleries, app/newsletter promos, journal front matter, podcast trailers, open threads,
# briefing digests: items, not news stories. Kept (searchable), never posted. Words per language
# in bot/data/non_story.json.
_NON_STORY = json.loads(
    resources.files("bot.data").joinpath("non_story.json").read_text("utf-8")
)
_MEDIA = _NON_STORY["media"]  # every clip, episode, live-page and gallery signal: one table


def _alternation(table: str | dict[str, list[str]] | list[str]) -> str:
    """One alternation of a table's fragments: a top-level table's name, or a table itself
    (per language, or a plain list); keys starting "_" are comments."""
    words = _NON_STORY[table] if isinstance(table, str) else table
    if isinstance(words, list):
        return "|".join(f"(?:{w})" for w in words)
    return "|".join(
        f"(?:{w})" for key, ws in words.items() if not key.startswith("_") for w in ws
    )


# A hyphen touching the next word joins a compound ("Lotto-Betrüger", "Quiz-Moderator"): no
# separator; spaced ("Galerie - …") or closing the headline it is one.
_TITLE_START = re.compile(
    rf"^\W{{0,3}}(?:{_alternation('title_start')})(?:\s*#?\d+)?\s*"
    r"(?:$|[:：|–—»>/\])]|-(?!\w)|(?<=[】／\]]))",
    re.IGNORECASE,
)
# "Veja fotos do…", "Las imágenes del…", "Фоторепортаж с…": the word then the gallery's subject.
_GALLERY_WORDS = re.compile(
    r"^\W{0,3}(?:las (?:imágenes|fotos)|veja (?:as )?fotos|le immagini|le foto|фоторепортаж|"
    r"фотогалерея|بالصور|تصاویر میں|组图|組圖|图集|【写真特集】|写真特集|גלריה|bildergalerie|"
    r"fotostrecke|portfolio|diaporama|fotogalería|fotogaleria|fotogalleria)",
    re.IGNORECASE,
)
_TITLE_ANYWHERE = re.compile(
    rf"(?:^|(?<=[\s:：|–—\-«\"“('’]))(?:{_alternation('title_anywhere')})(?=$|[\s:：|–—\-,.!?»\"”)])",
    re.IGNORECASE,
)
_PROMO = re.compile(rf"(?:^|(?<=\W))(?:{_alternation('promo')})", re.IGNORECASE)
_TITLE_END = re.compile(
    rf"(?:\s[-–—|:/]|[,.:](?=\s)|\(|\[)\s*(?:{_alternation('title_end')})\s*[)\]]?\W{{0,2}}$",
    re.IGNORECASE,
)
# "… – фото", "… (видео)", "… - FOTO": only the medium's bare word, which many sites add to a
# story's headline; a gallery or clip only when no sentence of the text reports.
_TITLE_END_BARE = re.compile(
    rf"(?:\s[-–—|:/]|[,.:](?=\s)|\(|\[)\s*(?:{_alternation(_NON_STORY['title_end']['bare'])})"
    r"\s*[)\]]?\W{0,2}$",
    re.IGNORECASE,
)
_TITLE_WHOLE = re.compile(rf"^\W*(?:{_alternation('title_whole')})\W*$", re.IGNORECASE)
# "Good morning. Here's what you need to know.": a newsletter edition's opening greeting.
_GREETING_OPEN = re.compile(
    rf"^\s*(?:{_alternation('greeting_open')})\s*(?:[.!,]|\s[–—]\s)", re.IGNORECASE
)
# A greeting-opened edition's headline: a list of subjects ("a cable cut, talks in Doha and a
# vote in Lima", "A, B, C", "A; B"), or the digest's own words (non_story.json
# digest_headline_words); "Mercosur y la UE, lo que cambia" names one.
_DIGEST_HEADLINE = re.compile(
    r";|,[^,]+,|,.*\s(?:and|und|et|y|e|i|og|en|ve|и)\s"
    rf"|(?:^|(?<=[\s:|–—-]))(?:{_alternation('digest_headline_words')})(?=$|[\W])",
    re.IGNORECASE,
)
# "LIVE Sudan talks…", "EN DIRECT Sommet…": a capitals-only label with no separator.
_TITLE_START_CAPS = re.compile(
    rf"^\W{{0,2}}(?:{_alternation('title_start_caps')})(?:\s*[-:：|–—]|\s+(?=[A-ZÀ-Ý0-9]))"
)

_JUNK_NOTES = json.loads(
    resources.files("bot.data").joinpath("junk.json").read_text("utf-8")
)["correction_notes"]
# An agency's urgent flash: "++ Gaza: … ++" over a wire dateline ("(AGENCY) - CITY, DD MMM -").
# The same marks over a pointer without a dateline are a live ticker's entry (is_story).
_FLASH_MARKS = re.compile(r"^\s*\+\+(?!\+)\s*(?P<headline>[^+].*?)\s*(?<!\+)\+\+\s*$")
# A corrected reissue: a correction label over a text that opens with a bracketed correction
# note and then tells the whole story again (non_story.json correction_labels, junk.json
# correction_notes); a label over a notice about the story it corrects stays (no story).
_CORRECTION_LABEL = re.compile(
    rf"^\W{{0,2}}(?:{_alternation('correction_labels')})\s*(?:[:：|–—]|-(?!\w))\s*(?=\w)",
    re.IGNORECASE,
)
_CORRECTION_NOTE = re.compile(
    r"^\s*[(\[]\s*(?:"
    + "|".join(f"(?:{w})" for lang, ws in _JUNK_NOTES.items()
               if not lang.startswith("_") for w in ws)
    + r")[^()\[\]]{0,200}[)\]]\W*\s+\S.{40,}",
    re.IGNORECASE | re.DOTALL,
)
_WIRE_LEAD_CHARS = 600


def _without_wire_marks(title: str, html: str) -> str:
    """The headline without the wire's markup that its text shows to be markup: urgent-flash
    marks over a dateline, a correction label over a corrected reissue."""
    if not title.startswith(("+", "(", "[")) and not _CORRECTION_LABEL.match(title):
        return title
    lead = " ".join(unescape(_TAGS.sub(" ", html[:_WIRE_LEAD_CHARS])).split())
    if (m := _FLASH_MARKS.match(title)) is not None and clean.opens_with_dateline(lead):
        return m["headline"]
    if (m := _CORRECTION_LABEL.match(title)) is not None and _CORRECTION_NOTE.match(lead):
        return title[m.end():]
    return title


def opens_with_kind_label(title: str, *, media: bool = True) -> bool:
    """Does the headline open with a label naming a kind of item that is no story or a medium
    ("CARTOON | …", "PODCAST | …", "VÍDEO | …")? The headline cleaning keeps such a label
    (attribution.strip_headline_label) so that `is_story` still reads it. `media=False`: only
    a kind that is no story ("[PHOTO] …"), not a medium ("[VIDEO] …") nor a genre ("[ANALYSIS]
    …"), which the raw headline tells (with_medium)."""
    if _MEDIA_LABEL.match(title):
        return media
    return bool(_TITLE_START.match(title) or _TITLE_START_CAPS.match(title)) or (
        media and genre.title_label(title) is not None
    )


# A programme's or a newsletter's dated issue: a name, then only a full date ("Die Sendung vom
# 2. Dezember 2026", "Il Mercurio del mattino, 2 dicembre 2026", "Ledger Live: Dec. 3, 2026").
# A headline says what happened; one whose only words after its name are a date is an issue.
# Month names of many languages from CLDR (bot/data/date_names.json).
def _month_names() -> frozenset[str]:
    names = json.loads(resources.files("bot.data").joinpath("date_names.json").read_text("utf-8"))
    return frozenset(
        k for k in names["months"] if len(k) >= 3 and not k[0].isdigit()
    ) | frozenset(k for t in names["by_language"].values() for k in t.get("months", ()))


_MONTH_NAMES = _month_names()
_DATED_ISSUE = re.compile(
    r"^\W{0,2}\S.{1,60}?(?:\s*[:,|–—-]\s*|\s+(?:vom|del|dell['’]|de|du|of|from|do|da)\s+)"
    r"(?:(?P<d1>\d{1,2})\.?\s+(?P<m1>[^\W\d_]{3,12})\.?"
    r"|(?P<m2>[^\W\d_]{3,12})\.?\s+(?P<d2>\d{1,2}))"
    r",?\s+(?P<year>(?:19|20)\d\d)\W{0,2}$"
)


def _names_a_month(m: re.Match[str] | None) -> bool:
    """A day-and-month match (groups m1/m2) whose month word is a month in some language."""
    return m is not None and (m["m1"] or m["m2"] or "").casefold() in _MONTH_NAMES


def _dated_issue(title: str, published: datetime | None = None) -> bool:
    m = _DATED_ISSUE.match(title)
    if m is not None and published is not None and abs(int(m["year"]) - published.year) > 1:
        return False  # "Gedenken an die Opfer vom 3. Dezember 1992": an anniversary
    return _names_a_month(m)


# An event notice opens with when it is: a date, then a time range ("Wednesday, December 9, 2026
# | 12:00 PM – 1:00 PM EST.", "Donnerstag, 10. Dezember 2026, 18:00 – 19:30 Uhr"); a report
# opens with what happened. The first time has minutes or am/pm ("10 to 12 people" is no time).
_TIME = r"\d{1,2}(?:[:.h]\d\d\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)"
_EVENT_WHEN = re.compile(
    r"^\W{0,3}(?:[^\W\d_]{2,12}\.?,?\s+)?"
    r"(?:(?P<d1>\d{1,2})\.?\s+(?P<m1>[^\W\d_]{3,12})\.?"
    r"|(?P<m2>[^\W\d_]{3,12})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
    r",?(?:\s+(?:19|20)\d\d)?\s*[,|–—-]?\s*(?:(?:from|de|von|dalle|dès|ab)\s+)?"
    rf"{_TIME}\s*(?:[–—-]|to|bis|à|a|alle|until)\s*\d{{1,2}}(?:[:.h]\d\d)?",
    re.IGNORECASE,
)


def _event_when(text: str) -> bool:
    return _names_a_month(_EVENT_WHEN.match(text[:160]))


# An item filed under a category naming a kind that is not news ("Event", "Veranstaltung",
# "Stellenangebot", "Announcement", "Promo", "Revue de presse"): bot/data/non_story.json.
_KIND_CATEGORY = re.compile(rf"^\W*(?:{_alternation('category')})\W*$", re.IGNORECASE)
# A newsletter's numbered issue ("No. 231: Reading list special", "#48 – Links", "Issue 12:
# …"): the number says nothing about what the item is; the rest of the title does.
_ISSUE_NUMBER = re.compile(
    r"^\W{0,2}(?:no\.?|nr\.?|n[°º]|#|issue|edition|ausgabe|numéro|número|numero)\s*\d{1,5}"
    r"\s*[:|–—-]\s*(?=\S)",
    re.IGNORECASE,
)


# A lottery's results listing: five or more one- or two-digit numbers in a row with one
# separator, in an item naming a lottery or its draw (bot/data/non_story.json 'draw').
_DRAW_NUMBERS = re.compile(r"(?<![\d.,])\d{1,2}(\s*[-–,;/]\s*)\d{1,2}(?:\1\d{1,2}){3,}(?![\d])")
_DRAW_WORDS = re.compile(rf"(?<!\w)(?:{_alternation('draw')})(?!\w)", re.IGNORECASE)


def _draw_listing(article: Article) -> bool:
    head = article.text[:400]
    return bool(_DRAW_NUMBERS.search(head) and _DRAW_WORDS.search(article.title + " " + head))


# A horoscope's text opens with a zodiac sign as a label ("Aries: …", "Widder (21.3.–20.4.): …"):
# the first sign alone, or another sign when a second sign's label follows ("Leo:" may be a
# person). bot/data/non_story.json 'zodiac_open'.
_SIGN_LABEL = r"\s*(?:\([^)]{0,40}\)\s*)?(?:[:–—]|\s-\s)"
_ZODIAC_FIRST = re.compile(
    rf"^\W{{0,3}}(?:{_alternation(_NON_STORY['zodiac_open']['first'])}){_SIGN_LABEL}",
    re.IGNORECASE,
)
_SIGNS = {k: v for k, v in _NON_STORY["zodiac_open"].items() if k != "first"}
_ZODIAC_SIGN = re.compile(
    rf"(?<!\w)(?:{_alternation(_SIGNS)}){_SIGN_LABEL}",
    re.IGNORECASE,
)


def _horoscope_text(text: str) -> bool:
    head = text[:1000].lstrip(" \t\n\"'“„«")
    if _ZODIAC_FIRST.match(head):
        return True
    first = _ZODIAC_SIGN.match(head)
    return bool(first and _ZODIAC_SIGN.search(head, first.end() + 1))


# ---------------------------------------------------------------- media items (one table)
# A clip, an episode, a live page or a gallery by where the outlet files it: a video platform's
# watch page, a media folder ("/video/", "/multimedia/", "/gallery-123/") or a page name starting
# with the medium ("liveblog-…", "watch-…", "en-direct-…").
_MEDIA_LINK = re.compile(
    rf"^https?://(?:www\.|m\.)?(?:{_alternation(_MEDIA['link']['platform'])})"
    rf"|^https?://[^/?#]+(?:/[^/?#]*)*?/(?:(?:{_alternation(_MEDIA['link']['segment'])})(?:[/?#]|$)"
    rf"|(?:{_alternation(_MEDIA['link']['slug_start'])})[-_][^/?#]*(?:[/?#]|$))"
    # "…/ukraine-war-latest-live-blog-12541713": a live page's name anywhere in the slug.
    rf"|^https?://[^/?#]+/(?:[^?#]*[/_-])?(?:{_alternation(_MEDIA['link']['slug_token'])})"
    r"(?=[-_./?#]|$)"
    # "video.example.net/…": a host kept for clips or galleries.
    rf"|^https?://(?:{_alternation(_MEDIA['link']['host'])})\.[^/?#]+\.[^/?#]+(?:[/?#]|$)",
    re.IGNORECASE,
)
# A label naming the medium, at the headline's start ("Video: …", "Watch | …", "Katso: …",
# "Vídeo. …": a full stop as the separator, as Portuguese broadcasters write it) or after a
# kicker ("Unwetter in Indonesien - Video: …", then a colon or a bar).
_MEDIA_LABELS = _alternation(_MEDIA["headline_label"])
_MEDIA_LABEL = re.compile(
    rf"^\W{{0,3}}(?:{_MEDIA_LABELS})(?:\s*\d+)?\s*(?:$|[:：|–—\-»>/\])]|\.\s|(?<=[】／\]]))"
    # also after a comma before a bar ("Latest news of the strike, en directo | …": a live
    # page's running title, then its latest headline)
    rf"|(?:\s[-–—|]|,)\s+\W{{0,2}}(?:{_MEDIA_LABELS})\s*[:：|]",
    re.IGNORECASE,
)
# A headline that starts by naming its medium ("Video shows …", "El vídeo de …", "Veja: …").
_NAMES_MEDIUM = re.compile(
    rf"^\W{{0,3}}(?:{_alternation(_MEDIA['headline_names_medium'])})", re.IGNORECASE
)
_EMBED_CLASSES = "|".join(map(re.escape, _MEDIA["embed_classes"]))
_EMBED_BLOCK = re.compile(
    rf"<blockquote[^>]*\bclass=[\"'][^\"']*\b(?:{_EMBED_CLASSES})"
    r"\b[^>]*>.*?</blockquote>",
    re.IGNORECASE | re.DOTALL,
)
_SCRIPT_BLOCK = re.compile(r"<script\b[^>]*>.*?</script>", re.IGNORECASE | re.DOTALL)
_MEDIUM_CATEGORY = re.compile(rf"^\W*(?:{_alternation(_MEDIA['category'])})\W*$", re.IGNORECASE)
_BLURB = re.compile(rf"^\W{{0,3}}(?:{_alternation(_MEDIA['blurb'])})", re.IGNORECASE)
_MEDIUM = re.compile(rf"\b(?:{_alternation(_MEDIA['medium_words'])})", re.IGNORECASE)
# An opening naming the footage ("The video shows…", "يظهر الفيديو…", "视频显示…"): the clip's
# description. medium_words with the forms they lack (footage_words, non_story.json).
_FOOTAGE = re.compile(
    rf"\b(?:{_alternation(_MEDIA['medium_words'])}|{_alternation(_MEDIA['footage_words'])})"
    rf"|{_alternation(_MEDIA['footage_words_unspaced'])}",
    re.IGNORECASE,
)
_BLURB_WORDS = 14
_CAPTION_WORDS = 10
_BLURB_MAX_CHARS = 600  # a programme blurb is a few short lines


def _programme_blurb(article: Article) -> bool:
    """A live, video or podcast item whose text says nothing but what the programme is: its
    every sentence a blurb; no text at all under a headline naming its medium; or such a
    headline ("Katso:", "Vídeo mostra …") over sentences about the footage."""
    if len(article.text) > _BLURB_MAX_CHARS:
        return False  # an article's worth of text: no need to split it (is_story runs often)
    media_title = bool(_MEDIA_LABEL.search(article.title) or _NAMES_MEDIUM.match(article.title))
    sentences = [s for s in split_sentences(article.text) if s.strip(" .")]
    if not sentences:
        return media_title
    if _EPISODE_SELF.match(sentences[0]):
        return True  # "This week's episode of our podcast asks why …": the page of an episode
    # An invitation or a caption is short: "Listen now (38 min) | In this episode I talk to …"
    # and "The video, filmed on Tuesday, shows officers beating a man; three were …" report.
    short = [s for s in sentences if len(s.split()) <= _BLURB_WORDS]
    if len(short) < len(sentences):
        return False
    if all(_BLURB.match(s) for s in short):
        return True
    # Under a headline naming its medium, a caption-length line about the footage ("Las
    # imágenes se hicieron virales") is the page's blurb; a longer one reports.
    return media_title and all(
        _BLURB.match(s) or (_MEDIUM.search(s) and len(s.split()) <= _CAPTION_WORDS)
        for s in short
    )


def _scored_title(title: str) -> str:
    """The headline relevance reads: without a closing bare medium word ("… – фото"), which says
    the page carries pictures, not that the story is about photography (a culture word)."""
    return _TITLE_END_BARE.sub("", title).rstrip() or title


_REPORT_WORDS = 6  # "На Мексику обрушился разрушительный ураган «Грейс».": a report


def _text_reports(text: str) -> bool:
    """Does a sentence of the text report, not only invite to watch or caption the pictures
    ("Le immagini della città.")? One of `_REPORT_WORDS` words or more, no blurb, not naming the
    footage."""
    return any(
        len(s.split()) >= _REPORT_WORDS and not _BLURB.match(s) and not _MEDIUM.search(s)
        for s in split_sentences(text[:_BLURB_MAX_CHARS])
    )


# ---------------------------------------------------------------- kinds told by structure
# (bot/data/non_story.json 'kinds_comment'): a count of photographs opening the headline, a
# bracketed kicker naming a medium, a short title label headed by a game's name, a first
# sentence naming the item itself as an episode, a link filed in a paid-content folder, a text
# that is only a label ("Sponsored content.").
_PICTURES = _alternation("picture_words")
_COUNTED_PICTURES = re.compile(
    rf"^\W{{0,3}}(?:(?:in|en|em|diese|these|the)\s+)?\d{{1,3}}\s+(?:[^\W\d_]+\s+){{0,2}}?"
    rf"(?:{_PICTURES})(?=$|[\s:,.!?–—-])",
    re.IGNORECASE,
)
_BRACKET_KICKER = re.compile(r"^\s*[\[【〔](?P<label>[^\]】〕]{1,30})[\]】〕]")
_LABEL_MEDIUM = re.compile(
    rf"(?:^|\W)(?:{_PICTURES}|{_alternation(_MEDIA['medium_words'])}|podcasts?|galler(?:y|ies)"
    r"|vid[ée]os?|photo ?news)(?:$|\W)",
    re.IGNORECASE,
)
_KIND_LABEL = re.compile(
    r"^\W{0,3}(?P<label>(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s*(?:[:|–—]|\s-\s)\s*\S"
)
_GAME_HEAD = re.compile(rf"(?:^|\s)(?:{_alternation(_NON_STORY['kind_heads']['games'])})$",
                        re.IGNORECASE)
_PUZZLE_HEAD = re.compile(
    rf"(?:^|\s)(?:{_alternation(_NON_STORY['kind_heads']['ambiguous'])})$", re.IGNORECASE
)
_READER_WORD = re.compile(rf"\b(?:{_alternation('reader_question')})\b", re.IGNORECASE)
_EPISODE_SELF = re.compile(rf"^\W{{0,3}}(?:{_alternation('episode_self')})", re.IGNORECASE)
_PROMO_LINK = re.compile(
    rf"^https?://[^/?#]+(?:/[^/?#]*)*?/(?:{_alternation('promo_link_segment')})(?:[/?#]|$)"
    # a folder naming the outlet's subscription campaign ("/modelo-de-suscripcion/…")
    rf"|^https?://[^/?#]+(?:/[^/?#]*)*?/(?:{_alternation('promo_link_folder')})/",
    re.IGNORECASE,
)
_AD_LINK = _NON_STORY["ad_link"]
# An ad server's click URL: its host, or a parameter only ad servers set (non_story.json).
_AD_CLICK_LINK = re.compile(
    rf"^https?://(?:(?:{_alternation(_AD_LINK['host_labels'])})\.[^/?#]+"
    rf"|(?:[^/?#]+\.)?(?:{_alternation(_AD_LINK['hosts'])}))(?::\d+)?(?:[/?#]|$)"
    rf"|^[^?#]+\?(?:[^#]*&)?(?:{_alternation(_AD_LINK['query_keys'])})=",
    re.IGNORECASE,
)
_FILE_LINK = _NON_STORY["file_link"]
# A link to a document file or to a status page's incident notice (non_story.json).
_FILE_OR_SERVICE_LINK = re.compile(
    rf"^[^?#]+\.(?:{_alternation(_FILE_LINK['document_ext'])})(?:[?#]|$)"
    rf"|{_alternation(_FILE_LINK['status_page'])}",
    re.IGNORECASE,
)
_HOUSE_MEDIUM = re.compile(
    rf"(?:{_alternation('house_medium')})(?:\s+(?:{_alternation('house_medium')})){{0,2}}",
    re.IGNORECASE,
)


def _house_medium(title: str, outlet: str) -> bool:
    """Is the headline only the outlet's name and one of its media ("BBC News Channel")?"""
    name, head = outlet.strip().casefold(), " ".join(title.split()).casefold().strip(" .:|–—-")
    if len(name) < 2 or name not in head:
        return False
    rest = " ".join(head.replace(name, " ", 1).split())
    return bool(rest) and _HOUSE_MEDIUM.fullmatch(rest) is not None


_LABEL_TEXT_WORDS = 4  # "Sponsored content.", "Anzeige": a text that is only a label
_LABEL_TEXT_CHARS = 200  # its markup included


def _kind_by_structure(article: Article, title: str) -> bool:
    if _COUNTED_PICTURES.match(title) or _house_medium(title, article.outlet):
        return True
    if (m := _BRACKET_KICKER.match(title)) and _LABEL_MEDIUM.search(m["label"]):
        return True
    if (m := _KIND_LABEL.match(title)) and "'s" not in (label := m["label"]).replace("’", "'"):
        if _GAME_HEAD.search(label):
            return True
        text = article.text.strip()
        # The question may be the headline's own ("Flowchart: Are You Ready for …?").
        asked = title[m.end() - 1:].rstrip()
        if _PUZZLE_HEAD.search(label) and (
            not text or (text.endswith("?") and "\n" not in text and _READER_WORD.search(text))
            or (asked.endswith("?") and _READER_WORD.search(asked))
        ):
            return True
    return bool(article.link and (_PROMO_LINK.search(article.link)
                                  or _AD_CLICK_LINK.search(article.link)
                                  or _FILE_OR_SERVICE_LINK.search(article.link)))


def _kind_label_text(html: str) -> str:
    """The item's whole text when it is only a label naming a kind that is not news
    ("Sponsored content.", "Anzeige", "Partner content"), else "". The cleaner drops such a line
    as junk, so it is read here, from the feed's text, and kept as a category."""
    if not html or len(html) > _LABEL_TEXT_CHARS:
        return ""
    label = _SPACE_RUN.sub(" ", clean.fix_entities(_TAGS.sub(" ", html))).strip(" .!")
    if not label or len(label.split()) > _LABEL_TEXT_WORDS:
        return ""
    if _TITLE_WHOLE.match(label) or _TITLE_START.match(label) or _KIND_CATEGORY.match(label):
        return label
    return ""


# ---------------------------------------------------------------- listings told by shape
# (bot/data/non_story.json 'listing'): a dated issue of a bulletin, a listing or a table, an
# announced list, a table of figures, an agenda, an events listing, a numbered newsletter. Each
# reads the item's shape (where its date or its figures are, whether its prose reports), so
# that a new kind of listing needs no new phrase.
_LISTING = _NON_STORY["listing"]
_MONTH_NUMBER = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTHS_BY_NAME = json.loads(
    resources.files("bot.data").joinpath("date_names.json").read_text("utf-8")
)["months"]
# "Newswatch: Monday 17 May", "Government notices – 17 May", "Necrologie del 17 maggio",
# "Kulturkalender: Woche vom 17. bis 23. Mai", "Death notices, May 18, 2027".
_TITLE_DATE = (
    r"(?:[^\W\d_]{2,12}\.?,?\s+)?"
    r"(?:(?P<d1>\d{1,2})\.?(?:\s*(?:[-–—]|bis|to|al|au|a)\s*\d{1,2}\.?)?\s+(?:de\s+)?"
    r"(?P<m1>[^\W\d_]{3,12})\.?"
    r"|(?P<m2>[^\W\d_]{3,12})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–—]\s*\d{1,2})?)"
    r"(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?\W{0,2}$"
)
_DATED_TITLE = re.compile(
    rf"^\W{{0,2}}\S.{{1,80}}?(?:\s*[:|–—,-]\s*|\s+(?:{_alternation(_LISTING['date_of'])})\s+)"
    + _TITLE_DATE,
    re.IGNORECASE,
)
# "… news planning for Wednesday, May 19": only over a list (see _listing).
_DATED_FOR_TITLE = re.compile(
    rf"^\W{{0,2}}\S.{{1,80}}?\s+(?:{_alternation(_LISTING['date_for'])})\s+" + _TITLE_DATE,
    re.IGNORECASE,
)
_ISSUE_DAYS = (-1, 3)  # a daily item names its own day, or one just ahead (a planning note)


def _dated_title(article: Article, pattern: re.Pattern[str] = _DATED_TITLE) -> bool:
    """A headline that is a name and then only a date, the item's own day or one just ahead:
    a bulletin's, a table's or a listing's issue ("Newswatch: Monday 17 May")."""
    m = pattern.match(article.title)
    if m is None or article.published is None:
        return False
    month = _MONTH_NUMBER.get(_MONTHS_BY_NAME.get((m["m1"] or m["m2"] or "").casefold(), ""))
    if month is None:
        return False
    day, published = int(m["d1"] or m["d2"]), article.published.date()
    years = [int(m["year"])] if m["year"] else [published.year + k for k in (-1, 0, 1)]
    for year in years:  # "… vom 3. Dezember 1992": an anniversary, not an issue
        try:
            offset = (published.replace(year=year, month=month, day=day) - published).days
        except ValueError:  # 30 February
            return False
        if _ISSUE_DAYS[0] <= offset <= _ISSUE_DAYS[1]:
            return True
    return False


# "invites applications for the following positions.", "The following events will be covered
# on Wednesday:": prose that ends by announcing a list; only the list (short lines) follows.
_FOLLOWING = re.compile(rf"(?<!\w)(?:{_alternation(_LISTING['following'])})(?!\w)", re.IGNORECASE)
_LISTED_LINE_WORDS = 8
_LISTING_MAX_CHARS = 800  # a listing's teaser; an article's worth of text reports


def _announced_list(paragraphs: list[str]) -> bool:
    sentences = split_sentences(paragraphs[0]) if paragraphs else []
    if not sentences or len(sentences) > 2 or not (m := _FOLLOWING.search(sentences[-1])):
        return False
    # the list is what the sentence ends on: "… the following positions.", "… folgende Termine:"
    last = sentences[-1].rstrip()
    if not last.endswith(":") and len(last[m.end():].split()) > 2:
        return False
    return all(len(p.split()) <= _LISTED_LINE_WORDS for p in paragraphs[1:])


# A table of figures: prayer times ("فجر 4:02، ظہر 12:35، …"), a schedule ("09:30 - Council of
# Ministers; 11:00 - …"), rates ("USD 12,915.40"): three or more short items, each with a time
# or a decimal, that are most of the text. Counts ("300 dead, 9 injured, 99 missing") report.
_ITEM_SPLIT = re.compile(r"[;\n،؛]|,\s|\s[-–—|]\s(?=\D)")
# The same table with only spaces between its pairs: "فجر ۵:۵۸ ظہر ۱۲:۲۰ عصر ۳:۰۵ …" (a label
# of one or two words, a clock time in any digits, three or more times and nothing else).
_LABEL_WORD = r"[^\W\d_](?:[^\W\d_]|\u200c)*"
_TIME_PAIRS = re.compile(
    rf"^\W{{0,2}}(?:{_LABEL_WORD}(?:\s{_LABEL_WORD})?\s+\d{{1,2}}[:.]\d\d\s*[,،]?\s*){{3,}}\W*$"
)
_FIGURE = re.compile(r"\d[:.,]\d")
_FIGURE_ITEM_WORDS = 6
_FIGURE_SHARE = 0.7


def _figures_table(text: str) -> bool:
    if _TIME_PAIRS.match(text):
        return True
    intro, colon, rest = text.partition(":")
    if colon and len(intro.split()) <= 12 and rest.strip():
        text = rest  # "The following rates:", "سرینگر:" opening the table
    items = [i.strip(" .。۔") for i in _ITEM_SPLIT.split(text)]
    items = [i for i in items if i]
    figures = [i for i in items if _FIGURE.search(i) and len(i.split()) <= _FIGURE_ITEM_WORDS]
    words = sum(len(i.split()) for i in items)
    return len(figures) >= 3 and sum(len(i.split()) for i in figures) >= _FIGURE_SHARE * words


# "Main events expected on Wednesday: the summit in Samarkand; the Senate debate; the draw.":
# an agenda, three or more ';' items after a colon and nothing else.
_AGENDA_ITEM_WORDS = 10


def _agenda(paragraphs: list[str]) -> bool:
    if len(paragraphs) != 1:
        return False
    _, colon, rest = paragraphs[0].partition(":")
    items = [i for i in rest.split(";") if i.strip()]
    return bool(colon) and len(items) >= 3 and all(
        len(i.split()) <= _AGENDA_ITEM_WORDS and not _FOLLOWING.search(i) for i in items
    )


# "09:00 Council of Ministers, Government Palace. 10:30 Opening of the Book Fair.": every
# sentence opens with a clock time, two or more: a day's agenda (only under a dated headline).
_CLOCK_LED = re.compile(r"^\W{0,2}(?:[01]?\d|2[0-4])[:.h][0-5]\d\b")


def _timed_agenda(text: str) -> bool:
    sentences = [s for s in split_sentences(text.replace("\n\n", " ")) if s.strip()]
    return len(sentences) >= 2 and all(_CLOCK_LED.match(s) for s in sentences)


# "Konzerte, Märkte und Ausstellungen in Oberösterreich.", "Concerti, mostre e corsi di lingua a
# Fiume, Pola e Rovigno.": a list of kinds of event, then only where: a listing has no verb.
_EVENT_KIND = re.compile(rf"^(?:{_alternation(_LISTING['event_kinds'])})$", re.IGNORECASE)
_EVENTS_LIST = re.compile(
    r"^(?P<items>[^,.;:!?]{3,40}(?:,\s*[^,.;:!?]{3,40})+\s+(?:und|and|e|y|et|i|ou|oder|or)\s+"
    r"[^,.;:!?]{3,40}?)\s+(?:in|im|at|across|around|a|ad|nel|nella|nelle|nei|en|em|no|na|nos|"
    r"nas|à|au|aux|dans|bei|an)\s+(?P<where>[^.;:!?]{2,80})[.!]?$"
)
_WHERE = re.compile(r"^(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*|und|and|e|y|et|i|ou|oder|or|der|del|de|la|le|"
                    r"the|sowie|do|da|dos|das|di|du|von|van|,|\s)+$")


# "Tipps fürs Wochenende: Konzerte, Märkte, Ausstellungen", "Weekend guide – concerts,
# markets and talks": a headline whose part after its label only lists kinds of event.
_LABELLED_LIST = re.compile(r"^[^:|–—]{2,60}(?:[:|–—]|\s-\s)\s*(?P<items>[^:|–—]{3,120}?)\W*$")


def _events_title(title: str) -> bool:
    if (m := _LABELLED_LIST.match(title)) is None:
        return False
    items = [i for i in re.split(r",\s*|\s+(?:und|and|e|y|et|i|ou|oder|or|&)\s+", m["items"])
             if i.strip()]
    return len(items) >= 2 and all(
        len(i.split()) <= 3 and _EVENT_KIND.match(i.split()[0]) for i in items
    )


def _events_listing(text: str) -> bool:
    if "\n" in text or len(text.split()) > 25 or (m := _EVENTS_LIST.match(text)) is None:
        return False
    if not _WHERE.match(m["where"]):
        return False
    items = re.split(r",\s*|\s+(?:und|and|e|y|et|i|ou|oder|or)\s+", m["items"])
    kinds = sum(bool(_EVENT_KIND.match(i.split()[0])) for i in items if i.split())
    return kinds >= 2 and kinds >= len(items) - 1


# "Switchboard Weekly #142", "Brussels Briefing Issue 88": a name of a few words, then its
# number; a headline says what happened.
_NUMBERED_ISSUE = re.compile(
    r"^\W{0,2}(?:[^\W\d_][\w'’.&-]*\s+){1,4}(?:#\s?|(?:issue|edition|ausgabe|numéro|número|"
    r"numero)\s+)\d{1,5}\W{0,2}$",
    re.IGNORECASE,
)


# An event notice's admission terms as a verbless sentence of their own: "Free entry, no
# registration needed.", "Eintritt frei.", "Ingresso libero." (non_story.json 'admission');
# in a short text only: a report names its facts in sentences with verbs.
_ADMISSION = re.compile(rf"^\W{{0,2}}(?:{_alternation(_LISTING['admission'])})(?!\w)",
                        re.IGNORECASE)
_ADMISSION_WORDS = 8
_NOTICE_MAX_WORDS = 60


def _admission_note(text: str) -> bool:
    if len(text.split()) > _NOTICE_MAX_WORDS:
        return False
    return any(_ADMISSION.match(s) and len(s.split()) <= _ADMISSION_WORDS
               for s in split_sentences(text.replace("\n\n", " ")))


# "Climate Week: 8 Small Changes To Make At Home", "7 Tipps fürs Wochenende": a headline that
# counts the things its text lists; the text is only that list, short lines (three or more),
# no report.
_COUNTED_TITLE = re.compile(r"^(?:[^:|–—]{2,80}(?:[:|–—]|\s-\s)\s*)?\W{0,2}\d{1,2}\s+[^\W\d_]")
_COUNTED_MIN_LINES = 3


def _counted_list(title: str, paragraphs: list[str]) -> bool:
    if not (m := _COUNTED_TITLE.match(title)) or int(re.findall(r"\d+", m[0])[-1]) < 3:
        return False
    return len(paragraphs) >= _COUNTED_MIN_LINES and all(
        len(p.split()) <= _LISTED_LINE_WORDS for p in paragraphs
    )


# "Transcript: Our conversation with the minister" over "Host: …", "Minister: …": a
# broadcast's record, turn by turn (non_story.json 'transcript'); a narrative under the same
# label is a report.
_TRANSCRIPT_TITLE = re.compile(
    rf"^\W{{0,3}}(?:{_alternation('transcript')})\s*(?:[:：|–—]|\s-\s)", re.IGNORECASE
)
_SPEAKER_TURN = re.compile(r"^\W{0,2}[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}\s*:\s+\S")
_TRANSCRIPT_TURNS = 2


def _transcript(article: Article) -> bool:
    if not _TRANSCRIPT_TITLE.match(article.title):
        return False
    turns = [p for p in article.text.split("\n\n") if _SPEAKER_TURN.match(p)]
    return len(turns) >= _TRANSCRIPT_TURNS


# A live page's entries, newest first: paragraphs that open with a clock time ("09:42 Kyiv
# says …", "10.02 Uhr: …", "ore 11.20 - …", "14h05 …"), or a paragraph that is only the time
# before its entry, each earlier than the one above. A report's timeline runs forward, an agenda
# or a schedule too; only a page updated at its top runs back.
_ENTRY_TIME = re.compile(
    r"^\W{0,3}(?:(?:ore|um|at|alle|às|as|a las|à|kl\.?|klo)\s+)?"
    r"(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)\b(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?))?",
    re.IGNORECASE,
)
_LIVE_ENTRIES = 2
_ENTRY_WORDS = 5  # an entry reports; "09:00 Cabinet" is an agenda's line
_DAY_MINUTES = 24 * 60


def _entry_minute(paragraph: str, following: str) -> int | None:
    """The minute of the day a live entry opens with, when the paragraph is one: a time, then
    words that report (or only the time, the entry in the next paragraph)."""
    if (m := _ENTRY_TIME.match(paragraph)) is None:
        return None
    entry = paragraph[m.end():].strip(" :-–—|") or following
    if len(entry.split()) < _ENTRY_WORDS:
        return None
    hour = int(m["h"])
    if m["ampm"]:  # "9:42 p.m."
        hour = hour % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    return hour * 60 + int(m["m"])


def _live_entries(text: str) -> bool:
    """Is the text a live page's entries, two or more, each earlier than the one above it
    (past midnight the clock may start again once)?"""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    minutes = [
        t for i, p in enumerate(paragraphs)
        if (t := _entry_minute(p, paragraphs[i + 1] if i + 1 < len(paragraphs) else ""))
        is not None
    ]
    if len(minutes) < _LIVE_ENTRIES:
        return False
    wraps = 0
    for newer, older in itertools.pairwise(minutes):
        if older < newer:
            continue
        if older - newer > _DAY_MINUTES // 2 and not wraps:  # 00:10 above 23:55
            wraps += 1
            continue
        return False
    return True


def _listing(article: Article) -> bool:
    """Is the item a listing, a table or a dated issue rather than a report, by its shape?"""
    if _NUMBERED_ISSUE.match(article.title) or _dated_title(article):
        return True
    if _events_title(article.title):
        return True
    text = article.text.strip()
    if not text or len(text) > _LISTING_MAX_CHARS:
        return False
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return (
        _announced_list(paragraphs) or _figures_table(text) or _events_listing(text)
        or _counted_list(article.title, paragraphs)
        or ((_agenda(paragraphs) or _timed_agenda(text))
            and _dated_title(article, _DATED_FOR_TITLE))
        or _admission_note(text)
    )


def is_media_item(article: Article) -> bool:
    """Is this item a clip, an episode, a live page or a gallery by its category, its link or
    its headline's label? (Product decision: never posted, even with text.) A clip's label or
    category over a signed written report says the page carries a clip: a story
    (`clip_labelled_report`)."""
    if MEDIA_PAGE in article.categories:
        return True
    if article.link and (m := _MEDIA_LINK.search(article.link)):
        # A clip platform's upload whose description is itself a written report is a story
        # that carries its clip, as a clip's label over one is (a Short or a live stream stays).
        return not (_CLIP_PLATFORM_WATCH.match(m[0]) and clip_labelled_report(article))
    filed = any(_MEDIUM_CATEGORY.match(c) for c in article.categories) and not _topic_tagged(
        article
    )
    if not filed and not _MEDIA_LABEL.search(article.title):
        return False
    return not clip_labelled_report(article)


# The category the builder files an item under when a live, podcast or gallery label headed its
# headline (which the headline cleaning may drop) or its guid lies in a media folder: a media
# page whatever its text. A clip's label adds "video", which a written report overrides.
MEDIA_PAGE = "media page"
_CLIP_LABEL = re.compile(
    rf"^\W{{0,3}}(?:{_alternation(_MEDIA['clip_label'])})\s*(?:$|[:：|–—\-»>/\])]|\.\s)",
    re.IGNORECASE,
)
_CLIP_CATEGORY = re.compile(rf"^\W*(?:{_alternation(_MEDIA['clip_category'])})\W*$",
                            re.IGNORECASE)
# A clip platform's watch page (not its Shorts or live pages): the upload may be a report.
_CLIP_PLATFORM_WATCH = re.compile(r"^https?://(?:www\.|m\.)?(?:youtube\.com/watch|youtu\.be/|vimeo\.com/\d)")
_FOOTAGE_OPEN = re.compile(rf"^\W{{0,3}}(?:{_alternation(_MEDIA['footage_open'])})",
                           re.IGNORECASE)
_CLIP_REPORT_CHARS = 400  # three paragraphs of prose, most of a short report
_UNSIGNED_REPORT_PARAGRAPHS = 4  # without a byline (the dateline is cleaned off the text)


def clip_labelled_report(article: Article) -> bool:
    """Is an item labelled or filed as a clip ("Video: How …", category "Video") a written
    report that carries the clip? Paragraphs of prose (three or more with a byline, four
    without), an opening that tells the news, not the footage ("The video shows …") or the
    programme. Only a clip's label and categories: a live, podcast or gallery one (or an audio
    category) keeps the page's kind."""
    labelled = _MEDIA_LABEL.search(article.title)
    if labelled and not _CLIP_LABEL.match(article.title):
        return False
    if any(_MEDIUM_CATEGORY.match(c) and not _CLIP_CATEGORY.match(c)
           for c in article.categories):
        return False
    paragraphs = [p for p in article.text.split("\n\n") if p.strip()]
    prose = [n for p in paragraphs if _ends_as_sentence(p) and (n := _size(p)) >= _PROSE_CHARS]
    wanted = _REPORT_PARAGRAPHS if article.authors else _UNSIGNED_REPORT_PARAGRAPHS
    if len(prose) < wanted or sum(prose) < _CLIP_REPORT_CHARS:
        return False
    return not any(
        _EPISODE_SELF.match(s) or _BLURB.match(s) or _NAMES_MEDIUM.match(s)
        or _FOOTAGE_OPEN.match(s)
        for s in split_sentences(paragraphs[0])[:2]
    )


# A long post filed under many topic categories ("Elections", "Iran", "Politics", "Video",
# "Weblog" …): "Video" says the post embeds a clip, not that the post is one.
TOPIC_TAGGED_CATEGORIES, TOPIC_TAGGED_WORDS = 6, 200


def _topic_tagged(article: Article) -> bool:
    return (len(article.categories) >= TOPIC_TAGGED_CATEGORIES
            and len(article.text.split()) >= TOPIC_TAGGED_WORDS)


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
            "start" in gates and _TITLE_START.match(named)
        ):
            return False
    if _TITLE_START_CAPS.match(title) or _dated_issue(
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
    if _GREETING_OPEN.match(article.text) and _DIGEST_HEADLINE.search(title):
        return False  # an edition (one issue about one subject is a story)
    if _event_when(article.text):
        return False
    if _listing(article) or _transcript(article) or _live_entries(article.text):
        return False
    return not _programme_blurb(article)


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
