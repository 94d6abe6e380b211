"""The English attribution patterns the speaker, role and quote stages share: words that are
no names, bodies named after "of", appositives, a new sentence after a quote."""

from __future__ import annotations

from bot.content.quotes.tables import _CAP, _TABLES, _VERB, _VERBS, _alternation
from bot.core import lazy_re as re  # compiles each pattern on first use

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
# "Anna Berg of Uppsala University", "Anna Kovac of the relief group Lifeline Asia" (what the
# body is, in lower case, before its name)
_NAME_OF_ORG = re.compile(
    rf"^(?P<name>.+?)\s+(?:of|at|from)\s+(?:the\s+(?:(?P<owner>[A-Z][\w-]*"
    rf"(?:\s+(?!(?:of|for|and|the|in|on|at|to|from|with|de|du|des)\s)[a-z][\w-]*){{1,3}})\s+"
    # "of the EU naval force Atalanta", "of the UN refugee agency UNHCR": the owner and what the
    # body is before its name, all of the body's name as the text gives it
    rf"|(?:[a-z][\w-]*\s+){{0,3}}))?(?P<org>{_ORG})\s*$"
)
# "Marta Herrera of the Ladies in White movement" (a name with "in", then what the body is),
# "Nasreen Sultana of the University of Dhaka's international relations department" (a unit the
# body owns): the name before, the body after "of".
_ORG_IN = (
    r"(?:[A-Z][\w&.'’-]*|[0-9]+)(?:\s+(?:(?:of|on|for|and|the|to|in|de|du|des|&)\s+){0,2}"
    r"(?:[A-Z][\w&.'’-]*|[0-9]+))*"
)
_NAME_OF_ORG_TAIL = re.compile(
    rf"^(?P<name>.+?)\s+(?:of|at|from)\s+(?:the\s+)?(?P<org>{_ORG_IN})"
    rf"(?:['’]s(?:\s+[a-z][\w-]*){{1,4}}|\s+(?P<kind>{_alternation(_TABLES['name_of_body_kinds_en'])}))\s*$"
)
_NAME_OF_LOWER_BODY = re.compile(
    r"^(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){1,4})(?:of|at|from|in)\s+the\s+"
    r"(?P<body>(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+)?(?:[a-z]+\s+){0,3}[a-z]+)\s*$"
)
# "of the aid group Sahel Relief": what the body is, in lower case, may come before its name
# (no preposition among those words: "at the local school in Gaza" names no employer)
_ORG_IN_APPOS = re.compile(
    rf"\b(?P<prep>at|of|for|with|from)\s+(?:the\s+(?:(?!(?:of|and|or|for|in|at|to|on|with|from"
    rf"|by|who|which|that|whose|where)\s)[a-z][\w-]*\s+){{0,3}})?(?P<org>{_ORG})"
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_POSSESSIVE_ORG = re.compile(rf"^(?:the\s+)?(?P<org>{_ORG})['’]s\b")
# (an age between the name and what the person is, "said Ana Ruiz, 52, a nurse at …", is
# passed over: the appositive after it says who they are)
_APPOS = re.compile(r"\s*,\s*(?P<age>\d{1,3}\s*,\s*)?(?P<appos>[^,.;:“”\"]{3,200})")
# "of Dartmouth", "from Aleppo", "in Bolton" right after an age: where the person lives (a
# hometown, as local papers give it), not a body they speak for
_HOMETOWN = re.compile(r"^(?:of|from|in)\s+(?!the\s)")
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
# "…,” Dana Whitlock, 41, said.": a name, an age and nothing else about the person
_AFTER_NAME_AGE = re.compile(
    rf"^\s*,?\s*(?P<who>[^,.;:“”\"]{{2,60}}),\s+\d{{1,3}},\s+(?:[a-z]\w*ly\s+)?"
    rf"(?P<verb>{_VERB})\b"
)
_AFTER_ROLE_NAME = re.compile(
    rf"^\s*,?\s*(?P<role>[^,.;:“”\"]{{2,80}}),\s+(?:\d{{1,3}},\s+)?(?P<who>[^,.;:“”\"]{{2,60}}),\s+(?:[a-z]\w*ly\s+)?"
    rf"(?P<verb>{_VERB})\b"
)
# Indirect speech naming the speaker before a pronoun quote: "Mwangi said the measures …".
# Speech verbs of other languages (issue 17): after the quote ("…», a déclaré X", "„…“, sagte
# X", "«…», — заявил X"), before it ("X sagte: „…“", "X afirmó: “…”"), or reporting ("X dijo que").
_VERBS_ML = _alternation(v for verbs in _TABLES["verbs"].values() for v in verbs)
_REPORTED = re.compile(
    # ("Dana Whitlock, 41, said the water …": an age between the name and the verb)
    rf"\b(?P<who>(?:{_CAP}[\w'’.-]*+\s+){{0,3}}{_CAP}[\w'’.-]++)(?:,\s\d{{1,3}},)?\s+"
    r"(?:[a-z]\w*ly\s+)?(?:ha[sd]\s+)?"
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
_CAPITALISED_PAIR = re.compile(rf"{_CAP}[\w'’-]+\s+{_CAP}[\w'’-]+")
