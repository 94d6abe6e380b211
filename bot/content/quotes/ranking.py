"""Quotes in the order a digest shows them: named speakers with an affiliation, then named
speakers, then the rest; one quote per speaker first; long quotes cut at a sentence's end."""

from __future__ import annotations

from functools import lru_cache

from bot.content.clean import fingerprint
from bot.content.quotes.multilingual import _is_ml_role
from bot.content.quotes.places import _CJK_CHAR, _is_body_or_place
from bot.content.quotes.records import _Found
from bot.content.quotes.roles import _ORG_NOUNS
from bot.content.quotes.tables import MAX_QUOTE_WORDS, _is_role_noun
from bot.content.sentences import split_sentences
from bot.core.types import Quote


def _clean_text(text: str) -> str:
    text = " ".join(text.split()).strip()
    text = text.rstrip(",;: ").lstrip("… ")
    return _capped(text)


def _capped(text: str) -> str:
    """A quote a reader takes in at a glance: its leading whole sentences up to MAX_QUOTE_WORDS,
    then "…" for the rest; "" when its first sentence alone is longer (a blogger's paragraph,
    not a quote to show)."""
    if len(text.split()) <= MAX_QUOTE_WORDS:
        return text
    kept: list[str] = []
    for sentence in split_sentences(text):
        if len(" ".join([*kept, sentence]).split()) > MAX_QUOTE_WORDS:
            break
        kept.append(sentence)
    return " ".join(kept) + " …" if kept else ""


def _word_count(text: str) -> int:
    """Words, counting two Chinese or Japanese characters as one (no spaces between words)."""
    return max(len(text.split()), len(_CJK_CHAR.findall(text)) // 2)


@lru_cache(maxsize=1024)
def _is_role_text(affiliation: str) -> bool:
    return any(_is_role_noun(w.lower()) or _is_ml_role(w) for w in affiliation.split())


FRAGMENT_WORDS = 6  # a quote opening in lower case shorter than this is a phrase, not a statement


def _no_person(speaker: str) -> bool:
    """"Foreign Affairs Ministry", "Asunción", "NATO": a body or a place, not someone whose
    phrase a reader could quote back to them."""
    last = speaker.split()[-1]
    return last.lower() in _ORG_NOUNS or _is_body_or_place(speaker) or _is_body_or_place(last)


def _rank(found: list[_Found], limit: int) -> tuple[Quote, ...]:
    def importance(f: _Found) -> tuple[float, int]:
        words = len(f.text.split())
        score = 0.0
        if f.who and f.who.speaker:
            score += 2.0
            if f.who.affiliation:  # an employer says more than a title ("Defence Minister")
                score += 0.5 if _is_role_text(f.who.affiliation) else 1.0
        if 8 <= words <= 45:
            score += 0.5
        score -= 0.05 * f.para
        return (-score, f.order)

    keep = []
    seen: set[str] = set()
    for f in found:
        words = _word_count(f.text)
        named = bool(f.who and f.who.speaker)
        # Scare quotes and titles ("so-called “peace plan”") are not statements, nor are
        # unattributed fragments of a sentence ("opposed “the formation of circles”").
        f.text = _capped(f.text)  # a quote joined from two parts may have grown too long
        if not f.text or (words < 3 and not (named and f.introduced and words == 2)) or (
            not named and (words < 6 or not f.text[:1].isupper())
        ) or f.text[:1].islower():
            # "the ministry said the vote had “no legal effect”", "said China would “impose
            # sanctions on …”": a phrase inside reported speech (lower case), not a statement
            continue
        key = fingerprint(f.text)
        if key in seen:
            continue
        seen.add(key)
        keep.append(f)
    keep.sort(key=importance)
    # One quote per speaker first, so the top two show two voices when there are two.
    first, rest, speakers = [], [], set()
    for f in keep:
        speaker = f.who.speaker if f.who else None
        if speaker and speaker in speakers:
            rest.append(f)
        else:
            speakers.add(speaker)
            first.append(f)
    ordered = first + rest
    return tuple(
        Quote(
            text=f.text,
            speaker=f.who.speaker if f.who else None,
            affiliation=f.who.affiliation if f.who and f.who.speaker else None,
        )
        for f in ordered[:limit]
    )
