"""The quotes tables (bot/data/quotes.json), the limits of the work per article, and the words
every stage reads: speech verbs, title words, role nouns, name particles."""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib import resources

from bot.core import lazy_re as re  # compiles each pattern on first use

MAX_QUOTE_TEXT_CHARS = 50_000  # text scanned for quotes per article
MAX_QUOTE_WORDS = 40  # longer quotes keep their leading whole sentences, then "…"
MAX_SEGMENTS = 200  # quoted spans examined per article
# Speech verbs, titles and role words, by language: bot/data/quotes.json.
_TABLES = json.loads(resources.files("bot.data").joinpath("quotes.json").read_text("utf-8"))


_Trie = dict[str, "_Trie"]


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words` (the longest where several match), as a prefix tree:
    hundreds of verbs cost one walk down the tree instead of one try per verb. A space in a
    phrase matches any run of spaces."""
    trie: _Trie = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def walk(node: _Trie) -> str:
        branches = sorted(
            ((r"\s+" if ch == " " else re.escape(ch)) + walk(child) for ch, child in node.items()
             if ch),
            key=lambda b: (-len(b), b),
        )
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return walk(trie)


_VERBS = _alternation(_TABLES["verbs_en"])
_CAP = "[A-ZÀ-ÖØ-Þ]"  # a capital starting an English-text name ("Ó Dálaigh", "Élise")
_VERB = rf"(?:{_VERBS})"
_PRONOUNS = frozenset({"he", "she", "they"})
# lower-case words inside a name ("da Silva", "í Lon"; quotes.json name_particles)
_PARTICLES_TEXT = " ".join(_TABLES["name_particles"])
_PARTICLES = frozenset(_PARTICLES_TEXT.split())
# A particle joined to the surname by a hyphen is part of the name: "Samia el-Masri", "al-Amin".
_PARTICLE_NAME = re.compile(
    rf"^(?:{'|'.join(sorted(_PARTICLES))})-[A-ZÀ-ÖØ-Þ][\w'’-]*$", re.IGNORECASE
)
# Capitalised words that are titles, not names ("Foreign Minister Wang Yi" → "Wang Yi").
_TITLE_WORDS = frozenset(_TABLES["title_words_en"])
_ROLE_NOUNS = frozenset(_TABLES["role_nouns_en"])


def _is_title(low: str) -> bool:
    """A title word, also as the end of a compound ("vice-president", "ex-minister")."""
    return low in _TITLE_WORDS or ("-" in low and low.rsplit("-", 1)[1] in _TITLE_WORDS)


def _is_role_noun(low: str) -> bool:
    return low in _ROLE_NOUNS or ("-" in low and low.rsplit("-", 1)[1] in _ROLE_NOUNS)


# "council member": a member belongs to the body, does not speak for it (quotes.json
# membership_roles): the role stays whole.
_MEMBERSHIP_ROLES = frozenset(_TABLES["membership_roles"])


def _is_membership_role(low: str) -> bool:
    return low in _MEMBERSHIP_ROLES
