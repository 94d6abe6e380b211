"""Attribution in English copy: the speaker after the quote ("…," said X, a Y at Z) or before
it (X said on Tuesday: “…”)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.content.quotes.masking import _DOT, _mask, _unmask
from bot.content.quotes.names import _name_from
from bot.content.quotes.patterns import (
    _ADVERB_TAIL,
    _AFTER_NAME_AGE,
    _AFTER_ROLE_NAME,
    _AFTER_VERB_FIRST,
    _AFTER_VERB_TO_QUOTE,
    _AFTER_WHO_FIRST,
    _APPOS,
    _CLAUSE_BREAK,
    _HOMETOWN,
    _NAME_OF_LOWER_BODY,
    _NAME_OF_ORG,
    _NAME_OF_ORG_TAIL,
    _NAME_TOKEN,
    _NOT_NAMES,
    _ORG,
    _QUOTE_MARK,
    _SAID_THEN_STOP,
    _STATEMENT_OF,
    _VERB_WORD,
    BEFORE_WINDOW,
)
from bot.content.quotes.places import _is_body_or_place, _is_city, _is_nationality, _is_place
from bot.content.quotes.records import _Who
from bot.content.quotes.roles import (
    _HONORIFICS,
    _NOT_EMPLOYER,
    _ORG_NOUNS,
    _TITLE_LINKS,
    _affiliation_from_appos,
    _head_of,
    _lower_body,
    _role_affiliation,
    _role_from_appos,
    _role_speaker,
    _role_text,
    _title_of,
)
from bot.content.quotes.tables import _TABLES, _is_role_noun, _is_title
from bot.core import lazy_re as re  # compiles each pattern on first use

# "speaking in Paris", "asked about the talks": what the person did, no appositive of theirs
_PARTICIPLE = re.compile(r"^[a-z]+(?:ing|ed)\b")
_DETERMINED = re.compile(r"^\s*(?:a|an|the)\s", re.IGNORECASE)
_THEN_NAME = re.compile(r"\s*,\s*(?P<name>[^,.;:“”\"]{3,60}?)\s*(?:[,.;]|$)")
_DASH_NAME = re.compile(r"^\s*[—–]\s*(?P<who>[^,.;:“”\"()]{3,60})(?P<appos>,[^.;“”\"]{3,160})?")

# A state or province written short after a town, between commas ("the mayor of Stanstead,
# Que., said", "of Tacoma, Wash., who"): where the town is, no appositive of its own.
_TOWN_STATE = re.compile(rf"(?<=[a-z]),\s+[A-Z][A-Za-z.{_DOT}]{{0,5}}[.{_DOT}](?=,)")


def _mask_town_state(text: str) -> str:
    """`text` masked (masking._mask), a town's short state or province dropped."""
    masked = _mask(text)
    return _TOWN_STATE.sub("", masked) if ".," in masked or _DOT + "," in masked else masked


# A pull quote's credit line after the name: a body of three or more title-case words alone
# ("Andes Mining Council"; two are as often a place: "New York").
_CREDIT_BODY = re.compile(
    r"^[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|on|de|du|des|la|el))"
    r"{2,6}$"
)


# "his sister", "their lawyer", "her eldest son": who the speaker is to someone, then the name.
_RELATION = re.compile(r"^(?:his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?$")


def _rank_only(affiliation: str) -> bool:
    """"Ambassador", "Senior Minister": title words before a name, no body named."""
    words = affiliation.split()
    return 0 < len(words) <= 3 and all(_is_title(w.lower()) for w in words)


def _attribute_after(after: str) -> _Who | None:
    """Attribution right after the closing mark: ', said X' / ', X said' / ', he said'."""
    after = _mask_town_state(after)
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
            credit = _unmask(dash["appos"] or "").strip(" ,")
            if aff is None and _CREDIT_BODY.match(credit) and not (
                    _is_place(credit) or _is_city(credit)):
                aff = credit  # "— Rosa Iturbe, Andes Mining Council": the credit names the body
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
        name, org = m["name"], (f"{m['owner']} {m['org']}" if m["owner"] else m["org"])
        if inner := _NAME_OF_ORG.match(name):
            # “…,” said Prof Ana Dube of the Centre for African Diplomacy at the University of X:
            # a body within a body; the words before "at" ("African Diplomacy") are no name
            inner_org = f"{inner['owner']} {inner['org']}" if inner["owner"] else inner["org"]
            name, org = inner["name"], f"{inner_org}, {org}"
        who = _name_from(name)  # “…,” said Professor Anna Berg of Uppsala University
        if who and who.speaker:
            return _Who(who.speaker, org)
    if verb_first and (m := _NAME_OF_ORG_TAIL.match(_unmask(verb_first["who"]))) and (
        (who := _name_from(m["name"])) and who.speaker
    ):
        # “…,” said Marta Herrera of the Ladies in White movement; said Prof Nasreen Sultana
        # of the University of Dhaka's international relations department
        return _Who(who.speaker, f"{m['org']} {m['kind']}" if m["kind"] else m["org"])
    if verb_first and (m := _NAME_OF_LOWER_BODY.match(_unmask(verb_first["who"]))):
        # “…,” said Anna Berg of the foreign ministry: a body named in lower case
        who = _name_from(m["name"])
        body = m["body"].split()
        if who and who.speaker and _lower_body(body) == body:
            return _Who(who.speaker, " ".join(body))
    if verb_first and (resident := _described_person(verb_first["who"])):
        if person := _then_named(after, verb_first.end("who")):
            return _Who(person)  # “…,” said a family friend, Elna Ruiz: the name says who
        return resident  # “…,” said a resident of Hlaingthaya
    if verb_first:
        who = _name_from(verb_first["who"])
        if who and who.speaker:
            appos = _APPOS.match(after, verb_first.end("who"))
            if appos and appos["age"] and _HOMETOWN.match(appos["appos"]):
                return _Who(who.speaker)  # “…,” said X, 67, of Dartmouth: where X lives
            aff = _affiliation_from_appos(_unmask(appos["appos"]) if appos else None)
            stated = _role_from_appos(appos)
            if not aff and stated and who.affiliation and _rank_only(who.affiliation) and any(
                w[:1].isupper() for w in stated.split()
            ):
                # “…,” said Ambassador X, a former ECOWAS commissioner: the rank before the
                # name says less than the role the appositive names a body with
                aff = stated
            if not aff and appos and (body := _body_named_after(after, appos)):
                aff = body  # "…, project manager for the contractor, Pacific Harbour Eng."
            return _Who(who.speaker, aff or who.affiliation or stated
                        or _body_led_role(appos["appos"] if appos else ""))
        if who and who.pronoun:
            return who  # “…,” said he.
    if (aged := _AFTER_NAME_AGE.match(after)) and (who := _name_from(aged["who"])) and (
        who.speaker and not who.affiliation and who.speaker == _unmask(aged["who"]).strip()
    ):
        return _Who(who.speaker)  # “…,” Dana Whitlock, 41, said: an age is no affiliation
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
    if m and m["who"].lstrip()[:1].islower() and (
        (who := _name_from(m["role"])) and who.speaker and len(who.speaker.split()) >= 2
        and _unmask(m["role"]).strip().endswith(who.speaker)
    ) and not _head_of(_unmask(m["who"])):
        # “…,” Helen Marsh, reader in polar oceanography at Northfield University, said: a
        # name, then what she is in lower case (the body she is at: her affiliation) or did
        # ("speaking in Paris": none)
        described = _unmask(m["who"])
        aff = None if _PARTICIPLE.match(described.lstrip()) else _affiliation_from_appos(
            described)
        return _Who(who.speaker, aff or who.affiliation)
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
    if m and (_who_first_words(m["who"]) <= 7 or _role_of_named_body(m["who"])):
        # Named, a pronoun, a role ("the defence minister") or nobody ("the report"): either
        # way, not the text before the quote.
        return (_role_speaker(m["who"]) or _described_person(m["who"]) or _name_from(m["who"])
                or _bare_body(m["who"]) or _the_statement(m["who"]) or _Who(None))
    if verb_first and (bare := _bare_body(verb_first["who"])):
        return bare  # “…,” said the ministry: whose is read from the text (extract)
    if verb_first and len(verb_first["who"].split()) <= 8:
        return _Who(None)  # “…,” said the report (a role was taken above)
    return None


# "…, project manager for the contractor, Pacific Harbour Engineering.": the body a role's
# lower-case kind stands for, named in capitals right after it as the sentence's last words
_ROLE_OF_KIND = re.compile(r"\b(?:for|at|of|with)\s+the\s+[a-z]+\s*$")
_BODY_CLOSING = re.compile(rf"\s*,\s*(?P<org>{_ORG})\s*(?:[.!?]|$)")


def _body_named_after(after: str, appos: re.Match[str]) -> str | None:
    """The body named after an appositive that ends on "for the <kind>", closing the
    sentence; None when none is, or it is a place, a day or a month."""
    if not _ROLE_OF_KIND.search(appos["appos"]) or not (
        m := _BODY_CLOSING.match(after, appos.end())
    ):
        return None
    org = m["org"].rstrip(".")
    if len(org.split()) < 2 or org.split()[0] in _NOT_NAMES or _is_place(org):
        return None
    return org


_BARE_BODY = re.compile(
    r"^\s*the\s+(?P<body>(?:[A-Z][\w'’-]*\s+)?(?:[a-z]+\s+){0,2}(?P<noun>[a-z]+))"
    r"(?:\s+in\s+(?:a|its)\s+(?:statement|update|release))?\s*$"
)
SPEAKING_BODIES = _ORG_NOUNS | frozenset(_TABLES["body_kind_heads_en"]) | frozenset(
    _TABLES["speaking_body_nouns_en"])


def _bare_body(who: str) -> _Who | None:
    """"the ministry", "the operator", "the Somali foreign ministry": a body by its kind, kept
    as written for extract to name ("the ministry" → the one ministry the text named)."""
    m = _BARE_BODY.match(_unmask(who))
    if not m or m["noun"] not in SPEAKING_BODIES:
        return None
    return _Who(f"the {m['noun']}" if m["body"] == m["noun"] else m["body"])


_THE_STATEMENT = re.compile(r"^\s*the\s+(?:statement|communiqu[eé]|press\s+release)\s*$")


def _the_statement(who: str) -> _Who | None:
    """"the statement": kept as the speaker "the statement" for extract to give the body that
    issued it, named before ("…, the Prime Minister's Office said in a statement")."""
    return _Who("the statement") if _THE_STATEMENT.match(_unmask(who)) else None


_DESCRIBED_NOUNS = frozenset(_TABLES["described_person_nouns_en"])
# "a resident of Hlaingthaya", "a young nurse in Kherson": an unnamed person described by a
# noun and the place after it
_DESCRIBED_PERSON = re.compile(
    r"^(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)(?:\s+(?:of|in|from|near|at)\s+"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?$"
)
# "a worker who asked not to be named": a clause about the person ends the description
_ABOUT_THEM = re.compile(r",?\s+(?:who|whose)\s.*$")


def _described_person(who: str) -> _Who | None:
    """An unnamed person the text describes ("a resident of Hlaingthaya", "one worker, who
    asked not to be named"): the description is the speaker, not the place's name in it."""
    m = _DESCRIBED_PERSON.match(_ABOUT_THEM.sub("", _unmask(who).strip()))
    return _Who(m.group(0)) if m and m["noun"] in _DESCRIBED_NOUNS else None


_BODY_LED_ROLE = re.compile(
    r"^(?:a|an)\s+(?:(?:senior|junior|local|regional)\s+)?(?P<org>(?:[A-Z][\w&.-]*\s+){1,3})"
    r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})(?:\s+(?:in|at|from|based)\s.*)?$"
)


def _body_led_role(appos: str) -> str | None:
    """", a UNHCR field officer in Renk" → "UNHCR": the body a capitalised name before a
    lower-case role names, as before a name ("a senior NATO official")."""
    m = _BODY_LED_ROLE.match(_unmask(appos).strip(" ,"))
    if not m or not any(_is_role_noun(w) for w in m["role"].split()):
        return None
    org = m["org"].strip()
    # "a Kenyan farmer", "a Nairobi resident": where from, not for whom
    return None if _is_place(org) or _is_nationality(org, org) else org


WHO_FIRST_TITLED_WORDS = 10  # "Deputy Minister of Public Works and Transport Khamphou Vongsa"


def _role_of_named_body(who: str) -> bool:
    """"a spokesperson for the Department of Foreign Affairs and Trade" before the verb: a role
    of a body named in capitals, the body's name counted as one word against the 7-word cap."""
    role = _role_speaker(who)
    if role is None or not role.affiliation:
        return False
    text = _unmask(who).strip()
    body = role.affiliation.split()
    return text.endswith(role.affiliation) and len(text.split()) - len(body) + 1 <= 7


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


_VERB_FIRST_COLON = re.compile(r"\s+(?P<who>[^\s.:;“”\"«»„][^.:;“”\"«»„]{2,118}?)\s*:\s*")


_INVERTED_SAY_VERBS = frozenset(("said", "says", "added", "adds"))


def _subject_named(clause: str) -> bool:
    """Does the clause before a verb end in a person as its subject ("Tomasz Lewandowski, a
    senior fellow at the Forum,")?"""
    who_text, _ = _split_who_appos(clause)
    who = _name_from(who_text) if who_text and len(who_text) <= 100 else None
    return bool(who and who.speaker)


def _attribute_before(before: str) -> _Who | None:
    """Attribution leading into the quote: 'X, a … at Y, said: “…' / 'according to X, “…'."""
    before = _mask_town_state(before[-BEFORE_WINDOW:])
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
        # "…, said Prof Ana Dube of the Wits School of Governance: “…”": the verb first, the
        # speaker after it, a colon into the quote, as after a quote (", said X of Y.")
        # ("X, a fellow at Y, told Globeweek:": the subject before the verb, the listener after)
        if (colon := _VERB_FIRST_COLON.fullmatch(rest)) and verb.group(0).lower() in (
            _INVERTED_SAY_VERBS
        ) and before[: verb.start()].rstrip().endswith(",") and not _subject_named(
            before[: verb.start()]
        ) and (
            who := _attribute_after(f", {_unmask(verb.group(0))} {_unmask(colon['who'])}.")
        ) and who.speaker and len(who.speaker.split()) >= 2:
            return who
        # "Yusuf, the foreign minister, said on Monday. “We will …”": the quote that follows
        # the sentence reporting her speech is hers.
        if not _AFTER_VERB_TO_QUOTE.fullmatch(rest) and not (
            _SAID_THEN_STOP.fullmatch(rest)
            and not _QUOTE_MARK.search(before[: verb.start()].rsplit(". ", 1)[-1])
        ):
            # (after a quote, "…,” Hill said." attributes that quote, not this)
            return _titled_name_colon(before)
        who_text, appos = _split_who_appos(before[: verb.start()])
        if _AND_END.search(who_text):
            # "Dean Harrow, 28, from Wigan, joined the Legion in March and says …: “…”": a
            # second predicate; its subject opens the sentence (the words before "and" are
            # what the subject did, never a speaker)
            return _sentence_subject(before[: verb.start()])
    if not who_text or len(who_text) > 100:
        return None
    if appos and (named := _appositive_name(_unmask(appos))) and _KIN_OWNED.fullmatch(
        _unmask(who_text).strip()
    ):
        return _Who(named)  # "His mother, Alison Noble, said:": a relative speaks for no body
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


# "His mother", "The boy's uncle", "Their eldest son": a relative by a possessive owner
_KIN_OWNED = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he\s+[a-z]+|[A-Z][\w-]*)['’]s)\s+"
    r"(?:(?:late|elder|older|younger|eldest|youngest|twin)\s+)?"
    rf"(?:{'|'.join(sorted(_TABLES['kin_nouns_en'], key=len, reverse=True))})"
)
_AND_END = re.compile(r"\s(?:and|but)\s*$")
# the sentence's subject: what stands before its first comma ("Former soldier Dean Harrow,
# 28, …"), else its leading capitalised words before a lower-case verb ("Lena Cruz joined …")
_SUBJECT_TO_COMMA = re.compile(r"^\s*(?P<who>[A-Z][^,.;:“”\"]{2,60}),")
_SUBJECT_CAPITALS = re.compile(r"^\s*(?P<who>(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*)\s+[a-z]")


def _sentence_subject(clause: str) -> _Who:
    """The person who opens the last sentence of `clause` (a name of two words or more, last
    in what opens it), or nobody."""
    sentence = _CLAUSE_BREAK.split(clause)[-1]
    for pattern in (_SUBJECT_TO_COMMA, _SUBJECT_CAPITALS):
        if (m := pattern.match(sentence)) and len(m["who"].split()) <= 6:
            who = _name_from(m["who"])
            if who and who.speaker and len(who.speaker.split()) >= 2 and (
                _unmask(m["who"]).rstrip().endswith(who.speaker)
            ):
                return _Who(who.speaker)
            break
    return _Who(None)


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
