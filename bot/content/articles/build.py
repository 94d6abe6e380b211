"""One feed entry → one Article: its body, the stages (clean, summarize, quotes, attribution,
relevance, tags) and the standfirst."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from html import unescape
from typing import NamedTuple, Protocol

from rapidfuzz import fuzz

from bot.content import (
    attribution,
    boilerplate,
    clean,
    clustering,
    fulltext,
    kickers,
    language,
    quotes,
    relevance,
    repair,
    shares,
    stamps,
    summarize,
    tags,
)
from bot.content.articles.headlines import _PROMO, _without_wire_marks, greeting_opens
from bot.content.articles.media import (
    _CUT_MARK,
    _SENTENCE_END,
    _ends_as_sentence,
    _scored_title,
    with_medium,
    written_report,
)
from bot.content.articles.seen import _authors, _without_lead
from bot.content.articles.stories import _PROMO_LEAD_CHARS, _story_gates
from bot.content.articles.tables import _TAGS, UNTITLED
from bot.content.articles.web_links import web_link
from bot.content.keys import entry_hash, entry_key
from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import Article, FeedEntry, ParsedFeed, Quote, TextScan


class SummaryBudget(Protocol):
    """`SummarySettings`, or `jobs.Budget` in the pool (no pydantic there)."""

    @property
    def max_words(self) -> int: ...

    @property
    def max_sentences(self) -> int: ...
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
    if greeting_opens(before) and not greeting_opens(after):
        return True
    lead = title + " " + before[:_PROMO_LEAD_CHARS]
    return "promo" in _story_gates().possible(lead) and _PROMO.search(lead) is not None and (
        _PROMO.search(title + " " + after[:_PROMO_LEAD_CHARS]) is None
    )


def _placed(entry: FeedEntry, country: str | None, feed: ParsedFeed | None = None,
            feed_url: str | None = None) -> datetime | None:
    """The entry's date; a zone-less time the parse left in UTC (`FeedEntry.floating`) read in
    the one zone of the outlet's country when that is known now (the region of its language
    hint, or the country its items say: `home_country`), else left as it is. A zone name the
    outlet's country reads otherwise (`FeedEntry.zone_name`: "AST" in Jeddah is +03:00) is read
    as that country does, the country being the hint's, else the one the channel names."""
    if entry.zone_name and entry.published is not None and feed is not None:
        from bot.content import dates, home

        if not country:
            named = home.channel_countries(feed, feed_url)
            country = next(iter(named)) if len(named) == 1 else None
        own = dates.country_zone_names(country).get(entry.zone_name)
        if own is not None:
            return entry.published - timedelta(
                minutes=own - dates.reader_offset(entry.zone_name))
    if not entry.floating or entry.published is None or not country:
        return entry.published
    from bot.content import dates  # feedparser behind it: only for the rare zone-less date

    zone = dates.country_zone(country)
    if zone is None:
        return entry.published
    return entry.published.replace(tzinfo=None).replace(tzinfo=zone).astimezone(UTC)


def _published(entry: FeedEntry, country: str | None, feed: ParsedFeed, feed_url: str,
               html: str) -> datetime | None:
    """`_placed`, or the publication the teaser's stamp line gives when the feed's date is the
    update it names (an Imperia pubDate is the last modification: `stamps.stamped_publication`)."""
    when = _placed(entry, country, feed, feed_url)
    if when is None or not html or not any(c.isdigit() for c in html[:200]):
        return when
    return stamps.stamped_publication(html, when) or when


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
    authors = _with_lead_coauthors(attribution.without_editors(attribution.without_rights_holders(
        _authors(tuple(entry.authors), outlet, feed.title or ""), rights_holders
    ), html), lead_byline, outlet, feed.title or "") or attribution.clean_authors(
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
    hint = language.feed_hint(feed.language, feed_url, feed.link, feed.description,
                              feed.rights)
    if home_country and language.region(hint) is None:  # what the feed says always wins
        hint = f"{language.base(hint) or language.UNKNOWN}-{home_country}"
    scored_title = (_scored_title(title) if title != UNTITLED
                    else (paragraphs[0][:120] if paragraphs else ""))
    rel = relevance.score(scored_title, text, entry.categories, language_hint=hint,
                          scanned=scanned)
    key = entry_key(entry)  # from the link as the feed wrote it: stored keys stay stable
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
    # A Q&A interview: its answers are the interviewee's quotes, its questions no one's and no
    # part of the summary (bold questions are told by the markup: cleaning flattens it).
    bold = clean.emphasis_keys(html) if page_html is None else frozenset()
    interview = quotes.read_interview(
        paragraphs, {i for i, p in enumerate(paragraphs) if clean.fingerprint(p) in bold},
        intro="\n".join([*dek_paragraphs, title]),
    )
    found_quotes = _in_language(
        quotes.extract_quotes(paragraphs, headline=title, outlet=outlet, interview=interview),
        rel.language,
    )
    # The quotes a digest shows (named speaker) are left out of the summary, so that they are
    # shown with their speaker instead of as anonymous summary text (see deliver.digest).
    shown = [q.text for q in found_quotes if q.speaker][:2]
    if interview is not None:
        lead = interview.summary_blocks(paragraphs, lead)
        if interview.speaker:  # every answer shown with its speaker
            shown = [q.text for q in found_quotes if q.speaker]
    budget = summary

    def summarized(lead: Sequence[str]) -> str:
        return summarize.without_own_outlet(summarize.summarize(
            headline, lead, max_words=budget.max_words, max_sentences=budget.max_sentences,
            quotes=shown, list_items=list_items, dek=dek_paragraphs,
        ), outlet, rel.language)

    # what the digest lint would flag, mended before anything is posted (bot.content.repair)
    title = repair.title(title)
    return Article(
        key=key,
        story_key=clustering.story_key_for_link(link, key),
        title=title,
        link=link,
        summary=repair.summary(summarized(lead), lead, summarized, html=html, full_text=text),
        text=text,
        outlet=outlet,
        via=via,
        authors=repair.authors(authors, outlet),
        published=_published(entry, language.region(hint), feed, feed_url, html),
        quotes=found_quotes,
        categories=with_medium(entry, labelled, report=bool(
            {"audio", "video"} & set(entry.media) and "episode" not in entry.media
            and written_report(paragraphs, bool(authors), html)
        )),
        # tags read the item's language, from the outlet's point of view (its country)
        tags=tags.derive_tags(title, text, rel.language, home=language.region(hint)),
        relevance=round(rel.score, 4) if rel.scored else None,  # unsupported language
        reasons=rel.reasons,
        feed_id=feed_id,
        entry_hash=entry_hash(entry),
    )


def _with_lead_coauthors(authors: tuple[str, ...], lead_byline: str | None, outlet: str,
                         feed_title: str) -> tuple[str, ...]:
    """The author fields' people, or the text's opening byline when it names each of them and
    more: a co-authoring plugin that fills the author field with the first writer only
    (WordPress's Co-Authors Plus without its feed filter) while the text opens "By A and B"."""
    if not authors or not lead_byline:
        return authors
    body = attribution.clean_authors((lead_byline,), outlet=outlet, feed_title=feed_title)
    if len(body) > len(authors) and {a.casefold() for a in authors} <= {
        b.casefold() for b in body
    }:
        return body
    return authors


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
