"""Kinds told by structure (bot/data/non_story.json 'kinds_comment'): counted pictures, a
bracketed kicker naming a medium, a game's label, an episode naming itself, a paid-content
link, a text that is only a label, a text opening with a paid-content label."""

from __future__ import annotations

from collections.abc import Iterator

from bot.content import clean
from bot.content.articles.headlines import _TITLE_START, _TITLE_WHOLE
from bot.content.articles.kinds import _KIND_CATEGORY
from bot.content.articles.tables import _MEDIA, _NON_STORY, _SPACE_RUN, _TAGS, _alternation
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import Article

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
    rf"^https?://[^/?#]+(?:/[^/?#]*)*?/(?:{_alternation('promo_link_segment')}"
    # a folder of paid death notices ("/traueranzeigen/…"): a family's advert
    rf"|{_alternation('notice_link_segment')})(?:[/?#]|$)"
    # a reader's comment ("…/post-name/#comment-1234"): a comments feed's item
    rf"|(?:{_alternation('comment_link')})",
    re.IGNORECASE,
)
# A folder naming the outlet's subscription campaign ("/modelo-de-suscripcion/…"), or the
# campaign's own page ("/abbonamenti/"); a trailing slash also closes an article's own name
# ("/acordo-mercosul-ue-assinatura-foz-do-iguacu/": a treaty's signing), told by its length.
_PROMO_FOLDER = re.compile(
    rf"^https?://[^/?#]+(?:/[^/?#]*)*?/(?P<folder>{_alternation('promo_link_folder')})/"
    r"(?P<page>[^/?#]?)",
    re.IGNORECASE,
)
_PROMO_PAGE_MAX_WORDS = 3  # "modelo-de-suscripcion"; an article's slug is longer


def _promo_folder(link: str) -> bool:
    """Is the link filed in (or the page of) the outlet's subscription campaign?"""
    if (m := _PROMO_FOLDER.search(link)) is None:
        return False
    return bool(m["page"]) or len(m["folder"].split("-")) <= _PROMO_PAGE_MAX_WORDS
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


_CALL_WORDS = 25  # "Have your say. Vote in our online poll and see the results."


def _reader_call(text: str) -> bool:
    """Is the text only a short call to the reader ("Have your say. Vote in our poll."): one
    paragraph, few words, no figure (a poll's result reports them), a second-person word?"""
    return ("\n" not in text and len(text.split()) <= _CALL_WORDS
            and not any(c.isdigit() for c in text) and _READER_WORD.search(text) is not None)


# A poll's label ("Sondage :", "Umfrage:", "سروے:") over a question put to the reader ("… faut-il
# envoyer des troupes ?") and a short call without a figure ("Votez !"): the poll itself, even
# with no second-person word; a poll's result has figures ("Poll: 61% back …").
_POLL_HEAD = re.compile(
    r"(?:^|\s)(?:(?:reader |readers['’] )?polls?|umfrage|leserumfrage|sondages?|encuestas?"
    r"|sondaggi[oa]?|sondagem|enquetes?|سروے|رائے شماری)$",
    re.IGNORECASE,
)


_VOTE_CALL = re.compile(
    r"\b(?:vot(?:e|ez|a|ate|em|en|ad|ar|i)|abstimmen|stimmen sie|have your say|tell us|"
    r"dites-nous|diteci|dê sua opinião|dé tu opinión|participe|partecipa|mitmachen|"
    r"رائے دیں|ووٹ دیں)\b",
    re.IGNORECASE,
)


def _short_call(text: str) -> bool:
    """Is the text one short line calling the reader to vote ("Votez !", "Vota ora."), with no
    figure? A one-sentence standfirst about a poll ("A new survey suggests …") is no call."""
    return ("\n" not in text and len(text.split()) <= _CALL_WORDS
            and not any(c.isdigit() for c in text) and _VOTE_CALL.search(text) is not None)


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
            or (asked.endswith("?") and _READER_WORD.search(asked)) or _reader_call(text)
            or (_POLL_HEAD.search(label) and asked.endswith(("?", "؟")) and _short_call(text))
        ):
            return True
    return bool(article.link and (_PROMO_LINK.search(article.link) or _promo_folder(article.link)
                                  or _AD_CLICK_LINK.search(article.link)
                                  or _FILE_OR_SERVICE_LINK.search(article.link)))


def _kind_label_text(html: str) -> str:
    """The item's whole text when it is only a label naming a kind that is not news
    ("Sponsored content.", "Anzeige", "Partner content"), else "". The cleaner drops such a line
    as junk, so it is read here, from the feed's text, and kept as a category."""
    if not html or len(html) > _LABEL_TEXT_CHARS:
        return ""
    if "<" not in html and "&" not in html and "#" not in html:
        # plain text (no tag, no entity): the label below is its words, less those of only
        # dots and "!" at either end; more words than a label has is the usual blurb
        words = html.split()
        if len(words) > _LABEL_TEXT_WORDS and words[0].strip(".!") and words[-1].strip(".!"):
            return ""
    label = _SPACE_RUN.sub(" ", clean.fix_entities(_TAGS.sub(" ", html))).strip(" .!")
    if not label or len(label.split()) > _LABEL_TEXT_WORDS:
        return ""
    if _TITLE_WHOLE.match(label) or _TITLE_START.match(label) or _KIND_CATEGORY.match(label):
        return label
    return ""


# A paid-content label as the first sentence of the text (non_story.json 'sponsor_lead'):
# "Anzeige. Entdecken Sie …", "Publieditorial. Conheça …", "In Kooperation mit Sonnenreisen. …".
_SPONSOR_LEAD = re.compile(
    rf"^\W{{0,2}}(?P<label>{_alternation('sponsor_lead')})\s*(?:[.:|–—۔]\s*(?P<rest>.*)|!?$)",
    re.IGNORECASE | re.DOTALL,
)
_BLOCK_BREAK = re.compile(r"</?(?:p|div|br|li|h\d|section|figure)\b[^>]*>|\n", re.IGNORECASE)
_NAMED_SPONSOR = re.compile(r"\s(?:by|von|da|por|par|with|mit|con|com|avec)\s", re.IGNORECASE)
_SPONSOR_LEAD_HTML = 2000  # the opening of the text is enough


def _blocks(html: str) -> Iterator[str]:
    """`_BLOCK_BREAK.split(html)`, one part at a time."""
    start = 0
    for m in _BLOCK_BREAK.finditer(html):
        yield html[start : m.start()]
        start = m.end()
    yield html[start:]


def _sponsor_lead(html: str) -> str:
    """"sponsored" when the item's text opens with a sentence that is only a paid-content label
    ("Anzeige. Entdecken Sie …", "Contenuto sponsorizzato. Scopri …", "In Kooperation mit
    Sonnenreisen."), else "". A sponsor's credit line ("Presented by X.") is not one (fixture
    224: an underwritten newsletter post is a story). A bare label alone in its own block
    ("<p>Anzeige</p>", "<p>Advertisement</p>") is an ad slot's marker over a story (fixture
    72); a label naming its partner ("In Kooperation mit …") is the item's own, alone or not."""
    if not html:
        return ""
    # only the first block with text is read: the blocks split and cleaned lazily, not every
    # one of the opening's (~30 a wire story: a quarter of a backlog row's cost)
    first = next((b for part in _blocks(html[:_SPONSOR_LEAD_HTML])
                  if (b := _SPACE_RUN.sub(" ", clean.fix_entities(_TAGS.sub(" ", part))).strip())),
                 "")
    if not first or (m := _SPONSOR_LEAD.match(first)) is None:
        return ""
    if not (m["rest"] or "").strip() and not _NAMED_SPONSOR.search(f" {m['label']} "):
        return ""
    return "sponsored"


# The advertiser's desk as the item's author ("Sponsored Content", "Brand Studio", "Anzeige",
# "Conteúdo patrocinado"): the CMS files a paid post under its commercial team's name.
_SPONSOR_AUTHOR = re.compile(
    rf"^\W*(?:{_alternation('sponsor_author')}|{_alternation('sponsor_lead')})\W*$",
    re.IGNORECASE,
)


def _sponsor_author(authors: tuple[str, ...]) -> str:
    """"sponsored" when an author field names a paid-content desk, not a person, else ""."""
    return "sponsored" if any(_SPONSOR_AUTHOR.match(a.strip()) for a in authors) else ""
