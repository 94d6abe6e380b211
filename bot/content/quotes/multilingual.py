"""Attribution in the other Latin, Greek and Cyrillic script languages (issue 17): speech verbs
before or after the quote, roles of several words, bodies in lower case, places and outlets
that are no speaker."""

from __future__ import annotations

from collections.abc import Sequence

from bot.content.quotes.audience import without_audience
from bot.content.quotes.german import _DE_NEUTER
from bot.content.quotes.names import _PATRONYMIC
from bot.content.quotes.patterns import _NOT_NAMES, _VERBS_ML, BEFORE_WINDOW
from bot.content.quotes.places import _is_body_or_place, _is_city, _is_place
from bot.content.quotes.records import _Who
from bot.content.quotes.roles import _NOT_AFFILIATION_CLAUSE, _head_of
from bot.content.quotes.tables import _PARTICLE_NAME, _TABLES, _TITLE_WORDS, _alternation
from bot.core import lazy_re as re  # compiles each pattern on first use

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
    # "à agência Lusa", "a la agencia EFE": the outlet's kind before its name
    rf"(?:(?:la|el|a|o|il|le)\s+)?(?:(?:{_alternation(_TABLES['told_outlet_kinds'])})\s+)?"
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
_LEADING_ROLE_HEADS = tuple(sorted(_TABLES["leading_role_heads"], key=len, reverse=True))
_COMPOUND_MIN = 3  # letters a compound has before its head ("Obst|bauer"; "Neubauer" is a name)


def _leading_role(word: str) -> bool:
    """"Geschäftsführer", "Obstbauer", "Menschenrechtlerin": a compound naming a role."""
    low = word.strip(",;()").lower()
    return any(low.endswith(h) and len(low) - len(h) >= _COMPOUND_MIN
               for h in _LEADING_ROLE_HEADS)


_ML_PARTICLES = frozenset(_TABLES["name_particles_ml"])  # (quotes.json)
_NAME_CONNECTORS = frozenset(_TABLES["name_connectors"])
# "del ministero degli Esteri", "do ministério da Defesa": a body's bare noun in lower case,
# named by the capitalised words after it.
_BARE_BODY = (
    rf"(?:{_alternation(_TABLES['bare_body_nouns']['romance'])}|ministère)"
    r"(?=\s+(?:degli|dei|della|delle|dello|del|de|do|da|das|dos|des|du)\s+[A-ZÀ-Ý])"
)
_MASKED_DOT = "\u2024"  # ONE DOT LEADER: a full stop no clause pattern stops at
_LEGAL_FORM = (
    rf"(?:{_alternation(f.replace('.', _MASKED_DOT) for f in _TABLES['body_legal_forms'])}"
    rf"|{_alternation(_TABLES['body_legal_forms'])})(?=\s|[,;)]|$)"
)
_LEGAL_DOTS = re.compile(
    rf"(?<=\s)(?:{_alternation(f for f in _TABLES['body_legal_forms'] if '.' in f)})"
    r"(?=\s|[,;)]|$)"
)
# "an der Universität St. Gallen", "Staatliche Universität St. Petersburg": an abbreviated
# "Saint" before a place's capitalised name ends no clause (masked, given back in the result)
_SAINT_DOTS = re.compile(
    rf"(?<![\w.])(?:{_alternation(_TABLES['place_saint_abbreviations'])})\.(?=[ \xa0]+[A-ZÀ-Ý])"
)
_SAINT_MASKED = re.compile(
    rf"(?<![\w.])({_alternation(_TABLES['place_saint_abbreviations'])}){_MASKED_DOT}"
)
_ML_ORG = (  # "vom ukrainischen Koordinationsstab": a German adjective may lead the body
    rf"(?P<org>(?:(?!(?:dess|der|ein|sein|ihr|unser|eur|kein|dies|jen)(?:en|em|er|es)\b)"
    rf"[a-zäöü]{{3,}}(?:en|em|er|es)\s+(?={_CAP_WORD}))?(?:{_CAP_WORD}|{_BARE_BODY})"
    rf"(?:\s+(?:(?:für|for|de|del|della|degli|dei|delle|dello|di|do|da|des|du|of|and|et|y|e|i|"
    rf"und|la|le|les|los|das|dos|der|die|am|an)\s+)*{_CAP_WORD}"
    # a lower-case word goes on the body ("Commissione europea per l’allargamento"), but not a
    # conjunction: "della Rada e membro della commissione" joins a second role to the speaker
    # ("i" is Catalan "and", but the Italian plural article after a preposition: "Medici per i
    # diritti umani")
    rf"|\s+(?!(?:e|and|und|y|et|ou|or|oder|o|ed)\s|(?<!per\s)(?<!tra\s)(?<!fra\s)i\s"
    rf"|{_LEGAL_FORM})[a-zà-ÿ]+(?:['’][a-zà-ÿ]+)?"
    r"(?=\s+[a-z]|[,.)]|$)){0,6}"
    # a legal form ends the body's name ("Hilfsorganisation Brücke e.V.", not "… e")
    rf"(?:\s+{_LEGAL_FORM})?)"
)
_EMPLOYER_PARTICLES = frozenset(("di", "della", "dello", "dei", "degli"))
_IM_BODY_ENDINGS = _alternation(_TABLES["de_genitive"]["neuter_endings"])
# "Weber vom Kieler Institut …", "João Lima, da Universidade …", "Ana Torres, analista de la
# Universidad …", "Paul Martin, chercheur à l’Institut …": an employer, not a place ("en Buenos
# Aires", "a Roma" are where they spoke).
_ML_AFFILIATION = re.compile(
    r"^(?:\s*,\s*[^,;:“”„«»\"]{1,60}?\s(?:der|des)\s+"  # ", Sprecherin der …" (not ", der …")
    # ", Betriebsratsvorsitzender im BMW-Werk …": a role's compound, then "im" and the body
    rf"|\s*,\s*(?:[^,;:“”„«»\"\s]+\s+){{0,3}}?[^,;:“”„«»\"\s]*(?:{_alternation(_TABLES['role_suffixes'])})"
    r"\s+im\s+"
    r"|\s*,\s*(?:[^,;:“”„«»\"]{0,60}?\s)??(?:de la|del|de|du|des|di|della|dello|do|da|dos|"
    r"das|at|of|from|à|au|al|en|na|no|em|bei|beim|am|an der|vom|von der|von|"
    # ", Pflegerin im Carl-Thiem-Klinikum": "im" before a neuter body's noun only (not "im
    # Allgäu", "im Dezember": where and when)
    rf"im(?=\s+(?:[A-ZÄÖÜ][\w-]*\s+){{0,3}}?(?=[A-ZÄÖÜ])[\w-]*(?i:{_IM_BODY_ENDINGS})(?![\w-])))"
    r"\s*(?:l['’]\s*)?"
    r"|\s*\(|\s+(?:vom|von der|von dem|der|des|de la|del|della|dello|do|da|dos|das|of|from|di|"
    r"at)\s+(?:l['’]\s*)?"
    r"|\s+dell['’]\s*)"  # "María José Canessa dell’Università del Cile": the elided article
    + _ML_ORG
)


_ML_DETERMINER = re.compile(
    r"(?:^|\s)(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|the|a|an|le|la|les|l['’]|"
    r"el|los|las|il|lo|gli|o|os|as|du|del|della|dello|do|da)\s*$",
    re.IGNORECASE,
)


# German's indefinite article and inflected adjectives before one capitalised noun ("ein
# ägyptischer ", "eine hochrangige "): an unnamed person the noun describes.
_DE_UNNAMED = re.compile(
    r"(?:^|\s)(?P<phrase>(?:ein|eine|einer)(?:\s+[a-zäöüß][\w-]*(?:er|e|es|en|em))+)\s+$"
)


# "eine Sprecherin", "ein hoher Beamter": the whole phrase after the verb is German's
# indefinite article, perhaps adjectives, and a role noun (no name, no body after it)
_DE_UNNAMED_ROLE = re.compile(
    r"^(?:ein|eine)\s+(?:[a-zäöüß][\w-]*(?:er|e|es|en|em)\s+){0,2}(?P<noun>[A-ZÄÖÜ][\w-]*)$"
)


# "ein Sprecher des Außenministeriums", "eine Sprecherin des Auswärtigen Amts": German's
# indefinite article, a role noun and the body it speaks for in the genitive, nothing else: an
# unnamed speaker, shown as the text describes them
_DE_UNNAMED_ROLE_OF = re.compile(
    r"^(?:ein|eine)\s+(?:[a-zäöüß][\w-]*(?:er|e|es|en|em)\s+){0,2}(?P<noun>[A-ZÄÖÜ][\w-]*)\s+"
    r"(?:des|der)\s+(?:[A-ZÄÖÜ]?[a-zäöüß][\w-]*(?:en|er)\s+){0,2}[A-ZÄÖÜ][\w-]*(?:s|es)?$"
)


# "der Bruder des Entführten, Florian Wimmer", "La sorella, Elisa Bortolin", "a irmã da vítima,
# Ana Lima": a relative (or friend), then their name in apposition; the name is the speaker
_ML_KIN_NAMED = re.compile(
    r"^(?i:(?:der|die|il|la|lo|l['’]|o|a|el|le|sua|seu|suo|ihr|ihre|sein|seine)\s+){0,2}"
    rf"(?i:{_alternation(_TABLES['kin_nouns_ml'])})"
    r"(?:\s+(?:des|der|dei|del|della|dello|di|do|da|dos|das|de|du|von|vom)\s+"
    r"(?:[\w'’-]+\s+)?[\w'’-]+)?"
    rf"\s*,\s*(?P<name>{_CAP_WORD}(?:\s+{_CAP_WORD}){{1,3}})\s*(?:[,.;:]|$)"
)


def _ml_kin_named(phrase: str) -> _Who | None:
    """The relative's name after their kinship noun ("die Schwester, Anna Huber"), else None."""
    m = _ML_KIN_NAMED.match(phrase.strip())
    if not m or any(w in _NOT_NAMES for w in m["name"].split()) or _is_place(m["name"]):
        return None
    return _Who(m["name"], None)


_ML_LOCATIVE = re.compile(
    r"(?:^|\s)(?:em|en|in|à|au|aux|na|no|nas|nos|nel|nella|desde|w|we|im|aus|в|во|из)\s*$",
    re.IGNORECASE,
)


# When or where the words were said, after the speech verb: never a speaker (quotes.json
# "speaker_time_comment").
_TIME_WORDS = frozenset(_TABLES["speaker_time_words"])
_TIME_DAYS = frozenset(_TABLES["speaker_time_days"])
_TIME_DAY_PARTS = tuple(_TABLES["speaker_time_day_parts"])
_ML_TIME_PREPOSITION = re.compile(
    rf"(?:^|\s)(?:{_alternation(_TABLES['speaker_time_prepositions'])})\s*$", re.IGNORECASE
)


def _is_time_word(word: str) -> bool:
    """"Abend", "Gestern", "Dinsdag", "Donnerstagabend", "Lunedì": a time, not a name."""
    low = word.strip(",;()").rstrip(".").casefold()
    if low in _TIME_WORDS or low in _TIME_DAYS:
        return True
    return low.endswith(_TIME_DAY_PARTS) and any(
        low.startswith(day) and low[len(day):] in _TIME_DAY_PARTS for day in _TIME_DAYS
    )


def _without_when(who: str) -> str:
    """"die Ministerin zuletzt", "ieri sera la ministra", "el lunes la ministra" → the words
    without the time the words were said at before or after them."""
    words = who.split()
    while len(words) > 1 and (
        _is_time_word(words[0])
        or (words[0].lower() in _ML_ARTICLES and _is_time_word(words[1]))
    ):
        words = words[2:] if not _is_time_word(words[0]) else words[1:]
    while len(words) > 1 and _is_time_word(words[-1]):
        words = words[:-1]
        if words and words[-1].lower() in _ML_ARTICLES:
            words = words[:-1]
    return " ".join(words)


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
            and not _is_time_word(word)
        )
        if run and m.group(0).startswith(("(", "[")):
            break  # "Doreen Lasch (Grüne)": the bracket after a name holds a party or a body
        if is_name or (run and low in _ML_PARTICLES):
            run.append(m)
            if not m.group(0).endswith((",", ";", "(")):
                continue  # a comma closes the name: "João Lima, da Universidade …"
        if run:
            break
    while run and run[-1].group(0).lower() in _ML_PARTICLES:
        run.pop()
    lead_role = None
    for k in range(min(2, len(run) - 2)):
        if _leading_role(run[k].group(0)):
            # "sagt Geschäftsführer Ulf Matthiesen", "die Osloer Menschenrechtlerin Ingrid
            # Solhaug": the compound (and a place's adjective before it) before the full name
            # is the speaker's role
            lead_role = " ".join(w.group(0).strip(",;()") for w in run[: k + 1])
            run = run[k + 1:]
            break
    if len(run) > 4:
        # "Bruno Roth von der Sciences Po": too long for a name, so the particle after two or
        # more name words opens the employer ("Ursula von der Leyen" stays whole).
        cut = next((i for i in range(2, len(run)) if run[i].group(0).lower() in _ML_PARTICLES),
                   None)
        if cut is not None:
            run = run[:cut]
    elif len(run) >= 4 and (cut := next(
        (i for i in range(2, len(run) - 1) if run[i].group(0) in _EMPLOYER_PARTICLES), None
    )) is not None:
        # "Elena Sogliani di Confindustria Mantova": Italian writes a surname's particle with a
        # capital ("Di Stefano"), so "di" after a full name opens the employer
        run = run[:cut]
    if (named := _name_after_role_body(phrase, run)) is not None:
        return named
    if run and (
        _ML_LOCATIVE.search(before := phrase[: run[0].start()])
        or _ML_TIME_PREPOSITION.search(before)
    ):
        # "… eleita em Santiago", "… desde Bruselas", "sagte sie am Rande", "zei hij op
        # Schiphol": where or when, not who
        return None
    if len(run) == 1 and (unnamed := _DE_UNNAMED.search(phrase[: run[0].start()])):
        # "sagte ein ägyptischer Diplomat", "sagt ein hoher EU-Beamter": German writes the noun
        # with a capital, but after "ein" and its adjectives it describes someone unnamed; the
        # whole phrase says who spoke ("a senior Egyptian diplomat"), not "Diplomat" as a name
        noun = run[0].group(0).rstrip(",;(").rstrip(".’'")
        return _Who(f"{unnamed['phrase'].strip()} {noun}", None)
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
    if _NOT_AFFILIATION_CLAUSE.match(rest.lstrip(" ,")):
        return _Who(speaker, lead_role)  # "…, que serviu no Líbano nos anos 1990": what they did
    if head := _head_of(rest):
        return _Who(speaker, head)  # "…, a capo del centro di coordinamento …"
    if body := _DE_BODY_IN.match(rest):
        # "X im Außenministerium", "X in der Deutschen Botschaft"
        return _Who(speaker, _de_dative_body(body["org"], body["prep"].endswith("der")))
    if kind := _ML_KIND_THEN_NAME.match(rest):
        return _Who(speaker, kind["org"])  # ", da associação Justiça Aberta": the body's name
    aff = _ML_AFFILIATION.match(rest)
    role = _ML_APPOS_ROLE.match(rest) or _ML_APPOS_ROLE_LAST.match(rest)
    # ("Milica Jovanović, étudiante en droit"; "Tomas Žemaitis, Energetikos ministerijos
    # viceministras": the role after its body)
    if role and role.re is _ML_APPOS_ROLE_LAST:
        return _Who(speaker, role["role"])
    if aff and re.match(r"\s+(?:vom|im|beim)\s", rest):
        return _Who(speaker, _de_dative_body(aff["org"].strip()))  # "vom Auswärtigen Amt"
    if aff and role and _is_person_noun(aff["org"].strip()):
        return _Who(speaker, role["role"])  # ", Anwalt des Chefredakteurs": not a body
    if aff and (employer := _employer_after(rest, aff.start("org"))):
        # ", docente di diritto dell’Unione europea all’Università di Cagliari": the body after
        # "at" employs the speaker; the one before it is their subject's ("EU law")
        return _Who(speaker, employer)
    if aff and (chain := _ML_ROLE_CHAIN.match(rest)) and chain.end("body") >= aff.end("org") and (
        len(chain["body"].split()) <= _CHAIN_BODY_WORDS
    ):
        # "…, portavoce del coordinamento degli studenti della facoltà di Legge": the role's
        # body is named in lower case; the capitalised word deep in its chain is a part of it
        # ("Legge"), not the employer: the body with its chain is the affiliation.
        return _Who(speaker, chain["body"].strip())
    if aff and _PLACE_RUN_BEFORE.search(rest[: aff.start("org")]):
        # ", die in Santiago de Chile lebt": the words run on from a place after a bare "in"
        # (where the speaker is), not an employer
        return _Who(speaker, role["role"] if role else None)
    if aff and not _is_city(org := _trim_body_tail(aff["org"].strip())) and not (
        " " not in org and rest[: aff.start("org")].split()[-1:] in (["em"], ["en"], ["in"])
    ) and not (rest[: aff.start("org")].split()[-1:] == ["di"] and _is_place(org)):
        # (a city is where they are, not whom they speak for: "Reza, commerçant au bazar de
        # Téhéran" speaks for nobody but himself; one name after a bare "em"/"en"/"in" is a
        # place too, "…, que trabalha numa ONG em Omdurman": a body takes its article, "na
        # Universidade"; and a known place after "di": "Elena Rossi di Roma", where she is from)
        if _DE_RELATIVE.match(rest):
            # ", der bis 2021 im Planungsamt der Bundeswehr tätig war": a German relative
            # clause ends on its verb in lower case, which is no part of the body
            org = _LOWER_TAIL.sub("", org) or org
        return _Who(speaker, org)
    return _Who(speaker, role["role"] if role else lead_role)


# A full name closing the phrase after the role and its body: "il comandante provinciale dei
# Carabinieri, colonnello Enrico Spadaro", "експерт Полтавського центру європейських студій Ігор
# Ґалаґан". The first capitalised run is the body's, not the speaker's.
_NAME_AT_END = re.compile(rf"(?:^|\s)((?:{_CAP_WORD}\s+){{1,3}}{_CAP_WORD})\W*$")
_GENITIVE_BODY_ROLES = frozenset(_TABLES["genitive_body_roles"])
_BETWEEN_WORDS = 6  # lower-case words (the body's, a rank) between the body and the name


def _name_after_role_body(phrase: str, run: list[re.Match[str]]) -> _Who | None:
    """The speaker and their role with its body ("comandante provinciale dei Carabinieri"), or
    None when the phrase is not a role, its body and then a full name."""
    roles = [m for m in re.finditer(r"\S+", phrase[: run[0].start()]) if _is_ml_role(m[0]) or (
        m[0].lower() in _GENITIVE_BODY_ROLES)][-1:] if run and len(run) <= 3 else []
    if not roles or len(phrase[roles[0].start(): run[0].start()].split()) > 4:
        return None
    before = phrase[: run[0].start()].split()[-1:]
    after = phrase[run[-1].end():].split()[:1]
    if not (before and _ELIDED_ARTICLE.sub("", before[0]).lower() in _ML_OF_WORDS) and not (
        len(run) == 1 and after and after[0][:1].islower()
    ):
        return None  # the body in the genitive ("dei Carabinieri", "Полтавського центру")
    end = _NAME_AT_END.search(phrase, run[-1].end())
    if end is None:
        return None
    between = phrase[run[-1].end(): end.start(1)]
    words = between.replace(",", " ").split()
    if len(words) > _BETWEEN_WORDS or any(w[:1].isupper() for w in words) or any(
        c in between for c in ".;:()"
    ):
        return None
    name = end[1]
    if any(w.lower() in _ML_ROLE_WORDS or w.lower() in _TITLE_WORDS for w in name.split()):
        return None
    body = phrase[roles[0].start(): end.start(1)].split(",")[0]
    body = _ELIDED_ARTICLE.sub("", body).strip(" ,;")
    return _Who(name.rstrip(".’'"), body or None)


# "at" in the appositive's languages, then a body whose first word is a generic body's noun
# ("all’Università di Cagliari", "na Universidade de Coimbra", "an der Universität Graz").
_AT_BODY = re.compile(
    r"(?:^|\s)(?:all['’]|alla|allo|al|presso(?:\s+(?:l['’]|la|il|lo))?|an\s+der|am|na|no|"
    r"en\s+la|en\s+el|à\s+la|à\s+l['’]|au|bei\s+der|beim)\s*"
    r"(?P<org>(?P<head>[A-ZÀ-Ý][\w'’-]*)(?:\s+(?:di|de|da|do|del|della|dos|das|der|des|für|per|"
    r"y|e|[A-ZÀ-Ý][\w'’-]*))*)"
)
_GENERIC_BODY_HEADS = frozenset(_TABLES["generic_bodies"])


def _employer_after(rest: str, org_at: int) -> str | None:
    """The body the appositive's "at" names after the body it named first (`org_at`), in the
    same clause: the speaker's employer, the first one their role's subject."""
    clause = re.split(r"[;:“”„«»\"()]|,\s", rest[org_at:], maxsplit=1)[0]
    for m in _AT_BODY.finditer(clause):
        if m.start() > 0 and m["head"].casefold() in _GENERIC_BODY_HEADS:
            return _trim_body_tail(m["org"].strip()) or None
    return None


_DE_RELATIVE = re.compile(r"^\s*,\s*(?:der|die|das|welche[rs]?)\s")
_LOWER_TAIL = re.compile(r"(?:\s+[a-zäöüß][\w-]*)+$")


# A bare locative, then a place's capitalised words up to the particle the affiliation pattern
# took for a body's preposition ("in Santiago de "): the body after it is the place's rest.
_PLACE_RUN_BEFORE = re.compile(
    r"(?:^|\s)(?:in|en|em)\s+(?:[A-ZÀ-Ý][\w'’-]*\s+)+(?:de|del|da|do|di|dos|das|la|el)\s*$"
)


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
    r"^\s+(?P<prep>im|in\s+der|beim|bei\s+der)\s+(?P<org>[A-ZÄÖÜ][a-zäöüß]+en\s+"
    rf"(?:{_alternation(e.capitalize() for e in _TABLES['de_body_endings'])})"
    rf"|[A-ZÄÖÜ][a-zäöüß]*(?:{_alternation(_TABLES['de_body_endings'])}))(?![\w-])"
)


def _de_dative_body(org: str, feminine: bool = False) -> str:
    """A body named after "vom", "im", "beim" (masculine or neuter) in its nominative without
    article: "Auswärtigen Amt" → "Auswärtiges Amt", "Deutschen Wetterdienst" → "Deutscher
    Wetterdienst", "Deutschen Roten Kreuz" → "Deutsches Rotes Kreuz"; after "in der", "bei
    der" (`feminine`): "-e". A compound stays as written."""
    words = org.split()
    n = 0  # the capitalised adjectives before the noun
    while n + 1 < len(words) and words[n].endswith("en") and len(words[n]) > 4 and (
        words[n][:1].isupper() and words[n + 1][:1].isupper()
    ):  # (a lower-case adjective, "vom polnischen Institut", stays as written)
        n += 1
    if n:
        ending = "e" if feminine else "es" if words[n].lower().endswith(_DE_NEUTER) else "er"
        words[:n] = [w[:-2] + ending for w in words[:n]]
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


# ", da associação Justiça Aberta", ", portavoce della ong Mare Aperto": the appositive's
# preposition, what the body is in lower case (bot/data/quotes.json body_kinds_ml), its name.
_ML_KIND_THEN_NAME = re.compile(
    r"^\s*,\s*(?:[^,;:“”„«»\"]{0,60}?\s)??(?:da|do|della|dell['’]|delle|de la|del|de l['’]|"
    r"de|di|du|des)\s*"
    rf"(?:{_alternation(_TABLES['body_kinds_ml'])})\s+"
    rf"(?P<org>{_CAP_WORD}(?:\s+(?:(?:da|de|do|das|dos|del|della|di|per|pela|para|e)\s+)?"
    rf"{_CAP_WORD}){{0,4}})\s*(?:[,.;)]|$)"
)  # (the kind in lower case: "da Associação Nacional …" is the body's own name)
_ROLES_LAST = _TABLES["appositive_roles_last"].values()
# A role written after its body in the genitive, to the end of the clause: ", Krašto apsaugos
# ministerijos atstovas spaudai" (bot/data/quotes.json appositive_roles_last).
_ML_APPOS_ROLE_LAST = re.compile(
    r"^\s*,\s*(?P<role>(?:[^\s,.;:!?“”„«»\"]+\s+){0,5}"
    rf"(?:{_alternation(w for t in _ROLES_LAST for w in t['roles'])})"
    rf"(?:\s+(?:{_alternation(w for t in _ROLES_LAST for w in t['tails'])}))?)\s*(?:[,.;]|$)",
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
        and not _is_time_word(w)
    )


def _before_body_particle(words: list[str], run: list[int]) -> list[int]:
    """The name words before a particle that opens a body ("der Nahost-Experte Jonas Berg von
    der Humboldt-Universität": "von der" is the employer's, as in "vom Max-Planck-Institut",
    not a particle of the name, as in "Ursula von der Leyen")."""
    for pos in range(1, len(run)):
        if words[run[pos]].lower() not in _ML_PARTICLES:
            continue
        after = next((words[k] for k in run[pos:] if words[k].lower() not in _ML_PARTICLES), "")
        if after.strip(",;().’'").rsplit("-", 1)[-1].lower() in _GENERIC_BODY_HEADS:
            return run[:pos]
        if pos >= 2 and (
            words[run[pos]] in _EMPLOYER_PARTICLES
            or (words[run[pos]] == "von" and pos + 1 < len(run)
                and words[run[pos + 1]] in ("der", "dem"))
            or (run[-1] + 1 < len(words) and _LEGAL_FORM_WORD.match(words[run[-1] + 1]))
        ):
            # after a full name, "von der" opens the employer ("Hauptmann Tobias Arndt von der
            # Panzerbrigade 45"; one given name before it: "Ursula von der Leyen"), as does a
            # company's legal form after the words ("Uwe Fricke von der Salzgitter AG")
            return run[:pos]
    return run


_LEGAL_FORM_WORD = re.compile(rf"^{_LEGAL_FORM}")


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
                and not words[j].startswith(("(", "["))  # "Doreen Lasch (Grüne)": a party
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
            run = _before_body_particle(words, run)
            # "Mateus da Costa Soares": two or three name words, particles between them
            names = sum(1 for k in run if words[k].lower() not in _ML_PARTICLES and not (
                k != run[0] and words[k].lower() in _NAME_CONNECTORS))  # "Ali Ben Salah"
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


# German ranks' marks: "a.D." (retired), "i.G." (general staff), "i.R." (retired), "d.R."
# (reserve), with or without the space.
_DE_RANK_MARK = re.compile(r"(?<=\w)\s+(?:a\.\s?D|i\.\s?G|i\.\s?R|d\.\s?R)\.(?=\s+[A-ZÄÖÜ])")


_DE_SEPARABLE_VERBS: dict[str, str] = _TABLES["de_separable_speech_verbs"]
_DE_SEPARABLE = re.compile(
    rf"^\s*,\s*(?P<verb>{_alternation(_DE_SEPARABLE_VERBS)})\s+"
    r"(?P<who>[^.;:!?“”„«»\"]{1,100}?)\s+"
    rf"(?P<particle>{_alternation(set(_DE_SEPARABLE_VERBS.values()))})(?P<end>[.,;]|\s*$)"
)


# "«…», afirmou, por seu lado, fonte do ministério", "dijo, por su parte, el ministro X": an
# aside between the verb and its subject (quotes.json verb_asides) leaves the verb no dropped
# subject; the speaker is the words after it, never the last one quoted.
_ML_VERB_ASIDE = re.compile(
    rf"^(?P<head>\s*[,.]?\s*[—–-]?\s*(?:{_VERBS_ML}))\s*,\s*"
    rf"(?:{_alternation(_TABLES['verb_asides'])})\s*,\s*(?=[^\W\d_])",
    re.IGNORECASE,
)
# "fonte do Ministério dos Negócios Estrangeiros", "una fuente diplomática": an unnamed source,
# whatever body's capitalised name follows.
_ML_SOURCE = re.compile(
    rf"^(?:(?:{_alternation(_TABLES['generic_body_articles'])}|un|una|une|uma|um|eine|an)\s+)?"
    rf"(?:{_alternation(_TABLES['unnamed_source_nouns'])})(?!\w)",
    re.IGNORECASE,
)


_UNNAMED = _TABLES["unnamed_speakers"]
_UNNAMED_ARTICLES = frozenset(_UNNAMED["articles"])
_UNNAMED_BEFORE = frozenset(_UNNAMED["before"])
_UNNAMED_NOUNS = frozenset(_UNNAMED["nouns"])
_UNNAMED_NOT_ADJECTIVES = frozenset(_UNNAMED["not_adjectives"])
_UNNAMED_ADJECTIVES = 2  # "una fonte diplomatica europea"
_UNNAMED_MAX_WORDS = 12  # the description and a short clause about it after the verb
_LOWER_WORD = re.compile(r"[a-zà-öø-ÿ]+(?:-[a-zà-öø-ÿ]+)?")


_SOURCE_OF_BODY = re.compile(
    rf"^(?P<who>(?:{_alternation(_UNNAMED['sources'])})"
    rf"(?:\s+(?:{_alternation(_UNNAMED['source_qualifiers'])}))?\s+"
    rf"(?:{_alternation(_UNNAMED['source_of'])})(?:\s+|(?<=['’]))"
    rf"(?P<org>{_CAP_WORD}(?:\s+(?:{_CAP_WORD}|de|di|do|da|dos|das|del|della|degli|des|du|e|y|et)"
    rf"){{0,6}}))\s*$"
)


def _ml_source_of(phrase: str) -> _Who | None:
    """"fonte do Ministério dos Negócios Estrangeiros", "fuentes del Ministerio de Exteriores":
    the wire's unnamed source of a named body; the body is the affiliation."""
    m = _SOURCE_OF_BODY.match(phrase)
    if not m or m["org"].split()[-1].lower() in _ML_OF_WORDS:
        return None
    return _Who(m["who"], m["org"])


# After an unnamed description, where the speaker is ("nel villaggio di …", "em Goma").
_ML_UNNAMED_THEN_PLACE = re.compile(
    r"^\s+(?:nel|nella|nei|nelle|in|a|à|em|no|na|nos|nas|en|dans|au|aux)\s", re.IGNORECASE
)
# "a estudante uberlandense Camila Prado" after the audience ("disse ao jornal …"): an article
# and a lower-case noun before a name, not "a" and a place
_ML_ARTICLE_ROLE_NAME = re.compile(
    rf"^(?:o|a|os|as|il|lo|la|el|le)\s+[a-zà-öø-ÿ][\w-]*\s+(?:[a-zà-öø-ÿ][\w-]*\s+){{0,2}}"
    rf"{_CAP_WORD}\s+{_CAP_WORD}"
)


def _ml_unnamed(phrase: str) -> _Who | None:
    """"un diplomatico europeo", "um porta-voz militar", "une source diplomatique": the whole
    phrase after the verb is the indefinite article, a noun of a person (perhaps after "haut",
    "alto") and at most two lower-case adjectives, perhaps a clause after them: an unnamed
    speaker, described. A body after the noun ("un portavoce del ministero") is read
    elsewhere."""
    words = phrase.split()
    if not 2 <= len(words) <= _UNNAMED_MAX_WORDS or words[0].lower() not in _UNNAMED_ARTICLES:
        return None
    i = 2 if words[1] in _UNNAMED_BEFORE else 1
    if i >= len(words) or not (words[i] in _UNNAMED_NOUNS or (
        _LOWER_WORD.fullmatch(words[i]) and _is_ml_role(words[i])
    )):
        return None
    adjectives = words[i + 1 :]
    # "… sous couvert d'anonymat", "… che ha chiesto l'anonimato": a clause about the speaker
    # ends the description; "… del ministero" names whom they speak for (read elsewhere)
    cut = next((k for k, w in enumerate(adjectives) if w.lower() in _UNNAMED_NOT_ADJECTIVES),
               len(adjectives))
    if cut < len(adjectives) and adjectives[cut].lower() in _ML_OF_WORDS:
        return None
    words, adjectives = words[: i + 1 + cut], adjectives[:cut]
    if len(adjectives) > _UNNAMED_ADJECTIVES or not all(
        _LOWER_WORD.fullmatch(w) and w not in _UNNAMED_NOT_ADJECTIVES for w in adjectives
    ):
        return None
    return _Who(" ".join(words), None)


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
    # "sagte Kapitän zur See a.D. Henning Voß", "Oberst i.G. Jan Lenz": a rank's mark of
    # retirement or staff service between the rank and the name ends no clause either
    after = _DE_RANK_MARK.sub("", after)
    # "von der Hilfsorganisation Brücke e.V. am Mittwoch": a legal form's full stops end no
    # clause (masked here, given back in the affiliation)
    after = _LEGAL_DOTS.sub(lambda d: d[0].replace(".", _MASKED_DOT), after)
    after = _SAINT_DOTS.sub(lambda d: d[0].replace(".", _MASKED_DOT), after)
    if (sep := _DE_SEPARABLE.match(after)) and _DE_SEPARABLE_VERBS[sep["verb"]] == sep["particle"]:
        # "fügte die Ministerin hinzu", "fügte Müller am Abend hinzu": the speaker stands
        # between the verb and its particle; read as "sagte" with the words between
        after = f", sagte {sep['who']}{sep['end']}"
    if aside := _ML_VERB_ASIDE.match(after):
        after = f"{aside['head']} {after[aside.end():]}"
    m = _ML_AFTER.match(after)
    if m:
        if m["inverted"]:
            return _Who(None, pronoun=True)
        # the saint's full stop back: a capitalised word may hold one ("St. Gallen")
        who_text = _SAINT_MASKED.sub(r"\1.", (m["who"] or "").strip())
        who_text = _TOLD_OUTLET.sub("", who_text, count=1)
        who_text, told = without_audience(who_text)
        if told and not _without_when(_ML_WHERE_TAIL.sub("", f" {who_text}")).strip() and not (
            _ML_ARTICLE_ROLE_NAME.match(who_text)
        ):
            # "ha detto ai giornalisti a Roma", "sagte er Reportern": the subject is the verb's
            return _Who(None, pronoun=True)
        bare = _without_when(_ML_WHERE_TAIL.sub("", who_text)).rstrip(" ,.;")
        if source := _ml_source_of(bare):
            return source
        if _ML_SOURCE.match(who_text):
            # an unnamed source speaks, not the last one named: as the text describes them
            # ("una fonte diplomatica europea"), else nobody
            return _ml_unnamed(bare) or _Who(None)
        if kin := _ml_kin_named(who_text):
            return kin  # "sagte der Bruder des Entführten, Florian Wimmer"
        if (unnamed := _ml_unnamed(who_text)) and _ML_UNNAMED_THEN_PLACE.match(
            who_text[len(unnamed.speaker or ""):]
        ):
            # "racconta un sopravvissuto nel villaggio di Mai Mahiu": the capitals after the
            # description are where the speaker is, not their name
            return unnamed
        named = _ml_best(who_text)
        if named and named.speaker and named.speaker.split()[0] in _ML_OF_WORDS:
            # "dos Negócios Estrangeiros": the tail of a body's name, never a person
            return _Who(None)
        if named:
            if named.affiliation and _MASKED_DOT in named.affiliation:
                named = _Who(named.speaker, named.affiliation.replace(_MASKED_DOT, "."),
                             named.pronoun, named.role_ref)
            return named
        if _ML_PRONOUN.match(who_text) or not who_text:
            return _Who(None, pronoun=True)
        if unnamed := _ml_unnamed(bare):
            return unnamed
        if (de := _DE_UNNAMED_ROLE.match(bare)) and _is_ml_role(de["noun"]):
            return _Who(bare, None)  # "sagte eine Sprecherin": someone unnamed, described
        if (de := _DE_UNNAMED_ROLE_OF.match(bare)) and _is_ml_role(de["noun"]):
            return _Who(bare, None)  # "sagte ein Sprecher des Außenministeriums"
        ref = _ML_ROLE_REF.match(bare)
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
        if kin := _ml_kin_named(clause):
            return kin  # "La sorella, Elisa Bortolin: «…»"
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


_AFF_TIME_WORDS = frozenset(_TABLES["affiliation_time_words"])
_AFF_TIME_PREPOSITIONS = frozenset(_TABLES["affiliation_time_prepositions"])
_AFF_TIME_NAMES = frozenset(w for ws in _TABLES["affiliation_time_names"].values() for w in ws)


def _without_time(affiliation: str | None) -> str | None:
    """The body without the time the speaker spoke at after it ("Bundesheer bereits im Jänner"
    → "Bundesheer", "Universität Wien am Montag" → "Universität Wien")."""
    if not affiliation:
        return affiliation
    words = affiliation.split(" ")
    folded = [w.casefold().strip(",.;") for w in words]
    for i in range(1, len(words)):
        if folded[i] in _AFF_TIME_WORDS or (
            folded[i] in _AFF_TIME_PREPOSITIONS and i + 1 < len(words)
            and folded[i + 1] in _AFF_TIME_NAMES
        ):
            return " ".join(words[:i]).rstrip(" ,;")
    return affiliation


def _ml_best(phrase: str) -> _Who | None:
    """The name after a role (the role as affiliation unless an employer is named), else the
    first name-like run; the affiliation without a time after it."""
    who = _ml_best_named(phrase)
    if who is None or not who.affiliation:
        return who
    if (trimmed := _without_time(who.affiliation)) == who.affiliation:
        return who
    return _Who(who.speaker, trimmed, who.pronoun, who.role_ref)


# A preposition of place right before the capitals a role reading took for a name.
_ML_PLACE_AFTER = re.compile(r"(?:^|\s)(?:a|in|en|em|à|au|na|no|nel|nella|ad|aus|nach)\s+$")
# After the name's comma, a clause of where or when the speaker spoke ("in visita al valico di
# X", "durante la visita a Y", "en visite à Z"), not an appositive naming an employer.
_ML_CIRCUMSTANCE = re.compile(
    r"^\s*,\s*(?:in\s+visita|durante|dopo|prima|en\s+visite|lors|durante|tras|após|depois"
    r"|em\s+visita|de\s+visita|bei\s+einem\s+besuch|beim\s+besuch|während)\b", re.IGNORECASE,
)


def _ml_best_named(phrase: str) -> _Who | None:
    if (m := _ML_ROLE_OF_BODY_NAME.match(phrase)) and any(
        _is_ml_role(w) for w in re.split(r"[\s-]+", m["role"]) if w[:1].islower()
    ):
        return _Who(m["name"], m["role"])
    named, role = _ml_name(phrase), _ml_role_name(phrase)
    if role is None:
        return named
    if named and named.speaker and role.speaker and named.speaker != role.speaker and (
        _ML_PLACE_AFTER.search(phrase[: phrase.rfind(role.speaker)])
    ):
        # "l'ambasciatrice Tanja Vidmar, rappresentante permanente a New York": the capitals
        # after "a" are where the role is held, not a second person
        return named
    if named and named.speaker and named.speaker == role.speaker and role.affiliation and (
        named.affiliation and named.affiliation != role.affiliation
        and _ML_CIRCUMSTANCE.match(phrase[phrase.find(named.speaker) + len(named.speaker):])
    ):
        # "il ministro dell'Interno sloveno, Matej Žužek, in visita al valico di Škofije":
        # where the speaker was, after the name, is no employer; the role before it says
        return role
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
