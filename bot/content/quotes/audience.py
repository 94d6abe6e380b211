"""Whom the words were said to, after the speech verb ("sagte Müller Reportern", "sagte der
Sprecher Journalisten", "ha detto ai giornalisti"): never the speaker nor part of the speaker's
name (bot/data/quotes.json speech_audience)."""

from __future__ import annotations

from bot.content.quotes.tables import _TABLES, _alternation
from bot.core import lazy_re as re  # compiles each pattern on first use

_AUDIENCE = _TABLES["speech_audience"]
_ADJECTIVES = r"(?:[\w-]+en\s+){0,2}"  # dative adjectives: "dem öffentlich-rechtlichen Sender"
_OUTLET = r"(?:[A-ZÄÖÜ][\w-]*?)?"  # the compound's head: "Fernseh|sender", "Tages|zeitung"
_AFTER = rf"(?![\w-])(?:\s+(?:{_alternation(_AUDIENCE['de_agencies'])})(?![\w-]))?"
# "dem Sender", "dem Nachrichtenmagazin", "der Tageszeitung", "der Nachrichtenagentur dpa": the
# article agrees with the noun, so "der Sender" (who speaks) is no audience
_DE_OUTLET = re.compile(
    rf"(?<!\S)(?:dem\s+{_ADJECTIVES}{_OUTLET}(?i:{_alternation(_AUDIENCE['de_dem'])})"
    rf"|(?P<fem>der)\s+{_ADJECTIVES}{_OUTLET}(?i:{_alternation(_AUDIENCE['de_der'])})){_AFTER}"
)
# "Reportern", "den wartenden Journalisten": a plural without an article or with the dative's
# ("der Journalisten" is the genitive)
_DE_PLURAL = re.compile(
    rf"(?<!\S)(?<!der\s)(?<!die\s)(?:den\s+)?{_ADJECTIVES}"
    rf"(?:{_alternation(_AUDIENCE['de_plural'])})(?![\w-])"
)
# "ai giornalisti", "ao jornal", "a los periodistas", right after the verb
_ROMANCE = re.compile(
    rf"^(?:{_alternation(_AUDIENCE['romance_prepositions'])})\s*"
    r"(?:(?:los|las|la|le|les|il|i|o|a|os|as)\s+)?"
    rf"(?:{_alternation(_AUDIENCE['romance_nouns'])})(?![\w-])",
    re.IGNORECASE,
)


# "ha detto a Radio Valdora", "disse à Lusa", "dijo a EFE": the preposition right after the verb
# and a capitalised name, nothing after it: whom (or where) it was said to, the subject the verb's
_ROMANCE_NAMED = re.compile(
    rf"^(?:{_alternation(_AUDIENCE['romance_prepositions'])})\s*"
    r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:di|de|do|da|del|della|dos|das)\s+)?[A-ZÀ-Ý][\w'’.-]*){0,3}\s*$"
)


def _after_name(who: str, at: int) -> bool:
    """Does the word before `at` end a name ("Jan Müller der Zeitung", "Müller der Zeitung"),
    so that a feminine article there is the dative? After a role or a body it is the genitive
    of whom the role is ("Sprecherin der Zeitung", "die Chefin der Deutschen Presse-Agentur")."""
    words = who[:at].split()
    if not words or not words[-1][:1].isupper() or words[-1].endswith((",", ";")):
        return False
    return len(words) == 1 or words[-2][:1].isupper()


def without_audience(who: str) -> tuple[str, bool]:
    """`who` (the words after the speech verb) without whom the words were said to, and
    whether there was one: the words before the audience when a speaker stands before it (what
    follows it is time, place or the outlet's name), else the words after it."""
    if m := _ROMANCE.match(who):
        return who[m.end():].strip(" ,"), True
    if _ROMANCE_NAMED.match(who):
        return "", True
    found = [*_DE_PLURAL.finditer(who), *(
        m for m in _DE_OUTLET.finditer(who)
        if not m["fem"] or m.start() == 0 or _after_name(who, m.start())
    )]
    if not found:
        return who, False
    first = min(found, key=lambda m: m.start())
    if first.start() == 0:  # "dem Sender ein Sprecher des Ministeriums"
        return who[first.end():].strip(" ,"), True
    return who[: first.start()].strip(" ,"), True


def opens_with_audience(rest: str) -> bool:
    """Do the words right after a person's name say whom they spoke to ("Anna Roth der
    Deutschen Presse-Agentur", "Müller Reportern")? After a name "der" is the dative."""
    rest = rest.lstrip()
    return bool(_DE_OUTLET.match(rest) or _DE_PLURAL.match(rest) or _ROMANCE.match(rest))
