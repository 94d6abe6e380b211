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

Each module imports only those above it: records (what the stages pass), tables (quotes.json,
limits, shared words), german, masking (dots in names), patterns (English attribution
patterns), places, roles, names, multilingual (other Latin, Greek and Cyrillic script
languages), scripts (CJK, Arabic, Hebrew, scripts without capitals), bodies, english,
ranking, references (surnames, roles and pronouns resolved), spans (quotation marks and dash
quotes), whole_affiliations, interview (Q&A turns and the interviewee), extract
(extract_quotes). This package re-exports their public names.
"""

from __future__ import annotations

from bot.content.quotes.english import WHO_FIRST_TITLED_WORDS
from bot.content.quotes.extract import extract_quotes
from bot.content.quotes.interview import Interview, read_interview
from bot.content.quotes.patterns import BEFORE_WINDOW, REPORTED_WINDOW
from bot.content.quotes.ranking import FRAGMENT_WORDS
from bot.content.quotes.references import ROLE_REF_PARAGRAPHS, SUBJECT_MAX_WORDS
from bot.content.quotes.roles import (
    BODY_LOWER_WORDS,
    HEAD_OF_MAX_WORDS,
    ROLE_BODY_WORDS,
    ROLE_NOUN_AT,
)
from bot.content.quotes.scripts import UNCASED_GAP, UNCASED_OWNER_WORDS, UNCASED_ROLE_WORDS
from bot.content.quotes.spans import DASH_QUOTE_CHARS
from bot.content.quotes.tables import MAX_QUOTE_TEXT_CHARS, MAX_QUOTE_WORDS, MAX_SEGMENTS
from bot.content.quotes.whole_affiliations import NAME_LINK_RUN, WHOLE_NAME_WORDS

__all__ = [
    "BEFORE_WINDOW",
    "BODY_LOWER_WORDS",
    "DASH_QUOTE_CHARS",
    "FRAGMENT_WORDS",
    "HEAD_OF_MAX_WORDS",
    "MAX_QUOTE_TEXT_CHARS",
    "MAX_QUOTE_WORDS",
    "MAX_SEGMENTS",
    "NAME_LINK_RUN",
    "REPORTED_WINDOW",
    "ROLE_BODY_WORDS",
    "ROLE_NOUN_AT",
    "ROLE_REF_PARAGRAPHS",
    "SUBJECT_MAX_WORDS",
    "UNCASED_GAP",
    "UNCASED_OWNER_WORDS",
    "UNCASED_ROLE_WORDS",
    "WHOLE_NAME_WORDS",
    "WHO_FIRST_TITLED_WORDS",
    "Interview",
    "extract_quotes",
    "read_interview",
]
