"""The build never posts what its own digest lint flags, where a safe repair exists (issue 17).

The lint (bot.content.lint) is the one definition of a visible defect; this step asks its
detectors about the built title, authors and summary, and mends what they find:

* authors the lint says are no person ("Staff", "Reuters", "Web Desk", the outlet itself) go,
  a person with a job title or a dateline after the name ("Ana Lins, Editor", "Ana Lins in
  Lisbon") keeps the person; a one-word or initials-only name is left (it may be a person:
  "B.Nomin", "Madonna");
* junk in the summary: entity debris is decoded, a dateline or label before the first sentence
  is cut, a trailing link text ("[mehr]") is cut, and a sentence that is furniture ("Sign up to
  our newsletter.") leaves the summary, which is refilled from the article's next sentence;
* an empty summary of an item with text: the text's first sentences;
* blocks run together: a full stop where the item's own markup has the block boundary;
* sentences glued without a space: the space;
* a dateline opening the summary, print capitals in the lead: cut, written in small letters;
* a summary going on past its last sentence into a cut one, or ending on a list's colon or
  mid-sentence: it ends at its last whole sentence;
* a later sentence repeating a run of words an earlier one said: it goes (and is refilled);
* markup left in a title: stripped.

Each repair is conservative: it acts where the lint found the defect, and never removes a
person, a sentence of the story or the outlet's name (tests/bot/content/test_repair.py guards
the lint's known false positives). The outlet is repaired where it is chosen
(bot.content.attribution.outlets, with bot.content.legal_names). Cheap: the checks are the
lint's own regexes on a title, a few names and a ~60-word summary; refills only for the rare
flagged item.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from html import unescape

from bot.content import lint
from bot.content.attribution.authors import _JOB_WORDS as JOB_WORDS
from bot.content.clean import fingerprint
from bot.content.clean.tables import LOST_EMOJI
from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use

# A word of the lint's not-a-person list that is also a surname ("Emily Post", "Kevin Press")
# or an honorific before a real name ("Chief Obafemi Adeyemi"): alone it drops nobody.
_SURNAME_WORDS = frozenset(("post", "press", "herald", "host", "chief", "times", "service",
                            "wire"))
# "Ana Lins, Editor", "Ana Lins | Bay Times", "Ana Lins (AP)": the person before the rest.
_SEPARATOR = re.compile(r",|;|\||\s[-–—/]\s|\(")
_PERSON_WORDS = (2, 4)


def authors(names: Sequence[str], outlet: str) -> tuple[str, ...]:
    """`names` without those the lint says are no person; a person whose field had a role or a
    place after the name ("Ana Lins Editor-at-large", "Ana Lins in Lisbon") is kept as the
    name. A word that is also a surname ("Emily Post") drops nobody alone."""
    out = [kept for name in names if (kept := _person(name, outlet))]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=2048)
def _person(name: str, outlet: str) -> str | None:
    """The person in one author field, or None (a feed's bylines repeat: cached)."""
    found = [m for m in lint.not_person_words(name)
             if m.group(0).casefold() not in _SURNAME_WORDS]
    if found:
        head = name[: found[0].start()]
        if sep := _SEPARATOR.search(head):
            head = head[: sep.start()]
        head = head.strip(" ,;|-–—/(")
        while head.split() and head.split()[-1].casefold() in JOB_WORDS:
            head = head.rsplit(None, 1)[0] if " " in head else ""  # "… Managing Editor"
        # "Ana Lins, Senior Writer": the person stays
        return head if _a_name(head, outlet) else None
    if outlet and name.casefold() == outlet.casefold():
        return None
    if (m := lint.author_dateline(name)) and _a_name(name[: m.start()], outlet):
        return name[: m.start()]  # "Ana Lins in Lisbon": the person, not the place
    return name


def _a_name(text: str, outlet: str) -> bool:
    low, high = _PERSON_WORDS
    return low <= len(text.split()) <= high and lint.author_defect(text, outlet) is None


def title(text: str) -> str:
    """The title without markup the lint finds in it, nor an emoji lost as "????"."""
    if "????" in text:
        text = " ".join(LOST_EMOJI.sub("", text).split())
    if ("<" not in text and "&" not in text and "#" not in text) or not lint.title_markup(text):
        return text  # (every match holds one of the three: most titles skip the regex)
    for _ in range(3):  # "&amp;lt;b&amp;gt;": entities inside entities
        text = unescape(re.sub(r"(?<!&)#(\d{2,5};)", r"&#\1", unescape(text)))
        text = re.sub(r"<\s*/?\s*[A-Za-z][^<>]{0,200}>", "", text)
        if not lint.title_markup(text):
            break
    return " ".join(text.split())


# Junk that is only a word a news sentence may hold ("Spotify raised its prices", "listen to
# the people", "que Lula assine o acordo"): such a sentence goes only when it also addresses
# the reader, as a promo does.
_TOPIC_JUNK = re.compile(
    r"^(?:spotify|subscribe|newsletter|podcast|assine|abonnieren|abonnez-vous|iscriviti|"
    r"suscr[ií]bete|listen (?:on|to the|now)|apple podcasts|sign up|editor['’]s note)$",
    re.IGNORECASE,
)
_ADDRESSES_READER = re.compile(
    r"\b(?:you|your|our|here|click|tap|free|now|today|unser\w*|hier|jetzt|notre|nos|ici|"
    r"nuestr[oa]s?|aqu[ií]|nostr[aeio]|qui|noss[ao]s?|aqui)\b",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"^(?:&(?:#\d+|#x[0-9a-f]+|[a-z]{2,8});|#\d{2,5};)$", re.IGNORECASE)
# A prefix the lint flags that ends in its separator ("ISLAMABAD: ", "UPDATE 2-", "(AP) — "):
# the sentence after it is the story's.
_SEPARATOR_END = re.compile(r"[:\-–—]\s*$")
_STARTS_SENTENCE = re.compile(r"\s*[\"“„«‘]?[^\W\d_a-zà-ÿ]")
_FURNITURE_MAX_WORDS = 30
MAX_REFILLS = 3

Resummarize = Callable[[Sequence[str]], str]


def summary(text: str, paragraphs: Sequence[str], resummarize: Resummarize,
            *, html: str = "", full_text: str = "") -> str:
    """The summary with what the lint flags mended. `paragraphs` are the article's text the
    summary was chosen from; `resummarize` chooses again from other paragraphs (the refill);
    `html` is the item's markup (where block boundaries are); `full_text` the article's text."""
    source = list(paragraphs)
    for _ in range(MAX_REFILLS):
        mended, dropped = _junk(text)
        if dropped is None:
            mended, dropped = _repeated(mended)
        if dropped is None:
            text = mended
            break
        source = _without(source, dropped)
        refilled = resummarize(source) if source else ""
        again = not refilled or fingerprint(dropped) in fingerprint(refilled)
        text = mended if again else refilled  # (the sentence not found in the text: no refill)
    if not text.strip() and len(full_text.split()) >= lint.EMPTY_SUMMARY_WORDS:
        text = _first_sentences(source or paragraphs)
    text = _dateline(text)
    text = _run_together(text, html)
    text = _glued(text)
    text = _caps_lead(text)
    return _cut_tail(text)


def _junk(text: str) -> tuple[str, str | None]:
    """(the summary with junk phrases cut, None), or (the summary without the junk sentence,
    that sentence) when a whole sentence is furniture."""
    for _ in range(4):  # a few junk places in one summary
        m = lint.junk_match(text)
        if m is None:
            return text, None
        found = m.group(0)
        if _ENTITY.match(found.strip()):  # "#8230;", "&amp;": debris of an entity, decoded
            fixed = unescape("&" + found.lstrip("&")) if found.startswith("#") else unescape(found)
            text = text[: m.start()] + fixed + text[m.end():]
            continue
        rest = text[m.end():]
        if m.start() == 0 and _SEPARATOR_END.search(found) and _STARTS_SENTENCE.match(rest) and (
                len(rest.split()) >= 4):
            text = rest.lstrip()  # "ISLAMABAD: The …": the label goes, the sentence stays
            continue
        if not re.search(r"\w", rest) and re.search(r"[.!?…][\"'”’»)]*\s*$", text[: m.start()]):
            text = text[: m.start()].rstrip()  # "… in Berlin. [mehr]": the link text goes
            continue
        sentence = _sentence_at(text, m.start())
        if sentence is None or not _furniture(sentence, found):
            return text, None  # a news sentence holding a word the lint counts: left
        return " ".join(text.replace(sentence, " ").split()), sentence
    return text, None


def _repeated(text: str) -> tuple[str, str | None]:
    """The summary without a later sentence that says again a run of words an earlier one
    said (a stitched update, a dek and a lede alike), and that sentence."""
    if lint.repeated_words(text) is None:
        return text, None
    seen: set[str] = set()
    for n, sentence in enumerate(split_sentences(text)):
        if lint.repeated_words(sentence, seen) is not None and n:
            return " ".join(text.replace(sentence, " ", 1).split()), sentence
    return text, None


def _furniture(sentence: str, found: str) -> bool:
    if len(sentence.split()) > _FURNITURE_MAX_WORDS:
        return False
    if _TOPIC_JUNK.match(found.strip()):
        return _ADDRESSES_READER.search(sentence) is not None
    return True


def _sentence_at(text: str, at: int) -> str | None:
    start = 0
    for sentence in split_sentences(text):
        where = text.find(sentence, start)
        if where < 0:
            return None
        if where <= at < where + len(sentence):
            return sentence
        start = where + len(sentence)
    return None


def _without(paragraphs: Sequence[str], sentence: str) -> list[str]:
    out = []
    for para in paragraphs:
        if sentence in para:
            para = " ".join(para.replace(sentence, " ").split())
        if para:
            out.append(para)
    return out


_FIRST_SENTENCES_WORDS = 60


def _first_sentences(paragraphs: Sequence[str]) -> str:
    """The text's first whole sentences within the summary budget; the first words, marked as
    cut, if even the first sentence is longer."""
    out: list[str] = []
    words = 0
    for para in paragraphs:
        for sentence in split_sentences(para):
            n = len(sentence.split())
            if words + n > _FIRST_SENTENCES_WORDS:
                if not out:
                    cut = " ".join(sentence.split()[:_FIRST_SENTENCES_WORDS])
                    return cut.rstrip(",;:–—-") + " …"
                return " ".join(out)
            if lint.junk_match(sentence) is None:
                out.append(sentence)
                words += n
    return " ".join(out)


def _dateline(text: str) -> str:
    m = lint.dateline_match(text)
    if m is None:
        return text
    rest = text[m.end():]
    if m.start() == 0:
        return rest.lstrip() if len(rest.split()) >= 4 else text
    return text[: m.start()].rstrip() + " " + rest.lstrip()  # a stitched update's dateline


def _run_together(text: str, html: str) -> str:
    """A full stop between two blocks the summary joined, where the item's markup has the
    boundary ("…the commission</p><p>A 50-strong …", "…vote</li><li>The …")."""
    m = lint.run_together_match(text)
    if m is None or not html:
        return text
    last, opener = m.group(1), text[m.end(1):m.end()].split()[0]
    if not last.replace("’", "").replace("'", "").replace("-", "").isalpha():
        return text  # "9:02pm A strong earthquake": a live blog's time stamp, not a block end
    boundary = re.compile(rf"{re.escape(last)}\s*(?:<[^>]*>\s*)+{re.escape(opener)}\s")
    if not boundary.search(html):
        return text  # no block boundary there: "Series A round" is one phrase
    return text[: m.end(1)] + "." + text[m.end(1):]


def _glued(text: str) -> str:
    for _ in range(4):
        m = lint.glued_match(text)
        if m is None:
            break
        text = text[: m.start(1)] + " " + text[m.start(1):]
    return text


def _caps_lead(text: str) -> str:
    m = lint.caps_lead_match(text)
    if m is None:
        return text
    word = text.split()[0]
    return word[0] + word[1:].lower() + text[len(word):]


def _cut_tail(text: str) -> str:
    """"… in Doha. The talks, which began …", "… in Doha. The talks cover:", "… in Doha. The
    talks set up a": the summary ends at its last whole sentence (a lone cut sentence is what
    the item has: it stays)."""
    if not lint.cut_off(text):
        return text
    sentences = split_sentences(text)
    if len(sentences) < 2:
        return text
    last = text.rfind(sentences[-1])
    kept = text[:last].rstrip() if last > 0 else text
    return kept if kept and not lint.cut_off(kept) else text
