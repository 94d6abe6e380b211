"""An item's medium: a clip, an episode, a live page or a gallery (by its enclosure, link,
labels, embed or blurb), against a written report that attaches a clip."""

from __future__ import annotations

from collections.abc import Sequence
from html import unescape

from bot.content import clean, genre
from bot.content.articles.headlines import _MEDIA_LABEL, _TITLE_END_BARE, _TITLE_END_CLIP_DASH
from bot.content.articles.structure import (
    _EPISODE_SELF,
    _LABEL_TEXT_CHARS,
    _kind_label_text,
    _sponsor_author,
    _sponsor_lead,
)
from bot.content.articles.tables import _MEDIA, _TAGS, _alternation
from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import Article, FeedEntry

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
    if _only_embed(entry.content_html or entry.summary_html) or _only_shortcodes(
        entry.content_html or entry.summary_html
    ):
        media = (*media, "embed")
    if not media and (heard := _only_media_file_link(entry.content_html or entry.summary_html)):
        media = (*media, heard)  # "<a href=…/20261203.mp3>Listen</a>": a programme's audio page
    if headline and (tail := _TITLE_END_CLIP_DASH.search(headline.strip())):
        # "… – video", "… – live": the clip's or live page's own (the cleaning drops the tail)
        if tail[0].endswith("live"):
            media = (*media, MEDIA_PAGE)
        elif not report:
            media = (*media, "video")
    if headline and "video" not in media and _clip_by_tail_and_slug(
        headline, entry.link, entry.summary_html or entry.content_html
    ):
        media = (*media, "video")
    if label := _kind_label_text(entry.summary_html or entry.content_html):
        media = (*media, label)  # "Sponsored content.": the text is the item's kind (filed so)
    elif label := (_sponsor_lead(entry.content_html or entry.summary_html)
                   or _sponsor_author(entry.authors)):
        media = (*media, label)  # "Anzeige. Entdecken Sie …", by "Brand Studio": an advert
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
    if not html or len(html) > _LABEL_TEXT_CHARS * 2 or "href" not in html:
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


# "Gaza, le immagini dei camion al valico | Video" filed at "…/video-esteri/26_febbraio_17/
# gaza-camion-…shtml": a section folder of the outlet's clips, named by the medium and the desk
# ("video-esteri", "esteri-video", "video_mondo"; a bare "/video/" folder is a media link
# already), with the same bare medium word closing the headline, over a text that reports
# nothing ("Le immagini della colonna di camion in attesa al valico."): the page is the clip.
_FOLDER_MEDIUM = re.compile(
    r"^https?://[^/?#]+(?:/[^/?#]*)*?/(?:[^\W\d_]+[-_])?(?P<word>videos?|v[íi]deos?|fotos?|photos?)"
    r"(?:[-_][^\W\d_]+)?/[^?#]",
    re.IGNORECASE,
)


def _clip_by_tail_and_slug(headline: str, link: str | None, html: str) -> bool:
    if not link or not (tail := _TITLE_END_BARE.search(headline)):
        return False
    text = " ".join(unescape(_TAGS.sub(" ", html or "")).split())
    if (m := _SLUG_MEDIUM_END.search(link)) and not (
        len(split_sentences(text)) > 1 or len(text.split()) >= _CAPTION_WORDS
    ) and _fold_medium(tail[0]) == _fold_medium(m["word"]):
        return True
    folder = _FOLDER_MEDIUM.match(link)
    return folder is not None and _fold_medium(tail[0]) == _fold_medium(
        folder["word"]) and not _text_reports(text)


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


# "[gallery ids="1,2,3"]", "[embed]https://…[/embed]": a gallery's or player's shortcode that no
# plugin expanded, and the URLs inside it (non_story.json media_shortcodes)
_SHORTCODE_ONLY = re.compile(
    rf"^(?:\s*\[/?(?:{_alternation(_MEDIA['media_shortcodes'])})(?=[\s\]])[^\[\]]*\]"
    r"(?:\s*https?://[^\s\[\]]+)?)+\s*$",
    re.IGNORECASE,
)


def _only_shortcodes(html: str) -> bool:
    """Is this entry's whole text a gallery's or a player's shortcode (a WordPress post whose
    gallery plugin no longer expands it: `<p>[gallery ids="1,2,3"]</p>`), nothing to read?"""
    if "[" not in html:
        return False
    return _SHORTCODE_ONLY.match(unescape(_TAGS.sub(" ", html))) is not None


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


def is_media_item(article: Article) -> bool:
    """Is this item a clip, an episode, a live page or a gallery by its category, its link or
    its headline's label? (Product decision: never posted, even with text.) A clip's label or
    category over a signed written report says the page carries a clip: a story
    (`clip_labelled_report`)."""
    if MEDIA_PAGE in article.categories:
        return True
    if article.link and (m := _MEDIA_LINK.search(article.link)) and not _headline_slug(article):
        # A clip platform's upload whose description is itself a written report is a story
        # that carries its clip, as a clip's label over one is (a Short or a live stream stays).
        return not (_CLIP_PLATFORM_WATCH.match(m[0]) and clip_labelled_report(article))
    filed = any(_MEDIUM_CATEGORY.match(c) for c in article.categories) and not _topic_tagged(
        article
    )
    if not filed and not _MEDIA_LABEL.search(article.title):
        return False
    return not clip_labelled_report(article)


_SLUG_START = re.compile(rf"^(?:{_alternation(_MEDIA['link']['slug_start_topic'])})[-_]",
                         re.IGNORECASE)
# "Podcast Episode: Who owns …", "Gallery | …": a label before the headline's separator
_LABEL_SHAPE = re.compile(r"^\W*(?:[^\s:|–—]+\s+){0,3}[^\s:|–—]+\s*[:|–—]")
_SLUG_SAME_WORDS = 2  # the page's name opens with the headline's first words


def _headline_slug(article: Article) -> bool:
    """Is the medium word opening the page's name (a podcast, a gallery: slug_start_topic)
    only the headline's first word, no label before a separator, the rest of the link naming no
    medium ("…/2026/12/07/podcast-host-charged-with-fraud" for "Podcast host charged with
    fraud", over a text that reports)? The outlet made the name of the headline: it files a
    story about a podcaster, not an episode."""
    link = (article.link or "").split("#")[0].split("?")[0].rstrip("/")
    folder, _, page = link.rpartition("/")
    if not _SLUG_START.match(page) or _MEDIA_LINK.search(folder + "/"):
        return False
    slug = [t for t in re.split(r"[-_.]+", page.casefold()) if t]
    words = re.findall(r"[^\W_]+", article.title.casefold())
    return (len(words) > _SLUG_SAME_WORDS and slug[:_SLUG_SAME_WORDS] == words[:_SLUG_SAME_WORDS]
            and not _MEDIA_LABEL.search(article.title) and not _LABEL_SHAPE.match(article.title)
            and _text_reports(article.text))


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
