"""A speaker's role and the body it is of: lower-case bodies ("the ministry"), titles before a
name, affiliations from an appositive (", a Korea expert at CSIS") or a role."""

from __future__ import annotations

from collections.abc import Sequence

from bot.content.quotes.masking import _unmask
from bot.content.quotes.patterns import (
    _NAME_TOKEN,
    _NEXT_WORD,
    _NOT_NAMES,
    _ORG,
    _ORG_IN_APPOS,
    _POSSESSIVE_ORG,
    _STOP_WORDS_IN_WHO,
)
from bot.content.quotes.places import _is_nationality, _is_place
from bot.content.quotes.records import _Who
from bot.content.quotes.tables import (
    _CAP,
    _ROLE_NOUNS,
    _TABLES,
    _alternation,
    _is_role_noun,
    _is_title,
)
from bot.core import lazy_re as re  # compiles each pattern on first use

_NOT_EMPLOYER = frozenset(("former", "then", "acting", "ex", "outgoing", "incoming", "the"))
_HONORIFICS = frozenset(_TABLES["honorifics_en"])
# "Sen.", "Gov.": an abbreviated office before a name, written out (bot/data/quotes.json).
_ABBREVIATED_OFFICES: dict[str, str] = dict(_TABLES["title_abbreviation_roles"])


_ORG_NOUNS = frozenset(_TABLES["org_nouns_en"])
# "the port's chairman", "the trust's chief executive": kinds of body a role's owner is written
# as besides the organisation nouns (the body is the one the text named of that kind)
_OWNER_KINDS = _ORG_NOUNS | frozenset(_TABLES["body_kind_heads_en"])
BODY_LOWER_WORDS = 3  # lower-case words of a body's name before its noun ("foreign", "coast")


# a person's rank, no word of a body's name: "deputy mission head" is no "deputy mission"'s head
_RANKS = frozenset(("deputy", "vice", "assistant", "junior"))


_POSSESSED_NOUNS = _ORG_NOUNS | frozenset(_TABLES["possessed_body_nouns_en"])


def _lower_body(words: Sequence[str], nouns: frozenset[str] = _ORG_NOUNS) -> list[str]:
    """"Chinese foreign ministry", "army", "Nepal's foreign ministry": a body named in lower case
    (its noun in bot/data/quotes.json "org_nouns_en", or `nouns`), with the capitalised words
    leading it."""
    if not words or words[-1] not in nouns:
        return []
    k = len(words) - 1
    while (k > 0 and len(words) - k <= BODY_LOWER_WORDS and words[k - 1].isalpha()
           and words[k - 1].islower() and words[k - 1] not in _NOT_ROLE_WORDS
           and words[k - 1] not in _NOT_EMPLOYER and words[k - 1] not in _RANKS
           and not _is_role_noun(words[k - 1])):
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
    spokesman", "army spokesman"); a rank between them is the person's ("Forum deputy
    secretary general": "Forum")."""
    words = list(words)
    while len(words) > 1 and words[-1].lower() in _RANKS:
        words = words[:-1]
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
    if len(words) == 1 and (office := _ABBREVIATED_OFFICES.get(
        _unmask(words[0]).rstrip(".").lower()
    )):
        return office  # "Sen. Walt Brennan": the office the abbreviation stands for
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


# "the agency's executive director": a generic body noun owning a lower-case role
_GENERIC_OWNER = re.compile(r"^the\s+(?P<noun>[A-Za-z]+)(?P<rest>['’]s(?:\s+[a-z][\w-]*){1,3})$")


def _role_affiliation(role: str) -> str | None:
    """What a role before a name says of the person's employer: "Japan's defence minister" →
    "Japan", "a senior NATO official" → "NATO", "the AU Commission President" → the title."""
    role = _unmask(role).strip()
    if (owned := _GENERIC_OWNER.match(role)) and owned["noun"].lower() in _OWNER_KINDS and (
        _is_role_noun(owned["rest"].split()[-1])
    ):
        # "the agency's executive director", "the Fund's mission chief": a role of the body the
        # text named before; the quote extractor resolves it (or drops it: no body named)
        return f"the {owned['noun'].lower()}{owned['rest']}"
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
_BODY_LED_NOUN = re.compile(rf"(?:a|an|the)\s+{_ORG}\s+[a-z]+")


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
    if len(head) < len(words) and _BODY_LED_NOUN.fullmatch(phrase) and _is_role_noun(
        words[-1].lower()
    ):
        # "a Department of Foreign Affairs spokeswoman": a body's capitalised name, its "of"
        # and all, before the role noun that ends the phrase
        head = words
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


_HEAD_OF_COUNTS = frozenset(_TABLES["head_of_counts"])
_SECOND_VERB = re.compile(r"\s+and\s+(?:has\s+|had\s+|was\s+)?(?=[a-z]{3,}ed\s)")


def _head_of(text: str) -> str | None:
    """"who heads Romania’s office for missing persons" → "Romania’s office for missing
    persons"; None when `text` does not say whom the speaker heads."""
    m = _HEAD_OF.match(text)
    if not m:
        return None
    # "who directs a relief network … in Maryland and attended the conference": the clause's
    # second verb ends the body
    body = _SECOND_VERB.split(m["body"].strip(), maxsplit=1)[0].strip()
    first = body.split()[0].casefold() if body.split() else ""
    if body[:1].isdigit() or first in _HEAD_OF_COUNTS:
        return None  # "who runs 200 machines in Saitama", "three trattorias": things counted
    return body if len(body.split()) <= HEAD_OF_MAX_WORDS else None


_NOT_AFFILIATION_CLAUSE = re.compile(
    rf"^(?:{_alternation(p for ps in _TABLES['relative_not_affiliation'].values() for p in ps)})"
    r"(?!\w)",
    re.IGNORECASE,
)


_NOW = re.compile(r"^who\s+(?:now|currently|today|also)\s+", re.IGNORECASE)


# ", a researcher at the institute and the study’s lead author": two roles joined; the first
# is read when the whole says nothing
_SECOND_ROLE = re.compile(r"\s+and\s+(?:the|a|an|its|her|his|their)\s+[a-z]")


def _first_role(appos: str) -> str | None:
    """The appositive up to a second role joined by "and the/a …", or None without one."""
    m = _SECOND_ROLE.search(appos)
    return appos[: m.start()] if m else None


def _affiliation_from_appos(appos: str | None) -> str | None:
    """", a Korea expert at the Center for Strategic …" → "Center for Strategic …"."""
    found = _affiliation_from_whole_appos(appos)
    if found is None and appos and " and " in appos and (first := _first_role(appos)):
        return _affiliation_from_whole_appos(first)
    return found


def _affiliation_from_whole_appos(appos: str | None) -> str | None:
    if not appos:
        return None
    appos = appos.strip(" ,")
    if _NOT_AFFILIATION_CLAUSE.match(appos):
        # ", who volunteered at a polling station for Poles", "who served in Pakistan": what
        # the speaker did, and where; no body they speak for
        return None
    if head := _head_of(appos):
        return head
    at = appos.find(" who ")
    head = _head_of(_NOW.sub("who ", appos[at + 1:])) if at > 0 else None
    if head and any(w[:1].isupper() for w in head.split()):
        # ", a former NSA analyst who now runs the security firm Ironleaf": the body the
        # speaker heads now, named, not the one they have left (", an analyst at Polaris who
        # now runs a blog" keeps Polaris); the body's kind before its name goes ("the
        # consultancy Harbourline" → "Harbourline"), as in "of the aid group X"
        words = head.split()
        while len(words) > 1 and words[0].islower():
            words.pop(0)
        return " ".join(words)
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
    # "an engineer at Penn Valley University who worked at the Three Mile Island site": a
    # relative clause tells the person's past or another matter; a body named before it is
    # where they are now, one named only inside it still says where they work
    clause = _RELATIVE_CLAUSE.search(appos)
    found = list(_ORG_IN_APPOS.finditer(appos))
    if clause and any(m.start() < clause.start() for m in found):
        found = [m for m in found if m.start() < clause.start()]
    for m in found:
        nxt = _NEXT_WORD.match(appos, m.end())
        if nxt and nxt.group(1) in _ROLE_NOUNS:
            continue  # "a Horn of Africa analyst": a subject, not an employer
        org = m["org"]
        if org.isdigit():
            continue  # "… who has worked in London for 14 years": a count, never a body
        if (" the " in f" {m.group(0)} " or org.endswith("-based")) and _place_word(org) and (
            named := _PLACE_KIND_NAME.match(appos, m.end())
        ):
            # "at the Helsinki consultancy Merikaapeli", "of the Bergen charity Havlys", "at
            # Ulm-based consultancy Brenzblick": the place says where the body is, its kind in
            # lower case, then the body's own name
            org = named["org"]
        elif "-based " in org and (based := _BASED_PLACE.match(org)):
            org = org[based.end():]  # "at London-based Brenzblick Research": where it sits
        if m["prep"] == "from" and (origin := _origin_role(appos[: m.start()], m)):
            # "a pharmacist from Leeds": where the person is from, said with what they do
            # ("Leeds" alone reads as their employer)
            best[False] = f"{origin} from {org}"
            continue
        if m["prep"] != "of" and not org.endswith(("'s", "’s")):
            # "a spokesperson for the Chinese foreign ministry": the employer is the body the
            # nationality leads ("the head of the Russian delegation" speaks for the country)
            org = _possessed_body(org, appos[m.end():])
        best[m["prep"] in ("at", "with")] = (
            _possessed_body(org, appos[m.end():]) if org.endswith(("'s", "’s")) else org
        )
    if not best and (m := _AT_LOCAL_BODY.match(appos)) and _place_word(m["place"]):
        # "parish priest at a Bandra church", "a cook at a Lagos restaurant": a local body
        # named by its place and its kind, no name of its own; the role with it says who the
        # speaker is, as a role with a role noun does ("nurse at a Riyadh hospital")
        return f"{m['role']} {m['prep']} {m['body']}"
    if not best and (m := _LOWER_BODY_END.search(appos)):
        # "an MEP on the internal market committee", "a member of the defence committee": the
        # body named in lower case that the role sits on
        words = m["body"].split()
        # two words or more: "at the institute" says less than the role before it
        if len(words) >= 2 and _lower_body(words) == words:
            return " ".join(words)
    return best.get(True) or best.get(False)


_RELATIVE_CLAUSE = re.compile(r"\s(?:who|whom|whose|which|where)\s")


# After a place: a body's kind in one to three lower-case words ("consultancy", "law firm",
# "think tank"), then its capitalised name, ending the appositive or the clause.
_PLACE_KIND_NAME = re.compile(
    r"\s+(?:(?!(?:of|and|or|for|in|at|to|on|with|from|by|who|which|that|and)\s)[a-z][\w-]*\s+){1,3}"
    rf"(?P<org>{_ORG})\s*(?=$|[,;.)])"
)


# "London-based ", "Ulm-based " before a body's own name: where it sits, no part of the name.
_BASED_PLACE = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){0,2}?[A-Z][\w'’.]*-based\s+(?=[A-Z\d])")


def _place_word(org: str) -> bool:
    """A place's name before a body's kind ("Helsinki", "Bergen", "Oxford-based"): one or
    two capitalised words, no "of" or "and" in them; a known place, or a word no person's
    role or body is called."""
    words = org.split()
    return 0 < len(words) <= 2 and all((w[:1].isupper() and w.isalpha()) or w.endswith("-based")
                                       for w in words) and (
        _is_place(org) or not any(w.casefold() in _ROLE_NOUNS for w in words)
    )


_AT_LOCAL_BODY = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?P<role>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+(?P<prep>at|with)\s+"
    r"(?P<body>an?\s+(?P<place>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}"
    rf"(?:{_alternation(_TABLES['local_body_kinds_en'])}))"
    r"\s*$"
)
_LOWER_BODY_END = re.compile(
    r"\b(?:on|of|at|in)\s+the\s+(?P<body>(?:[a-z][\w-]*\s+){0,3}[a-z]+)\s*$"
)


# "a pharmacist", "a ward nurse", "a 22-year-old engineering student" before "from <Place>":
# what a person without an employer does, in small letters (an age says nothing of the role).
_ORIGIN_ROLE = re.compile(
    r"^(?:a|an)\s+(?:\d+-year-old\s+)?(?P<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s*$"
)


def _origin_role(before: str, m: re.Match[str]) -> str | None:
    """The role before "from X" when X is where the person is from, not whom they work for:
    no article before the name ("from the Red Cross" names a body), and the appositive is
    only the role ("a pharmacist from Leeds"; not "a spokesperson for the mission from …")."""
    if " the " in f" {m.group(0)} " or not (r := _ORIGIN_ROLE.match(before.strip())):
        return None
    return r["role"]


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
    words = [w.strip(",.;:!?") for w in rest.split()[: BODY_LOWER_WORDS + 1]]  # (and the noun)
    for n in range(len(words), 0, -1):  # the longest lower-case body ending in its noun
        body = _lower_body([org, *words[:n]], _POSSESSED_NOUNS)
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
    found = _whole_role_text(text, bare=bare)
    if found is None and " and " in text and (first := _first_role(text)):
        return _whole_role_text(first, bare=bare)
    return found


def _whole_role_text(text: str, *, bare: bool = False) -> str | None:
    m = (_APPOS_ROLE_BARE if bare else _APPOS_ROLE).match(_unmask(text).strip())
    # "a Commission official who briefed reporters": the clause tells what they did, not who
    # they are
    role = _RELATIVE_CLAUSE.split(m["role"], maxsplit=1)[0].strip() if m else ""
    words = role.split()
    at = 3 if bare else ROLE_NOUN_AT  # bare "a Horn of Africa analyst": a subject, not a role
    if not m or len(words) > 8 or not _ROLE_NOUNS & set(words[:at]):
        return None
    if words[0][:1].isupper() and not (
        # "an Omani foreign ministry official": a nationality leading a body in lower case
        len(words) >= 3 and words[1].islower() and _lower_body(words[:-1])
        and _is_nationality(words[0], text)
    ):
        return None
    return role


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
