"""Direct quotes with their speaker and affiliation, where the text says who spoke.

Handles the shapes news copy uses:

    “…,” said Victor Cha, a Korea expert at the Center for Strategic and International Studies.
    “…,” the defence minister told the Bundestag.   (an unnamed speaker, shown by role)
    “…,” Cha said.   “…,” he said.   “…,” the Kremlin said in a statement.
    Foreign Ministry spokesperson Mao Ning said on Tuesday: “…”
    Victor Cha, a Korea expert at CSIS, told Reuters that “…”
    “…,” according to Kremlin spokesman Dmitry Peskov.
    “First paragraph of a long quote            (no closing mark: the quote goes on)
    “Second paragraph,” she said.

    – Det här är historiskt, sade försvarsminister Åsa Lindgren.   (a dash quote: kept only
    – Tämä on hyvä asia, Heikkinen sanoo.                         with its speaker)
    «…», δήλωσε ο υπουργός.   (the one minister the text named before)
    "…", Ngoại trưởng Indonesia Sari Putri cho biết.   وقالت المتحدثة باسم المنظمة، X: "…"

Curly, straight, German („…“, »…«), French («…»), Swedish and Finnish (”…”), Swiss (‹…›) and
Japanese (「…」) quotation marks are recognised; speech verbs, titles and roles of each language
are in bot/data/quotes.json. A role before a name is kept as the affiliation when no employer
is named ("Finance Minister", "předsedkyně opozičního hnutí"). A pronoun
("he said") is resolved only where the text makes it unambiguous: a person reported speaking
earlier in the same paragraph ("Mwangi said the measures …"), else the last named attribution
in the same or previous paragraph, else a person reported speaking in the previous paragraph;
otherwise the quote stays unattributed. A surname alone ("Cha said") becomes the full name
mentioned earlier. Attribution patterns work in bounded windows and are anchored (no regex
backtracking over attacker-controlled text). Quotes are returned most important first: named
speakers with an affiliation, then named speakers, then the rest; one quote per speaker first.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from bot.content import geo, language, wordscan
from bot.content.clean import fingerprint
from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import Quote

MAX_QUOTE_TEXT_CHARS = 50_000  # text scanned for quotes per article
MAX_QUOTE_WORDS = 40  # longer quotes keep their leading whole sentences, then "…"
MAX_SEGMENTS = 200  # quoted spans examined per article

_PAIRS = {"“": "”", "„": "“”", "«": "»", '"': '"', "‟": "”", "「": "」", "『": "』"}
_OPENER = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
_CLOSER = {o: re.compile("[" + re.escape(c) + "]") for o, c in _PAIRS.items()}
# British single quotes: ‘…’; a ’ inside a word ("don’t") is an apostrophe, not the end.
_PAIRS["‘"] = "’"
_OPENER = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
_CLOSER["‘"] = re.compile(r"’(?!\w)")
# Straight single quotes ('We will…,' she said) only open before a capital, after a non-letter.
_PAIRS["'"] = "'"
_CLOSER["'"] = re.compile(r"'(?!\w)")
# Swedish and Finnish ”…”, Swedish »…», German and Danish »…«, Swiss ‹…›, German ‚…‘: these
# marks also close other styles' quotes, so they open one only before a letter, after a non-letter.
_PAIRS.update({"”": "”", "»": "«»", "›": "‹›", "‹": "›", "‚": "‘"})
_CLOSER.update({o: re.compile("[" + re.escape(_PAIRS[o]) + "]") for o in "”»›‹‚"})
_AMBIGUOUS_OPENERS = "”»›‹‚"
_OPENER = re.compile("[" + re.escape("".join(_PAIRS) + "’") + "]")
# Urdu and Persian outlets write ”…“ and ’…‘ (the marks mirrored for right-to-left text).
_RTL_LETTER = re.compile("[\u0590-\u05ff\u0600-\u06ff]")
_RTL_CLOSER = {"”": re.compile("[“”]"), "’": re.compile("[‘’]")}
_URDU_DOUBLE_CLOSER = re.compile("‘‘|’’")
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
_PARTICLES_TEXT = "de da del della di van von der den al el bin ibn la le du dos bint"
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
# Capitalised words that cannot start a speaker's name.
_NOT_NAMES = frozenset(
    """
    The A An It This That These Those There Here But And Or So Yet He She They We I You His Her
    Their Its Our In On At For After Before When While If As Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar
    Februar März Juni Juli Oktober Dezember Während Nach Vor Bei Im Am
    January February March April May June July August September October
    November December Officials Some Many Most Both Neither No One Others Experts Analysts
    """.split()  # noqa: SIM905
)
_NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ][\w'’.-]*$")
_ORG = (
    r"(?:[A-Z][\w&.'’-]*|[0-9]+)(?:\s+(?:(?:of|on|for|and|the|to|de|du|des|&)\s+){0,2}"
    r"(?:[A-Z][\w&.'’-]*|[0-9]+))*"
)
_NAME_OF_ORG = re.compile(rf"^(?P<name>.+?)\s+(?:of|at|from)\s+(?:the\s+)?(?P<org>{_ORG})\s*$")
_NAME_OF_LOWER_BODY = re.compile(
    r"^(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){1,4})(?:of|at|from|in)\s+the\s+"
    r"(?P<body>(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+)?(?:[a-z]+\s+){0,3}[a-z]+)\s*$"
)
_ORG_IN_APPOS = re.compile(rf"\b(?P<prep>at|of|for|with|from)\s+(?:the\s+)?(?P<org>{_ORG})")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_POSSESSIVE_ORG = re.compile(rf"^(?:the\s+)?(?P<org>{_ORG})['’]s\b")
_APPOS = re.compile(r"\s*,\s*(?P<appos>[^,.;:“”\"]{3,200})")
_AFTER_VERB_FIRST = re.compile(
    rf"^\s*(?:,\s*|[.!?]?\s*So\s+)?(?P<verb>{_VERB})\s+(?P<who>[^,.;:“”\"]{{1,100}})",
    re.IGNORECASE
)
# "said a statement from the Ministry of …", "said a joint communique issued by the Foreign
# Ministry": the body whose statement it is speaks (capitalised: a named body).
_STATEMENT_OF = re.compile(
    r"^(?:a|an|the)\s+(?:[a-z]+\s+){0,2}(?:statement|communiqu[eé]|press release|declaration)"
    rf"\s+(?:(?:issued|released|published)\s+)?(?:from|by|of)\s+(?:the\s+)?(?P<org>{_ORG})$"
)
# After a quote that closed its sentence, a sentence that makes its own statement ("The United
# States said it stood …", "Spokesperson X said: “…”"), not an attribution ("Saleh, a negotiator,
# told reporters."; "“…” So said General X, …").
_NEW_SENTENCE = re.compile(
    rf"^\s+(?!So\s)(?-i:[A-Z])[^.!?“”\"]{{0,80}}?\b(?:{_VERB})\b(?:\s*:|\s+(?:it|that|they|he|she|"
    r"its|their|there|the|a|an|this|these|those|we|i)\b)",
    re.IGNORECASE,
)
_AFTER_WHO_FIRST = re.compile(
    rf"^\s*,?\s*(?P<who>[^,.;:“”\"]{{1,80}}?)\s+(?:[a-z]\w*ly\s+)?(?P<verb>{_VERB})\b"
)
_AFTER_ROLE_NAME = re.compile(
    rf"^\s*,?\s*(?P<role>[^,.;:“”\"]{{2,80}}),\s+(?P<who>[^,.;:“”\"]{{2,60}}),\s+(?:[a-z]\w*ly\s+)?"
    rf"(?P<verb>{_VERB})\b"
)
# Indirect speech naming the speaker before a pronoun quote: "Mwangi said the measures …".
# Speech verbs of other languages (issue 17): after the quote ("…», a déclaré X", "„…“, sagte
# X", "«…», — заявил X"), before it ("X sagte: „…“", "X afirmó: “…”"), or reporting ("X dijo que").
_VERBS_ML = _alternation(v for verbs in _TABLES["verbs"].values() for v in verbs)
_REPORTED = re.compile(
    rf"\b(?P<who>(?:{_CAP}[\w'’.-]*+\s+){{0,3}}{_CAP}[\w'’.-]++)\s+(?:[a-z]\w*ly\s+)?(?:ha[sd]\s+)?"
    rf"(?:{_VERBS}|called|spoke|a parlé|sprach|habló|ha parlato|falou|{_VERBS_ML})(?=\W)"
)
# Before the quote, found from the end (linear time: no backtracking over the window):
# the last speech verb, then what may follow it up to the quote ("said on Tuesday:", "told
# Reuters that"), then the speaker and an optional appositive before it.
_VERB_WORD = re.compile(rf"\b(?:{_VERBS})\b", re.IGNORECASE)
_AFTER_VERB_TO_QUOTE = re.compile(r"[^“”\":.;]{0,60}?\s*[:,]?\s*(?:that\s*)?")
_QUOTE_MARK = re.compile("[“”\"«»„‘’「」]")
_SAID_THEN_STOP = re.compile(r"[^“”\":;.!?]{0,40}\.\s*")
# an adverb is lowercase: "Donnelly said" keeps the surname ("Kelly", "Connolly")
_ADVERB_TAIL = re.compile(r"\s+[a-z]\w*ly\s*$")
_CLAUSE_BREAK = re.compile(r"[.;:“”\"]")
BEFORE_WINDOW = 300  # characters before a quote searched for its attribution
REPORTED_WINDOW = 1000  # characters searched for "X said …" when resolving "he said"
_STOP_WORDS_IN_WHO = re.compile(
    r"\s+(?:on|in|at|during|after|before|last|this|when|while|as|from|to|told|adding|who|"
    r"earlier|later|late|yesterday|today|tonight|recently|previously|afterwards|in\ a|via)\b.*$"
)


@dataclass(frozen=True, slots=True)
class _Segment:
    para: int  # paragraph where the quote closes (attribution is looked for there)
    start_para: int
    start: int  # offset of the opening mark in start_para
    end: int  # offset just after the closing mark in `para`
    text: str
    dash: bool = False  # a dash quote ("– Text, sade X."): kept only with its speaker


@dataclass(frozen=True, slots=True)
class _Who:
    speaker: str | None
    affiliation: str | None = None
    pronoun: bool = False
    role_ref: str | None = None  # "δήλωσε ο υπουργός": the role of someone named before


@dataclass(slots=True)
class _Found:
    text: str
    who: _Who | None
    para: int
    order: int
    end: int  # offset just after the closing mark
    introduced: bool = False  # "X said:" before it: a statement, however short


def _opens_name(ch: str) -> bool:
    """A capital, or a letter of a script without case (Bengali ‘…’, Hindi '…')."""
    return ch.isupper() or (ch.isalpha() and not ch.islower())


def _segments(paragraphs: Sequence[str]) -> list[_Segment]:
    """Quoted spans, joining a quote that runs on into the next paragraph (no closing mark)."""
    out: list[_Segment] = []
    pending: tuple[int, int, str] | None = None  # (start_para, start, text so far)
    for p, para in enumerate(paragraphs):
        i = 0
        n = len(para)
        if pending and para[:1] not in _PAIRS:
            pending = None  # the run-on quote did not continue: not a quote we trust
        while i < n:
            opener = _OPENER.search(para, i)  # the next quotation mark, found in C
            if opener is None:
                break
            i = opener.start()
            if para.startswith("’’", i) and _RTL_LETTER.match(para, i + 2):
                # Urdu ’’…‘‘ (a doubled mark each side): one quotation, not two apostrophes
                close = _URDU_DOUBLE_CLOSER.search(para, i + 2)
                if close is not None:
                    out.append(_Segment(p, p, i, close.end(), para[i + 2 : close.start()].strip()))
                    i = close.end()
                    continue
            rtl = (
                para[i] in _RTL_CLOSER and bool(_RTL_LETTER.match(para, i + 1))
                and not (i > 0 and para[i - 1].isalnum())
            )
            if (para[i] == "’" and not rtl) or (
                para[i] == '"' and 0 < i < n - 1 and para[i - 1].isalpha() and para[i + 1].isalpha()
            ):
                i += 1  # an apostrophe, or the gershayim of a Hebrew abbreviation ('ד"ר')
                continue
            if para[i] in "'‘" and (
                (i > 0 and para[i - 1].isalnum()) or not _opens_name(para[i + 1 : i + 2])
            ):
                i += 1  # an apostrophe ("Côte d'Ivoire", "'90s"), not a quotation
                continue
            if para[i] in _AMBIGUOUS_OPENERS and (
                (i > 0 and para[i - 1].isalnum()) or not para[i + 1 : i + 2].isalnum()
            ):
                i += 1  # a closing mark ("Lire la suite »", 5” pipes), not an opening one
                continue
            closer = (_RTL_CLOSER[para[i]] if rtl else _CLOSER[para[i]]).search(para, i + 1)
            j = closer.start() if closer else n
            if closer is None and rtl and para.rstrip().endswith(("۔", ".", "؟", "!")):
                # ”… ۔ at the paragraph's end: the closing “ was lost (cleaning drops a trailing
                # opening mark), the sentence end shows the quote ends here
                out.append(_Segment(p, p, i, n, para[i + 1 :].strip()))
                break
            if j >= n:  # unclosed: may continue in the next paragraph
                text = para[i + 1 :].strip()
                if pending and i == 0:
                    pending = (pending[0], pending[1], pending[2] + " " + text)
                else:
                    pending = (p, i, text)
                break
            text = para[i + 1 : j].strip()
            if pending and i == 0:
                out.append(_Segment(p, pending[0], pending[1], j + 1, pending[2] + " " + text))
                pending = None
            else:
                out.append(_Segment(p, p, i, j + 1, text))
            i = j + 1
        if "–" in para or "—" in para or para.startswith("- ") or any(
            end in para for end in (". - ", "! - ", "? - ")
        ):
            out.extend(_dash_segments(p, para, out))
    out.sort(key=lambda s: (s.para, s.start_para, s.start))  # dash quotes in reading order
    return out


# Dash quotes (Nordic, Finnish, Slavic): "– Det här är historiskt, sade X." opens a paragraph
# or follows a sentence; the quote runs to the comma before the attribution, a speech verb
# right after it ("sade X", "— заявил X") or after at most six words ("Heikkinen sanoo.").
# A hyphen-minus stands for the dash where a portal's editors type it (Polish "… Kowalski. -
# Jesteśmy w kontakcie - zapewnił minister …"): spaced, after a sentence's end, and closed by
# another spaced one without a comma.
_DASH_START = re.compile(r"(?:^|(?<=[.!?…]\s))(?:[–—]\s*|-\s+)(?=\w)")
_DASH_COMMA = re.compile(r",\s*(?:[–—-]\s*)?|\s[–—-]\s+")
_DASH_VERB_FIRST = re.compile(rf"(?:{_VERBS_ML}|{_VERBS})(?!\w)", re.IGNORECASE)
_DASH_WHO_FIRST = re.compile(r"(?:[^\s,.;:!?]+\s+){1,6}[^\s,.;:!?]+\s*(?:[.,!?]|$)")
DASH_QUOTE_CHARS = 1000  # a dash quote's longest run before its attribution


def _dash_segments(p: int, para: str, found: Sequence[_Segment]) -> list[_Segment]:
    spans = [(s.start, s.end) for s in found if s.para == p == s.start_para]
    out: list[_Segment] = []
    for m in _DASH_START.finditer(para):
        end = next((c for c in _DASH_COMMA.finditer(para, m.end(), m.end() + DASH_QUOTE_CHARS)
                    if _says(para, c.end())), None)
        if end is None or any(a < end.start() and m.start() < b for a, b in spans):
            continue  # no attribution, or marks inside: not a dash quote
        out.append(_Segment(p, p, m.start(), end.start(), para[m.end() : end.start()], True))
    return out


def _says(para: str, at: int) -> bool:
    """Does a speech verb follow at `at` ("sade X"), or end the clause there ("X sanoo.")?"""
    if _DASH_VERB_FIRST.match(para, at):
        return True
    clause = _DASH_WHO_FIRST.match(para, at)
    return bool(clause and _who_before_verb(clause.group(0).rstrip(" .,!?")))


# "Minister for Home Affairs Ravi Menon", "Minister of Health Maria Silva", "Principal Secretary
# for Foreign Affairs Jean-Paul Hoareau": after a title's "for"/"of"/"and", the capitalised words
# before the name name its portfolio; the name is the run's last two words.
_PORTFOLIO_JOINS = frozenset(("for", "of", "and", "&"))
_PORTFOLIO_NOUNS = frozenset(_TABLES["portfolio_nouns_en"])


def _after_portfolio(words: list[str], k: int) -> int:
    if k < 2 or words[k - 1].lower() not in _PORTFOLIO_JOINS or not any(
        _is_title(w.lower()) or _is_role_noun(w.lower()) for w in words[: k - 1]
    ):
        return k
    return max(k, len(words) - 2)


def _name_from(phrase: str) -> _Who | None:
    """Split "Kremlin spokesman Dmitry Peskov" into speaker "Dmitry Peskov", affiliation "Kremlin".

    The speaker is the trailing run of name-like words; titles ("Foreign Minister"), role nouns
    ("spokesman") and possessives ("South Korea's") before it are the role. Returns None when
    the phrase names nobody ("a senior official").
    """
    phrase = _STOP_WORDS_IN_WHO.sub("", _unmask(phrase).strip())
    words = phrase.split()
    if not words or len(words) > 10:
        return None
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return _Who(None, pronoun=True)
    k = len(words)
    while k > 0:
        word = words[k - 1]
        low = word.lower()
        if word in _NOT_NAMES or _is_title(low) or low.endswith(("'s", "’s")):
            break
        if not (_NAME_TOKEN.match(word) or low in _PARTICLES or _PARTICLE_NAME.match(word)):
            break
        k -= 1
    # "The Foreign Affairs Ministry": a body's name keeps the title-like words leading its noun
    if k < len(words) and words[-1].lower() in _ORG_NOUNS:
        while k > 0 and words[k - 1][:1].isupper() and words[k - 1] not in _NOT_NAMES:
            k -= 1
    while k < len(words) - 1 and k and words[k].lower() in _PORTFOLIO_NOUNS and (
        _is_title(words[k - 1].lower())
    ):
        k += 1  # "… for Foreign Affairs Jean-Paul Hoareau": "Affairs" ends the title
    k = _body_of_name(words, k)
    k = _after_portfolio(words, k)
    name_words = words[k:]
    while name_words and name_words[0].lower() in _PARTICLES:
        name_words = name_words[1:]
    if not name_words or len(name_words) > 5:
        return None
    role = words[:k]
    affiliation = None
    for i, word in enumerate(role):
        if word.lower().endswith(("'s", "’s")):
            # "Peru's Foreign Minister": a title in capitals after the owner is the office it
            # names; "Japan's defence minister" says where from: the owner
            title = _title_of([w for w in role[i + 1 :] if w.lower() not in _HONORIFICS])
            affiliation = " ".join(role[: i + 1]) + " " + title if title else (
                " ".join(role[: i + 1])[:-2]
            )
        elif i > 0 and _is_role_noun(word):  # "Commission vice-president": the body
            affiliation = _org_before(role[:i]) or affiliation
    # "Chairman Dr Terrence Alleyne", "The Minister, Mr Yaw Mensah": the courtesy title before
    # the name is no part of the role
    while role and role[-1].lower() in _HONORIFICS:
        role.pop()
    # "Finance Minister Jonas Albrecht"; "adviser Mahfuza Rahman"; "army spokesman Brig. Gen. X"
    core = list(role)
    while core and core[-1][:1].isupper() and _is_title(core[-1].lower()):
        core.pop()  # the rank before the name, after the role
    affiliation = affiliation or _title_of(role) or _placed_role(role) or (
        _lower_role(core) if len(core) < len(role) else None
    )
    if affiliation:
        affiliation = re.sub(r"^(?:the|a|an)\s+", "", affiliation, flags=re.IGNORECASE) or None
    speaker = " ".join(name_words)
    if not speaker.endswith(("Jr.", "Sr.")):
        speaker = speaker.rstrip(".’'")
    return _Who(speaker, affiliation)


def _body_of_name(words: Sequence[str], k: int) -> int:
    """Where a name ending at words[k:] starts when it is a body's "X of Y": "The C of E",
    "the Dept of Labor", "the Church of Norland" (an initial, an abbreviation or a body's noun
    before "of"), not only its last word ("E"). "Ana Lins of Eastbury" is left alone."""
    if k >= 2 and k < len(words) and words[k - 1] == "of":
        head = words[k - 2]
        if head[:1].isupper() and head not in _NOT_NAMES and (
            head.isupper() or head.lower().rstrip(".") in _ORG_NOUNS
        ):
            k -= 2
            while k > 0 and _NAME_TOKEN.match(words[k - 1]) and words[k - 1] not in _NOT_NAMES \
                    and not _is_title(words[k - 1].lower()):
                k -= 1
    return k


_NOT_EMPLOYER = frozenset(("former", "then", "acting", "ex", "outgoing", "incoming", "the"))
_HONORIFICS = frozenset(_TABLES["honorifics_en"])


_ORG_NOUNS = frozenset(_TABLES["org_nouns_en"])
BODY_LOWER_WORDS = 3  # lower-case words of a body's name before its noun ("foreign", "coast")


def _lower_body(words: Sequence[str]) -> list[str]:
    """"Chinese foreign ministry", "army", "Nepal's foreign ministry": a body named in lower case
    (its noun in bot/data/quotes.json "org_nouns_en"), with the capitalised words leading it."""
    if not words or words[-1] not in _ORG_NOUNS:
        return []
    k = len(words) - 1
    while (k > 0 and len(words) - k <= BODY_LOWER_WORDS and words[k - 1].isalpha()
           and words[k - 1].islower() and words[k - 1] not in _NOT_ROLE_WORDS
           and words[k - 1] not in _NOT_EMPLOYER and not _is_role_noun(words[k - 1])):
        k -= 1
    # "Chinese", "Nepal's" ("Nepal's foreign ministry": whose ministry is part of its name)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1] not in _NOT_NAMES:
        k -= 1
    return list(words[k:])


def _org_before_portfolio(words: Sequence[str]) -> list[str]:
    """"Commission trade", "EU foreign policy": a body in capitals, then one or two lowercase
    words naming the role's portfolio ("Commission trade spokesperson"): the body."""
    k = len(words)
    while k > 0 and len(words) - k < 2 and words[k - 1].isalpha() and words[k - 1].islower() \
            and words[k - 1] not in _NOT_ROLE_WORDS and not _is_role_noun(words[k - 1]):
        k -= 1
    if k == len(words):
        return []
    org: list[str] = []
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1] not in _NOT_NAMES \
            and not words[k - 1].lower().endswith(("'s", "’s")):
        org.insert(0, words[k - 1])
        k -= 1
    # a body (its noun, an acronym), not a nationality ("Fijian trade minister": the title)
    if org and (org[-1].lower() in _ORG_NOUNS or (org[-1].isupper() and len(org[-1]) >= 2)):
        return org
    return []


def _org_before(words: Sequence[str]) -> str | None:
    """The capitalised words right before a role noun: "Kremlin" in "Kremlin spokesman", "UN"
    in "Former UN envoy" (not "Former"); a body named in lower case ("Chinese foreign ministry
    spokesman", "army spokesman")."""
    org: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        org.insert(0, w)
    org = org or _lower_body(words) or _org_before_portfolio(words)
    while org and org[0].lower() in _NOT_EMPLOYER:
        org = org[1:]
    return " ".join(org) or None


_TITLE_LINKS = frozenset(("of", "for", "and", "on", "the"))
_NOT_ROLE_WORDS = frozenset((
    "the", "a", "an", "of", "and", "by", "with", "to", "for", "said", "says", "told", "in", "on",
    "at", "from", "as", "who", "that", "his", "her", "their", "its",
))


def _lower_role(words: Sequence[str], least: int = 1) -> str | None:
    """The lowercase role right before a name: "rice farmer" (Peter Kamau), "adviser"."""
    out: list[str] = []
    for w in reversed(words):
        if not (w.isalpha() and w.islower()) or w in _NOT_ROLE_WORDS or len(out) == 3:
            break
        out.insert(0, w)
    if len(out) >= least and _is_role_noun(out[-1]):
        return " ".join(out)
    return None


def _placed_role(role: Sequence[str]) -> str | None:
    """A lowercase role with the place or body that leads it: "Aceh social affairs head" (Budi
    Santoso), "Kenya health minister": whose department it is belongs to the affiliation; a
    word that only opens the phrase ("Former", "The") does not."""
    lower = _lower_role(role)
    if not lower:
        return None
    k = len(role) - len(lower.split())
    lead: list[str] = []
    while k > 0 and len(lead) < 2 and _NAME_TOKEN.match(w := role[k - 1]) and (
        w not in _NOT_NAMES and w.lower() not in _NOT_EMPLOYER and not _is_title(w.lower())
        and w.lower() not in _HONORIFICS and not w.lower().endswith(("'s", "’s"))
    ):
        lead.insert(0, w)
        k -= 1
    return " ".join([*lead, lower]) if lead and k == 0 else lower


def _title_of(role: Sequence[str]) -> str | None:
    """A capitalised title before a name, when it names no employer: "Finance Minister",
    "Secretary of State", "ECOWAS Commission President" (not "Gen.", "Mr", "Former")."""
    words = list(role)
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if (
        not words or words[-1].lower() in _TITLE_LINKS
        or not all(w[:1].isupper() or w in _TITLE_LINKS for w in words)
        or not any(w[:1].isupper() and (
            # "Secretary-General", "Director-General": the role noun leads the compound
            _is_role_noun(w.lower()) or any(_is_role_noun(p) for p in w.lower().split("-"))
        ) for w in words)
    ):
        return None
    return " ".join(words)


def _role_affiliation(role: str) -> str | None:
    """What a role before a name says of the person's employer: "Japan's defence minister" →
    "Japan", "a senior NATO official" → "NATO", "the AU Commission President" → the title."""
    role = _unmask(role).strip()
    found = _affiliation_from_role(role)
    if found:
        return found
    words = role.split()
    for i, word in enumerate(words):
        if word in _ROLE_NOUNS and i > 0 and (org := _org_before(words[:i])) and not (
            org.islower() and " " not in org
        ):  # a bare "government" or "army" says no more than the role that holds it
            return org
    # "a government negotiator, Aline Kabamba": the role itself when it names no employer
    # ("the ministry's spokesperson" says whose, not who: nothing)
    possessive = any(w.endswith(("'s", "’s")) for w in words)
    return _title_of(words) or (None if possessive else _role_text(role))


_ROLE_TAIL_PREPOSITIONS = frozenset(("for", "at", "of", "with", "from", "in"))
# "the Chief Executive Officer of the Ministry of Foreign Affairs and Trade": a role, then the
# body's capitalised name, however many words it takes.
ROLE_BODY_WORDS = 16
_BODY_TAIL = re.compile(rf"(?:of|for|at|with|from|in)\s+(?:the\s+)?{_ORG}")


def _role_speaker(phrase: str) -> _Who | None:
    """An unnamed but identified speaker: "the defence minister", "a senior Ghanaian security
    official", "Ghana's foreign minister", "a spokesperson for the foreign ministry". Readers
    learn who spoke, though not the name; "a statement from the ministry" is nobody."""
    full = _unmask(phrase).strip()
    phrase = _STOP_WORDS_IN_WHO.sub("", full).strip(" ,")
    words = phrase.split()
    if not 2 <= len(words) <= ROLE_BODY_WORDS:
        return None
    head = next(
        (words[:i] for i in range(1, len(words)) if words[i].lower() in _ROLE_TAIL_PREPOSITIONS),
        words,
    )
    if len(words) > 8 and not _BODY_TAIL.fullmatch(" ".join(words[len(head):])):
        return None  # a long phrase is a role only when a body's name makes it long
    if not _is_role_noun(head[-1].lower()):
        return None
    determined = words[0].lower() in ("the", "a", "an")
    if not determined and not any(w.endswith(("'s", "’s")) for w in head[:-1]):
        return None  # "Côte d’Ivoire’s defence minister" yes, "Defence minister" no
    affiliation = None
    for i, word in enumerate(head[:-1]):
        if word.endswith(("'s", "’s")):
            owner = " ".join([*head[int(determined) : i], word[:-2]])
            affiliation = owner if owner[:1].isupper() else None  # not "the country's"
    return _Who(phrase, affiliation or _affiliation_from_role(full))


# ", who heads Ukraine’s coordination office for …", ", a capo del centro …", ", à frente da
# agência …": the body the speaker heads, to the end of the clause, capitalised or not.
_HEAD_OF = re.compile(
    rf"^\s*,?\s*(?:{_alternation(p for k, ps in _TABLES['head_of'].items() for p in ps)})"
    rf"(?:\s+(?:{_alternation(_TABLES['head_of_articles'])})(?=\s)"
    rf"|\s+(?:{_alternation(_TABLES['head_of_elided'])})['’](?=\w))?\s*"
    r"(?P<body>[^\s,.;:!?“”„«»\"()][^,.;:!?“”„«»\"()]{2,150})",
    re.IGNORECASE,
)
HEAD_OF_MAX_WORDS = 12  # a body's name; a longer clause is a sentence, not an affiliation


def _head_of(text: str) -> str | None:
    """"who heads Romania’s office for missing persons" → "Romania’s office for missing
    persons"; None when `text` does not say whom the speaker heads."""
    m = _HEAD_OF.match(text)
    if not m:
        return None
    body = m["body"].strip()
    return body if len(body.split()) <= HEAD_OF_MAX_WORDS else None


def _affiliation_from_appos(appos: str | None) -> str | None:
    """", a Korea expert at the Center for Strategic …" → "Center for Strategic …"."""
    if not appos:
        return None
    appos = appos.strip(" ,")
    if head := _head_of(appos):
        return head
    if appos.lower().startswith("whose "):
        return None  # ", whose son last called from Donetsk": about someone else
    m = _POSSESSIVE_ORG.match(appos)
    if m:
        # "Peru's deputy minister of culture": the role with its owner says who they are ("Peru"
        # alone says only where from); an owner without a role after it is the body.
        role = _role_text(appos[m.end():].strip(), bare=True)
        return f"{m['org']}{appos[m.end('org'):m.end()]} {role}" if role else m["org"]
    if m := _ROLE_TO_TITLE.match(appos):
        # "adviser to the President of Uzbekistan": whom the speaker serves, not the country
        return m.group(0).removeprefix(m["article"] or "").strip()
    if body := _possessive_body(appos):
        return body
    # "at"/"with" name an employer; "of"/"for"/"from" only when nothing better is said
    # ("director of the Asia program at the German Marshall Fund" → German Marshall Fund).
    best: dict[bool, str] = {}
    for m in _ORG_IN_APPOS.finditer(appos):
        nxt = _NEXT_WORD.match(appos, m.end())
        if nxt and nxt.group(1) in _ROLE_NOUNS:
            continue  # "a Horn of Africa analyst": a subject, not an employer
        org = m["org"]
        if m["prep"] != "of" and not org.endswith(("'s", "’s")):
            # "a spokesperson for the Chinese foreign ministry": the employer is the body the
            # nationality leads ("the head of the Russian delegation" speaks for the country)
            org = _possessed_body(org, appos[m.end():])
        best[m["prep"] in ("at", "with")] = (
            _possessed_body(org, appos[m.end():]) if org.endswith(("'s", "’s")) else org
        )
    return best.get(True) or best.get(False)


# "adviser to the President of X", "an aide to the Minister of Transport": a role serving a
# title holder, kept whole as the affiliation.
_ROLE_TO_TITLE = re.compile(
    r"^(?P<article>(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:adviser|advisor|aide|assistant|"
    rf"counsellor|counselor|envoy|secretary)\s+to\s+the\s+{_CAP}\w*(?:\s+{_CAP}\w*)*"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_ORG})?"
)


def _possessed_body(org: str, rest: str) -> str:
    """"India’s" + " finance ministry" → "India’s finance ministry": an owner in the possessive
    is not the body; the body is the lower-case noun after it, else the owner alone ("India").
    So for a nationality an employer's body follows: "Chinese" + " foreign ministry" → "Chinese
    foreign ministry"."""
    words = [w.strip(",.;:!?") for w in rest.split()[:BODY_LOWER_WORDS]]
    for n in range(len(words), 0, -1):  # the longest lower-case body ending in its noun
        body = _lower_body([org, *words[:n]])
        if len(body) > 1 and body[0] == org:
            return " ".join(body)
    return org[:-2] if org.endswith(("'s", "’s")) else org


_POSSESSIVE_BODY = re.compile(
    r"^(?:the\s+)?(?P<owner>(?:[^\s,'’]+\s+){0,5}?[a-z]+)['’]s\s+(?P<role>.+)$"
)


def _possessive_body(appos: str) -> str | None:
    """"the Philippine coast guard's spokesman" → "Philippine coast guard": a body named in
    lower case owning the role stated after it."""
    m = _POSSESSIVE_BODY.match(appos)
    if not m or not any(_is_role_noun(w) for w in m["role"].split()[:3]):
        return None
    body = _lower_body(m["owner"].split())
    return " ".join(body) if (body and body[0][:1].isupper()) or len(body) >= 2 else None


_APPOS_ROLE = re.compile(r"^(?:a|an|the)\s+(?P<role>(?:[A-ZÀ-Ý][a-zà-ÿ]+\s+)?[a-z][^,]*)$")
_APPOS_ROLE_BARE = re.compile(r"^(?P<role>[a-z][^,]*)$")


def _role_from_appos(appos: re.Match[str] | None) -> str | None:
    """", a senior fellow at the institute" → "senior fellow at the institute": with no employer
    named, the role the appositive states (a role noun within its first three words); also
    without an article (", deputy head of the regional military administration")."""
    if not appos:
        return None
    return _role_text(appos["appos"]) or _role_text(appos["appos"], bare=True)


ROLE_NOUN_AT = 5  # an appositive role's words to its noun ("former Armenian deputy … minister")


def _role_text(text: str, *, bare: bool = False) -> str | None:
    m = (_APPOS_ROLE_BARE if bare else _APPOS_ROLE).match(_unmask(text).strip())
    words = m["role"].split() if m else []
    at = 3 if bare else ROLE_NOUN_AT  # bare "a Horn of Africa analyst": a subject, not a role
    if not m or len(words) > 8 or not _ROLE_NOUNS & set(words[:at]):
        return None
    if words[0][:1].isupper() and not (
        # "an Omani foreign ministry official": a nationality leading a body in lower case
        len(words) >= 3 and words[1].islower() and _lower_body(words[:-1])
        and _is_nationality(words[0], text)
    ):
        return None
    return m["role"].strip()


def _affiliation_from_role(role: str) -> str | None:
    """"Japan's defence minister" → "Japan"; "a researcher at the IISS" → "IISS"; "Peru's
    Foreign Minister" → "Peru's Foreign Minister" (a title in capitals: the office itself,
    as the name after the possessive says with its role, not where they are from)."""
    m = _POSSESSIVE_ORG.match(role.strip())
    if m:
        rest = role.strip()[m.end():].strip()
        if (title := _title_of(rest.split())) is not None:
            return f"{m['org']}{role.strip()[m.end('org'):m.end()]} {title}"
        return m["org"]
    return _affiliation_from_appos(role)


_DETERMINED = re.compile(r"^\s*(?:a|an|the)\s", re.IGNORECASE)
_THEN_NAME = re.compile(r"\s*,\s*(?P<name>[^,.;:“”\"]{3,60}?)\s*(?:[,.;]|$)")
_DASH_NAME = re.compile(r"^\s*[—–]\s*(?P<who>[^,.;:“”\"()]{3,60})(?P<appos>,[^.;“”\"]{3,160})?")


# "his sister", "their lawyer", "her eldest son": who the speaker is to someone, then the name.
_RELATION = re.compile(r"^(?:his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?$")


def _attribute_after(after: str) -> _Who | None:
    """Attribution right after the closing mark: ', said X' / ', X said' / ', he said'."""
    after = _mask(after)
    dash = _DASH_NAME.match(after)
    if dash and not _VERB_WORD.search(dash["who"]):
        # "“…” — Amina Yusuf, foreign minister of Kenya" (a pull quote's credit line)
        who = _name_from(dash["who"])
        named = len(who.speaker.split()) if who and who.speaker else 0
        lead = _unmask(dash["who"]).split()[:-named] if named else []
        if who and who.speaker and len(who.speaker.split()) >= 2 and all(
            w[:1].isupper() or _is_title(w.lower()) or _is_role_noun(w.lower()) for w in lead
        ):  # not "– powiedział szef MSZ X" (a verb of another language: theirs to read)
            aff = _affiliation_from_appos(_unmask(dash["appos"] or "")) or who.affiliation
            return _Who(who.speaker, aff)
    verb_first = _AFTER_VERB_FIRST.match(after)
    if verb_first and (m := _STATEMENT_OF.match(_unmask(verb_first["who"]).strip())):
        return _Who(m["org"])  # “…,” said a statement from the Ministry of Foreign Affairs
    if verb_first and (role := _role_speaker(verb_first["who"])):
        # “…,” said the ECOWAS Commission President, Omar Diallo.
        if person := _then_named(after, verb_first.end("who")):
            return _Who(person, role.affiliation or _role_affiliation(verb_first["who"]))
        return role  # “…,” said a spokesperson for the Foreign Ministry (not "Ministry")
    if verb_first and (owned := _POSSESSED_ROLE.match(_unmask(verb_first["who"]).strip())) and (
        person := _then_named(after, verb_first.end("who"))
    ) and not any(  # "the country's central bank, Bank Indonesia": a body, not a person
        w.lower() in _ORG_NOUNS or _is_body_or_place(w)
        for w in [owned[0].split()[-1], *person.split()]
    ):
        # “…,” said the study's lead author, Dr Farah Isaacs: whatever the role's noun, a
        # possessive owning a lower-case role, then a name in apposition, names the speaker;
        # the owner is the affiliation only when it is a name ("Oxford's", not "the study's")
        owner = owned["owner"]
        return _Who(person, owner if owner[:1].isupper() and not owned["det"] else None)
    if verb_first and _RELATION.match(_unmask(verb_first["who"]).strip()) and (
        then := _THEN_NAME.match(after, verb_first.end("who"))
    ):
        # “…,” said his sister, Mei Chow, in a statement: the name after a relative's word
        who = _name_from(then["name"])
        if who and who.speaker and " " in who.speaker and _unmask(then["name"]) == who.speaker:
            return _Who(who.speaker)
    if verb_first and (m := _NAME_OF_ORG.match(_unmask(verb_first["who"]))):
        who = _name_from(m["name"])  # “…,” said Professor Anna Berg of Uppsala University
        if who and who.speaker:
            return _Who(who.speaker, m["org"])
    if verb_first and (m := _NAME_OF_LOWER_BODY.match(_unmask(verb_first["who"]))):
        # “…,” said Anna Berg of the foreign ministry: a body named in lower case
        who = _name_from(m["name"])
        body = m["body"].split()
        if who and who.speaker and _lower_body(body) == body:
            return _Who(who.speaker, " ".join(body))
    if verb_first:
        who = _name_from(verb_first["who"])
        if who and who.speaker:
            appos = _APPOS.match(after, verb_first.end("who"))
            aff = _affiliation_from_appos(_unmask(appos["appos"]) if appos else None)
            return _Who(who.speaker, aff or who.affiliation or _role_from_appos(appos))
        if who and who.pronoun:
            return who  # “…,” said he.
    m = _AFTER_ROLE_NAME.match(after)
    # (also a bare lower-case role: "…,” Dilshad Kawani, spokesperson for the KRG Ministry of
    # Natural Resources, told Zagros 24: the body is no speaker)
    if m and (_DETERMINED.match(m["who"]) or (
        m["who"].lstrip()[:1].islower() and _role_text(m["who"], bare=True)
    )):
        # “…,” Cmdr. Ana Ruiz, a spokeswoman for the Fifth Fleet, said: the name comes first and
        # the appositive says what she is (not "Fifth Fleet" as the speaker).
        who = _name_from(m["role"])
        if who and who.speaker:
            described = _unmask(m["who"])
            return _Who(who.speaker, _affiliation_from_appos(described) or who.affiliation
                        or _role_text(described) or _role_text(described, bare=True))
        return _role_speaker(m["role"]) or _Who(None)
    if m and (head := _head_of(_unmask(m["who"]))):
        # “…,” Ana Berg, who heads the missing persons agency, said.
        who = _name_from(m["role"])
        if who and who.speaker:
            return _Who(who.speaker, head)
    if m:
        who = _name_from(m["who"])
        if who and who.speaker:
            return _Who(who.speaker, _role_affiliation(m["role"]))
    m = _AFTER_WHO_FIRST.match(after)
    if m and _who_first_words(m["who"]) <= 7:
        # Named, a pronoun, a role ("the defence minister") or nobody ("the report"): either
        # way, not the text before the quote.
        return _role_speaker(m["who"]) or _name_from(m["who"]) or _Who(None)
    if verb_first and len(verb_first["who"].split()) <= 8:
        return _Who(None)  # “…,” said the report (a role was taken above)
    return None


WHO_FIRST_TITLED_WORDS = 10  # "Deputy Minister of Public Works and Transport Khamphou Vongsa"


def _who_first_words(who: str) -> int:
    """The words of a speaker named before the verb after a quote, as the 7-word cap counts
    them: a courtesy title ("Mr", "Dr.") is none; a title in capitals with its portfolio
    ("Deputy Minister of Public Works and Transport") counts as one when a name follows."""
    words = [w for w in who.split() if w.lower().rstrip("." + _DOT) not in _HONORIFICS]
    if len(words) <= WHO_FIRST_TITLED_WORDS and all(
        w[:1].isupper() or w in _TITLE_LINKS for w in words
    ) and (named := _name_from(who)) and named.speaker and named.affiliation and (
        _title_of(who.split()[: -len(named.speaker.split())])
    ):
        return len(named.speaker.split()) + 1
    return len(words)


# "the study's lead author", "Oxford's chief investigator": an owner in the possessive, then
# a role of one to four lower-case words.
_POSSESSED_ROLE = re.compile(
    r"^(?P<det>(?:the|a|an)\s+)?(?P<owner>[\w.-]+(?:\s+[\w.-]+){0,2})['’]s"
    r"(?:\s+[a-z][\w-]*){1,4}$"
)


def _then_named(after: str, at: int) -> str | None:
    """The name in apposition after a role (", Omar Diallo." / ", Dr. Ousmane Diallo," /
    ", former Foreign Affairs Principal Secretary Grace Wambui"): the name alone or after
    titles; None when what follows the comma is not only a name of two or more words."""
    then = _THEN_NAME.match(after, at)
    who = _name_from(then["name"]) if then else None
    then_words = _unmask(then["name"]).split() if then else []
    lead = then_words[: -len(who.speaker.split())] if who and who.speaker else then_words
    if (
        who and who.speaker and " " in who.speaker
        and " ".join(then_words).endswith(who.speaker)
        and (all(_is_title(w.lower().rstrip(".")) for w in lead) or _former_title(lead))
    ):
        return who.speaker
    return None


def _former_title(words: Sequence[str]) -> bool:
    """"former Foreign Affairs Principal Secretary": a capitalised title, held now or before."""
    words = list(words)
    while words and words[0].lower() in _NOT_EMPLOYER:
        words = words[1:]
    return bool(words) and _title_of(words) is not None


def _split_who_appos(head: str) -> tuple[str, str | None]:
    """"… Victor Cha, a fellow at CFR," → ("Victor Cha", "a fellow at CFR")."""
    head = _ADVERB_TAIL.sub("", head).rstrip()
    breaks = list(_CLAUSE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end() :]
    if head.endswith(","):
        parts = head[:-1].rsplit(",", 2)
        if len(parts) >= 2:
            return parts[-2].strip(), parts[-1].strip()
        return parts[0].strip(), None
    return head.rsplit(",", 1)[-1].strip(), None


def _attribute_before(before: str) -> _Who | None:
    """Attribution leading into the quote: 'X, a … at Y, said: “…' / 'according to X, “…'."""
    before = _mask(before[-BEFORE_WINDOW:])
    verbs = list(_VERB_WORD.finditer(before))
    if not verbs:
        return _titled_name_colon(before)
    verb = verbs[-1]
    rest = before[verb.end() :]
    if verb.group(0).lower() == "according to":
        # "according to X, a … at Y, “…": the speaker comes after the verb.
        if not rest.rstrip().endswith(",") or _CLAUSE_BREAK.search(rest):
            return None
        parts = rest.rstrip()[:-1].split(",", 1)
        who_text, appos = parts[0], (parts[1] if len(parts) > 1 else None)
    else:
        # "Yusuf, the foreign minister, said on Monday. “We will …”": the quote that follows
        # the sentence reporting her speech is hers.
        if not _AFTER_VERB_TO_QUOTE.fullmatch(rest) and not (
            _SAID_THEN_STOP.fullmatch(rest)
            and not _QUOTE_MARK.search(before[: verb.start()].rsplit(". ", 1)[-1])
        ):
            # (after a quote, "…,” Hill said." attributes that quote, not this)
            return _titled_name_colon(before)
        who_text, appos = _split_who_appos(before[: verb.start()])
    if not who_text or len(who_text) > 100:
        return None
    if appos and (named := _appositive_name(_unmask(appos))) and (
        role_who := _role_speaker(who_text)
    ):
        # "The Minister, Mr Yaw Mensah, said …": the role first, then the name in apposition
        lowered = who_text[:1].lower() + who_text[1:]  # "The defence minister" → its role
        return _Who(named, role_who.affiliation or _role_affiliation(lowered))
    who = _role_speaker(who_text) or _name_from(who_text)
    if who and (who.speaker or who.pronoun):
        aff = _affiliation_from_appos(_unmask(appos) if appos else None) or who.affiliation
        if not aff and appos and who.speaker and not _unmask(appos).startswith("the "):
            # "X, a lawyer for the editor, said:", as after the quote ("the foreign minister"
            # before a quote sentence of its own stays without: the tests' existing decision)
            aff = _role_text(appos) or _role_text(appos, bare=True)
        return _Who(who.speaker, aff, who.pronoun)
    return None


def _appositive_name(appos: str) -> str | None:
    """"Mr Yaw Mensah", "Dr. Ana Berg", "Lena Ortiz": an appositive that is only a person's
    name of two or more words, maybe after a courtesy title; None for a role ("a senior
    official") or a name with more words around it."""
    words = appos.split()
    while words and words[0].lower() in _HONORIFICS:
        words = words[1:]
    if not 2 <= len(words) <= 5 or not all(_NAME_TOKEN.match(w) for w in words):
        return None
    who = _name_from(" ".join(words))
    return who.speaker if who and who.speaker == " ".join(words) else None


def _titled_name_colon(before: str) -> _Who | None:
    """"State Secretary Ana Berg: “…”": a title and a name, nothing else, then a colon (a
    standfirst's way of quoting); a heading ("Talks in Geneva:") names nobody."""
    if not before.rstrip().endswith(":"):
        return None
    clause = _CLAUSE_BREAK.split(before.rstrip()[:-1])[-1].strip()
    words = clause.split()
    if not 3 <= len(words) <= 8:
        return None
    who = _name_from(clause)
    if not (who and who.speaker and len(who.speaker.split()) >= 2 and who.affiliation):
        return None
    if not clause.endswith(who.speaker) or not _title_of(words[: -len(who.speaker.split())]):
        return None
    return who


# Dots inside names and titles ("U.S.", "Gen.", "John F. Kennedy") would end a clause for the
# attribution patterns; they are swapped for a look-alike while matching.
_DOT = "\u2024"
# Abbreviated titles and ranks ("Brig. Gen.", "Cmdr.", "Dr."): bot/data/quotes.json (words
# of letters only: `_mask_abbreviations` relies on it).
_ABBREVIATIONS = frozenset(_TABLES["title_abbreviations_en"])
_ABBREVIATION_MAX = max(map(len, _ABBREVIATIONS))


# "\b([A-Z])\.(?=…)" written from its dot (a literal the search finds fast), the initial
# behind it: the same matches, where a leading "\b" made the search try every position.
_INITIAL_DOT = re.compile(r"\.(?<=\b[A-Z]\.)(?=[A-Z]\.|\s+[A-Z]|[,’'])")
_NEXT_INITIAL_DOT = re.compile(r"(?<=[A-Z]\u2024[A-Z])\.")


# "Brig. (Retd.) Tariq Jamil": the retired mark's full stop ends no sentence.
_RETIRED_DOT = re.compile(r"\((retd|rtd|ret)\.\)", re.IGNORECASE)


def _mask(text: str) -> str:
    if ".)" in text:
        text = _RETIRED_DOT.sub(lambda m: f"({m[1]}{_DOT})", text)
    # Dotted initials: "U.S." → both dots; a loop is needed for consecutive letters.
    masked = _INITIAL_DOT.sub(_DOT, text)
    if _DOT in masked:  # (the second pattern only follows a first one's dot)
        masked = _NEXT_INITIAL_DOT.sub(_DOT, masked)
    return _mask_abbreviations(masked)


def _mask_abbreviations(text: str) -> str:
    r"""`_DOT` for the full stop of an abbreviated title or a single capital, as
    `\b(?:(?<![\w.])[A-Z](?=\.)|ABBREVIATION)\.(?=\s|[A-Z,])` would replace it (that regex
    began with `\b`, so its search tried every position of every text): each match ends at a
    full stop and holds none before it, so every "." is looked at on its own, backwards."""
    size = len(text)
    cut: list[int] = []
    d = text.find(".", 1)
    while 0 < d < size - 1:
        nxt = text[d + 1]
        if nxt.isspace() or nxt == "," or "A" <= nxt <= "Z":
            s = d  # the run of word characters before the stop (no longer than a title)
            while s > 0 and d - s <= _ABBREVIATION_MAX and wordscan.is_word_char(text[s - 1]):
                s -= 1
            word = text[s:d]
            if len(word) == 1:
                if "A" <= word <= "Z" and (s == 0 or text[s - 1] != "."):
                    cut.append(d)
            elif word in _ABBREVIATIONS and (s == 0 or not wordscan.is_word_char(text[s - 1])):
                cut.append(d)
        d = text.find(".", d + 1)
    if not cut:
        return text
    parts, begin = [], 0
    for d in cut:
        parts.append(text[begin:d])
        begin = d + 1
    parts.append(text[begin:])
    return _DOT.join(parts)


def _unmask(text: str) -> str:
    return text.replace(_DOT, ".")


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


def _bounded(paragraphs: Sequence[str]) -> list[str]:
    out, budget = [], MAX_QUOTE_TEXT_CHARS
    for para in paragraphs:
        if budget <= 0:
            break
        out.append(para[:budget])
        budget -= len(para)
    return out


# A Russian patronymic ("Владимирович", "Сергеевна"): the middle of a three-word name.
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|чна|инична)$")
_CAP_ANY = "[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ]"  # a capital opening a name in Latin or Cyrillic script


# The preposition joining a role to its place or body ("prefeita de Arequipa", "mayor of X").
_ROLE_OF_WORDS = frozenset(
    ["de", "da", "do", "of", "di", "del", "della", "von", "vom", "du", "des", "dos", "das"]
)


@lru_cache(maxsize=32)
def _first_name_in(text: str, surname: str) -> str | None:
    # "Rui Albuquerque Tavares": up to two given names (the caller drops titles leading them);
    # "Мария Захарова": in Cyrillic the word before is a given name only when a patronymic
    # does not stand between ("России Мария Захарова" → "Мария")
    m = re.search(rf"(?<!\w)((?:{_CAP_ANY}[\w'’-]*+\s+){{1,2}}){re.escape(surname)}(?!\w)", text)
    if not m:
        return None
    words = m.group(1).split()
    if len(words) == 2 and re.search("[А-Яа-яЁё]", words[1]) and not _PATRONYMIC.search(
        words[1]
    ):
        return words[1]
    # "a ex-prefeita de Arequipa Rosa Quispe", "the mayor of Mombasa Amina Odhiambo": the word
    # after a preposition is the place or body the role is of, the name starts after it
    if len(words) == 2 and (text[: m.start()].rsplit(None, 1) or [""])[-1] in _ROLE_OF_WORDS:
        return words[1]
    return m.group(1)


# A full name as a text introduces it: capitalised words, name particles between them ("Luiz
# Inácio Lula da Silva", "Marina Silva").
_NAME_RUN = re.compile(
    rf"{_CAP}[\w'’-]+(?:\s+(?:(?:da|de|do|dos|das|di|del|della|van|von|der|den|du|al|el|bin|ibn)"
    rf"\s+)?{_CAP}[\w'’-]+){{1,5}}"
)


def _name_run(text: str, word: str) -> str | None:
    """The first full name in `text` that holds `word` before its last word ("Lula" → "Luiz
    Inácio Lula da Silva", "Marina" → "Marina Silva": a short form that is no surname), without
    the titles or roles leading it ("a ministra Marina Silva"); None if there is none."""
    if len(word) < 3 or not word[:1].isupper():
        return None
    for m in _NAME_RUN.finditer(text):
        words = m.group(0).split()
        if word not in words or words[-1] == word:
            continue  # a surname that ends the name: the word before it is the first name
        titled = [i for i, w in enumerate(words) if w in _NOT_NAMES or _is_title(w.lower())
                  or _is_ml_role(w) or _is_role_noun(w.lower())]
        words = words[titled[-1] + 1:] if titled else words
        if 2 <= len(words) <= 6 and word in words and words[-1] != word:
            return " ".join(words)
    return None


def _full_name(surname: str, known: list[str], text: str) -> str:
    """"Cha" → "Victor Cha" when that full name was named before (attributions, then text)."""
    if " " in surname:
        return surname
    for name in reversed(known):
        if name.endswith(" " + surname):
            return name
    if run := _name_run(text, surname):
        return run
    found = _first_name_in(text, surname)
    if found:
        first = found.split()
        while first and (first[0] in _NOT_NAMES or first[0].lower() in _TITLE_WORDS
                         or _is_ml_role(first[0]) or _is_role_noun(first[0].lower())
                         or (len(first) > 1 and _is_body_or_place(first[0]))):
            first = first[1:]
        if first:
            return " ".join([*first, surname])
    # Family name first ("spokesperson Xu Lan" … "Xu told"): the name as a role introduced it.
    for m in re.finditer(rf"(?<![\w-])([a-z]+)\s+{re.escape(surname)}\s+({_CAP}[a-z]+)\b", text):
        if _is_role_noun(m.group(1)):
            return f"{surname} {m.group(2)}"
    return surname


def _introduced_as(name: str, text: str) -> str | None:
    """The affiliation the text gave `name` where it introduced them ("Former UN envoy Rashid
    Karimi …" → "UN", "Ana Berg, a director at the Foreign Ministry, …" → "Foreign Ministry"),
    for a quote whose attribution names them bare ("…,” Karimi said.")."""
    at = text.find(name)
    if at < 0 or " " not in name:
        return None
    before = _introduced_before(name, text, at)
    if before and " " in before:
        return before
    # a bare title ("Staatssekretärin X vom Auswärtigen Amt"): the body after the name says more
    return _introduced_after(name, text, at) or before


# The words after a name at its first mention: an appositive set off by commas (", a director at
# the Foreign Ministry,", ", who heads …,"), or "of the Foreign Ministry" with no comma.
_INTRO_APPOS = re.compile(r"\s*,\s*(?P<appos>[^,.;:“”„«»\"()]{3,160}),")
_INTRO_OF = re.compile(rf"\s+(?:of|at|from)\s+(?:the\s+)?(?P<org>{_ORG})(?=\s+[a-z])")
_INTRO_ML_CLAUSE = re.compile(r"[^.;:!?“”„«»\"]{0,160}")
# After a comma, only an employer's preposition, a "who heads" clause or a role noun opens an
# appositive: ", traf am Montag …" is the sentence going on.
_INTRO_ML_APPOS = re.compile(
    r"^,\s*(?:(?:de la|del|de|du|des|di|della|dello|do|da|dos|das|vom|von der|von)\s"
    rf"|(?:{_alternation(p for ps in _TABLES['head_of'].values() for p in ps)})\s"
    rf"|(?:(?:un|une|uno|una|um|uma|el|la|le|il|lo|o|a|l['’]|ein|eine|der|die)\s*)?"
    rf"(?:{_alternation(w for ws in _TABLES['appositive_roles'].values() for w in ws)})\s)",
    re.IGNORECASE,
)


def _introduced_after(name: str, text: str, at: int) -> str | None:
    """"Ana Berg, who heads the missing persons agency, met …", "Ana Berg of the Foreign
    Ministry met …", "Anna Berg vom Auswärtigen Amt traf …": what the words right after the
    name's first mention say of whom the person speaks for; "La porte-parole du Quai d'Orsay,
    Anne Berger, a …": the role leading the name set off by commas."""
    end = at + len(name)
    masked = _mask(text[end : end + 200])
    if m := _INTRO_APPOS.match(masked):
        appos = _unmask(m["appos"])
        if not _VERB_WORD.search(appos) and (
            aff := _affiliation_from_appos(appos)
            # (", the foreign minister,": a title without an employer stays out, as in
            # _attribute_before)
            or (None if appos.startswith("the ") else _role_text(appos))
        ):
            return aff
    if m := _INTRO_OF.match(masked):
        return _unmask(m["org"])
    lead = re.split(r"[.!?:;“”„«»\"\n]", text[max(0, at - 120) : at])[-1]
    if lead.rstrip().endswith(",") and text[end : end + 1] == ",":
        role = lead.rstrip()[:-1].rsplit(",", 1)[-1].strip()
        if len(role.split()) <= 10 and (who := _ml_role_name(f"{role}, {name}")) and (
            who.speaker == name and who.affiliation
        ):
            return who.affiliation
        if role and len(role.split()) <= 8 and _is_role_noun(role.split()[-1].lower()):
            return _role_affiliation(role)
    clause = _INTRO_ML_CLAUSE.match(text, end)
    if clause and (not clause.group(0).startswith(",") or _INTRO_ML_APPOS.match(clause.group(0))) \
            and (who := _ml_name(name + clause.group(0))) and who.speaker == name:
        if who.affiliation and not _head_of(clause.group(0)):
            return _body_words(who.affiliation)  # not "Amt traf am Montag": the verb goes on
        return who.affiliation
    return None


_BODY_JOINS = frozenset(("für", "for", "and", "et", "y", "e", "i", "und"))


def _body_words(org: str) -> str | None:
    """A body's capitalised name and the joining words inside it, to the first other word."""
    words = org.split()
    keep = words[:1]
    for w in words[1:]:
        if not (w[:1].isupper() or w.lower() in _ML_OF_WORDS or w.lower() in _BODY_JOINS):
            break
        keep.append(w)
    while keep and (keep[-1].lower() in _ML_OF_WORDS or keep[-1].lower() in _BODY_JOINS):
        keep.pop()
    return " ".join(keep) or None


def _introduced_before(name: str, text: str, at: int) -> str | None:
    """The title or role right before the name's first mention ("Former UN envoy X")."""
    if at <= 0:
        return None
    lead = re.split(r"[.!?:;,“”„«»\"\n]", text[max(0, at - 80) : at])[-1]
    words = lead.split()[-6:]
    if not words:
        return None  # "…, said Rashid Karimi": nothing before the name to take a title from
    if not (words[-1][:1].isupper() or words[-1] in _ROLE_NOUNS or _is_ml_role(words[-1])):
        # "L’inviato speciale del governo ucraino Oleh Marchenko": the words before the name
        # are all the role, a role word first ("The Prime Minister met X": not a role)
        lead_role = _ELIDED_ARTICLE.sub("", " ".join(words))
        first = lead_role.split()[0] if lead_role.split() else ""
        if first.lower() in _ML_ARTICLES:
            lead_role = lead_role.split(None, 1)[1] if " " in lead_role else ""
        who = _ml_role_name(" ".join([*words, name]))
        return lead_role if who and who.speaker == name and who.affiliation == lead_role and (
            " " in lead_role and _is_ml_role(lead_role.split()[0])
        ) else None
    # English: the title words right before the name ("drawn up by Defence Minister X").
    k = len(words)
    while k and (words[k - 1][:1].isupper() or _is_title(words[k - 1].lower())
                 or _is_role_noun(words[k - 1].lower())):
        k -= 1
    if role := _lower_role(words, least=2):  # "rice farmer Peter Kamau"
        return role
    who = _name_from(" ".join([*words[k:], name])) if k < len(words) else None
    if who and who.speaker == name and who.affiliation:
        return who.affiliation
    # Other languages: a role and its complement ("elinkeinoministeri", "υπουργός Εξωτερικών");
    # a bare English role noun ("leader", "Minister") says too little.
    who = _ml_role_name(" ".join([*words, name]))
    bare = who and who.affiliation and " " not in who.affiliation and (
        _is_title(who.affiliation.lower()) or _is_role_noun(who.affiliation.lower())
    )
    if who and who.speaker == name and who.affiliation and not bare:
        return who.affiliation
    return None


ROLE_REF_PARAGRAPHS = 3  # paragraphs searched back for the person "the minister" refers to


def _resolve_role(role: str, seg: _Segment, paragraphs: Sequence[str]) -> _Who:
    """"…», δήλωσε ο υπουργός": the one person the text named with that role before the quote
    ("Ο υπουργός Εξωτερικών Άρης Παπαδάκης …"); nobody if it named none or several."""
    first = max(0, seg.start_para - ROLE_REF_PARAGRAPHS + 1)
    before = [*paragraphs[first : seg.start_para], paragraphs[seg.start_para][: seg.start]]
    stem = re.escape(role.lower()[: max(4, len(role) - 2)])  # "υπουργ" finds "υπουργό" too
    found: dict[str, _Who] = {}
    for text in before:
        for m in re.finditer(rf"(?<!\w){stem}\w*", text, re.IGNORECASE):
            tail = text[m.end() : m.end() + 120].split()[:6]
            who = _ml_role_name(" ".join([role, *tail]))
            if who and who.speaker:
                found[who.speaker] = who
    if not found:
        # "Minister Jonas Kettler forderte mehr Tempo: „…“, sagte der CDU-Politiker": the one
        # person the sentence leading into the quote names with a role.
        lead = re.split(r"[.!?]\s", paragraphs[seg.start_para][: seg.start])[-1]
        who = _ml_role_name(lead.rstrip(" :"))
        if who and who.speaker:
            rest = lead.split(who.speaker, 1)[-1]
            other = _ml_role_name(rest) or _ml_name(rest)
            return _Who(None) if other and other.speaker else who  # two people: whose?
    if len(found) != 1:
        return _Who(None)
    return next(iter(found.values()))


_TITLED_NAME = re.compile(
    rf"(?:{_CAP}[\w'’.-]*\s+){{0,4}}{_CAP}[\w'’.-]*(?:\s+(?:{_PARTICLES_TEXT.replace(' ', '|')})"
    rf"(?=\s+{_CAP}))?(?:\s+{_CAP}[\w'’.-]*)*"
)


def _resolve_definite_role(role: str, seg: _Segment, paragraphs: Sequence[str]) -> _Who | None:
    """"…,” the deputy minister said: the one person the text named before the quote with a
    title holding those words ("Deputy Transport Minister Sergei Voronin told reporters"); None
    when it named none or several."""
    words = [w.casefold() for w in role.split()[1:]]
    if not words or not _is_role_noun(words[-1]) or any(w.endswith(("'s", "’s")) for w in words):
        return None
    first = max(0, seg.start_para - ROLE_REF_PARAGRAPHS + 1)
    before = [*paragraphs[first : seg.start_para], paragraphs[seg.start_para][: seg.start]]
    found: dict[str, _Who] = {}
    for text in before:
        for m in _TITLED_NAME.finditer(_mask(text)):
            who = _name_from(m.group(0))
            if not (who and who.speaker and " " in who.speaker and who.affiliation):
                continue
            title = {w.casefold() for w in who.affiliation.split()}
            if all(w in title for w in words):
                found[who.speaker] = who
    return next(iter(found.values())) if len(found) == 1 else None


def _is_attribution_only(gap: str) -> bool:
    """Is `gap` just the attribution between two parts of a quote (one short sentence)?"""
    return len(gap.split()) <= 40 and len(split_sentences(gap.strip(" ,"))) <= 1


def _reported_speaker(text: str) -> str | None:
    """The last person named as saying something in `text` ("… Mwangi said the measures …")."""
    found = None
    for m in _REPORTED.finditer(_mask(text)):
        who = _name_from(m["who"])
        if who and who.speaker:
            found = who.speaker
    return found


# "Tuvalu's climate minister, Simeona Tausi, told a forum …": a role, the name set off by
# commas, then the speech verb.
_REPORTED_ROLE_NAME = re.compile(
    rf"(?:^|(?<=[.;!?])\s+)(?P<role>[^,.;:!?“”\"]{{3,60}}),\s+(?P<who>(?:{_CAP}[\w'’.-]*\s+){{1,3}}"
    rf"{_CAP}[\w'’-]*),\s+(?:{_VERBS})\b"
)


# "Dr Efua Owusu-Sarpong, a senior research fellow at …, said the region …": the name, an
# appositive opening with an article, then the speech verb.
_REPORTED_NAME_APPOS = re.compile(
    rf"(?:^|(?<=[.;!?])\s+)(?P<who>(?:{_CAP}[\w'’.-]*\s+){{1,3}}{_CAP}[\w'’-]*),\s+"
    rf"(?P<appos>(?:a|an|the)\s+[^,.;:!?“”\"]{{3,100}}),\s+(?:[a-z]\w*ly\s+)?(?:{_VERBS})\b"
)


def _reported_name_appos(text: str) -> _Who | None:
    """The last person `text` reports speaking as "Name, a role …, said …", with the
    appositive's affiliation; None when no such clause names a person."""
    found = None
    for m in _REPORTED_NAME_APPOS.finditer(_mask(text)):
        who = _name_from(m["who"])
        if who and who.speaker and " " in who.speaker:
            found = _Who(who.speaker, _affiliation_from_appos(_unmask(m["appos"])))
    return found


def _reported_role_name(text: str) -> _Who | None:
    """The last person `text` reports speaking as "role, Name, said/told …", with the role's
    affiliation; None when no such clause names a person."""
    found = None
    for m in _REPORTED_ROLE_NAME.finditer(_mask(text)):
        who = _name_from(_unmask(m["who"]))
        role = _unmask(m["role"]).strip()
        if who and who.speaker and who.speaker == _unmask(m["who"]).strip() and (
            _is_role_noun(role.split()[-1].lower()) or _title_of(role.split())
        ):
            bare = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.IGNORECASE)
            found = _Who(who.speaker, _role_affiliation(role) or bare)
    return found


# "L’inviato speciale dell’Onu per la Siria, Tomas Brandt, ha detto …" (any language the
# speech verbs table holds): the role, the name set off by commas, then the speech verb.
_REPORTED_ROLE_NAME_ML = re.compile(
    rf"(?:^|(?<=[.;!?])\s+)(?P<role>[^,.;:!?“”„«»\"]{{3,80}}),\s+"
    rf"(?P<who>(?:{_CAP}[\w'’.-]*\s+){{1,3}}{_CAP}[\w'’-]*),\s+(?:{_VERBS_ML})(?!\w)"
)


def _reported_role_name_ml(text: str) -> _Who | None:
    """The last person `text` reports speaking as "role, Name, verb" in a language other than
    English, when the role holds a role word; the role is the affiliation."""
    found = None
    for m in _REPORTED_ROLE_NAME_ML.finditer(_mask(text)):
        name, role = _unmask(m["who"]).strip(), _unmask(m["role"]).strip()
        if any(_is_ml_role(w) for w in re.split(r"[\s’']+", role)) and (
            (who := _ml_best(f"{role} {name}")) and who.speaker == name
        ):
            found = who
    return found


def _resolve_pronoun(
    seg: _Segment, paragraphs: Sequence[str], last_named: tuple[int, _Who] | None
) -> _Who:
    """Whom "he said" refers to, when the text makes it unambiguous; else an unnamed speaker."""
    here = paragraphs[seg.start_para][max(0, seg.start - REPORTED_WINDOW) : seg.start]
    if _uncased_lang(seg.text):  # "তিনি বলেন, ‘…’" after "… মাহফুজা রহমান … জানান।"
        previous = paragraphs[seg.start_para - 1][-REPORTED_WINDOW:] if seg.start_para else ""
        # "… ربیکا ہالورسن نے … پیشکش کی ہے۔ ¶ انہوں نے کہا کہ "…"": the subject of the
        # paragraph before, when this one opens with the pronoun
        return (_uncased_reported(here) or _uncased_reported(previous)
                or _uncased_subject(here) or _uncased_subject(f"{previous}\n{here}")
                or _Who(None))
    speaker = _reported_speaker(here)
    if speaker:
        return _Who(speaker)
    if last_named and seg.para - last_named[0] <= 1:
        return last_named[1]
    if role_named := _reported_role_name(here):
        return role_named
    if role_named := _reported_role_name_ml(here):  # "…, Tomas Brandt, ha detto …"
        return role_named
    if appos_named := _reported_name_appos(here):  # "Dr A B, a fellow at …, said …"
        return appos_named
    if seg.start_para > 0:
        previous = paragraphs[seg.start_para - 1][-REPORTED_WINDOW:]
        speaker = _reported_speaker(previous)
        if speaker:
            return _Who(speaker)
        if role_named := (_reported_role_name(previous) or _reported_role_name_ml(previous)
                          or _reported_name_appos(previous)):
            return role_named
    if subject := _sentence_subject(here):
        return subject
    return _Who(None)


SUBJECT_MAX_WORDS = 12  # a role and a name opening a sentence ("Il viceministro degli Esteri …")


def _sentence_subject(text: str) -> _Who | None:
    """"Il viceministro degli Esteri ucraino Oleh Marchenko chiede all'Ue … «…», ha detto.": a
    quote whose attribution names no one ("ha detto", "he said") is the subject's who opened the
    sentence right before it with a role and a name, when that sentence names no one else."""
    sentences = [x for x in split_sentences(text.strip()) if x.strip()]
    if not sentences:
        return None
    words = sentences[-1].split()
    # The subject ends at the first lower-case word after a capitalised run (the verb).
    end = next((i for i in range(1, len(words)) if words[i][:1].islower()
                and words[i - 1][:1].isupper() and i >= 2 and words[i - 2][:1].isupper()), None)
    if end is None or end > SUBJECT_MAX_WORDS:
        return None
    phrase = " ".join(words[:end])
    who = _ml_role_name(phrase)
    if not who or not who.speaker or not phrase.endswith(who.speaker):
        return None
    rest = " ".join(words[end:])
    if _CAPITALISED_PAIR.search(rest) and any(
        not _is_place(p.group(0).split()[0]) for p in _CAPITALISED_PAIR.finditer(rest)
    ):
        return None  # another person (or body) named in the sentence: whose words is unclear
    return who


_CAP_WORD = r"[A-ZÀ-ÝĀ-ŽА-ЯЁЄІЇҐΆ-ΏΑ-ΩẠ-Ỹ][\w'’.-]*"
# "disse à Lusa o investigador X", "dijo a EFE el portavoz X", "ha detto all'ANSA il ministro
# X", "a déclaré à l'AFP le ministre X": the outlet the words were said to, between the verb and
# the speaker (a capitalised name after a preposition, then the speaker's article), is no
# speaker; nor is the place they were said in ("commenta da Milano il costituzionalista …",
# "dijo desde Quito el canciller …"). A short aside may follow ("disse à Rádio X, por
# telefone, a enfermeira …").
_TOLD_OUTLET = re.compile(
    r"^(?:à|ao|aos|às|a|al|all['’]|alla|allo|au|aux|da|dal|dalla|desde|em|en|in|nel|nella|"
    r"depuis)\s*(?:l['’])?"
    # "ao Diário da Mutamba o politólogo …", "al Corriere del Ticino il …": the paper's name
    # may hold a particle
    rf"{_CAP_WORD}(?:\s+(?:(?:da|de|do|das|dos|del|della|di|du|des)\s+)?{_CAP_WORD}){{0,3}}"
    r"(?:\s*,\s*[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){0,2}\s*,)?"  # ", por telefone,"
    r"\s+(?=(?:o|a|os|as|el|la|los|las|il|lo|le|les|l['’])\s*\w)"
)
_ML_AFTER = re.compile(
    rf"^\s*[,.]?\s*[—–-]?\s*(?:(?P<inverted>a-t-(?:il|elle)\s+\w+|(?:sagte|sagt|erklärte|"
    rf"betonte|meinte|fügte)\s+(?:er|sie)\b)|(?:{_VERBS_ML})(?:\s+(?P<who>[^.;:“”„«»\"]{{1,120}})"
    rf"|\s*[.,]|\s*$))",
    re.IGNORECASE,
)
# "…, Heikkinen sanoo." / "…", Ngoại trưởng Maria Santos nói.": the speaker, then the verb.
# The clause after the quote is cut at its end, and its last words looked up in a set: an
# alternation of hundreds of verbs tried at every word would cost far more.
_ML_AFTER_CLAUSE = re.compile(
    r"^\s*[,.]?\s*[—–-]?\s*(?P<clause>[^.,;:!?“”„«»\"]{2,100})(?:[.,!?]|$)"
)
_SPEECH_VERBS = frozenset(
    tuple(v.lower().split())
    for v in (*_TABLES["verbs_en"], *(v for vs in _TABLES["verbs"].values() for v in vs))
)


def _who_before_verb(clause: str) -> str | None:
    """"Heikkinen sanoo" → "Heikkinen"; "Ngoại trưởng Maria Santos cho biết" → the words
    before the verb; None when the clause does not end with a speech verb."""
    words = clause.split()
    for n in (1, 2, 3):
        if len(words) > n and tuple(w.lower() for w in words[-n:]) in _SPEECH_VERBS:
            return " ".join(words[:-n])
    return None


# "δήλωσε ο υπουργός", "sagte der Minister": a role that refers back to a person named before.
_ML_ROLE_REF = re.compile(
    r"^(?:(?:the|der|die|le|la|l['’]|el|il|lo|o|a|ο|η)\s*)?(?P<role>[^\W\d_]+(?:-[^\W\d_]+)?)$",
    re.IGNORECASE,
)
# "sagte der CDU-Politiker in Brüssel", "said the minister on Monday": where and when.
_ML_WHERE_TAIL = re.compile(
    r"\s+(?:in|im|am|an|auf|bei|beim|vor|nach|on|at|en|em|no|na|nel|nella|a|à|au)\s.*$",
    re.IGNORECASE,
)
# "X sagte: „…“": the last speech verb in the window, then at most a few words and a colon.
_ML_VERB = re.compile(rf"(?<!\w)(?:{_VERBS_ML})(?!\w)", re.IGNORECASE)
_ML_VERB_TO_COLON = re.compile(r"(?:\s+[^.;:“”„«»\"]{0,40})?\s*:\s*")
_ML_PRONOUN = re.compile(
    r"^(?:er|sie|il|elle|ella|él|lui|lei|ele|ela|он|она|hij|zij|-t-il|-t-elle)\b", re.IGNORECASE
)
# Capitalised words that are roles, bodies or places, never a speaker's first name.
_ML_ROLE_ENTRIES = [w.lower() for words in _TABLES["role_words"].values() for w in words]
_ML_ROLE_WORDS = frozenset(w for w in _ML_ROLE_ENTRIES if " " not in w)
# Roles of several words ("Ngoại trưởng", "người phát ngôn"), as word tuples.
_ML_ROLE_PHRASES = frozenset(tuple(w.split()) for w in _ML_ROLE_ENTRIES if " " in w)
_ML_ROLE_PHRASE_FIRST = frozenset(p[0] for p in _ML_ROLE_PHRASES)
_ML_ROLE_SUFFIX = re.compile(rf"(?:{_alternation(_TABLES['role_suffixes'])})$", re.IGNORECASE)
_ML_PARTICLES = frozenset(
    ["de", "da", "del", "della", "di", "van", "von", "der", "den", "du", "dos", "das", "do", "la",
     "le", "al", "el", "zu"]
)
# "del ministero degli Esteri", "do ministério da Defesa": a body's bare noun in lower case,
# named by the capitalised words after it.
_BARE_BODY = (
    rf"(?:{_alternation(_TABLES['bare_body_nouns']['romance'])}|ministère)"
    r"(?=\s+(?:degli|dei|della|delle|dello|del|de|do|da|das|dos|des|du)\s+[A-ZÀ-Ý])"
)
_ML_ORG = (  # "vom ukrainischen Koordinationsstab": a German adjective may lead the body
    rf"(?P<org>(?:(?!(?:dess|der|ein|sein|ihr|unser|eur|kein|dies|jen)(?:en|em|er|es)\b)"
    rf"[a-zäöü]{{3,}}(?:en|em|er|es)\s+(?={_CAP_WORD}))?(?:{_CAP_WORD}|{_BARE_BODY})"
    rf"(?:\s+(?:(?:für|for|de|del|della|degli|dei|delle|dello|di|do|da|des|du|of|and|et|y|e|i|"
    rf"und|la|le|les|los|das|dos|der|die|am|an)\s+)*{_CAP_WORD}"
    # a lower-case word goes on the body ("Commissione europea per l’allargamento"), but not a
    # conjunction: "della Rada e membro della commissione" joins a second role to the speaker
    rf"|\s+(?!(?:e|and|und|y|et|i|ou|or|oder|o|ed)\s)[a-zà-ÿ]+(?:['’][a-zà-ÿ]+)?"
    r"(?=\s+[a-z]|[,.)]|$)){0,6})"
)
# "Weber vom Kieler Institut …", "João Lima, da Universidade …", "Ana Torres, analista de la
# Universidad …", "Paul Martin, chercheur à l’Institut …": an employer, not a place ("en Buenos
# Aires", "a Roma" are where they spoke).
_ML_AFFILIATION = re.compile(
    r"^(?:\s*,\s*[^,;:“”„«»\"]{1,60}?\s(?:der|des)\s+"  # ", Sprecherin der …" (not ", der …")
    r"|\s*,\s*(?:[^,;:“”„«»\"]{0,60}?\s)??(?:de la|del|de|du|des|di|della|dello|do|da|dos|"
    r"das|at|of|from|à|au|al|en|na|no|em|bei|beim|am|an der|vom|von der|von)\s*(?:l['’]\s*)?"
    r"|\s*\(|\s+(?:vom|von der|von dem|der|des|de la|del|della|dello|do|da|dos|das|of|from|"
    r"at)\s+(?:l['’]\s*)?"
    r"|\s+dell['’]\s*)"  # "María José Canessa dell’Università del Cile": the elided article
    + _ML_ORG
)


_ML_DETERMINER = re.compile(
    r"(?:^|\s)(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|the|a|an|le|la|les|l['’]|"
    r"el|los|las|il|lo|gli|o|os|as|du|del|della|dello|do|da)\s*$",
    re.IGNORECASE,
)


_ML_LOCATIVE = re.compile(
    r"(?:^|\s)(?:em|en|in|à|au|aux|na|no|nas|nos|nel|nella|desde|w|we|im|aus|в|во|из)\s*$",
    re.IGNORECASE,
)


_ML_ARTICLES = frozenset(
    ["der", "die", "das", "des", "dem", "den", "ein", "eine", "le", "la", "les", "l'", "el", "los",
     "las", "il", "lo", "gli", "o", "os", "as", "um", "uma", "un", "une"]
)


def _ml_name(phrase: str) -> _Who | None:
    """The first run of 1-4 capitalised name words in `phrase` (roles stripped: "Innenminister
    Klaus Weber" → "Klaus Weber"), and an affiliation the words after it state ("…, analista
    de la Universidad de Buenos Aires", "vom Kieler Institut für Weltwirtschaft")."""
    run: list[re.Match[str]] = []
    tokens = list(re.finditer(r"\S+", phrase))
    texts = [t.group(0) for t in tokens]
    skip = 0
    for k, m in enumerate(tokens):
        word = m.group(0).strip(",;()")
        low = word.lower()
        skip = max(skip - 1, _phrase_length(texts, k))
        is_name = (
            bool(re.fullmatch(_CAP_WORD, word) or (run and _PARTICLE_NAME.match(word)))
            and low not in _ML_ROLE_WORDS
            and not _ML_ROLE_SUFFIX.search(low) and word not in _NOT_NAMES
            and low not in _TITLE_WORDS and low not in _ML_ARTICLES and not skip
        )
        if is_name or (run and low in _ML_PARTICLES):
            run.append(m)
            if not m.group(0).endswith((",", ";", "(")):
                continue  # a comma closes the name: "João Lima, da Universidade …"
        if run:
            break
    while run and run[-1].group(0).lower() in _ML_PARTICLES:
        run.pop()
    if len(run) > 4:
        # "Bruno Roth von der Sciences Po": too long for a name, so the particle after two or
        # more name words opens the employer ("Ursula von der Leyen" stays whole).
        cut = next((i for i in range(2, len(run)) if run[i].group(0).lower() in _ML_PARTICLES),
                   None)
        if cut is not None:
            run = run[:cut]
    if run and _ML_LOCATIVE.search(phrase[: run[0].start()]):
        return None  # "… eleita em Santiago", "… desde Bruselas": where, not who
    if run and _ML_DETERMINER.search(phrase[: run[0].start()]):
        # "die CDU-Politikerin Anna Berg": the word after an article is a noun, not a name;
        # "des Auswärtigen Amtes", "die Regierung" name nobody.
        run = run[1:]
        if len(run) < 2:
            return None
    if not run or len(run) > 4:
        return None
    speaker = " ".join(w.group(0).strip(",;()") for w in run).rstrip(".’'")
    if len(run) == 1 and _is_body_or_place(speaker) and any(
        _is_ml_role(w) for w in phrase[: run[0].start()].split()
    ):
        # "l'Alto rappresentante Ue per la politica estera": "Ue" is the role's body, not a
        # person; the role with its body is who spoke (as "the EU High Representative").
        said = _ELIDED_ARTICLE.sub("", re.split(r"[,;(]", phrase.strip())[0].strip())
        first, _, others = said.partition(" ")
        said = others if first.lower() in _ML_ARTICLES else said
        return _Who(said.rstrip(".’'") or None, None)
    last = run[-1]
    rest = phrase[last.start() + len(last.group(0).rstrip(",;(")) :]
    if head := _head_of(rest):
        return _Who(speaker, head)  # "…, a capo del centro di coordinamento …"
    if body := _DE_BODY_IN.match(rest):
        return _Who(speaker, _de_dative_body(body["org"]))  # "X im Außenministerium"
    aff = _ML_AFFILIATION.match(rest)
    role = _ML_APPOS_ROLE.match(rest)  # "Milica Jovanović, étudiante en droit"
    if aff and re.match(r"\s+(?:vom|im|beim)\s", rest):
        return _Who(speaker, _de_dative_body(aff["org"].strip()))  # "vom Auswärtigen Amt"
    if aff and role and _is_person_noun(aff["org"].strip()):
        return _Who(speaker, role["role"])  # ", Anwalt des Chefredakteurs": not a body
    if aff and (chain := _ML_ROLE_CHAIN.match(rest)) and chain.end("body") >= aff.end("org") and (
        len(chain["body"].split()) <= _CHAIN_BODY_WORDS
    ):
        # "…, portavoce del coordinamento degli studenti della facoltà di Legge": the role's
        # body is named in lower case; the capitalised word deep in its chain is a part of it
        # ("Legge"), not the employer: the body with its chain is the affiliation.
        return _Who(speaker, chain["body"].strip())
    if aff and not _is_city(org := _trim_body_tail(aff["org"].strip())) and not (
        " " not in org and rest[: aff.start("org")].split()[-1:] in (["em"], ["en"], ["in"])
    ):
        # (a city is where they are, not whom they speak for: "Reza, commerçant au bazar de
        # Téhéran" speaks for nobody but himself; one name after a bare "em"/"en"/"in" is a
        # place too, "…, que trabalha numa ONG em Omdurman": a body takes its article, "na
        # Universidade")
        return _Who(speaker, org)
    return _Who(speaker, role["role"] if role else None)


# ", portavoce del coordinamento degli …", ", diretora do departamento de …": an appositive
# role, its preposition, then its body in lower case (a content word, not an article), to the
# clause's end.
_ML_ROLE_CHAIN = re.compile(
    r"^\s*,\s*(?:(?:un|une|uno|una|um|uma|el|la|le|il|lo|o|a|l['’])\s*)?"
    rf"(?:{_alternation(w for ws in _TABLES['appositive_roles'].values() for w in ws)})\s+"
    r"(?:del|della|dello|dei|degli|delle|di|de|do|da|dos|das|du|des)\s+"
    r"(?P<body>(?!(?:la|le|les|los|las|il|lo|gli|l['’]|o|os|a|as)\s)[a-zà-ÿ][\w-]+"
    r"\s+(?:del|della|dello|dei|degli|delle|di|de|do|da|dos|das|du|des)\s+[^,.;:!?“”„«»\"()]+)",
    re.IGNORECASE,
)
_CHAIN_BODY_WORDS = 10
# Function words that never end a body's name ("Commissione europea per" before a word the
# body pattern stops at).
_BODY_TAIL_WORDS = frozenset(("per", "for", "e", "and", "und", "y", "et", "a", "à", "al", "in",
                              "nel", "nella", "sur", "pour", "para", "por"))


_BODY_CONJUNCTIONS = frozenset(("und", "and", "e", "y", "et", "i", "ou", "or", "oder", "ed"))


def _trim_body_tail(org: str) -> str:
    """The body without what runs on after it: a second role joined by a conjunction ("Verbands
    der Exporteure und Mitglied des Vorstands"), a dangling function word ("… europea per")."""
    words = org.split()
    cut = next((i for i in range(1, len(words) - 1) if words[i].lower() in _BODY_CONJUNCTIONS
                and (_is_person_noun(words[i + 1]) or _is_ml_role(words[i + 1]))), len(words))
    words = words[:cut]
    while len(words) > 1 and words[-1].lower() in _BODY_TAIL_WORDS | _ML_OF_WORDS:
        words.pop()
    return " ".join(words)


# "Staatssekretär X im Außenministerium", "Referentin X in der Senatskanzlei": the body the
# speaker works in, named by a compound of a body noun (bot/data/quotes.json "de_body_endings");
# "im Bundestag", "im Interview" say where they spoke, not for whom.
_DE_BODY_IN = re.compile(
    r"^\s+(?:im|in\s+der|beim|bei\s+der)\s+(?P<org>[A-ZÄÖÜ][a-zäöüß]+en\s+"
    rf"(?:{_alternation(e.capitalize() for e in _TABLES['de_body_endings'])})"
    rf"|[A-ZÄÖÜ][a-zäöüß]*(?:{_alternation(_TABLES['de_body_endings'])}))(?![\w-])"
)


def _de_dative_body(org: str) -> str:
    """"Auswärtigen Amt" (after "im") → "Auswärtiges Amt"; a compound stays as written."""
    words = org.split()
    if len(words) >= 2 and words[0].endswith("en") and words[0][:1].isupper() and (
        words[1][:1].isupper()
    ):  # (a lower-case adjective, "vom polnischen Institut", stays as written)
        neuter = words[1].lower().endswith(_DE_NEUTER)
        words[0] = words[0][:-2] + ("es" if neuter else "e")
    return " ".join(words)


_PERSON_NOUNS = tuple(w.casefold() for ws in _TABLES["appositive_roles"].values() for w in ws)


def _is_person_noun(word: str) -> bool:
    """"Chefredakteurs", "Journalisten", "Präsidenten": one German noun of a person (in the
    genitive), whom an appositive role is to, not a body the speaker speaks for."""
    if " " in word:
        return False
    low = word.casefold()
    stems = {low, low.removesuffix("s"), low.removesuffix("en"), low.removesuffix("n")}
    return any(s.endswith(_PERSON_NOUNS) or _ML_ROLE_SUFFIX.search(s) for s in stems)


# A role in apposition after the name, to the end of the clause: ", étudiante en droit".
_ML_APPOS_ROLE = re.compile(
    r"^\s*,\s*(?:(?:un|une|uno|una|um|uma|el|la|le|il|lo|o|a|l['’]|ein|eine|der|die)\s*)?"
    rf"(?P<role>(?:{_alternation(w for ws in _TABLES['appositive_roles'].values() for w in ws)})"
    # (up to seven words: "portavoce del ministero delle Forze armate francese")
    r"(?:\s+[^\s,.;:!?]+){0,7})\s*(?:[,.;]|$)",
    re.IGNORECASE,
)


_ML_SPEECH_END_TR = re.compile(r"^\s*(?:dedi|diye\s+konuştu|ifadesini\s+kullandı)\b")


_ML_OF_WORDS = frozenset(
    """
    des der du de del della degli dei delle do da dos das of the la le les los el il lo von vom
    van
    """.split()  # noqa: SIM905 - a readable word list
)


def _phrase_length(words: Sequence[str], i: int) -> int:
    """How many words from `i` make a role of several words ("Thủ tướng": 2), or 0."""
    if words[i].lower() not in _ML_ROLE_PHRASE_FIRST:
        return 0
    for n in (3, 2):
        if i + n <= len(words) and tuple(
            w.strip(",;()").lower() for w in words[i : i + n]
        ) in _ML_ROLE_PHRASES:
            return n
    return 0


def _role_length(words: Sequence[str], i: int) -> int:
    """How many words from `i` make a role: 1 ("ministre"), 2-3 ("Thủ tướng"), 0 (none)."""
    return _phrase_length(words, i) or (1 if _is_ml_role(words[i]) else 0)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Countries, capitals and large cities in the gazetteer's languages, casefolded."""
    names: set[str] = set()
    for table in geo.read_data("cldr.json").values():
        if isinstance(table, dict):
            names.update(n.casefold() for forms in table.values() for n in forms)
    for country in geo.read_data("en.json")["countries"]:
        names.update(a.casefold() for a in country["aliases"])
    return frozenset(names)


def _is_place(word: str) -> bool:
    return word.casefold() in _place_names()


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Capitals and large cities (CLDR's names after each country's own), casefolded; a
    name that is also a country's ("Singapore", "Kuwait") is left out."""
    countries: set[str] = set()
    cities: set[str] = set()
    for table in geo.read_data("cldr.json").values():
        if isinstance(table, dict):
            for forms in table.values():
                countries.update(n.casefold() for n in forms[:1])
                for n in forms[1:]:
                    cities.add(n.casefold())
                    # "Le Caire", "La Havane": after "du"/"de" the article goes ("du Caire")
                    cities.add(re.sub(r"^(?:le|la|les|l['’])\s*", "", n.casefold()))
    for country in geo.read_data("en.json")["countries"]:
        countries.update(a.casefold() for a in country["aliases"])
    return frozenset(cities - countries)


def _is_city(name: str) -> bool:
    return name.casefold() in _city_names()


@lru_cache(maxsize=1)
def _body_names() -> frozenset[str]:
    """The gazetteer's institutions as written ("Ue", "ONU", "NATO") in every language,
    casefolded ("Nato", as Italian and German write it)."""
    bodies = geo.read_data("en.json")["institutions"]
    names: set[str] = {form.casefold() for body in bodies for form in body.get("exact", ())}
    for lang in geo.languages():
        if lang == "en" or not geo.supported(lang):
            continue
        for name, forms in (geo.read_data(f"{lang}.json").get("exact") or {}).items():
            if any(name == body["name"] for body in bodies):
                names.update(form.casefold() for form in forms)
    return frozenset(names)


def _is_body_or_place(word: str) -> bool:
    """An institution ("Ue", "Onu") or a country or city: a word no person is called."""
    return word.casefold() in _body_names() or _is_place(word)


_ELIDED_ARTICLE = re.compile(r"^(?:l|dell|all|nell|sull|dall|un)['’](?=\w)", re.IGNORECASE)


def _is_ml_role(word: str) -> bool:
    # "l’inviata", "dell’ambasciatore": the role after an elided article
    low = _ELIDED_ARTICLE.sub("", word.strip(",;()")).lower()
    # "vice-ministro", "vice-président", "ex-ministra", "Vize-Kanzler": a role with its prefix
    low = _ROLE_PREFIX.sub("", low)
    return low in _ML_ROLE_WORDS or bool(_ML_ROLE_SUFFIX.search(low))


_ROLE_PREFIX = re.compile(r"^(?:vice|vize|ex|sub|pro|co|вице|экс)-(?=\w{4})")


def _is_ml_name_word(word: str) -> bool:
    w = word.strip(",;()")
    return (
        bool(re.fullmatch(_CAP_WORD, w)) and not (len(w) > 1 and w.isupper())  # "MSZ", "UE"
        and not _is_ml_role(w) and w not in _NOT_NAMES and w.lower() not in _TITLE_WORDS
    )


def _ml_role_name(phrase: str) -> _Who | None:
    """A speaker named after their role, the role kept as the affiliation: "der ukrainische
    Außenminister Andrij Kowal" → ("Andrij Kowal", "Außenminister"); "la ministra de Trabajo,
    Valeria Quiroga" → ("Valeria Quiroga", "ministra de Trabajo"); "премьер-министр Армении Арам
    Петросян". Only a run of two or three name words after a role word counts as a name."""
    words = phrase.split()
    if len(words) > 14:
        return None
    role_at, role_len = next(
        ((i, n) for i in range(len(words)) if (n := _role_length(words, i))), (None, 0)
    )
    if role_at is None:
        return None
    i = role_at + role_len
    if "," in words[i - 1]:
        return None  # "der Minister, der …"
    comma = next((k for k in range(role_at + 1, len(words)) if words[k].endswith(",")), None)
    if comma is not None and comma + 2 < len(words) + 1 and all(
        _is_ml_name_word(w) for w in words[comma + 1 : comma + 3]
    ):
        i = comma + 1  # "Menteri Luar Negeri Indonesia, Sari Wulandari": the comma ends the role
    while i < len(words):
        after_article = words[i - 1].lower() in _ML_OF_WORDS
        if after_article:
            i += 1
            continue  # "der Sprecher des Auswärtigen Amtes": a body, not a name
        if (_is_ml_name_word(words[i]) and not words[i].endswith(",")) or (
            _is_ml_name_word(words[i]) and i + 1 < len(words) and _is_ml_name_word(words[i + 1])
        ):
            run = [i]
            j = i + 1
            while (
                j < len(words) and not words[j - 1].endswith(",")
                and (_is_ml_name_word(words[j - 1]) or words[j - 1].lower() in _ML_PARTICLES)
                and (_is_ml_name_word(words[j]) or words[j].lower() in _ML_PARTICLES)
            ):
                run.append(j)
                j += 1
            while run and words[run[-1]].lower() in _ML_PARTICLES:
                run.pop()
            cyr = all(re.search("[А-Яа-яЁё]", words[k]) for k in run)
            if cyr and len(run) == 3 and (
                re.search("(?:ии|ы|и)$", words[run[0]]) or not _PATRONYMIC.search(words[run[1]])
            ):
                # "премьер-министр Армении Арам Петросян", "пресс-секретарь Кремля Дмитрий
                # Песков": three Russian names are a name only with a patronymic between
                run = run[1:]
            while len(run) > 2 and _is_place(words[run[0]].strip(",;()")):
                run = run[1:]  # "Ngoại trưởng Indonesia Sari Putri": the role's country
            # "Mateus da Costa Soares": two or three name words, particles between them
            names = sum(1 for k in run if words[k].lower() not in _ML_PARTICLES)
            if 2 <= names <= 3 and len(run) <= 5:
                name = " ".join(words[k].strip(",;()") for k in run).rstrip(".’'")
                role = _ELIDED_ARTICLE.sub("", " ".join(words[role_at : run[0]]).strip(" ,;("))
                head, _, tail = role.rpartition(", ")
                if head and all(_is_ml_role(w) or w.lower() in _ML_ARTICLES | {"a"}
                                for w in tail.split()):
                    role = head  # "coordenadora do abrigo X, irmã Lúcia Tavares": a title
                return _Who(name, role or None)
            i = (run[-1] + 1) if run else i + 1
            continue
        i += 1
    return None


# Abbreviated titles before a name in Italian, French, Spanish, Portuguese and German copy.
_ML_TITLE_DOT = re.compile(
    # (with the article before it: "il prof. Luca Sartori", "la Sra. Ana Gil" name the person)
    r"(?<!\w)(?:(?:il|lo|la|l['’]|el|o|a|le|der|die)\s+)?"
    r"(?:mons|mgr|dott|avv|sig|sigg|sra|srta|dra|card|pe|dr|prof|mag|ing)\.\s+(?=[A-ZÀ-Ý])",
    re.IGNORECASE
)


def _attribute_ml(after: str, before: str) -> _Who | None:
    """Attribution in German, French, Spanish, Italian, Portuguese, Russian, Dutch, Polish,
    Indonesian or Turkish."""
    if _ML_SPEECH_END_TR.match(after) and before.rstrip().endswith(","):
        # Turkish: "Dışişleri Bakanı Selim Aydın, “…” dedi."
        head = re.split(r"[.;:“”„«»\"]", before.rstrip()[:-1])[-1].strip()
        return _ml_role_name(head)
    # "ha detto mons. Paolo Verdini", "dijo la Sra. Ana Gil": the title's full stop would end
    # the clause before the name; the title says nothing of whom the speaker speaks for.
    after = _ML_TITLE_DOT.sub("", after)
    m = _ML_AFTER.match(after)
    if m:
        if m["inverted"]:
            return _Who(None, pronoun=True)
        who_text = _TOLD_OUTLET.sub("", (m["who"] or "").strip(), count=1)
        named = _ml_best(who_text)
        if named:
            return named
        if _ML_PRONOUN.match(who_text) or not who_text:
            return _Who(None, pronoun=True)
        ref = _ML_ROLE_REF.match(_ML_WHERE_TAIL.sub("", who_text))
        if ref and _is_ml_role(ref["role"]):
            return _Who(None, role_ref=ref["role"])
        return _Who(None)
    m = _ML_AFTER_CLAUSE.match(after)
    clause_who = _who_before_verb(m["clause"]) if m else None
    if clause_who and len(clause_who.split()) <= 7 and (named := _ml_best(clause_who)) and (
        named.speaker
    ):
        return named
    if not before.rstrip().endswith(":"):
        return None  # only "X sagte: „…“" leads into a quote here
    window = before[-BEFORE_WINDOW:].rsplit(". ", 1)[-1][-200:]
    verbs = list(_ML_VERB.finditer(window))
    if not verbs:
        # "Ukrainas energiminister Oleh Marchenko: ”…”": a role and a name, nothing else.
        clause = re.split(r"[.;“”„«»\"]", window.rstrip()[:-1])[-1].strip()
        role = _ml_role_name(clause) if len(clause.split()) <= 8 else None
        return role if role and role.speaker and clause.endswith(role.speaker) else None
    if not _ML_VERB_TO_COLON.fullmatch(window, verbs[-1].end()):
        return None
    who = window[: verbs[-1].start()]
    who = re.split(r"[.;:“”„«»\"]", who)[-1].strip()
    return _ml_best(who) if who else None


# "l'amministratore delegato di Energia Tirrena, Stefano Gallina", "a negociadora-chefe do
# Brasil, Helena Vasconcelos": a role in lower case, the body or country it is of, then the
# person's name after a comma: the name speaks, the role with its body is the affiliation.
_ML_ROLE_OF_BODY_NAME = re.compile(
    r"^\s*(?:(?:l['’]|la|il|lo|le|el|o|a|the|der|die|das)\s*)?"
    r"(?P<role>[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*){0,2}\s+"
    r"(?:di|del|della|dello|dei|degli|de|do|da|dos|das|des|du|of|von|vom)\s+(?:l['’]\s*)?"
    rf"{_CAP_WORD}(?:\s+(?:{_CAP_WORD}|de|di|do|da|of|and|e|y|und)){{0,5}})"
    rf",\s+(?P<name>{_CAP_WORD}(?:\s+{_CAP_WORD}){{1,3}})\s*(?:[.,;]|$)"
)


def _ml_best(phrase: str) -> _Who | None:
    """The name after a role (the role as affiliation unless an employer is named), else the
    first name-like run."""
    if (m := _ML_ROLE_OF_BODY_NAME.match(phrase)) and any(
        _is_ml_role(w) for w in re.split(r"[\s-]+", m["role"]) if w[:1].islower()
    ):
        return _Who(m["name"], m["role"])
    named, role = _ml_name(phrase), _ml_role_name(phrase)
    if role is None:
        return named
    if named and named.speaker and phrase.lstrip().startswith(named.speaker + ","):
        # "Beatriz Falcão, diretora da Associação Nacional dos …": the name opens the phrase and
        # the role is its apposition; the capitalised words after the role name its body.
        return named
    if named and named.speaker == role.speaker and named.affiliation and not re.search(
        r"(?:^|\s)(?:em|en|in|a|à|au|na|no|nel|nella|w|we)\s+" + re.escape(named.affiliation),
        phrase,
    ):
        return named  # an employer named ("…, da Universidade de São Paulo"), not a place
    return role


_HAN = "\u4e00-\u9fff"
_ZH_BEFORE = re.compile(
    rf"(?P<role>[{_HAN}]{{0,8}}?(?:發言人|发言人|部長|部长|總統|总统|主席|院長|院长|外長|外长|"
    rf"總理|总理|局長|局长|市長|市长|大使))(?P<name>[{_HAN}]{{2,3}})"
    r"(?:表示|說|说|指出|強調|强调)\s*[:：,，]?\s*$"
)
_JA_BEFORE = re.compile(
    rf"(?P<name>[{_HAN}]{{1,4}}?)(?P<role>外務大臣|防衛大臣|官房長官|大臣|外相|首相|長官|大統領|"
    r"報道官|知事|市長|議長|総裁|社長)(?:は|が)[^。「」『』]{0,30}$"
)
_JA_AFTER = re.compile(r"^\s*と(?:述べ|語|強調|話|説明|指摘|明らかに)")
# 「…」と、東都大学の山本健一教授は話す: the body, the name and the title after the quote.
_JA_AFTER_WHO = re.compile(
    rf"^\s*と、?\s*(?P<org>[^「」『』。、]{{2,20}}?)の(?P<name>[{_HAN}]{{2,5}}?)"
    r"(?P<role>准教授|教授|主任研究員|研究員|所長|理事長|代表|会長|社長|大臣|外相|首相|長官|"
    r"報道官|議員|大使|局長|部長|氏)(?:は|が)[^「」『』。]{0,10}?"
    r"(?:話す|話した|語る|語った|述べる|述べた|指摘する|指摘した|説明する|説明した)"
)
_KO_BEFORE = re.compile(
    r"(?P<name>[가-힣]{1,4})\s+(?P<role>(?:[가-힣]+\s+)?(?:장관|대통령|총리|대변인|의원|위원장|대표|"
    r"대사|차관|국장|원장|비서실장))(?:은|는|이|가)\s*$"
)
_KO_AFTER = re.compile(r"^\s*(?:고|라고|이라고)\s*(?:말했|밝혔|강조했|전했|설명했|덧붙였)")


def _attribute_cjk(after: str, before: str, text: str) -> _Who | None:
    """Chinese "總統府發言人陳怡君表示：「…」", Japanese "高森大臣は「…」と述べました", Korean
    "한 장관은 "…"고 말했다" (a surname alone becomes the full name the text gave before)."""
    tail = before[-80:]
    if m := _JA_AFTER_WHO.match(after):
        return _Who(m["name"], m["org"])
    # (every match holds Han roles and names: ASCII text is not searched, at every position)
    if not tail.isascii() and (m := _ZH_BEFORE.search(tail)):
        return _Who(m["name"], m["role"])
    if _JA_AFTER.match(after) and (m := _JA_BEFORE.search(tail)):
        # "高森外務大臣は…。高森大臣は「…」": the full title the text introduced the name with.
        full = re.search(
            rf"{re.escape(m['name'])}([\u4e00-\u9fff]{{1,4}}{re.escape(m['role'])})", text
        )
        return _Who(m["name"], full.group(1) if full else m["role"])
    if _KO_AFTER.match(after) and (m := _KO_BEFORE.search(tail)):
        name, role = m["name"], m["role"].split()[-1]
        if len(name) == 1:
            full = re.search(
                rf"(?<![가-힣]){name}[가-힣]{{1,2}}(?=\s+(?:[가-힣]+\s+)?{role})", text
            )
            if not full:
                return None
            name = full.group(0)
        return _Who(name, role)
    return None


_AR_WORD = r"[^\s،,:;.!?؟«»\"“”]+"
_AR_WHO = (
    rf"(?:[وف])?(?:{_alternation(_TABLES['arabic']['verbs'])})\s+"
    rf"(?P<role>(?:ال|لل)?(?:{_alternation(_TABLES['arabic']['roles'])})(?:\s+{_AR_WORD}){{0,6}})"
    rf"\s*[،,]\s*(?P<name>{_AR_WORD}(?:\s+{_AR_WORD}){{1,3}})"
)
_AR_BEFORE = re.compile(rf"(?:^|\s){_AR_WHO}\s*:\s*$")
_AR_AFTER = re.compile(rf"^\s*[،,]?\s*[—–-]?\s*{_AR_WHO}\s*(?:[.،,]|$)")
_ARABIC = re.compile("[\u0600-\u06ff]")


def _attribute_ar(after: str, before: str, text: str) -> _Who | None:
    """Arabic, which has no capitals to find a name by: "وقالت المديرة الإقليمية للبرنامج، سلمى
    عبد الرحمن: «…»" or "«…»، قال وزير الخارجية، أحمد علي." (the name after the role's comma).
    A role ending in "the programme" ("للبرنامج") takes the body the text named before
    ("برنامج الأغذية العالمي")."""
    m = _AR_AFTER.match(after) or _AR_BEFORE.search(before[-200:])
    if not m:
        return None
    role = m["role"].strip()
    last = role.split()[-1]
    noun = last[2:] if last.startswith(("لل", "ال")) and len(last) > 4 else None
    if noun and (body := re.search(
        rf"(?<!\S)(?:ال)?{re.escape(noun)}(?:\s+(?:ال|ل){_AR_WORD}){{1,4}}", text
    )):
        return _Who(m["name"].strip(), body.group(0))
    return _Who(m["name"].strip(), role)


_AR_FROM_BODY = re.compile(
    rf"^\s*[،,]?\s*(?:[وف])?(?:{_alternation(_TABLES['arabic']['verbs'])})\s+"
    rf"(?P<role>(?:ال)?(?:{_alternation(_TABLES['arabic']['roles'])}))\s+"
    rf"(?P<name>{_AR_WORD}\s+{_AR_WORD}(?:\s+{_AR_WORD})?)\s+من\s+"
    rf"(?P<org>(?:{_alternation(_TABLES['arabic']['from_bodies'])})(?:\s+{_AR_WORD}){{0,5}})"
    r"\s*(?:[.،,]|$)"
)


def _attribute_ar_from(after: str) -> _Who | None:
    """"«…»، قال الأستاذ سامي الحلبي من جامعة الساحل": a role, the name, 'from' a body."""
    m = _AR_FROM_BODY.match(after)
    if not m or m["name"].split()[-1] == "من":
        return None
    return _Who(m["name"], m["org"])


@dataclass(frozen=True, slots=True)
class _Uncased:
    """A language whose script has no capitals (bot/data/quotes.json, "uncased")."""

    verbs: frozenset[tuple[str, ...]]
    ergative: frozenset[str]
    complementizers: frozenset[str]
    roles: frozenset[str]
    body: frozenset[str]
    pronouns: frozenset[str]
    not_name: frozenset[str]
    genitive: tuple[str, ...]
    # "… کا کہنا ہے کہ": the genitive marking the speaker before these verbs, not the ergative
    subject_genitive: frozenset[str] = frozenset()
    subject_genitive_verbs: frozenset[tuple[str, ...]] = frozenset()
    honorifics: frozenset[str] = frozenset()  # "ڈاکٹر": opens the name, ends the role before it
    retired: frozenset[str] = frozenset()  # "بریگیڈیئر (ر) طارق جمیل": the rank's retired mark
    # "نمائندے" → "نمائندہ": an oblique ending and the direct endings it stands for
    oblique: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # roles of two words whose last word alone is no role ("تجزیہ کار", analyst: "کار" is a car)
    role_pairs: frozenset[tuple[str, str]] = frozenset()

    def _direct(self, word: str) -> Iterator[str]:
        """The word, then its direct forms when it ends in an oblique ending."""
        yield word
        for ending, directs in self.oblique:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                yield from (word[: -len(ending)] + d for d in directs)

    def is_role(self, word: str) -> bool:
        return any(w in self.roles for w in self._direct(word))

    def is_body(self, word: str) -> bool:
        return any(w in self.body for w in self._direct(word))

    def in_role(self, word: str) -> bool:
        """A word that belongs to a role phrase: a role, a body word, a genitive ("UNHCR's")."""
        return self.is_role(word) or self.is_body(word) or (
            bool(self.genitive) and word.endswith(self.genitive) and len(word) > 4
        )


_UNCASED = {
    lang: _Uncased(
        frozenset(tuple(v.split()) for v in t["verbs"]), frozenset(t["ergative"]),
        frozenset(t["complementizers"]), frozenset(t["roles"]), frozenset(t["body"]),
        frozenset(t["pronouns"]), frozenset(t["not_name"]), tuple(t["genitive"]),
        frozenset(t.get("subject_genitive", {}).get("marks", ())),
        frozenset(tuple(v.split()) for v in t.get("subject_genitive", {}).get("verbs", ())),
        frozenset(t.get("honorifics", ())), frozenset(t.get("retired", ())),
        tuple((k, tuple(v)) for k, v in t.get("oblique", {}).items()),
        frozenset((r.split()[0], r.split()[1]) for r in t["roles"] if len(r.split()) == 2),
    )
    for lang, t in _TABLES["uncased"].items() if not lang.startswith("_")
}
_UNCASED_SCRIPT = {
    # letters only: Bengali text ends sentences with the Devanagari danda '।'
    "hi": re.compile("[\u0904-\u0939]"), "bn": re.compile("[\u0985-\u09b9]"),
    "ur": re.compile("[\u0600-\u06ff]"),
}
_UNCASED_SENTENCE_END = re.compile("[.!?।۔؟\n“”\"«»‘’]")
_UNCASED_PUNCT = ",،:;()\"'“”‘’«»-–—"
UNCASED_ROLE_WORDS = 6  # words of a role before its noun ("سمندر پار پاکستانیوں کی وزارت کے")
UNCASED_OWNER_WORDS = 4  # words of a body before its genitive ("عالمی ادارہ خوراک کی ترجمان")
_UNCASED_GENITIVES = frozenset(["کی", "کا", "کے", "की", "का", "के"])
_UNCASED_POSTPOSITIONS = frozenset(["میں", "سے", "پر", "کو", "نے", "تک", "में", "से", "पर", "को", "ने"])
UNCASED_GAP = 8  # words between the ergative ('ने') and the verb ("ने बुधवार को … कहा")


# Urdu's optional vowel signs: the izafat's zer ("دفترِ خارجہ", "وزارتِ خارجہ"), which joins a
# body's words, and the other harakat; the tables list words without them.
_ARABIC_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670])


def _uncased_clause(clause: str, lang: _Uncased) -> _Who | None:
    """"वाणिज्य सचिव अनुराधा मेहता ने कहा" → ("अनुराधा मेहता", "वाणिज्य सचिव"); "उन्होंने कहा" → a
    pronoun; a clause not ending with a speech verb, or with no role before the name → None."""
    shown = [w for w in (w.strip(_UNCASED_PUNCT) for w in clause.split()) if w]
    # "بریگیڈیئر (ر) طارق جمیل": the retired mark after a rank is neither rank nor name
    shown = [w for i, w in enumerate(shown) if not (
        i and w.rstrip(".") in lang.retired and lang.is_role(shown[i - 1].translate(_ARABIC_MARKS))
    )]
    words = [w.translate(_ARABIC_MARKS) or w for w in shown]
    while words and words[-1] in lang.complementizers:
        words.pop()
    verb = next((k for k in (3, 2, 1) if len(words) > k and tuple(words[-k:]) in lang.verbs), 0)
    if not verb:
        return None
    subject = words[:-verb]
    if lang.ergative:
        marks = lang.ergative | (
            lang.subject_genitive if tuple(words[-verb:]) in lang.subject_genitive_verbs
            else frozenset()
        )
        at = next((i for i in range(len(subject) - 1, -1, -1) if subject[i] in marks), None)
        if at is None or len(subject) - at - 1 > UNCASED_GAP:
            return None
        subject = subject[:at]
    if (subject[-1:] and subject[-1] in lang.pronouns) or (
        not lang.ergative and subject[:1] and subject[0] in lang.pronouns
    ):
        return _Who(None, pronoun=True)  # "उन्होंने कहा", "তিনি সাংবাদিকদের বলেন"
    role = next((i for i in range(len(subject) - 1, -1, -1) if lang.is_role(subject[i]) or (
        i and (subject[i - 1], subject[i]) in lang.role_pairs
    )), None)
    if role is None:
        return None
    end = role + 1
    while end < len(subject) and lang.is_body(subject[end]):
        end += 1  # "ترجمان دفتر خارجہ": the body after the role
    start = role - 1 if role and (subject[role - 1], subject[role]) in lang.role_pairs else role
    while start > 0 and role - start < UNCASED_ROLE_WORDS and lang.in_role(subject[start - 1]):
        start -= 1  # "विदेश मामलों की सलाहकार"
    gen = next((i for i in range(start, role) if subject[i] in _UNCASED_GENITIVES), None)
    if gen is not None and gen > 0:
        # "عالمی ادارہ خوراک کی ترجمان": the body owning the role, whatever its words, back to
        # a postposition ("جنیوا میں پاکستان کے مستقل مندوب": Pakistan's, not Geneva's), also
        # when its last word is a body word ("پاکستانی ہائی کمیشن کے ترجمان", not "کمیشن کے")
        owner = reach = gen
        while owner > 0 and reach - owner < UNCASED_OWNER_WORDS and (
            subject[owner - 1] not in _UNCASED_POSTPOSITIONS
        ):
            owner -= 1
            if subject[owner] in _UNCASED_GENITIVES:
                reach = owner  # "اقوام متحدہ کے امدادی مشن کی سربراہ": a body owning the body
        start = min(start, owner)
    name = subject[end:]
    titled = next((i for i in range(end, min(len(subject), end + 3))
                   if subject[i] in lang.honorifics), None)
    if titled is not None:
        # "ماہر آبیات ڈاکٹر شبیر احمد وانی": the role runs to the courtesy title, the name after
        return _uncased_titled(subject, shown, start, titled, lang)
    if not lang.ergative:  # the name ends where the words about the statement begin
        cut = next((i for i, w in enumerate(name) if w in lang.not_name), len(name))
        if len(name) - cut > 6:
            return None
        name = name[:cut]
    if not 1 <= len(name) <= 3 or any(lang.in_role(w) or w in lang.pronouns for w in name):
        return None
    # `words` is `shown` without vowel signs, word for word: show the text as written
    return _Who(" ".join(shown[end : end + len(name)]), " ".join(shown[start:end]))


def _uncased_titled(
    subject: Sequence[str], shown: Sequence[str], start: int, titled: int, lang: _Uncased
) -> _Who | None:
    """The name after a courtesy title at `titled` (one to three words), the role before it."""
    name = list(subject[titled + 1 :])
    if not lang.ergative:
        cut = next((i for i, w in enumerate(name) if w in lang.not_name), len(name))
        name = name[:cut]
    if not 1 <= len(name) <= 3 or any(lang.in_role(w) or w in lang.pronouns for w in name):
        return None
    return _Who(" ".join(shown[titled + 1 : titled + 1 + len(name)]),
                " ".join(shown[start:titled]) or None)


def _uncased_lang(text: str) -> _Uncased | None:
    return next((_UNCASED[k] for k, rx in _UNCASED_SCRIPT.items() if rx.search(text)), None)


def _attribute_uncased(after: str, before: str, text: str) -> _Who | None:
    """Hindi, Urdu, Bengali: the speaker in the clause leading into the quote ("… ने कहा, "…""),
    or in the clause right after it ("”…“، وزیر … نے کہا۔")."""
    lang = _uncased_lang(text)
    if lang is None:
        return None
    tail = before.rstrip()
    leads_in = tail.endswith((",", "،", ":")) or tail.endswith(tuple(lang.complementizers))
    if leads_in and (who := _uncased_clause(_UNCASED_SENTENCE_END.split(tail)[-1], lang)):
        return who
    head = after.lstrip(" ,،")
    if after[:1].strip() and after[:1] not in ",،":
        return None
    return _uncased_clause(_UNCASED_SENTENCE_END.split(head, 1)[0], lang)


def _uncased_reported(text: str) -> _Who | None:
    """The last person a Hindi, Urdu or Bengali text reports speaking ("… রহমান … জানান।")."""
    lang = _uncased_lang(text)
    if lang is None:
        return None
    found = None
    for clause in _UNCASED_SENTENCE_END.split(text):
        who = _uncased_clause(clause, lang)
        if who and who.speaker:
            found = who
    return found


def _uncased_subject(text: str) -> _Who | None:
    """"امریکی نائب وزیر خارجہ جیمز ہارلو نے وزیر خارجہ سے ملاقات کی۔ انہوں نے کہا کہ …": in a
    language marking the subject (Urdu, Hindi 'نے'/'ने'), the pronoun refers to the one named
    subject of the sentence before, whatever that sentence's verb."""
    lang = _uncased_lang(text)
    clauses = [c for c in _UNCASED_SENTENCE_END.split(text) if c.strip()]
    if lang is None or not lang.ergative or len(clauses) < 2:
        return None
    words = clauses[-2].split()
    marks = [i for i, w in enumerate(words) if w.strip(_UNCASED_PUNCT) in lang.ergative]
    if len(marks) != 1:
        return None
    verb = next(v for v in sorted(lang.verbs) if len(v) == 1)
    who = _uncased_clause(" ".join([*words[: marks[0] + 1], *verb]), lang)
    return who if who and who.speaker else None


_HE = _TABLES["hebrew"]
_HE_VERBS = frozenset(_HE["verbs"])
_HE_TITLES = frozenset(_HE["titles"])
_HE_BODIES = tuple(_HE["bodies"])
_HE_WORD = re.compile("^[\u05d0-\u05ea][\u05d0-\u05ea'\"]*$")


def _attribute_he(after: str) -> _Who | None:
    """Hebrew, after the quote: '"…", אמרה ד"ר מיכל ברק ממכון השרון …' (a title before the name
    or the body the speaker is from after it; a bare 'said X Y' may be 'said yesterday …')."""
    head = after.lstrip()
    if not head.startswith(","):
        return None
    words = re.split(r"[.!?\n]", head[1:], maxsplit=1)[0].split()
    if len(words) < 3 or words[0] not in _HE_VERBS:
        return None
    i = 1
    titled = words[i] in _HE_TITLES
    i += titled
    name = [w.rstrip(",") for w in words[i : i + 2]]
    if len(name) < 2 or not all(_HE_WORD.match(w) for w in name) or words[i].endswith(","):
        return None
    rest = words[i + 2 :]
    org = None
    if rest and rest[0].startswith("מ") and rest[0][1:].startswith(_HE_BODIES):
        org = " ".join([rest[0][1:], *rest[1:6]]).rstrip(",")
    if not (titled or org):
        return None
    return _Who(" ".join(name), org)


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
    noun = head[-1]
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
    adjectives = [w[:-2] + ending if w.endswith("en") and len(w) > 4 else w for w in head[:-1]]
    return " ".join([*adjectives, noun, *tail])


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


# "The Tánaiste has called for …. “…,” Róisín Mac Giolla said": the sentence before the quote
# names the speaker by title only, the attribution by name only.
_LEAD_TITLE = re.compile(
    rf"^\s*The\s+(?P<title>(?:{_CAP}[\w'’-]*\s+){{0,3}}{_CAP}[\w'’-]*)\s+[a-z]"
)
_CAPITALISED_PAIR = re.compile(rf"{_CAP}[\w'’-]+\s+{_CAP}[\w'’-]+")


def _title_of_the_lead(before: str, speaker: str) -> str | None:
    """The title that one sentence right before the quote gives its subject ("The Foreign
    Secretary has warned …"), for a speaker the attribution names bare; None when that
    sentence names anyone else (a full name, or the speaker's own name: "The Prime Minister
    met Amina Yusuf …") or there is more than one sentence."""
    sentences = [x for x in split_sentences(before.strip()) if x.strip()]
    if len(sentences) == 2 and speaker in sentences[1] and sentences[1].rstrip().endswith(
        (":", ",")
    ):
        # "The Tánaiste has told … . Speaking in Brussels, Seán Ó Murchadha said: “…”": the
        # sentence leading into the quote names the speaker; the lead before it, the title.
        sentences = sentences[:1]
    if len(sentences) != 1 or not (m := _LEAD_TITLE.match(sentences[0])):
        return None
    words = m["title"].split()
    if not (_is_title(words[-1].lower()) or _is_role_noun(words[-1].lower())) or not all(
        _is_title(w.lower()) or _is_role_noun(w.lower()) or _is_place(w) or w.isupper()
        for w in words[:-1]
    ):
        return None  # "The European Commission said", "The Kremlin said": a body, not a title
    rest = sentences[0][m.end("title") :]
    if any(not _is_place(p[0]) for p in _CAPITALISED_PAIR.finditer(rest)) or any(
        n in rest for n in speaker.split() if len(n) > 2
    ):
        return None  # another person named ("the West Bank" is a place, no one)
    return m["title"]


# A paragraph that attributes the quotation standing alone before it (a pull quote or
# <blockquote>): "So said General X, …", "— X, foreign minister of Y".
_NEXT_PARAGRAPH_SAYS = re.compile(
    rf"^\s*(?:(?:{_alternation(_TABLES['next_paragraph_says'])})\s+{_CAP}|[—–]\s*{_CAP})"
)


_REPORTING_PHRASES = tuple(_TABLES["reporting_speakers"])


@lru_cache(maxsize=1)
def _reporters() -> frozenset[str]:
    """Wire agencies and known outlets (bot/data/attribution.json), case-folded."""
    table = json.loads(resources.files("bot.data").joinpath("attribution.json").read_text("utf-8"))
    names = [*table.get("wire_agencies", ()), *table.get("known_outlets", {}).values()]
    return frozenset(n.casefold() for n in names if isinstance(n, str))


def _is_reporter(speaker: str) -> bool:
    """"the Saudi Press Agency", "Xinhua", "state media": who reports the words, not who spoke
    them (bot/data/quotes.json "reporting_speakers")."""
    folded = speaker.casefold().strip()
    bare = re.sub(r"^(?:the|a|an)\s+", "", folded)
    return bare in _reporters() or any(p in folded for p in _REPORTING_PHRASES)


def extract_quotes(
    paragraphs: Sequence[str], *, limit: int = 5, headline: str = "", outlet: str = ""
) -> tuple[Quote, ...]:
    """Direct quotes, most important first, each with its speaker/affiliation where stated.
    `headline` may introduce a speaker the text then calls by surname ("Who is Beatriz Almada"
    … "…", said Almada): it is searched for the full name, never for quotes. `outlet` is the
    body "a fellow at the Forum" means in the Forum's own feed."""
    paragraphs = _bounded(paragraphs)
    full_text = "\n".join(paragraphs)
    # A headline in Title Case runs words on to a name ("EAM Vikram Sethi Meets Chinese …"):
    # only a sentence-case one is read for names.
    words = headline.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    named_text = f"{full_text}\n{headline}" if words and 2 * capitals <= len(words) else full_text
    found: list[_Found] = []
    known: list[str] = []
    titles: dict[str, str | None] = {}  # speaker → the affiliation the text introduced them with
    last_named: tuple[int, _Who] | None = None  # (paragraph, who) of the last named attribution
    lang: list[str] = []  # the text's language, detected once when a German genitive may need it
    for order, seg in enumerate(_segments(paragraphs)[:MAX_SEGMENTS]):
        para = paragraphs[seg.para]
        after = para[seg.end : seg.end + 250]
        if seg.text.rstrip().endswith(".") and _NEW_SENTENCE.match(after):
            # “… in accordance with the law.” The United States said …: the quote closed its
            # sentence; the next one says who said something else, not who said this
            after = ""
        start_para = paragraphs[seg.start_para]
        before = start_para[max(0, seg.start - BEFORE_WINDOW) : seg.start]
        if not before.strip() and seg.start_para > 0:
            previous = paragraphs[seg.start_para - 1].rstrip()
            if previous.endswith(":"):  # "Cha said:" ¶ “…”
                before = previous[-300:]
        if (
            not before.strip() and not after.strip(" .,;") and seg.para + 1 < len(paragraphs)
            and _NEXT_PARAGRAPH_SAYS.match(paragraphs[seg.para + 1])
        ):  # a pull quote, then "So said X, …" or "— X, …" as the next paragraph
            after = " " + paragraphs[seg.para + 1][:250]
        who = (
            _attribute_after(after) or _attribute_before(before) or _attribute_ml(after, before)
            or _attribute_cjk(after, before, full_text)
            or _attribute_uncased(after, before, seg.text)
            or (_attribute_ar(after, before, full_text) or _attribute_ar_from(after)
                if _ARABIC.search(seg.text) else None)
            or _attribute_he(after)
        )
        if who and who.pronoun:
            who = _resolve_pronoun(seg, paragraphs, last_named)
        elif who and who.role_ref:
            who = _resolve_role(who.role_ref, seg, paragraphs)
        elif who and who.speaker and who.speaker.startswith("the ") and (
            named := _resolve_definite_role(who.speaker, seg, paragraphs)
        ):
            who = named
        if who and who.speaker and sum(c.isalnum() for c in who.speaker) < 2:
            who = None  # "E" from "The C of E said": one letter names nobody
        if who and who.speaker and _is_reporter(who.speaker):
            continue  # the agency reporting the words is not their speaker
        if who and who.speaker:
            speaker = _full_name(_without_label(who.speaker), known, named_text)
            if not who.affiliation and speaker not in titles:
                titles[speaker] = _introduced_as(speaker, full_text)
            aff = who.affiliation or titles.get(speaker)
            if not aff and seg.para == seg.start_para:
                aff = _title_of_the_lead(para[: seg.start], speaker)
            if aff and _is_role_text(aff) and (noun := _appos_owner_noun(after, speaker)):
                # "said ambassador X, head of the ministry's Caribbean division": the body
                # the text named, not the title ("Ministry of Foreign Affairs")
                aff = _named_body(noun, full_text) or aff
            if aff and (ministry := _ministry_of_title(aff, full_text)):
                aff = ministry  # "Deputy Foreign Minister X" where "the Foreign Ministry said"
            if not aff or _is_role_text(aff) or aff.casefold().endswith(_STATE_OFFICES):
                aff = _state_of(para, speaker, full_text, lang) or aff
            if aff and aff in _ORG_NOUNS:  # "the court's registrar": the court the text named
                aff = _named_body(aff, full_text) or aff
            elif aff:  # "a foreign ministry spokesperson", "portavoce del ministero": the body
                aff = _body_of_role(aff, full_text) or aff
            who = _in_german_genitive(_Who(speaker, aff), para, full_text, lang)
            if _is_thing(speaker, full_text):
                continue  # "a comment by Akin at the African Loft": a blog, not its writer
            if who.affiliation:
                who = _Who(who.speaker, _whole_affiliation(
                    who.affiliation, who.speaker or speaker, full_text, outlet))
            known.append(speaker)
            last_named = (seg.para, who)
        elif seg.dash:
            continue  # a dash opens a quote only where the text says whose it is
        text = _clean_text(seg.text)
        if not text:
            continue
        # “We are ready,” he said. “But we will not wait.” — the second part continues the
        # first when only a short attribution stands between them.
        prev = found[-1] if found else None
        if (
            who is None
            and prev is not None
            and prev.para == seg.para == seg.start_para
            and prev.who is not None
            and prev.who.speaker
            and _is_attribution_only(para[prev.end : seg.start])
            and text[:1].isupper()
            and len(text.split()) >= 4
            and len(prev.text.split()) >= 4
        ):
            joiner = " " if prev.text[-1:] in ".!?" else ". "
            prev.text = prev.text + joiner + text
            prev.end = seg.end
            continue
        introduced = before.rstrip().endswith(":")
        found.append(_Found(text, who, seg.para, order, seg.end, introduced))
    return _rank(found, limit)


_SPEAKER_LABELS = frozenset(_TABLES["speaker_labels_en"])


def _without_label(speaker: str) -> str:
    """"Blogger Luísa Andrade" → "Luísa Andrade": a label opening the sentence in capitals is
    no part of the name (two capitalised words must be left)."""
    words = speaker.split()
    if len(words) >= 3 and words[0].casefold() in _SPEAKER_LABELS and words[1][:1].isupper():
        return " ".join(words[1:])
    return speaker


# ", head of the ministry's Caribbean division", ", a spokeswoman for the court": a role of a
# body the appositive names only by its bare noun.
_APPOS_ROLE_OF_NOUN = re.compile(
    r"\s*,\s*(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?(?P<role>[a-z-]+)\s+(?:of|at|for|with|in)"
    r"\s+the\s+(?P<noun>[a-z]+)(?:['’]s\s|[,.;]|\s*$)"
)


def _appos_owner_noun(after: str, speaker: str) -> str | None:
    """The bare body noun of the appositive right after the speaker's name ("ministry" in
    "…, said X, head of the ministry's Caribbean division"), if the appositive is a role of it."""
    at = after.find(speaker)
    m = _APPOS_ROLE_OF_NOUN.match(after, at + len(speaker)) if at >= 0 else None
    if not m or not _is_role_noun(m["role"]) or m["noun"] not in _ORG_NOUNS:
        return None
    return m["noun"]


def _named_body(noun: str, text: str) -> str | None:
    """"court" → "International Court of Justice": the one body the text names by a capitalised
    name holding the noun; None when it names none or several."""
    head = noun.capitalize()
    found = {
        re.sub(r"^The\s+", "", m.group(0))
        for m in re.finditer(
            rf"(?:{_CAP}[\w'’-]*\s+){{0,4}}{head}(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}[\w'’-]*"
            rf"(?:\s+{_CAP}[\w'’-]*){{0,3}})?(?!\w)",
            text,
        )
    }
    found = {f for f in found if len(f.split()) >= 2}
    if not found:  # "Norway's foreign ministry", "Commerce ministry says": named in lower case
        found = _lower_bodies(noun, text)
    return found.pop() if len(found) == 1 else None


_ACCREDITED = frozenset(("diplomat", "diplomats", "envoy", "ambassador", "delegate"))
_ROLE_AT_BODY = re.compile(r"^(?P<role>.+?)\s+(?:for|of|at|in|with)\s+the\s+(?P<body>[a-z ]+)$")


def _body_of_role(role: str, text: str) -> str | None:
    """The body a role phrase names in lower case, which the speaker speaks for (README
    decision): "foreign ministry spokesperson", "spokesman for the foreign ministry" → "foreign
    ministry"; a bare noun ("ministry spokesperson", "portavoce del ministero") → the body the
    text named with it ("Norway's foreign ministry"), else None (the role stays)."""
    words = role.split()
    if (
        len(words) == 3 and words[0].casefold() in ("a", "an", "the") and words[1][:1].isupper()
        and words[1].casefold() in _ORG_NOUNS and _is_role_noun(words[2].lower())
        and words[2].lower() not in _ACCREDITED
    ):
        # "a Commission spokesperson": the body the text named in full ("the European
        # Commission"); none or several named: the role stays
        return _named_body(words[1].casefold(), text)
    if len(words) == 3 and (lang := _uncased_lang(role)) and (
        words[1] in _UNCASED_GENITIVES and lang.is_body(words[0]) and lang.is_role(words[2])
    ):
        return _uncased_named_body(words[0], text, lang)  # "کمیشن کے ترجمان"
    if m := _ROLE_AT_BODY.match(role):
        if not any(_is_role_noun(w) for w in m["role"].lower().split()):
            return None
        body = m["body"].split()
    elif len(words) >= 2 and _is_role_noun(words[-1].lower()):
        if words[-1].lower() in _ACCREDITED:
            return None  # "a council diplomat" speaks for a state on the council
        body = words[:-1]
    else:
        return _ml_body_of_role(role, text)
    if _lower_body(body) != body:
        return None  # "deputy head": not all of it names a body
    return " ".join(body) if len(body) >= 2 else _named_body(body[0], text)


def _uncased_named_body(noun: str, text: str, lang: _Uncased) -> str | None:
    """"کمیشن" → "یورپی کمیشن": the one body of two words or more the text names ending in that
    noun, its words all body words (a nationality, "ہائی", "دفتر"…); None when it names none or
    several."""
    found = set()
    words = [w.strip(_UNCASED_PUNCT + "۔") for w in text.split()]
    for i, w in enumerate(words):
        if w != noun:
            continue
        start = i
        while start > 0 and i - start < UNCASED_OWNER_WORDS and lang.is_body(
            words[start - 1]
        ) and words[start - 1] not in _UNCASED_GENITIVES:
            start -= 1
        if start < i:
            found.add(" ".join(words[start : i + 1]))
    return found.pop() if len(found) == 1 else None


def _lower_bodies(noun: str, text: str) -> set[str]:
    """The bodies of two words or more the text names in lower case with `noun` ("Norway's
    foreign ministry", "Sudan's army"): its owner or its kind says which ministry it is."""
    out = set()
    for m in re.finditer(rf"\b{noun}\b", text, re.IGNORECASE):
        sentence = re.split(r"[.!?;:,\"“”«»()]", text[: m.start()])[-1]
        body = _lower_body([*sentence.split()[-BODY_LOWER_WORDS - 2 :], noun])
        while body and body[0].lower() in _NOT_EMPLOYER:
            body = body[1:]
        if len(body) >= 2:
            out.add(" ".join(_as_adjective(body)))
    return out


_DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i", "ine", "ch")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """"norway" → "Norwegian": a country's adjective, its first alias that starts as the name
    does and ends as an adjective does (bot/data/geo/en.json)."""
    out = {}
    for c in geo.read_data("en.json")["countries"]:
        name = c["name"].casefold()
        adj = next((a for a in c["aliases"] if a != name and " " not in a
                    and a[:3] == name[:3] and a.endswith(_DEMONYM_ENDINGS)), None)
        if adj:
            out[name] = adj.capitalize()
    return out


def _as_adjective(body: list[str]) -> list[str]:
    """"Norway's foreign ministry" → "Norwegian foreign ministry", as a label names a body the
    text gave with its country's possessive (a body found away from the quote)."""
    owner = re.sub(r"['’]s$", "", body[0])
    if owner != body[0] and (adj := _demonyms().get(owner.casefold())):
        return [adj, *body[1:]]
    return body


# A minister's title that names no portfolio ("Minister") or a deputy's with the portfolio
# ("Deputy Foreign Minister"): the speaker speaks for the ministry the text names.
_DEPUTY_WORDS = frozenset(("deputy", "vice", "assistant", "junior", "state", "acting"))
_MINISTRY_NAME = re.compile(
    rf"(?:{_CAP}[\w-]*\s+){{0,3}}Ministry(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}[\w-]*"
    rf"(?:\s+(?:(?:and|&|of)\s+)?{_CAP}[\w-]*){{0,4}})?"
)


def _ministry_of_title(title: str, text: str) -> str | None:
    """"Minister" → "Ministry for Tourism", "Deputy Foreign Minister" → "Foreign Ministry":
    the one ministry the text names whose name holds the title's portfolio words; None for a
    minister's own title ("Foreign Minister", "Minister of Health") or no such ministry."""
    words = title.split()
    if not words or words[-1] != "Minister" or not all(w[:1].isupper() for w in words):
        return None
    deputy = [w for w in words[:-1] if w.lower() in _DEPUTY_WORDS]
    portfolio = [w for w in words[:-1] if w.lower() not in _DEPUTY_WORDS]
    if (portfolio and not deputy) or (deputy and not portfolio):
        return None  # a minister's own title; "Deputy Minister" is clearer than a guess
    found = set()
    for m in _MINISTRY_NAME.finditer(text):
        name = m.group(0).split()
        while name and (name[0] in _NOT_NAMES or name[0].endswith(("'s", "’s"))):
            name = name[1:]
        if all(w in name for w in portfolio):
            found.add(" ".join(name))
    return found.pop() if len(found) == 1 else None


# "ha detto il ministro degli Esteri egiziano X", "disse o chanceler argentino X": a state's
# office closed by the state's adjective, right before the name. The affiliation is then the
# state, as with "Botswana's Foreign Minister X" (the body a speaker speaks for before the role:
# README decision); an "economista francese" speaks for no state. A title the adjective leads
# ("Belgian Prime Minister", "belgischer Finanzminister") reads as one title and stays.
_STATE_OFFICES = tuple(_TABLES["state_offices"])
_FORMER = frozenset(_TABLES["state_office_former"])
_BEFORE_NAME_STOP = re.compile(r"[,;:.!?«»\"“”„‘’()\[\]–—]")
_STATE_WINDOW = 6  # words before the name: "ha detto il ministro degli Esteri egiziano"


def _state_of(para: str, speaker: str, full_text: str, lang: list[str]) -> str | None:
    """The country whose office the words right before the speaker's name name, if an
    adjective after the office says whose ("egiziano", "kosovaro"); its name in the text's
    language ("Egitto", "Kosovo")."""
    at = para.find(speaker)
    if at < 0:
        at = para.find(speaker.split()[-1])
    if at <= 0:
        return None
    window = _BEFORE_NAME_STOP.split(para[:at])[-1].split()[-_STATE_WINDOW:]
    folded = [re.split(r"['’]", w.casefold())[-1] for w in window]  # "l'ex" → "ex"
    office = next((i for i, w in enumerate(folded) if w.endswith(_STATE_OFFICES)), None)
    if office is None or any(w in _FORMER or w.startswith(("ex-", "ehemalig")) for w in folded):
        return None
    if not lang:
        lang.append(language.detect(full_text))
    code = lang[0] if geo.supported(lang[0]) else ""
    if not code:
        return None
    for word in window[office + 1:]:
        if not word.islower():  # the adjective, not a place ("ministro a Roma")
            continue
        found = geo.find_mentions(word, lang=code)
        if len(found) == 1 and found[0].entity.code and found[0].entity.kind in (
            "country", "home"
        ):
            entity = found[0].entity
            return _country_names(code).get(entity.code) or entity.name
        if not found and (country := _country_by_stem(word.casefold(), code)):
            return country
    return None


_NATIONALITY_ENDINGS = {k: tuple(v) for k, v in _TABLES["nationality_endings"].items()}
_SHARED_START = 4  # "lett-ische" / "Lett-land", "kosov-aro" / "Kosov-o"


@lru_cache(maxsize=64)
def _country_names(lang: str) -> dict[str, str]:
    """ISO code → the country's name in `lang` (CLDR)."""
    table = geo.read_data("cldr.json").get(lang, {})
    return {code: str(names[0]) for code, names in table.items() if names}


def _fold(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c)
    )


def _country_by_stem(word: str, lang: str) -> str | None:
    """A nationality adjective the gazetteer lacks ("kosovaro", "lettische") → the country
    whose name starts as the word does (four letters or more, the longest start, one country)."""
    if not word.endswith(_NATIONALITY_ENDINGS.get(lang, ())):
        return None
    folded = _fold(word)
    best, length, tie = None, _SHARED_START - 1, False
    for name in _country_names(lang).values():
        other = _fold(name)
        n = next((i for i, (a, b) in enumerate(zip(folded, other, strict=False)) if a != b),
                 min(len(folded), len(other)))
        if n > length:
            best, length, tie = name, n, False
        elif n == length:
            tie = True
    return None if tie else best


_CJK_CHAR = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")


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


# "portavoce del ministero", "porta-voz do ministério", "portavoz del ministerio", "Sprecherin
# des Ministeriums": a role of a body its bare noun names (bot/data/quotes.json
# "bare_body_nouns"); the body is the one the text named with that noun.
_ROMANCE_BODY_NOUNS = frozenset(_TABLES["bare_body_nouns"]["romance"])
_DE_BODY_NOUNS = frozenset(_TABLES["bare_body_nouns"]["de"])
_ML_ROLE_OF_BODY = re.compile(
    r"^(?P<role>[\w-]+)\s+(?:del|dello|della|dell['’]|do|da|de la|de|des|der)\s*(?P<noun>\w+)$"
)
_ROMANCE_OF = r"(?:degli|dei|della|delle|dello|del|dell['’]|de la|de los|de|do|da|das|dos)"
_ROMANCE_NAMED = (
    rf"\s+{_ROMANCE_OF}\s+(?:{_CAP}[\w-]*)(?:\s+(?:e|y|{_ROMANCE_OF})?\s*{_CAP}[\w-]*)*"
    r"(?:\s+(?P<adj>[a-zà-ÿ]+))?"
)


def _ml_body_of_role(role: str, text: str) -> str | None:
    m = _ML_ROLE_OF_BODY.match(role)
    if not m or not _is_ml_role(m["role"]):
        return None
    noun = m["noun"].casefold()
    if noun in _ROMANCE_BODY_NOUNS:
        found = _romance_named(m["noun"], text)
    elif noun.removesuffix("s") in _DE_BODY_NOUNS and m["noun"][:1].isupper():
        found = _de_named(noun.removesuffix("s"), text)  # "des Ministeriums"
    else:
        return None
    return found.pop() if len(found) == 1 else None


def _romance_named(noun: str, text: str) -> set[str]:
    """"il ministero degli Esteri norvegese" → {"ministero degli Esteri norvegese"}: the
    noun, the capitalised names after it, and a nationality adjective closing them."""
    out = set()
    for m in re.finditer(rf"(?i:\b{noun}\b)(?:{_ROMANCE_NAMED})", text):
        found = m.group(0)
        if m["adj"] and not _is_nationality(m["adj"], text):
            found = found[: m.start("adj") - m.start()].rstrip()
        out.add(found[:1].lower() + found[1:])
    return out


def _de_named(kind: str, text: str) -> set[str]:
    """"Das norwegische Außenministerium" → {"norwegisches Außenministerium"}: a German body
    of that kind the text names by a compound or an adjective (in the nominative, no article)."""
    out = set()
    for m in re.finditer(rf"(?:\b(?P<adj>[a-zäöü]+(?:e|en|es|er))\s+)?(?P<c>[A-ZÄÖÜ]\w*{kind})\b",
                         text, re.IGNORECASE):
        c, adj = m["c"], m["adj"]
        if not c[:1].isupper() or (adj and adj.lower() in _ML_ARTICLES):
            adj = None
        if adj:
            adj = re.sub(r"(?:e|en|es|er)$", "", adj) + ("es" if kind.endswith(_DE_NEUTER) else "e")
        if adj or c.casefold() != kind:
            out.add(f"{adj} {c}" if adj else c)
    return out


def _is_nationality(word: str, text: str) -> bool:
    code = language.detect(text)
    if not geo.supported(code):
        return False
    found = geo.find_mentions(word, lang=code)
    return (len(found) == 1 and found[0].entity.kind in ("country", "home")) or bool(
        _country_by_stem(word.casefold(), code)
    )


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


def _whole_affiliation(aff: str, speaker: str, text: str, outlet: str) -> str | None:
    """`aff` as the whole name the text gives it ("Eastern Studies" → "Centre for Eastern
    Studies", "Verband der Schweizer" → "… im Ausland", "Istituto" → "Istituto per gli Studi di
    Politica Internazionale"); a bare country as the role the text gives with it ("Guyana" →
    "Guyana's foreign minister"); a generic word alone ("Ministry", "Forum") as the body the
    text or the outlet names with it, else None: better no affiliation than a meaningless one."""
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
    if outlet and aff.casefold() in outlet.casefold().split():
        return outlet  # "Gastwissenschaftler am Forum" in the Forum's own feed
    return None


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
    found = list(re.finditer(rf"(?<!\w){re.escape(aff)}(?!\w)", text))
    if not found:
        return aff
    m = min(found, key=lambda f: abs(f.start() - near))
    before = re.split(r"[,;:.!?()\[\]“”\"«»„‘]", text[max(0, m.start() - 200): m.start()])[-1]
    after = re.split(r"[,;:.!?()\[\]“”\"«»„’]", text[m.end(): m.end() + 200])[0]
    # never the speaker's own name ("Referent X im Bundesinnenministerium"), nor "im" backwards
    names = set(speaker.split())
    head = _linked_name_run(before.split()[::-1], names, backwards=True)[::-1]
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


def _country_role(aff: str, speaker: str, text: str) -> str | None:
    """"Guyana" where the text says "Guyana's foreign minister, X" or "X, a deputy energy
    minister of Azerbaijan" ("negociador do Brasil"): the role as written, which says what the
    speaker is; a country alone says only where they are from."""
    if len(aff.split()) > 3 or not aff[:1].isupper() or not _is_place(aff):
        return None
    name, country = re.escape(speaker), re.escape(aff)
    if m := re.search(
        rf"(?<!\w){country}['’]s\s+(?:[\w-]+\s+){{0,4}}?[\w-]+,?\s+{name}(?!\w)", text
    ):
        role = m.group(0)[: m.group(0).rfind(speaker)].rstrip(" ,")
    elif m := re.search(
        rf"(?<!\w){name}\s*,\s*(?:(?:a|an|the|o|a|il|la|lo|el|der|die|das|le)\s+)?"
        rf"(?P<role>[^,.;:“”\"«»„]{{2,80}}?\s(?:{_ROLE_OF_LINKS})\s+{country})(?!\w)", text
    ):
        role = m["role"]
    else:
        return None
    words = role.split()
    return role if len(words) <= 8 and any(
        _is_role_noun(w.lower()) or _is_ml_role(w) or _is_title(w.lower()) for w in words
    ) else None
