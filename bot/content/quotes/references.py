"""Who a reference means: a surname alone (the full name the text gave), a role ("the minister")
or a pronoun ("he said") resolved to the person the text named before, and the words that
introduced that person."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from bot.content.quotes.audience import opens_with_audience, without_audience
from bot.content.quotes.english import _attribute_after
from bot.content.quotes.masking import _mask, _unmask
from bot.content.quotes.multilingual import (
    _ELIDED_ARTICLE,
    _ML_ARTICLES,
    _ML_OF_WORDS,
    _ML_PRONOUN,
    _is_ml_role,
    _ml_best,
    _ml_name,
    _ml_role_name,
)
from bot.content.quotes.names import _PATRONYMIC, _name_from
from bot.content.quotes.patterns import (
    _CAPITALISED_PAIR,
    _NOT_NAMES,
    _ORG,
    _REPORTED,
    _VERB_WORD,
    _VERBS_ML,
    REPORTED_WINDOW,
)
from bot.content.quotes.places import _is_body_or_place, _is_place
from bot.content.quotes.records import _Segment, _Who
from bot.content.quotes.roles import (
    _affiliation_from_appos,
    _head_of,
    _lower_role,
    _role_affiliation,
    _role_text,
    _title_of,
)
from bot.content.quotes.scripts import _uncased_lang, _uncased_reported, _uncased_subject
from bot.content.quotes.tables import (
    _CAP,
    _PARTICLES,
    _PARTICLES_TEXT,
    _PRONOUNS,
    _ROLE_NOUNS,
    _TABLES,
    _TITLE_WORDS,
    _VERBS,
    _alternation,
    _is_role_noun,
    _is_title,
)
from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use

_CAP_ANY = "[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ]"  # a capital opening a name in Latin or Cyrillic script
_PARTICLE_WORDS = "|".join(_PARTICLES_TEXT.split())


# The preposition joining a role to its place or body ("prefeita de Arequipa", "mayor of X").
_ROLE_OF_WORDS = frozenset(
    ["de", "da", "do", "of", "di", "del", "della", "von", "vom", "du", "des", "dos", "das"]
)


@lru_cache(maxsize=32)
def _first_name_in(text: str, surname: str) -> str | None:
    # "Rui Albuquerque Tavares": up to two given names (the caller drops titles leading them);
    # "Мария Захарова": in Cyrillic the word before is a given name only when a patronymic
    # does not stand between ("России Мария Захарова" → "Мария")
    # ("Pieter de Vries", "Ana van der Berg": the name's particles before the surname go with
    # the given names)
    m = re.search(
        rf"(?<!\w)((?:{_CAP_ANY}[\w'’-]*+\s+){{1,2}}(?:(?:{_PARTICLE_WORDS})\s+){{0,2}})"
        rf"{re.escape(surname)}(?!\w)", text
    )
    if not m:
        return None
    words = m.group(1).split()
    if words[-1] in _PARTICLES:
        return m.group(1)
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
        # "sagte Müller Reportern": whom the words were said to ends the name
        words = without_audience(m.group(0))[0].split()
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
    if clause and opens_with_audience(clause.group(0)):
        return None  # "sagte Anna Roth der Deutschen Presse-Agentur": whom she told
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


DESCRIBED_MAX_WORDS = 3  # words before the noun of "a senior Western diplomat"
ROLE_REF_PARAGRAPHS = 3  # paragraphs searched back for the person "the minister" refers to


def _resolve_role(role: str, seg: _Segment, paragraphs: Sequence[str]) -> _Who:
    """"…», δήλωσε ο υπουργός": the one person the text named with that role before the quote
    ("Ο υπουργός Εξωτερικών Άρης Παπαδάκης …"); nobody if it named none or several."""
    first = max(0, seg.start_para - ROLE_REF_PARAGRAPHS + 1)
    before = [*paragraphs[first : seg.start_para], paragraphs[seg.start_para][: seg.start]]
    stem = re.escape(role.lower()[: max(4, len(role) - 2)])  # "υπουργ" finds "υπουργό" too
    found: dict[str, _Who] = {}
    for text in before:
        # a German role noun heads compounds: "die Ministerin" is the "Innenministerin"
        compound = r"(?:[A-ZÄÖÜ][a-zäöüß]+)?" if role[:1].isupper() and role.isalpha() else ""
        for m in re.finditer(rf"(?<!\w){compound}(?i:{stem})\w*", text):
            tail = text[m.end() : m.end() + 120].split()[:6]
            who = _ml_role_name(" ".join([m.group(0) if compound else role, *tail]))
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
    if not found:
        found = _titled_in_lower_case(words[-1], before)
    if not found:
        # "A European diplomat who attended … said …" then "“…,” the diplomat said": the one
        # unnamed speaker the text described with that noun is who spoke, as it described them
        noun = re.escape(words[-1])
        for text in before:
            for m in re.finditer(
                rf"(?<![\w-])(?:[Aa]n?)\s+(?P<adj>(?:[\w’'-]+\s+){{0,{DESCRIBED_MAX_WORDS}}}?)"
                rf"{noun}(?![\w-])", text
            ):
                described = m["adj"].casefold().split()
                if all(w in described for w in words[:-1]) and not any(
                    w.endswith(("'s", "’s")) for w in described
                ):
                    found[m.group(0).casefold()] = _Who(f"a{m.group(0)[1:]}")
    return next(iter(found.values())) if len(found) == 1 else None


# "MEA spokesperson Arindam Rao", "Coast Guard station commander Lt. Jerome Ladrido": a title
# with a lower-case role noun before a name of two or three words (maybe after an abbreviated
# rank), as "the official" or "the commander" refers back to it
_LOWER_TITLED_NAME = re.compile(
    rf"(?<![\w'’-])(?:{_CAP}[\w'’-]*\s+){{0,3}}(?:[a-z][\w-]*\s+){{0,2}}(?P<noun>[a-z][\w-]*)"
    rf"\s+(?P<rank>{_CAP}[a-z]{{1,4}}\.\s+)?(?P<name>{_CAP}[\w'’-]+(?:\s+{_CAP}[\w'’-]+){{1,2}})"
    r"(?=\s+[a-z])"
)
_GENERIC_ROLE_REFS = frozenset(_TABLES["generic_role_refs_en"])


def _titled_in_lower_case(noun: str, before: Sequence[str]) -> dict[str, _Who]:
    """The people the text up to the quote names with a lower-case title holding `noun` ("the
    commander": "station commander Lt. Jerome Ladrido"), or with any role title where `noun`
    is a generic one ("the official": "MEA spokesperson Arindam Rao"), by name."""
    found: dict[str, _Who] = {}
    for text in before:
        for m in _LOWER_TITLED_NAME.finditer(text):
            if not _is_role_noun(m["noun"]) or not (
                m["noun"] == noun or noun in _GENERIC_ROLE_REFS
            ):
                continue
            # (without the rank: "Capt." adds a word the title's reading counts)
            titled = text[m.start() : m.start("rank")] + m["name"] if m["rank"] else m.group(0)
            who = _attribute_after(f", {titled} said.")
            if who and who.speaker == m["name"]:
                found[m["name"]] = who
    return found


def _is_attribution_only(gap: str) -> bool:
    """Is `gap` just the attribution between two parts of a quote (one short sentence)?"""
    return len(gap.split()) <= 40 and len(split_sentences(gap.strip(" ,"))) <= 1


def _reported_speaker(text: str) -> str | None:
    """The last person named as saying something in `text` ("… Mwangi said the measures …")."""
    found = _reported_speaker_at(text)
    return found[1] if found else None


def _reported_speaker_at(text: str) -> tuple[int, str] | None:
    """`_reported_speaker` with where its clause ends in `text`."""
    found = None
    for m in _REPORTED.finditer(_mask(text)):
        who = _name_from(m["who"])
        if who and who.speaker:
            words = who.speaker.split()
            while len(words) > 2 and _is_ml_role(words[0]):
                words = words[1:]  # "Staatssekretär Pieter Janssen sprach …": the role
            found = (m.end(), " ".join(words))
    return found


# "Prof. Ana Dube of the University of X's diplomacy institute said Nairobi had …": a person
# and the body they are of, then the speech verb (the capitals before the verb are the body's,
# "Nairobi said", not the speaker's).
_REPORTED_NAME_OF = re.compile(
    rf"(?:^|(?<=[.;!?])\s+)(?P<who>(?:{_CAP}[\w'’.\u2024-]*\s+){{1,4}}(?:of|at|from)\s+(?:the\s+)?"
    rf"{_CAP}[^,.;:!?“”\"]{{2,90}}?)\s+(?:[a-z]\w*ly\s+)?(?:{_VERBS})\b"
)


def _reported_name_of(text: str) -> _Who | None:
    """The person `text` reports speaking as "Name of the Body said …", with that body, when
    their clause is the last reported one; else None."""
    masked = _mask(text)
    found = None
    for m in _REPORTED_NAME_OF.finditer(masked):
        who = _attribute_after(f", said {_unmask(m['who'])}.")
        if who and who.speaker and " " in who.speaker and who.affiliation:
            found = (m.end(), who)
    if found is None:
        return None
    last = _reported_speaker_at(text)
    return found[1] if last is None or last[0] <= found[0] else None


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


# "Anna Müller, Dozentin an der Universität Kiel, sagte, …", "Marco Neri, docente
# all'Università di Pisa, ha detto che …": the name, an appositive opening with a role word
# or an employer (no article: languages other than English), then the speech verb.
_REPORTED_NAME_APPOS_ML = re.compile(
    rf"(?:^|(?<=[.;!?])\s+)(?P<who>(?:{_CAP}[\w'’.-]*\s+){{1,3}}{_CAP}[\w'’-]*),\s+"
    rf"(?P<appos>[^,.;:!?“”„«»\"]{{3,100}}),\s+(?:{_VERBS_ML})(?!\w)"
)


def _reported_name_appos_ml(text: str) -> _Who | None:
    """The last person `text` reports speaking as "Name, role …, verb" in a language other
    than English, when the appositive opens with a role word or names an employer; its
    affiliation as the words after the quote would give it ("sagte Anna Müller, Dozentin an
    der Universität Kiel")."""
    found = None
    for m in _REPORTED_NAME_APPOS_ML.finditer(_mask(text)):
        name, appos = _unmask(m["who"]).strip(), _unmask(m["appos"]).strip()
        first = re.split(r"[\s'’]", appos, maxsplit=1)[0]
        if _name_from(name) is None or not first[:1].isalpha():
            continue
        who = _ml_best(f"{name}, {appos}")
        if who and who.speaker == name and (_is_ml_role(first) or who.affiliation):
            found = who
    return found


# "A lecturer at the University of Otago, Mary Olds, said …": the role's noun is not its last
# word; a role noun then a preposition opens it.
_ROLE_THEN_BODY = re.compile(
    r"^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\s+(?:at|of|for|with|in)\s"
)


def _reported_role_name(text: str) -> _Who | None:
    """The last person `text` reports speaking as "role, Name, said/told …", with the role's
    affiliation; None when no such clause names a person."""
    found = None
    for m in _REPORTED_ROLE_NAME.finditer(_mask(text)):
        who = _name_from(_unmask(m["who"]))
        role = _unmask(m["role"]).strip()
        if not (who and who.speaker and who.speaker == _unmask(m["who"]).strip()):
            continue
        if _is_role_noun(role.split()[-1].lower()) or _title_of(role.split()):
            bare = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.IGNORECASE)
            found = _Who(who.speaker, _role_affiliation(role) or bare)
        elif _ROLE_THEN_BODY.match(role) and (employer := _affiliation_from_appos(role)):
            found = _Who(who.speaker, employer)  # "A lecturer at the University of Otago, …"
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
    previous = paragraphs[seg.start_para - 1][-REPORTED_WINDOW:] if seg.start_para else ""
    if subject := _copula_subject(here if here.strip() else previous, "\n".join(paragraphs)):
        return subject  # "Carla Stone was less patient. “…,” she said."
    if named_of := _reported_name_of(here):
        return named_of  # "Prof. A of the University of X said …. “…,” he said."
    speaker = _reported_speaker(here)
    if speaker:
        return _Who(speaker)
    if last_named and seg.para - last_named[0] <= 1:
        # "Mayor Tom Hale has opposed the plan. “…,” he told reporters.": the person the
        # sentence right before names is nearer than the last speaker
        lead = here if here.strip() else previous
        near = _nearest_person(lead, "\n".join(paragraphs))
        if near is None and (opened := _without_opening_clause(lead)) is not None:
            near = _nearest_person(opened, "\n".join(paragraphs))  # "In his speech, Haddad …"
        if near is None:
            near = _role_subject(lead, seg, paragraphs, last_named[1])  # "But the mayor …"
        if near is None:
            near = _closing_role_name(lead)  # "Di parere opposto il sindaco Marco Neri."
        if near is not None and not (
            near.speaker and _same_person(near.speaker, last_named[1].speaker or "")
        ):
            return near
        return last_named[1]
    if role_named := _reported_role_name(here):
        return role_named
    if role_named := _reported_role_name_ml(here):  # "…, Tomas Brandt, ha detto …"
        return role_named
    if appos_named := _reported_name_appos(here):  # "Dr A B, a fellow at …, said …"
        return appos_named
    if appos_named := _reported_name_appos_ml(here):  # "Anna Müller, Dozentin an …, sagte"
        return appos_named
    if seg.start_para > 0:
        previous = paragraphs[seg.start_para - 1][-REPORTED_WINDOW:]
        if named_of := _reported_name_of(previous):
            return named_of
        speaker = _reported_speaker(previous)
        if speaker:
            return _Who(speaker)
        if role_named := (_reported_role_name(previous) or _reported_role_name_ml(previous)
                          or _reported_name_appos(previous)
                          or _reported_name_appos_ml(previous)):
            return role_named
    if subject := _sentence_subject(here):
        return subject
    if not here.strip() and previous.strip() and (
        near := _nearest_person(previous, "\n".join(paragraphs))
    ) and near.speaker and near.affiliation and _opens_on(previous, near.speaker):
        # "Foreign Minister Laura de Santos arrived in Madrid …" ¶ "“…,” she said.": no one
        # quoted yet, the paragraph before ends on a sentence whose subject is one titled
        # person and names no one else
        return near
    return _Who(None)


# The lower-case words a subject's role may hold before the name ("La ministra degli Esteri",
# "the deputy head of the mission"): articles and prepositions.
_ROLE_LINKS = frozenset(
    "the of for and a an la il lo le i gli o os as der die das des den dem für von vom zur zum "  # noqa: SIM905
    "de do da dos das di del della dello degli dei delle dell du et e y".split()
)


def _opens_on(before: str, speaker: str) -> bool:
    """Does the last sentence of `before` open on `speaker`, with only a role before the name
    ("Foreign Minister Laura de Santos arrived …", not "The ministry said Minister X would …")?"""
    sentences = [x for x in split_sentences(before.strip()) if x.strip()]
    at = sentences[-1].find(speaker) if sentences else -1
    if at < 0:
        return False
    return all(
        w[:1].isupper() or w.casefold() in _ROLE_LINKS or _is_ml_role(w) or _is_role_noun(w)
        or _is_title(w) for w in re.split(r"[\s'’]+", sentences[-1][:at]) if w
    )


_QUOTE_MARKS = frozenset("“”„‟\"«»‹›「」『』")
# "In his inaugural speech, Haddad promised …", "Speaking in Suva, Tausi said …": a clause of
# where or when before the sentence's subject (English; its words in quotes.json)
_OPENING_CLAUSE = re.compile(
    rf"^(?:{_alternation(_TABLES['opening_clause_words'])})\s[^,“”\"]{{1,60}},\s+(?=[A-Z])"
)
# "But the mayor disagreed.", "Her rival, Tom Hale, disagreed …": a person the sentence names
# by a role (or an appositive name) as its subject
_ROLE_SUBJECT = re.compile(
    r"^(?:(?:But|And|Yet|Still|However|Meanwhile),?\s+)?(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir)"
    r"\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r"(?:\s*,\s*(?P<name>[^,“”\"]{3,60}),)?\s+[a-z]"
)


def _last_sentence(before: str) -> str | None:
    """The sentence right before a quote, None when there is none or it holds a quotation."""
    sentences = [x for x in split_sentences(before.strip()) if x.strip()]
    if not sentences or _QUOTE_MARKS & set(sentences[-1]):
        return None
    return sentences[-1].strip()


def _without_opening_clause(before: str) -> str | None:
    """The sentence right before a quote without its opening clause of where or when ("In his
    speech, Haddad promised …" → "Haddad promised …"); None when it opens with none."""
    sentence = _last_sentence(before)
    m = _OPENING_CLAUSE.match(sentence) if sentence else None
    return sentence[m.end() :] if sentence and m else None


CLOSING_NAME_WORDS = 10  # a short lead-in ending on a role and a name, no verb needed


def _closing_role_name(before: str) -> _Who | None:
    """The person a short sentence right before a pronoun quote ends on, with a role ("Di
    parere opposto il sindaco Marco Neri. «…», ha aggiunto."): the most recent person named;
    None when the sentence opens with a pronoun (its subject is someone else) or is longer."""
    sentence = _last_sentence(before)
    if not sentence or len(sentence.split()) > CLOSING_NAME_WORDS:
        return None
    body = sentence.rstrip(" .:;")
    if body.split()[0].casefold() in _PRONOUNS or _ML_PRONOUN.match(body):
        return None
    who = _ml_role_name(body)
    if not who or not who.speaker or not who.affiliation or not body.endswith(who.speaker):
        return None
    rest = body[: len(body) - len(who.speaker)]
    if any(not _is_place(p.group(0).split()[0]) for p in _CAPITALISED_PAIR.finditer(rest)):
        return None  # another name before it: whose words is unclear
    return who


def _role_subject(before: str, seg: _Segment, paragraphs: Sequence[str], last: _Who) -> _Who | None:
    """Whom a pronoun after a sentence whose subject is a person by role refers to ("But the
    mayor disagreed. “…,” he said."; "Her rival, Tom Hale, disagreed …"): the appositive's
    name, else the one person the text named with that role; nobody (no guess) when it named
    none or several, and the last speaker when the role is theirs. None: no such sentence."""
    sentence = _last_sentence(before)
    m = _ROLE_SUBJECT.match(sentence) if sentence else None
    if not m:
        return None
    words = m["words"].split()
    # the subject's head: its last role noun ("the harbour master"), else its last word
    role = next((w for w in reversed(words) if _is_role_noun(w)), words[-1])
    if m["name"] and (who := _name_from(m["name"].strip())) and who.speaker and (
        " " in who.speaker and not _is_place(who.speaker) and not _is_body_or_place(who.speaker)
    ):
        return _Who(who.speaker, who.affiliation or (role if _is_role_noun(role) else None))
    if not _is_role_noun(role):
        return None
    if role in (last.affiliation or "").casefold().split():
        return last  # "“…,” said Anna Berg, the council leader. The leader has …"
    named = _resolve_role(role, seg, paragraphs)
    return named if named.speaker else _Who(None)



# The capitalised run opening a sentence, up to its lower-case verb or an appositive's comma:
# "Mayor Tom Hale has …", "Tom Hale, the mayor, has …".
_LEAD_RUN = re.compile(
    rf"^(?P<run>{_CAP}[\w'’.-]*(?:\s+(?:(?:{'|'.join(_PARTICLES_TEXT.split())})\s+){{0,2}}"
    rf"{_CAP}[\w'’-]*){{0,5}})(?P<appos>\s*,\s*[^,]{{3,80}},)?\s+[a-zà-ÿ]"
)
_BODY_WORDS = frozenset(w.casefold() for w in _TABLES["org_nouns_en"])


def _same_person(a: str, b: str) -> bool:
    return bool(a and b) and (a in b or b in a or a.split()[-1] == b.split()[-1])


def _nearest_person(before: str, text: str) -> _Who | None:
    """Whom a pronoun after the sentence right before the quote refers to, when that sentence
    opens on a person and names no one else ("Il sindaco Marco Neri si oppone …", "Mayor Tom
    Hale has …", "Hale has …" after "Tom Hale"); _Who(None) when it opens on a bare name the
    text gives no other sign of being a person's (someone, but not surely who); None when it
    opens on no name or holds a quotation (the last speaker stays the nearest)."""
    sentences = [x for x in split_sentences(before.strip()) if x.strip()]
    if not sentences or _QUOTE_MARKS & set(sentences[-1]):
        return None
    sentence = sentences[-1].strip()
    if who := _sentence_subject(sentence):
        # "Opposition leader Delroy Alvarez was …": the English reading of the title, as an
        # attribution naming them would give it ("Opposition", not "leader")
        lead = sentence[: sentence.find(who.speaker or "") + len(who.speaker or "")]
        named = _name_from(lead)
        return named if named and named.speaker == who.speaker and named.affiliation else who
    m = _LEAD_RUN.match(_mask(sentence))
    if not m:
        return None
    rest = _unmask(sentence[m.end() - 1 :])
    if any(not _is_place(p.group(0).split()[0]) for p in _CAPITALISED_PAIR.finditer(rest)):
        return None  # another name in the sentence: the nearest of two is not surely who
    words = _unmask(m["run"]).split()
    if len(words) == 1:
        word = words[0]
        if word in _NOT_NAMES or _is_body_or_place(word) or not re.search(
            rf"{_CAP}[\w'’-]+\s+{re.escape(word)}(?![\w'’-])", text
        ):
            return None
        return _Who(word)  # a surname the text gave in full
    who = _name_from(" ".join(words))
    if not who or not who.speaker or " " not in who.speaker or any(
        w.casefold() in _BODY_WORDS or _is_place(w) or _is_body_or_place(w) or _is_ml_role(w)
        for w in who.speaker.split()
    ) or _is_place(who.speaker) or _is_body_or_place(who.speaker):
        return None
    appos = _unmask(m["appos"] or "").strip(" ,")
    titled = len(words) > len(who.speaker.split())  # "Councillor Priya Shah"
    if who.affiliation or titled or (appos and _is_role_noun(appos.split()[-1].lower())):
        return _Who(who.speaker, who.affiliation)  # "Mayor Tom Hale", "Tom Hale, the mayor,"
    return _Who(None)


# "Carla Stone was less patient." right before a quote: a sentence that only characterises a
# named person hands the quote to them (bot/data/quotes.json copula_subject); the last speaker
# is someone else by then.
_COPULAS = _alternation(v for verbs in _TABLES["copula_subject"].values() for v in verbs)
_COPULA_SENTENCE = re.compile(
    rf"^(?P<name>{_CAP}[\w'’-]+(?:\s+(?:(?:{'|'.join(_PARTICLES_TEXT.split())})\s+)?"
    rf"{_CAP}[\w'’-]+){{0,3}})(?:\s*,\s*(?P<appos>[^,.;:“”\"«»„]{{3,80}}),)?\s+(?:{_COPULAS})\s+(?P<rest>[^\s“”\"«»„][^“”\"«»„]{{0,80}}?)"
    r"\s*[.:]\s*$"
)
COPULA_REST_WORDS = 8  # "was less patient", "zeigte sich deutlich weniger geduldig als er"


def _copula_subject(before: str, text: str) -> _Who | None:
    """The person the sentence right before a quote only characterises ("Carla Stone was less
    patient."): two name words or more, or a surname the text gave in full, and nothing after
    the verb naming anyone else; None for a place or body ("New Zealand was less patient")."""
    sentences = [x for x in split_sentences(before.strip()) if x.strip()]
    if not sentences or not before.rstrip().endswith((".", ":")):
        return None
    m = _COPULA_SENTENCE.match(sentences[-1].strip())
    if not m or len(m["rest"].split()) > COPULA_REST_WORDS or _CAPITALISED_PAIR.search(m["rest"]):
        return None
    words = m["name"].split()
    if any(w in _NOT_NAMES or _is_title(w.lower()) or _is_role_noun(w.lower())
           or _is_ml_role(w) or _is_body_or_place(w) for w in words):
        return None
    if _is_place(m["name"]) or _is_body_or_place(m["name"]):
        return None
    if len(words) == 1 and not re.search(rf"{_CAP}[\w'’-]+\s+{re.escape(words[0])}(?!\w)",
                                         text):
        return None  # "Stone was less patient" names a person the text named in full
    return _Who(m["name"])


SUBJECT_MAX_WORDS = 12  # a role and a name opening a sentence ("Il viceministro degli Esteri …")


def _sentence_subject(text: str) -> _Who | None:
    """"Il viceministro degli Esteri ucraino Oleh Marchenko chiede all'Ue … «…», ha detto.": a
    quote whose attribution names no one ("ha detto", "he said") is the subject's who opened the
    sentence right before it with a role and a name, when that sentence names no one else."""
    sentences = [x for x in split_sentences(text.strip()) if x.strip()]
    if not sentences:
        return None
    words = sentences[-1].split()

    def capital(i: int) -> bool:  # a name's particle before its capital counts as one
        return words[i][:1].isupper() or (
            words[i] in _PARTICLES and i + 1 < len(words) and capital(i + 1)
        )

    # The subject ends at the first lower-case word after a capitalised run (the verb).
    end = next((i for i in range(1, len(words)) if not capital(i)
                and words[i][:1].islower() and capital(i - 1) and i >= 2 and capital(i - 2)),
               None)
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
