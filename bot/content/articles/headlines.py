"""Headline labels that tell an item's kind: galleries, promos, live pages, greetings of a
newsletter, wire flashes, corrections, a medium named at the headline's start."""

from __future__ import annotations

from html import unescape

from bot.content import clean, genre
from bot.content.articles.tables import _JUNK_NOTES, _MEDIA, _NON_STORY, _TAGS, _alternation
from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use

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
# "… – video": a British outlet's clip page (non_story.json title_end 'clip_dash'), in lower case.
_TITLE_END_CLIP_DASH = re.compile(
    rf"\s[–—]\s(?:{_alternation(_NON_STORY['title_end']['clip_dash'])})$"
)
_TITLE_WHOLE = re.compile(rf"^\W*(?:{_alternation('title_whole')})\W*$", re.IGNORECASE)
# "Good morning. Here's what you need to know.": a newsletter edition's opening greeting.
_GREETING_OPEN = re.compile(
    rf"^\s*(?:{_alternation('greeting_open')})\s*(?:[.!,]|\s[–—]\s)", re.IGNORECASE
)
# The greeting as a sentence of its own ("Good morning."), not a clause ("Good morning, said
# the pilot's radio call …")
_GREETING_SENTENCE = re.compile(
    rf"^\s*(?:{_alternation('greeting_open')})\s*[.!]", re.IGNORECASE
)
_STANDFIRST_MAX_WORDS = 40  # "In today's newsletter: …" over "Good morning.": one sentence


def greeting_opens(text: str) -> bool:
    """Does the text open with a newsletter edition's greeting ("Good morning. …"), or its
    second paragraph with the greeting as a sentence of its own, after a one-sentence standfirst
    ("In today's newsletter: … \n\n Good morning.", as a content API prints a briefing's
    standfirst above its body)?"""
    if _GREETING_OPEN.match(text):
        return True
    first, _, rest = text.partition("\n\n")
    return bool(rest) and len(first.split()) <= _STANDFIRST_MAX_WORDS and len(
        split_sentences(first)) == 1 and _GREETING_SENTENCE.match(rest.lstrip()) is not None


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
# "Receba a newsletter Mundo em 5 minutos", "Sign up for our Morning Brief newsletter": a
# sign-up imperative opening the headline, a newsletter named in it (non_story.json
# signup_head): the outlet's sign-up page. Or the headline closes on a messaging app the news
# come through ("Receba as notícias … no WhatsApp", "Get our alerts on Telegram"; signup_channel):
# its channel's promo. A story about the app names it elsewhere ("Get ready: WhatsApp drops …").
# Or it closes on how the news reach the reader ("Get The Ledger's morning headlines by e-mail";
# signup_medium).
_SIGNUP_HEAD = re.compile(
    rf"^\W{{0,2}}(?:{_alternation('signup_head')})(?!\w)[^.!?]{{0,80}}?"
    rf"(?:(?<!\w)(?:{_alternation('promo_slug_token')})(?!\w)"
    rf"|\s(?:[^\W\d_]{{1,7}}\s+){{1,2}}(?:{_alternation('signup_channel')})\W{{0,3}}$"
    rf"|\s(?:{_alternation('signup_medium')})\W{{0,3}}$)",
    re.IGNORECASE,
)
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
    return bool(_title_start(title) or _TITLE_START_CAPS.match(title)) or (
        media and genre.title_label(title) is not None
    )


def _title_start(title: str) -> bool:
    """_TITLE_START's match, the long alternation (~10 µs a headline, every alternative tried)
    run only where is_story's literal gate finds one of the words every match holds (~1 µs)."""
    from bot.content.articles.stories import _story_gates  # (stories imports this module)

    return "start" in _story_gates().possible(title) and _TITLE_START.match(title) is not None
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
