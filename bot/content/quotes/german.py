"""German affiliations in the nominative: a body the text gave in the genitive ("des
libanesischen Außenministeriums" → "libanesisches Außenministerium")."""

from __future__ import annotations

from bot.content import language, wordscan
from bot.content.quotes.records import _Who
from bot.content.quotes.tables import _TABLES
from bot.core import lazy_re as re  # compiles each pattern on first use

_DE_GEN = _TABLES["de_genitive"]
_DE_NEUTER = tuple(_DE_GEN["neuter_endings"])
_DE_STOP = frozenset(_DE_GEN["stop_words"])
_DE_VERBS = frozenset(v for v in _TABLES["verbs"]["de"] if " " not in v and len(v) > 3)


def _de_nominative(body: str, article: str) -> str:
    """"libanesischen Außenministeriums" (after "des") → "libanesisches Außenministerium";
    "ukrainischen Regierung" (after "der") → "ukrainische Regierung"; "Auswärtigen Amtes" →
    "Auswärtiges Amt". Only the words up to the first preposition change."""
    words = body.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _DE_STOP), len(words))
    head, tail = words[:cut], words[cut:]
    if not head or not head[-1][:1].isupper():
        return body
    at = len(head) - 1
    if article == "des":
        # "des Verbands Weserhäfen": the noun in the genitive, then the body's own name (not
        # an inflected adjective before it: "des Auswärtigen Amtes")
        at = next((i for i, w in enumerate(head) if w[:1].isupper() and w.endswith("s")
                   and not w.endswith("ens")), at)
    noun, names = head[at], head[at + 1:]
    head = head[: at + 1]
    if article == "des":
        if noun.endswith("nisses"):
            noun = noun[:-3]  # "Bündnisses" → "Bündnis"
        elif noun.endswith("es") and len(noun) > 4 and noun[-3] not in "aeiouäöü":
            noun = noun[:-2]  # "Amtes" → "Amt", "Rates" → "Rat"
        elif noun.endswith("s") and len(noun) > 3:
            noun = noun[:-1]  # "Außenministeriums" → "Außenministerium"
        ending = "es" if noun.lower().endswith(_DE_NEUTER) else "er"
    else:
        ending = "e"
    adjectives = [
        w[:-2] + ending if w.endswith("en") and len(w) > 4
        else de_strong(w) if article == "der" else w
        for w in head[:-1]
    ]
    return " ".join([*adjectives, noun, *names, *tail])


def de_strong(word: str) -> str:
    """"frühere" → "früherer": after "der" an adjective in "-e" is a man's role in the
    nominative ("der frühere Botschafter"); without the article it takes "-r" ("früherer
    Botschafter"), as an affiliation shown alone must. Other words stay as they are."""
    return word + "r" if word[:1].islower() and word.endswith("e") and len(word) > 3 else word


def de_without_der(words: list[str]) -> list[str]:
    """The words after a dropped "der": its adjectives in the form they take alone."""
    out: list[str] = []
    for i, w in enumerate(words):
        if not w[:1].islower():
            return [*out, *words[i:]]
        out.append(de_strong(w))
    return out


def _in_german_genitive(who: _Who, para: str, full_text: str, lang: list[str]) -> _Who:
    """The affiliation in its nominative when the German text gave it in the genitive."""
    aff = who.affiliation
    if not aff or not who.speaker:
        return who
    # (?<!\w)(des|der)\s+AFF, scanned for: no regex compiled per affiliation and article
    article = wordscan.article_before(aff, para, ("des", "der")) if not aff[:1].isspace() else (
        m[1] if (m := re.search(r"(?<!\w)(des|der)\s+" + re.escape(aff), para)) else None
    )
    if article is None:
        return who
    if not lang:
        lang.append(language.detect(full_text))
    if lang[0] != "de" and not _DE_VERBS & set(para.lower().split()):
        return who  # a German speech verb ("sagte") says so in a text too short to detect
    return _Who(who.speaker, _de_nominative(aff, article), who.pronoun, who.role_ref)
