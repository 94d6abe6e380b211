"""The body a role speaks for, where the role names it only by a bare noun ("the ministry",
"portavoce del ministero"), a minister's ministry, a state's office."""

from __future__ import annotations

from bot.content import geo, language
from bot.content.quotes.german import _DE_NEUTER
from bot.content.quotes.multilingual import _ML_ARTICLES, _is_ml_role
from bot.content.quotes.patterns import _NOT_NAMES
from bot.content.quotes.places import (
    _as_adjective,
    _country_by_stem,
    _country_names,
    _is_nationality,
)
from bot.content.quotes.roles import _NOT_EMPLOYER, _ORG_NOUNS, BODY_LOWER_WORDS, _lower_body
from bot.content.quotes.scripts import (
    _UNCASED_GENITIVES,
    _UNCASED_PUNCT,
    UNCASED_OWNER_WORDS,
    _Uncased,
    _uncased_lang,
)
from bot.content.quotes.tables import (
    _CAP,
    _TABLES,
    _is_membership_role,
    _is_role_noun,
)
from bot.core import lazy_re as re  # compiles each pattern on first use

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


# When the body acted, which ends its name ("the City Council on Wednesday", "Last March the
# Senate"): weekdays and months (quotes.json "speaker_time_comment", "affiliation_time_names").
_BODY_DAYS = frozenset(_TABLES["speaker_time_days"])
_BODY_TIME_NAMES = frozenset(
    (*_BODY_DAYS, *_TABLES["speaker_time_months_en"], *_TABLES["affiliation_time_words"],
     *(w for ws in _TABLES["affiliation_time_names"].values() for w in ws))
)
_BODY_TIME_LEAD = frozenset(("on", "in", "last", "this", "next", "since", "until", "by"))


def _without_when(name: str) -> str:
    """"City Council on Wednesday" → "City Council", "On Wednesday City Council" → "City
    Council": a body's name ends before the time it acted at, and starts after it. A month
    alone may open a name ("March of Dimes Foundation"); a weekday may not."""
    words = name.split()
    folded = [re.sub(r"['’]s$", "", w.casefold().strip(",.;")) for w in words]
    start = 0
    if len(words) > 2 and folded[0] in _BODY_TIME_LEAD and folded[1] in _BODY_TIME_NAMES:
        start = 2
    elif len(words) > 1 and folded[0] in _BODY_DAYS:
        start = 1
    for i in range(start + 1, len(words)):
        nxt = folded[i + 1] if i + 1 < len(words) else ""
        if folded[i] in _BODY_DAYS or (
            folded[i] in ("of", "for", "on", "in") and nxt in _BODY_TIME_NAMES
        ):
            return " ".join(words[start:i])
    return " ".join(words[start:])


def _named_body(noun: str, text: str) -> str | None:
    """"court" → "International Court of Justice": the one body the text names by a capitalised
    name holding the noun (without a time after it: "City Council on Wednesday" is "City
    Council"); None when it names none or several."""
    head = noun.capitalize()
    found = {
        _without_when(re.sub(r"^The\s+", "", m.group(0)))
        for m in re.finditer(
            rf"(?:(?:{_CAP}[\w'’-]*|\d+(?:st|nd|rd|th))\s+){{0,4}}{head}"
            rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}[\w'’-]*"
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
        if _is_membership_role(words[-1].lower()):
            return None  # "council member": belongs to the council, does not speak for it
        body = words[:-1]
    else:
        return _ml_body_of_role(role, text)
    if len(body) == 1 and body[0].lower() in _MUNICIPAL:
        return _municipal_body(body[0].lower(), text)  # "town clerk": of the town's council
    if len(body) == 1 and body[0].lower() in _ROLE_BODY_NOUNS:
        # "society secretary", "spokeswoman for the centre": the body the text named
        return _named_body(body[0].lower(), text) or _body_named_with(body[0].lower(), text)
    if _lower_body(body) != body:
        return None  # "deputy head": not all of it names a body
    if len(body) >= 2 and all(w.lower() in _GENERIC_QUALIFIERS for w in body[:-1]):
        return None  # "the local police chief": no body named, the role says more
    return " ".join(body) if len(body) >= 2 else _named_body(body[0], text)


_ROLE_BODY_NOUNS = frozenset(_TABLES["role_body_nouns_en"])
_MUNICIPAL: dict[str, str] = _TABLES["municipal_role_bodies_en"]


def _municipal_body(kind: str, text: str) -> str | None:
    """"town" → "Harwick Town Council": the one council of that kind the text names after a
    capitalised name (bot/data/quotes.json municipal_role_bodies_en); None for none or several."""
    found = {
        re.sub(r"^The\s+", "", m.group(0)) for m in re.finditer(
            rf"(?:{_CAP}[\w'’-]*\s+){{1,3}}(?i:{kind}\s+{_MUNICIPAL[kind]})(?!\w)", text
        )
    }
    found = {f for f in found if len(f.split()) >= 3}
    return found.pop() if len(found) == 1 else None
_GENERIC_QUALIFIERS = frozenset(_TABLES["generic_body_qualifiers_en"])


def _body_named_with(noun: str, text: str) -> str | None:
    """"centre" → "NATO cyber defence centre": the one body the text names with a capitalised
    word and up to three lower-case ones before the noun, after "the"."""
    found = {
        m["body"] for m in re.finditer(
            rf"(?<![\w'’])the\s+(?P<body>{_CAP}[\w'’-]*(?:\s+[a-z][\w-]*){{0,3}}\s+{noun})(?!\w)",
            text,
        )
    }
    return found.pop() if len(found) == 1 else None


_BARE_SPOKESPERSON = frozenset(_TABLES["bare_spokesperson_en"])


def _body_speaking_before(role: str, para: str, speaker: str) -> str | None:
    """"The UN refugee agency says it has … . It has not …, spokeswoman X told the Dispatch":
    the one body the paragraph reports speaking before a bare spokesperson's name."""
    if role.casefold() not in _BARE_SPOKESPERSON or (at := para.find(speaker)) < 0:
        return None
    found = {
        m["body"] for m in re.finditer(
            rf"(?<![\w'’])[Tt]he\s+(?P<body>(?:{_CAP}[\w'’-]*\s+)*(?:[a-z][\w-]*\s+){{0,3}}"
            rf"(?:{'|'.join(sorted(_ORG_NOUNS))}))\s+(?:says|said|told|stated|announced)(?!\w)",
            para[:at],
        )
    }
    return found.pop() if len(found) == 1 else None


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


# A minister's title that names no portfolio ("Minister") or a deputy's with the portfolio
# ("Deputy Foreign Minister"): the speaker speaks for the ministry the text names.
_DEPUTY_WORDS = frozenset(("deputy", "vice", "assistant", "junior", "state", "acting"))
_MINISTRY_NAME = re.compile(
    rf"(?:{_CAP}[\w-]*\s+){{0,3}}Ministry(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}[\w-]*"
    rf"(?:\s+(?:(?:and|&|of)\s+)?{_CAP}[\w-]*){{0,4}})?"
)


def _ministry_of_title(title: str, text: str) -> str | None:
    """"Minister" → "Ministry for Tourism", "Deputy Foreign Minister" → "Foreign Ministry":
    "Foreign Affairs Minister" → "Ministry of Foreign Affairs": the one ministry the text names
    whose name holds the title's portfolio words; None for a minister's own title of one
    portfolio word ("Foreign Minister", "Minister of Health") or no such ministry."""
    words = title.split()
    if not words or words[-1] != "Minister" or not all(w[:1].isupper() for w in words):
        return None
    deputy = [w for w in words[:-1] if w.lower() in _DEPUTY_WORDS]
    portfolio = [w for w in words[:-1] if w.lower() not in _DEPUTY_WORDS]
    if deputy and not portfolio:
        return None  # "Deputy Minister" is clearer than a guess
    if portfolio and not deputy and (
        len(portfolio) < 2 or any(w.endswith(("'s", "’s")) for w in portfolio)
    ):
        # a minister's own title ("Foreign Minister"): only a portfolio of two words or more
        # ("Foreign Affairs Minister") names the ministry the text named ("Ministry of
        # Foreign Affairs") for sure
        return None
    if "Ministry" not in text:
        return None  # (every _MINISTRY_NAME match holds the word; the search tries each position)
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


# "portavoce del ministero", "porta-voz do ministério", "portavoz del ministerio", "Sprecherin
# des Ministeriums": a role of a body its bare noun names (bot/data/quotes.json
# "bare_body_nouns"); the body is the one the text named with that noun.
_ROMANCE_BODY_NOUNS = frozenset(_TABLES["bare_body_nouns"]["romance"])
_DE_BODY_NOUNS = frozenset(_TABLES["bare_body_nouns"]["de"])
_ML_ROLE_OF_BODY = re.compile(
    r"^(?P<role>[\w-]+)\s+(?:del|dello|della|dell['’]|do|da|de la|de|des|der)\s*(?P<noun>\w+)$"
)
_ROMANCE_OF = r"(?:degli|dei|della|delle|dello|del|dell['’]|de la|de los|de|di|do|da|das|dos)"
_ROMANCE_NAMED = (
    rf"\s+{_ROMANCE_OF}\s+(?:{_CAP}[\w-]*)(?:\s+(?:e|y|{_ROMANCE_OF})?\s*{_CAP}[\w-]*)*"
    r"(?:\s+(?P<adj>[a-zà-ÿ]+))?"
)


def _ml_body_of_role(role: str, text: str) -> str | None:
    if body := _named_in_full(role, text) or _de_compound_body(role, text):
        return body
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


_AFTER_LOWER_WORD = re.compile(r"(?<![\w'’])[a-zà-ÿ]\w*(?:\s+|['’])$")


def _romance_named(noun: str, text: str) -> set[str]:
    """"il ministero degli Esteri norvegese" → {"ministero degli Esteri norvegese"}: the
    noun, the capitalised names after it, and a nationality adjective closing them."""
    out = set()
    for m in re.finditer(rf"(?i:\b{noun}\b)(?:{_ROMANCE_NAMED})", text):
        found = m.group(0)
        if m["adj"] and not _is_nationality(m["adj"], text):
            found = found[: m.start("adj") - m.start()].rstrip()
        # "do Centro de Lançamento de Alcântara": a capital inside the sentence is the name's
        # own; one opening a sentence is the sentence's
        named = found[:1].isupper() and bool(_AFTER_LOWER_WORD.search(text[: m.start()]))
        out.add(found if named else found[:1].lower() + found[1:])
    return out


def _de_named(kind: str, text: str, *, bare_too: bool = False) -> set[str]:
    """"außenministerium" → {"norwegisches Außenministerium"}: a German body of that kind the
    text names by a compound ("Bundesregierung") or an adjective, the adjective put in the
    nominative without its article. `bare_too` (a kind a role's stem gives): the bare noun may
    carry the adjective ("die österreichische Regierung") and only the kind's letters ignore
    case; else (a kind a role's genitive gives) only a compound counts, in any case."""
    # (a compound may be hyphenated: "EU-Kommission", "Uno-Botschaft")
    prefix = r"(?:[A-ZÄÖÜ][\w-]*)?" if bare_too else r"[A-ZÄÖÜ][\w-]*"
    out = set()
    for m in re.finditer(
        rf"(?:(?<!\w)(?P<adj>[a-zäöü]+(?:e|en|es|er))\s+)?(?P<c>{prefix}(?i:{kind}))(?!\w)",
        text, 0 if bare_too else re.IGNORECASE,
    ):
        c, adj = m["c"], m["adj"]
        if not c[:1].isupper() or (adj and adj.lower() in _ML_ARTICLES):
            adj = None
        if adj:
            adj = re.sub(r"(?:e|en|es|er)$", "", adj) + ("es" if kind.endswith(_DE_NEUTER) else "e")
        if adj or c.lower() != kind:  # "die Regierung" alone says not which
            out.add(f"{adj} {c}" if adj else c)
    return out


# "portavoce della Commissione", "porta-voz da Comissão", "la portavoce del Fmi a Tunisi": a
# role of a body its capitalised head noun or its initials name, a place after it
_ML_ROLE_OF_NAMED = re.compile(
    r"^(?P<role>[\w-]+)\s+(?:del|dello|della|dell['’]|do|da|de la|de|des|du|de l['’])\s*"
    rf"(?P<noun>{_CAP}[\w-]+)(?:\s+(?:a|in|em|en|à|no|na|nel|nella)\s+{_CAP}[\w'’-]*"
    rf"(?:\s+{_CAP}[\w'’-]*){{0,2}})?$"
)
_NAME_ADJECTIVES = frozenset(_TABLES["body_name_adjectives"])
_ACRONYM_SKIP = frozenset(_TABLES["acronym_skip_words"])
ACRONYM_MAX = 6  # letters of an acronym read as a body's initials ("Fmi", "Pam", "Unhcr")


def _named_in_full(role: str, text: str) -> str | None:
    """"portavoce della Commissione" → "Commissione europea", "portavoce del Fmi a Tunisi" →
    "Fondo monetario internazionale": the one body the text named in full whose head noun is
    the role's, or whose initials spell it; None when it names none or several (the role
    stays as written)."""
    m = _ML_ROLE_OF_NAMED.match(role)
    if not m or not _is_ml_role(m["role"]):
        return None
    noun = m["noun"]
    found = {
        f"{noun} {a['adj']}" for a in re.finditer(
            rf"(?<![\w'’-]){re.escape(noun)}\s+(?P<adj>[\w-]+)", text
        ) if a["adj"].casefold() in _NAME_ADJECTIVES or _is_nationality(a["adj"], text)
    }
    if not found and 2 <= len(noun) <= ACRONYM_MAX and (
        noun.isupper() or noun[1:].islower()
    ):  # "FMI", "Fmi": the initials of a body named in full
        found = _expanded(noun.casefold(), text)
    return found.pop() if len(found) == 1 else None


def _expanded(acronym: str, text: str) -> set[str]:
    """"fmi" → {"Fondo monetario internazionale"}: the runs of words, capitalised first, whose
    initials (function words left out) spell the acronym."""
    out = set()
    words = text.split()
    for i, w in enumerate(words):
        if not w[:1].isupper() or w[:1].casefold() != acronym[:1]:
            continue
        run: list[str] = []
        for x in words[i:]:
            bare = x.strip(",.;:«»“”\"()")
            if run and bare.casefold() in _ACRONYM_SKIP:
                run.append(bare)
                continue
            if not bare[:1].isalpha():
                break
            run.append(bare)
            initials = "".join(y[:1].casefold() for y in run if y.casefold() not in _ACRONYM_SKIP)
            if initials == acronym:
                out.add(" ".join(run))
                break
            if not acronym.startswith(initials) or bare != x:
                break
    return out


_DE_ROLE_SUFFIXES = tuple(sorted(_TABLES["de_compound_role_suffixes"], key=len, reverse=True))
_DE_STEM_KINDS: dict[str, list[str]] = _TABLES["de_body_stem_kinds"]


def _de_compound_body(role: str, text: str) -> str | None:
    """"Außenamtssprecherin" → "norwegisches Außenministerium", "Regierungssprecher" →
    "österreichische Regierung": a German role glued after a body's stem speaks for the one
    body of that kind the text named with an adjective or a compound; None otherwise."""
    if " " in role or not role[:1].isupper():
        return None
    if body := _de_minister_body(role, text):
        return body
    low = role.lower()  # not casefold: "ß" stays, as the table writes it
    suffix = next((x for x in _DE_ROLE_SUFFIXES if low.endswith(x) and len(low) > len(x) + 3),
                  None)
    if suffix is None:
        return None
    stem = low[: -len(suffix)].rstrip("-")
    if stem.endswith("s") and stem[:-1] in _DE_STEM_KINDS:
        stem = stem[:-1]  # the linking s: "Außenamt|s|sprecherin"
    kinds = _DE_STEM_KINDS.get(stem)
    if not kinds:
        return None
    found: set[str] = set()
    for kind in {stem, *kinds}:
        if " " not in kind:
            found |= _de_named(kind, text, bare_too=True)
    return found.pop() if len(found) == 1 else None


_DE_MINISTER = _TABLES["de_minister_roles"]


def _de_minister_body(role: str, text: str) -> str | None:
    """"Vize-Finanzminister" → "griechisches Finanzministerium" (the one ministry of the
    portfolio the text names), else "griechische Regierung" (the one government it names);
    None for a title without a portfolio of the table ("Schattenfinanzminister", "Ex-…")."""
    low = role.lower()
    low = next((low[len(p):] for p in _DE_MINISTER["prefixes"] if low.startswith(p)), low)
    suffix = next((x for x in _DE_MINISTER["suffixes"] if low.endswith(x)), None)
    stem = low[: -len(suffix)].rstrip("-") if suffix else ""
    if stem.endswith("s") and stem[:-1] in _DE_MINISTER["portfolios"]:
        stem = stem[:-1]
    if stem not in _DE_MINISTER["portfolios"]:
        return None
    for kind in (f"{stem}ministerium", _DE_MINISTER["government"]):
        found = _de_named(kind, text, bare_too=True)
        if found:
            return found.pop() if len(found) == 1 else None
    return None


_DE_TOWN_OFFICES = frozenset(_TABLES["de_town_offices"])


def _de_genitive_place(para: str, role: str, speaker: str) -> str | None:
    """"sagte Flensburgs Oberbürgermeister Jan Ohlsen" → "Flensburg": the town in the German
    genitive owning a town's office right before the name (bot/data/quotes.json
    de_town_offices); a state's office ("Kolumbiens Außenministerin") keeps its role."""
    if role.lower() not in _DE_TOWN_OFFICES:
        return None
    m = re.search(
        rf"(?<![\w'’-])(?P<place>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?:s|['’])\s+"
        rf"{re.escape(role)}\s+{re.escape(speaker)}(?!\w)", para
    )
    if not m:
        return None
    place = m["place"]
    if m.group(0)[len(place)] in "'’" and not place.endswith(("s", "ß", "z", "x")):
        return None  # the apostrophe marks the genitive only after a sibilant ("Graz'")
    return place


# "Councillor", "harbour master", "board chairman": a title before a name that belongs to a kind
# of body (bot/data/quotes.json title_bodies_en); the speaker speaks for the one body of that
# kind the text named before the quote.
_TITLE_BODIES: dict[str, str] = _TABLES["title_bodies_en"]
_TITLES_LONGEST_FIRST = sorted(map(re.escape, _TITLE_BODIES), key=len, reverse=True)
_TITLE_BEFORE_NAME = re.compile(
    rf"(?<![\w-])(?P<title>{'|'.join(_TITLES_LONGEST_FIRST)})\s*$", re.IGNORECASE
)


# "said ward councillor X": the title with a lower-case word that qualifies it ("ward", "city",
# "opposition"), when that word is no speech verb nor article.
_QUALIFIED_TITLE = re.compile(
    rf"(?<![\w-])(?:(?P<qual>[a-z][a-z-]+)\s+)?(?P<title>{'|'.join(_TITLES_LONGEST_FIRST)})\s*$",
    re.IGNORECASE,
)
_NOT_QUALIFIERS = frozenset((
    "a", "an", "the", "said", "says", "say", "told", "tells", "added", "adds", "asked", "by",
    "and", "or", "but", "from", "of", "for", "to", "with", "as", "was", "is", "former", "then",
))


def _title_as_role(lead: str) -> str | None:
    """The title right before the speaker's name (the end of `lead`) as the text writes it
    ("ward councillor", "Councillor"): their role where the text names no body
    of its kind (`_title_body`); None when no such title stands there."""
    if not (m := _QUALIFIED_TITLE.search(lead)):
        return None
    qual = (m["qual"] or "").casefold()
    words = [qual] if qual and qual not in _NOT_QUALIFIERS and not _is_verb_like(qual) else []
    return " ".join([*words, m["title"]])


def _is_verb_like(word: str) -> bool:
    """"stressed", "warned", "insisted": a verb in the past before the title, no qualifier."""
    return word.endswith("ed") or word.endswith("ly")


def _title_body(lead: str, told: str) -> str | None:
    """The body a title right before the speaker's name (the end of `lead`) belongs to, as
    the text up to the quote (`told`) names it: "Councillor" → "Northern Provincial Council";
    "harbour master" → "harbour board" ("the harbour board said"); "board chairman" → "state
    port authority" (whose board it is). None when the text names none or several."""
    if not (m := _TITLE_BEFORE_NAME.search(lead)):
        return None
    kind = _TITLE_BODIES[m["title"].casefold()].split()
    caps = r"\s+".join(w.capitalize() for w in kind)
    named = {
        re.sub(r"^(?:The|An?)\s+", "", n.group(0))  # ("A Texas Tech University student …")
        for n in re.finditer(rf"(?:{_CAP}[\w'’-]*\s+){{1,4}}{caps}(?!\w)", told)
    }
    if named:
        return named.pop() if len(named) == 1 else None
    lower = r"\s+".join(kind)
    owners = {
        n["owner"] for n in re.finditer(
            rf"(?<![\w'’])[Tt]he\s+(?P<owner>(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*)['’]s\s+{lower}"
            r"(?!\w)", told)
    }
    if owners:
        return owners.pop() if len(owners) == 1 else None
    if len(kind) >= 2 and re.search(rf"(?<![\w'’])[Tt]he\s+{lower}(?!\w)", told):
        return " ".join(kind)  # "the harbour board said": the body as the text writes it
    return None
