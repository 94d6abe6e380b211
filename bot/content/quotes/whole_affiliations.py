"""An affiliation is a whole name or a role (editor's read of sets 26-30): a truncated body
name extended to the whole, things that are no speaker left out."""

from __future__ import annotations

import re as std_re
from collections.abc import Sequence

from bot.content import wordscan
from bot.content.quotes.bodies import _named_body
from bot.content.quotes.multilingual import _is_ml_role
from bot.content.quotes.places import _is_place
from bot.content.quotes.ranking import _no_person
from bot.content.quotes.tables import _TABLES, _alternation, _is_role_noun, _is_title
from bot.core import lazy_re as re  # compiles each pattern on first use

# -- an affiliation is a whole name or a role (editor's read of sets 26-30) -----------------
_NAME_LINKS = frozenset(_TABLES["name_links"])
_GENERIC_BODIES = frozenset(_TABLES["generic_bodies"])
_ROLE_OF_LINKS = _alternation(_TABLES["role_of_links"])
_ADJ_ENDINGS = _alternation(_TABLES["generic_body_adjective_endings"])
_GENERIC_ARTICLES = frozenset(_TABLES["generic_body_articles"])
_SPEAKER_ARTICLES = _alternation(_TABLES["speaker_articles"])
_ARTICLE_BEFORE = re.compile(rf"(?<!\w)(?:{_SPEAKER_ARTICLES})\s+$", re.IGNORECASE)
_CONJUNCTIONS = frozenset(("and", "&", "e", "et", "y", "und"))
_FORWARD_LINKS = frozenset(("im", "zur", "zum"))  # "Verband der Schweizer im Ausland"
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’&.-]*$")
# A role's portfolio before the body ("responsabile per il Mediterraneo di …", "responsable
# pour l'Afrique de …"): the name it gives is the role's, no part of the body after it.
_PORTFOLIO_FOR = frozenset(_TABLES["portfolio_for_ml"]["prepositions"])
_PORTFOLIO_ARTICLES = frozenset(_TABLES["portfolio_for_ml"]["articles"])
NAME_LINK_RUN = 2  # link words between two words of a name ("Istituto per gli Studi")
WHOLE_NAME_WORDS = 12


def _is_thing(speaker: str, text: str) -> bool:
    """A speaker the text only ever writes after an article ("the African Loft", "der
    Spiegel") is a blog, a magazine or a community, not a person."""
    words = speaker.split()
    if not words or not speaker[:1].isupper() or _no_person(speaker) or any(
        w in _NAME_LINKS for w in words
    ):
        return False  # a body speaking ("the Foreign Ministry said", "the Bank of Norland")
    # (where `(?<!\w)SPEAKER(?!\w)` matches, by str.find: a regex per speaker led by a
    # lookbehind was compiled for each new name and tried at every position of the text)
    found = list(wordscan.word_starts(speaker, text))
    return bool(found) and all(
        _ARTICLE_BEFORE.search(text[max(0, at - 8): at]) for at in found
    )


# "Institute’s director": a generic body word owning a lower-case role, nothing else
_GENERIC_OWNS = re.compile(r"^(?P<noun>[A-ZÀ-ÖØ-Þ][\w-]*)['’]s(?:\s+[a-z][\w-]*){1,3}$")


def _whole_affiliation(aff: str, speaker: str, text: str, outlet: str) -> str | None:
    """`aff` as the whole name the text gives it ("Eastern Studies" → "Centre for Eastern
    Studies", "Verband der Schweizer" → "… im Ausland", "Istituto" → "Istituto per gli Studi di
    Politica Internazionale"); a bare country as the role the text gives with it ("Guyana" →
    "Guyana's foreign minister"); a generic word alone ("Ministry", "Forum") as the body the
    text or the outlet names with it, else None: better no affiliation than a meaningless one."""
    if outlet and "s " in aff and (owned := _GENERIC_OWNS.match(aff)) and (
        owned["noun"].casefold() in _GENERIC_BODIES
        and owned["noun"].casefold() in outlet.casefold().split()
    ):
        # "the Institute’s director" in the Institute's own feed: the outlet's role
        return f"{outlet}{aff[len(owned['noun']):]}"
    near = _near_speaker(speaker, text)
    whole = _extended_name(aff, text, near, speaker)
    if whole != aff:
        return whole
    if role := _country_role(aff, speaker, text):
        return role
    if aff.casefold() not in _GENERIC_BODIES or not aff[:1].isupper():
        return aff
    # "porte-parole du Conseil" where the text names "le Conseil constitutionnel": the noun
    # with the adjective that makes it a name (French, Italian, Spanish, Portuguese)
    m = re.search(rf"(?<!\w){re.escape(aff)}\s+(?P<adj>[a-zà-ÿ]{{3,}}(?:{_ADJ_ENDINGS}))(?!\w)",
                  text)
    if m and not (_is_role_noun(m["adj"]) or _is_ml_role(m["adj"])):  # "Ministry official"
        return f"{aff} {m['adj']}"
    named = _named_body(aff.casefold(), text) if aff.isascii() else None
    if named:  # "Le Conseil" is no more a name than "Conseil"
        first, _, rest = named.partition(" ")
        if rest and re.split(r"['’]", first.casefold())[0] in _GENERIC_ARTICLES:
            named = rest
    if named and named.casefold() != aff.casefold():
        return named
    for placed in _GENERIC_IN_PLACE.finditer(text):
        if placed["body"] == aff:  # "X von der Universität in Nuuk": the one the place names
            return f"{aff} {placed['prep']} {placed['place']}"
    if outlet and aff.casefold() in outlet.casefold().split():
        return outlet  # "Gastwissenschaftler am Forum" in the Forum's own feed
    return None


# A generic body word, then the place it is in to the clause's end ("Universität in Nuuk",
# "University in Pavia"): one to three capitalised words.
_GENERIC_IN_PLACE = re.compile(
    rf"(?<!\w)(?P<body>(?:{_alternation(w.capitalize() for w in _TABLES['generic_bodies'])}))"
    r"\s+(?P<prep>in|en|em|at|à)\s+(?P<place>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2})"
    r"(?=\s*[,.;:!?)]|\s*$)"
)


def _near_speaker(speaker: str, text: str) -> int:
    for probe in (speaker, speaker.split()[-1] if speaker.split() else speaker):
        if probe and (at := text.find(probe)) >= 0:
            return at
    return 0


def _extended_name(aff: str, text: str, near: int, speaker: str) -> str:
    """The name `aff` is part of where the text writes it (the occurrence nearest `near`):
    back and forth over capitalised words joined by link words ("of", "der", "per gli")."""
    if not _NAME_WORD.match(aff.split()[0] if aff.split() else "") or _is_place(aff):
        return aff  # "Kosovo" is whole; "Kosovo e Serbia" would be two
    # (the whole-word occurrences by str.find: a pattern opening on a lookbehind is tried at
    # every position of the text)
    found = list(wordscan.word_starts(aff, text))
    if not found:
        return aff
    start = min(found, key=lambda f: abs(f - near))
    end = start + len(aff)
    before = re.split(r"[,;:.!?()\[\]“”\"«»„‘]", text[max(0, start - 200): start])[-1]
    after = re.split(r"[,;:.!?()\[\]“”\"«»„’]", text[end: end + 200])[0]
    # never the speaker's own name ("Referent X im Bundesinnenministerium"), nor "im" backwards
    names = set(speaker.split())
    head = _linked_name_run(before.split()[::-1], names, backwards=True)[::-1]
    lead = before.split()[: len(before.split()) - len(head)]
    if head and len(lead) >= 2 and lead[-2].casefold() in _PORTFOLIO_FOR and (
        lead[-1].casefold() in _PORTFOLIO_ARTICLES
    ):
        head = []  # "responsabile per il Mediterraneo di Medici …": the role's own region
    tail = _linked_name_run(after.split(), names)
    words = [*head, *aff.split(), *tail]
    if len(words) > WHOLE_NAME_WORDS:
        return aff
    return " ".join(words)


def _linked_name_run(
    words: Sequence[str], names: set[str], *, backwards: bool = False
) -> list[str]:
    """The words continuing a name from one side: link words then a capitalised word, as long
    as the run goes ("per gli Studi di Politica Internazionale"); never a role ("Sprecher der
    Bundesregierung") nor a possessive."""
    out: list[str] = []
    i = 0
    while i < len(words):
        links = 0
        while i + links < len(words) and words[i + links] in _NAME_LINKS and not (
            backwards and words[i + links] in _FORWARD_LINKS
        ):
            links += 1
        # the first step away from `aff` needs a link word ("Polish Foreign Ministry" is a
        # description); inside a name, capitalised words may follow each other
        if not (1 if not out else 0) <= links <= NAME_LINK_RUN or i + links >= len(words) or (
            not out and all(w in _CONJUNCTIONS for w in words[i: i + links])
        ):  # "Trade and Industry" inside a name; "X and Y" next to one is two bodies
            break
        word = words[i + links]
        if not _NAME_WORD.match(word) or word in names or word.endswith(("'s", "’s")) or (
            word.isupper() and len(word) <= 4  # "CEO of", "MP for": a title's abbreviation
        ) or _is_role_noun(
            word.lower()
        ) or _is_ml_role(word) or _is_title(word.lower()):
            break
        out.extend(words[i: i + links + 1])
        i += links + 1
    return out


def _match_at(pattern: str, text: str, literal: str) -> re.Match[str] | None:
    """`re.search(pattern, text)` for a pattern each of whose matches starts with `literal`:
    tried only where `literal` is (the leftmost match first, as search finds it)."""
    if not literal:
        return re.search(pattern, text)
    compiled = std_re.compile(pattern)  # (re's own cache, as re.search's)
    at = text.find(literal)
    while at >= 0:
        if m := compiled.match(text, at):
            return m
        at = text.find(literal, at + 1)
    return None


def _country_role(aff: str, speaker: str, text: str) -> str | None:
    """"Guyana" where the text says "Guyana's foreign minister, X" or "X, a deputy energy
    minister of Azerbaijan" ("negociador do Brasil"): the role as written, which says what the
    speaker is; a country alone says only where they are from."""
    if len(aff.split()) > 3 or not aff[:1].isupper() or not _is_place(aff):
        return None
    name, country = re.escape(speaker), re.escape(aff)
    # Each pattern opens with a lookbehind, so `re` tries it at every position of the text
    # (~0.4–1.4 ms): tried only where its matches can start (the country, the speaker's name),
    # the first only where the possessive is written at all.
    if (f"{aff}'s" in text or f"{aff}’s" in text) and (m := _match_at(
        rf"(?<!\w){country}['’]s\s+(?:[\w-]+\s+){{0,4}}?[\w-]+,?\s+{name}(?!\w)", text, aff
    )):
        role = m.group(0)[: m.group(0).rfind(speaker)].rstrip(" ,")
    elif m := _match_at(
        rf"(?<!\w){name}\s*,\s*(?:(?:a|an|the|o|a|il|la|lo|el|der|die|das|le)\s+)?"
        rf"(?P<role>[^,.;:“”\"«»„]{{2,80}}?\s(?:{_ROLE_OF_LINKS})\s+{country})(?!\w)",
        text, speaker,
    ):
        role = m["role"]
    else:
        return None
    words = role.split()
    return role if len(words) <= 8 and any(
        _is_role_noun(w.lower()) or _is_ml_role(w) or _is_title(w.lower()) for w in words
    ) else None
