"""Who wrote an item: author fields made people (not outlets, desks, places or wires), and
the rights holders a text's wire notices name."""

from __future__ import annotations

import html as htmllib
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from bot.content import geo, regex_gates
from bot.content.attribution.feed_titles import _ARTICLES, _SECTION_WORDS, _has_case
from bot.content.attribution.keys import _LETTERS, _squash
from bot.content.attribution.tables import _CJK_ANY, _KNOWN_NAMES, _TABLES, _TAG, _alternation
from bot.core import lazy_re as re  # compiles each pattern on first use

# --- Bylines -------------------------------------------------------------------------------
# "By", "Por", "Von", "От" in any case; "de", "di", "z" only in lower case ("Di Maio" is a name).
_NAME_PARTICLES = ("de", "di", "z", "av", "af", "door")
_AUTHOR_PREFIX = re.compile(
    rf"^(?:(?i:{_alternation([w for w in _TABLES['author_prefixes'] if w not in _NAME_PARTICLES])})"
    rf"|{_alternation([w for w in _TABLES['author_prefixes'] if w in _NAME_PARTICLES])})"
    r"(?:\s*:)?\s+"  # "Edited by: Name"
)
_NON_PERSON = frozenset(w.casefold() for w in _TABLES["non_person_words"])
# The table's phrases as whole words: "et al." is not inside "Mehmet Ali".
_NON_PERSON_PHRASE = re.compile(
    r"(?<!\w)(?:" + "|".join(
        re.escape(w)
        for w in sorted((w for w in _NON_PERSON if " " in w), key=lambda w: (-len(w), w))
    ) + r")(?!\w)"
)
_WIRES = frozenset(w.casefold() for w in _TABLES["wire_agencies"])
_PLACEHOLDER_WORDS = frozenset(_TABLES["placeholder_name_words"])
_NON_PERSON_ENDINGS = tuple(_TABLES["non_person_endings"])
_PLURAL_ENDINGS = tuple(_TABLES["non_person_plural_endings"])


def _non_person_word(word: str) -> bool:
    """A desk, agency or job word, or its plural in a script without capitals ("ایجنسیز")."""
    low = word.casefold().strip(".,")
    return low in _NON_PERSON or (not _has_case(low) and any(
        low.endswith(e) and len(low) - len(e) >= 3 and low[: -len(e)] in _NON_PERSON
        for e in _PLURAL_ENDINGS
    ))
_JOB_NOUNS = frozenset(w.casefold() for w in _TABLES["job_nouns"])
# Articles (attribution.json "articles"): those that never open a person's name ("The", "Der")
# mark a credit or a signature as a role or a publication; all of them, left alone once a job
# title is stripped, mean the credit was the role.
_ALL_ARTICLES = frozenset(_TABLES["articles"])
NON_NAME_ARTICLES = _ALL_ARTICLES - frozenset(_TABLES["articles_opening_names"])
_ROLE_ONLY_NOUNS = frozenset(_TABLES["role_only_nouns"])
_JOB_WORDS = _JOB_NOUNS | frozenset(w.casefold() for w in _TABLES["job_modifiers"])
_INITIALS = re.compile(r"^(?:[A-ZÀ-Ý]\.\s*-?\s*)+$")
# Given names in an inverted byline: initials, maybe with a first name ("Ana L.", "M. A.").
_GIVEN_NAMES = re.compile(r"^(?:[A-ZÀ-Ý][\w'-]*\s+)?(?:[A-ZÀ-Ý]\.\s*-?\s*)+$")
_PLACE_PREPOSITIONS = frozenset(("in", "en", "em", "à", "a", "aus", "from", "desde", "depuis"))
_CONJUNCTION_WORDS = frozenset(
    ("and", "und", "et", "e", "y", "i", "и", "ve", "og", "och", "avec", "with", "mit", "con", "com")
)
# "Ana Souza | Pedro Lima", "Ana Souza - Pedro Lima", "Rocío Valdés | Santiago"; a bullet as
# the bar ("Ana Souza • Reuters"; "·" only spaced: "Marcel·lí" is a Catalan given name).
_DASH_OR_BAR = re.compile(r"\s*[|•]\s*|\s+[-–—·]\s+")
_CONJUNCTION = re.compile(
    r"\s+(?:and|und|et|e|y|i|и|ve|og|och|avec|with|mit|con|com|اور|और)\s+|\s*[&;、，／/|]\s*"
)
# "Tom Ashworth in Chișinău", "Joseph Mwangi in Goma, Democratic Republic of Congo", "Peter
# Hale in the West Bank". Not "da" ("João Pedro da Silva" is a name).
_DATELINE = re.compile(
    r"\s+(?:in|aus|en|em|à|a|from|near|outside|at)\s+(?:the\s+)?[A-ZÀ-Ý\u0400-\u04ff].*$"
)
_PARENTHESES = re.compile(r"\s*[(（][^()（）]*[)）]")
# 'Onalenna "Ona" Mothibi', "Honoré « Nono » Ekomi": a nickname in quotes between the given
# name and the surname is how friends call the writer, not part of the byline's name
_NICKNAME = re.compile(
    r"(?<=[^\W\d_])\s+[\"“„«‘']\s?[^\"“”„«»‘’'\s][^\"“”„«»‘’']{0,20}?\s?[\"”»’']\s+(?=[^\W\d_])"
)
# "Jane Doe is a correspondent for …", "Jane Doe, who covers …": the description goes.
_DESCRIPTION = re.compile(
    r"(?:\s+(?:is|was|es|est|ist|è|é)\s+(?:a|an|the|un|una|une|ein|eine|il|la|o|uma|our)\b"
    r"|,\s*(?:who|qui|que|der|die|che)\b).*$",
    re.IGNORECASE,
)
_DOT_PLACE = re.compile(r"(?<=[^\W\d_]{3})\.\s+[A-ZÀ-Ý][^.,;&|]*$")
_HANDLE = re.compile(r"(?:^|\s)@\w+")
# "【ワシントン＝山田太郎】", "（北京＝佐藤花子）": place, full-width equals sign, person.
_CJK_DATELINE = re.compile(r"^[^=＝]{1,12}[=＝]\s*")
_CJK_SUFFIX = re.compile(rf"\s*(?:{_alternation(_TABLES['byline_cjk_suffixes'])})$")
_CJK_PREFIX = re.compile(rf"^(?:{_alternation(_TABLES['byline_cjk_prefixes'])})\s*[：:／/]?\s*")
_PARTICLES = frozenset(
    ("de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "la", "le",
     "bin", "bint", "ibn", "al", "el", "y", "e", "du", "des", "ter", "ten", "zu", "af", "av")
)
# Words a byline in capitals keeps in lower case: one set, not a union built for every word
# (`_caps_names` asks it of each word of an item's first blocks).
_JOINING_WORDS = _CONJUNCTION_WORDS | _PARTICLES
_CAPITAL_PREFIXES = frozenset(_TABLES["author_prefixes_capitalised"])


def _capital_particle_prefix(text: str) -> str:
    """"Di Vito Caramia, inviato a Medyka" → "Vito Caramia, …": a byline prefix that is also a
    surname particle, written capitalised, before a whole name of its own (two capitalised
    words, the first no particle); "Di Maio", "Marco Di Stefano" and "Di Maio, Roma" stay."""
    first, _, rest = text.partition(" ")
    if first not in _CAPITAL_PREFIXES:
        return text
    words = re.split(r"[,;|(]", rest, maxsplit=1)[0].split()
    if len(words) < 2 or words[0].casefold() in _PARTICLES or not all(
        w[:1].isupper() for w in words[:2]
    ):
        return text
    return rest


_FROM_WORDS = frozenset(("da", "do", "de", "di", "dalla", "della", "from", "via"))
_DATELINE_FROM = frozenset(_TABLES["dateline_from_words"])
_SYNDICATED_FROM = re.compile(
    r"(?<=\w)(?:\s+(?:of|for|from)|,)\s+[Tt]he\s+[A-Z][\w'’.&-]*"
    r"(?:\s+[A-Z][\w'’.&-]*){0,4}$"
)


# "Фото: Вадим Замировский", "Photo: Jane Roe", "Pictures by N. Logan": a picture's credit in
# an author field (a gallery's photographer is not an article's author).
_PHOTO_CREDIT_FIELD = re.compile(
    rf"^\s*(?i:{_alternation(_TABLES['photo_credit_labels'])})\s*(?:[:：]|(?i:by)\s)\s*\S"
)


# "Source: AAP, Reuters - Brand", "Marta Ilves, Source: Brand", "Quelle: dpa": from the label
# on, the field credits where the copy came from (agencies, the outlet), never who wrote it.
_SOURCE_CREDIT = re.compile(
    rf"(?:^|[,;|،]\s*|\s+[-–—]\s+)(?i:{_alternation(_TABLES['source_credit_labels'])})"
    r"\s*[:：]\s*.*$"
)


def _without_outlet_tail(text: str, outlet: str) -> str:
    """"Ravi Menon  Coralbay News" at Coralbay News: the writer, then the house's name; also
    the name as the outlet's host spells it ("By DANA WHITLOCK LBN News" at lbnnews.example, a
    print byline with the brand glued on)."""
    if not outlet:
        return text
    # "Ni Made Sari, The Kuta Ledger, Denpasar": the writer, the house's name, then where the
    # piece was filed (a CodeIgniter or Jakarta-style creator field); the place is no person
    parts = [p.strip() for p in text.split(",")]
    if len(parts) >= 3 and len(parts[0].split()) >= 2 and (cut := next(
        (i for i, p in enumerate(parts[1:-1], 1) if _squash(p) == _squash(outlet)), 0
    )):
        return ", ".join(parts[:cut])
    if text.casefold().endswith(" " + outlet.casefold()):
        rest = text[: -len(outlet)]
    elif not (rest := _host_brand_cut(text, outlet)):
        return text
    rest = rest.rstrip(" ,;|-–—/•")
    # "Jane Roe / The Ledger" at Ledger: the outlet's article goes with it, not as a person
    if (m := _TRAILING_ARTICLE.search(rest)) and len(rest[: m.start()].split()) >= 2:
        rest = rest[: m.start()].rstrip(" ,;|-–—/•")
    return rest if len(rest.split()) >= 2 else text


OUTLET_TAIL_WORDS = 3  # the most words a brand glued after a byline runs to ("LBN News")


_GLUED_BRAND_WORD = re.compile(r"^[^\W_][\w&.'’-]*$")


def _host_brand_cut(text: str, outlet: str) -> str:
    """`text` without its last words when their letters spell the outlet's host-form name
    ("LBN News" for "lbnnews.example"); "" when they do not."""
    host = outlet.casefold().removeprefix("www.")
    key = _squash(host.split(".")[0] if "." in host and " " not in host else outlet)
    words = text.split()
    if len(key) < 4 or len(words) < 3:
        return ""
    for n in range(1, min(OUTLET_TAIL_WORDS, len(words) - 2) + 1):
        tail = words[-n:]
        if _squash(" ".join(tail)) != key:
            continue
        if not all(_GLUED_BRAND_WORD.match(w) for w in tail):
            return ""  # "کوئٹہ (نمائندہ خبرنامہ)": the outlet inside a staff credit's brackets
        if n == 1 and words[-1].istitle():
            return ""  # "Anna Maria Rossi" on rossi.example: a surname, not a brand
        rest = " ".join(words[:-n])
        return rest if len(_AUTHOR_PREFIX.sub("", rest).split()) >= 2 else ""
    return ""


_TRAILING_ARTICLE = re.compile(
    rf"[\s,;|/•–—-]+(?i:{_alternation(_TABLES['articles'])})$"
)


# A social account's feed as bridges title it: "Display Name (@user@instance) statuses",
# "Display Name (@handle)".
_ACCOUNT_FEED_TITLE = re.compile(r"^\s*(?P<name>[^()@]{2,60}?)\s*\(@[\w.-]+(?:@[\w.-]+)?\)")


def clean_authors(
    names: Sequence[str], *, outlet: str = "", feed_title: str = ""
) -> tuple[str, ...]:
    """People from author fields: "Daniel Quispe in Lima and Helen Marsh" → two people,
    "Lindqvist, M. A., Okafor, C. N." → "M. A. Lindqvist", "C. N. Okafor" (one person each, not
    two), "Rachel Okonkwo Diplomatic editor" → "Rachel Okonkwo"; "Staff and agencies", "Web
    Desk", "Reuters", the outlet's own name and job titles alone are not people."""
    not_people = {_squash(outlet), _squash(feed_title)} - {""}
    if (account := _ACCOUNT_FEED_TITLE.match(feed_title)) is not None:
        # "ERF aktuell (@aktuell@social.erf.example) statuses": a bridged account's feed, its
        # display name credited on every post is the account, not a person
        not_people.add(_squash(account["name"]))
    outlet_words = {w.casefold() for w in _LETTERS.split(outlet) if len(w) > 2}
    out: list[str] = []
    for raw in _one_per_line(names):
        if _PLATFORM_USER.match(raw):
            continue  # "/u/harbour_pilot": who submitted a link to a forum, not who wrote it
        if _PHOTO_CREDIT_FIELD.match(raw):
            continue  # "Фото: Вадим Замировский": the picture's credit, not the article's author
        if not (raw := _SOURCE_CREDIT.sub("", raw).strip()):
            continue  # "Source: AAP, Reuters - Brand": only where the copy came from
        # "اردو نیوز، ریاض": the Arabic-script comma separates as a comma does
        text = " ".join(raw.replace("【", " ").replace("】", " ").replace("،", ",").split())
        text = _capital_particle_prefix(_without_outlet_tail(text, outlet))
        if text.isalpha() and len(text) <= 3 and _has_case(text):
            continue  # "Tor": an agency editor's code as the whole field ("Lee, Seoul" stays)
        text = _FOOTNOTE_MARK.sub("", text)  # "Isabel Dourado*": an intern's footnote mark
        text = _TRAILING_EMAIL.sub("", text)  # "Jade Russell Staff Reporter jr@paper.com"
        text = _PARENTHESES.sub("", _place_and_name(_NICKNAME.sub(" ", text)))
        text = _caps_name_only(_OUR_CORRESPONDENT.sub("", _named_correspondent(text)))
        if _squash(_AUTHOR_PREFIX.sub("", text)) in not_people:
            continue  # "Vaigai TV": the outlet itself, before "TV" reads as initials
        parts = [part.strip() for part in re.split(r"/|(?<=\w)-(?=\w)", text)] if (
            "/" in text or ("-" in text and " " not in text)
        ) else []
        if parts and (all(
            (p.isalpha() and p.isupper() and len(p) <= 6) or p.casefold() in _WIRES for p in parts
        ) or (" " not in text and any(p.casefold() in _WIRES for p in parts)) or (
            "/" in text and all(p.isalpha() and len(p) <= 3 for p in parts)
        )):
            # "VW/PAP", "dpa/AFP", "Nampa-Xinhua": agencies' or desks' codes, no person;
            # "Red/Gab", "red/mc": an agency's desk and editor initials
            continue
        if len(text) >= 2 and text.isalpha() and text.isupper():
            # "DW", "NHK", "İHA": a broadcaster's or agency's initials; "SPIEGEL": an outlet's
            # name in capitals, not a person, who has more than one word
            continue
        lead = m.end() if (m := _AUTHOR_PREFIX.match(text)) else 0
        if text[lead:].isupper():  # "ANA SOUZA E PEDRO LIMA": the conjunction must still split it
            text = text[:lead] + " ".join(
                w.lower() if w.lower() in _CONJUNCTION_WORDS | _PARTICLES | _PLACE_PREPOSITIONS
                else w.title() for w in text[lead:].split()
            )
        head, *rest = _DASH_OR_BAR.split(text)
        # "Rocío Valdés | Santiago": a place after the bar; "By A | B Cole": another person.
        text = " | ".join([
            head, *(r for r in rest if _looks_like_full_name(r) and not _is_place(r))
        ])
        text = _HANDLE.sub(" ", text).strip(" ,;:-–—")
        text = _HONORIFIC.sub("", _DEGREE.sub("", _ET_AL.sub("", text))).strip(" ,;")
        if _outlet_place_desk(_AUTHOR_PREFIX.sub("", text), outlet):
            continue  # "Archipelago USA": the outlet's bureau, not "U. S. A. Archipelago"
        if vancouver := _vancouver(text):
            text = vancouver
        text = _DESCRIPTION.sub("", _AUTHOR_PREFIX.sub("", text))
        words = text.split()
        if len(words) == 2 and words[0] in _FROM_WORDS and words[1].casefold() in _WIRES:
            continue  # "da AFP", "from Reuters": the agency the copy came from
        if len(words) >= 2 and words[0].casefold() in _DATELINE_FROM and _is_place(
            " ".join(words[1:])
        ):
            continue  # "De Pequim", "From Brussels": the dateline in an author field of its own
        # "Ellis Grant of The Kensington Post", "Ana Lins, The Harbour Ledger": the paper the
        # syndicated piece comes from, not a second person
        if (m := _SYNDICATED_FROM.search(text)) and len(text[: m.start()].split()) >= 2:
            text = text[: m.start()]
        if (m := _LEADING_PLACE.match(text)) and _is_place(m["place"]):
            text = text[m.end():]  # "(dal nostro inviato) a Kiev Marco Bianchi"
        text = _DOT_PLACE.sub("", text)  # "Juan Pérez. Madrid": the place after a full stop
        text = _REPORTING_FROM.sub("", text)  # "Jane Roe reporting from Kyiv"
        text = _name_outlet_place(_name_before_role_and_institution(text))
        inverted = _inverted_list(text) or _inverted_name(text)
        people = inverted if inverted is not None else _split_people(text)
        for person in people:
            raw_person, person = person, _cjk_person(person)
            if " " in person and _caps_name(person):  # "JANE DOE" → "Jane Doe"
                person = _title_caps(person)
            words = person.split()
            if len(words) >= 3 and words[-1].casefold() in _WIRES:  # "Tom Lee AP"
                person = " ".join(words[:-1])
            elif len(words) >= 4 and (wire := _trailing_wire(words)):
                person = " ".join(words[:-wire])  # "Tom Lee Associated Press"
            if " " not in person.strip() and person.casefold() in outlet_words:
                continue  # "Nation Reporter" at the Rift Nation: a house byline, no person
            if _cjk_desk(raw_person, outlet):
                continue  # "苦勞報導", "晨鐘論壇" at 苦勞網/晨鐘網: the outlet's desks
            if _is_person(person) and _squash(person) not in not_people and not (
                _outlet_short_name(person, outlet) or _outlet_desk(person, outlet)
            ):
                out.append(person)
    if any(len(p.split()) >= 2 for p in out):
        # "Mariana Quiroga", "Valor": beside full names, one capitalised Latin word of its own
        # is a partner paper's or desk's brand, not a co-author
        out = [p for p in out if " " in p or not (p.isalpha() and _script_latin(p))]
    return tuple(dict.fromkeys(out))


def _script_latin(word: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in word)


# A wire's notice closing its copy ("Copyright 2026 Meridian Press. All rights reserved. This
# material may not be published, broadcast, rewritten or redistributed."): the name that holds
# the rights, an agency. Only with the reservation after it: a column's "© 2026 Jane Roe" alone
# may be its writer's own.
_RIGHTS_NOTICE = re.compile(
    r"(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?"
    r"(?P<name>[A-ZÀ-Ý][\w&'’-]*(?:\s+(?:of\s+|&\s+)?[A-ZÀ-Ý][\w&'’-]*){0,4})\.?\s*"
    r"(?=(?:all\s+rights\s+reserved|this\s+material\s+may\s+not|may\s+not\s+be\s+(?:published|"
    r"reproduced|redistributed)))",
    re.IGNORECASE,
)
_NOTICE_TAG = re.compile(r"<[^>]*>")


def rights_holders(htmls: Iterable[str]) -> frozenset[str]:
    """The names (squashed) that wire notices in a feed's items reserve the rights for: agencies,
    not people, wherever an item credits them as its author ("Dana Whitfield and Meridian
    Press")."""
    found = set()
    for markup in htmls:
        if not markup:
            continue
        low = markup.casefold()
        notice = "rights reserved" in low or "may not be" in low
        if not notice and not _credit_cue(low):
            continue  # most items carry no notice and no credit
        text = htmllib.unescape(_TAG.sub(" ", _BLOCK_BREAK.sub("\n", markup)))
        for m in (*(_RIGHTS_NOTICE.finditer(text) if notice else ()),
                  *(m for p in _AGENCY_CREDITS for m in p.finditer(text))):
            if (name := _squash(m["name"])) and len(name) >= 3:
                found.add(name)
    return frozenset(found)


# An agency or institution named as where a republished item's copy came from (attribution.json
# agency_credits): "This report by The Confederation Press was first published …", "Lusíada/Fim",
# "Bruxelas, 26 jun 2026 (Lusíada) –". The cue is a cheap test on the lower-cased markup.
_CREDIT_NAME = (r"(?P<name>(?-i:[A-ZÀ-Ý])[\w&'’.-]*(?:[ \t\xa0]+(?:of |de |& )?"
                r"(?-i:[A-ZÀ-Ý])[\w&'’.-]*){0,5})")
_AGENCY_CREDITS = tuple(
    re.compile(w.replace("{name}", _CREDIT_NAME), re.IGNORECASE | re.MULTILINE)
    for lang, ws in _TABLES["agency_credits"].items() if not lang.startswith("_") for w in ws
)
_CUE_WORDS = (
    r"first published|was published|/fim\b|release (?:from|by|issued)|mitteilung (?:der|des|von)"
    r"|communiqu|comunica"
)
_CUE_DASH = re.compile(r"\)\s*(?:[-–—]|&#821[12];|&[nm]dash;)")  # a bracket closing a dateline
_AGENCY_CREDIT_CUE = re.compile(f"{_CUE_WORDS}|{_CUE_DASH.pattern}")


def _credit_cue(low: str) -> bool:
    """_AGENCY_CREDIT_CUE.search(low) is not None, cheaper: its bracket branch opens on a
    literal, which re finds at once; its words (~40 µs a page for re, which stops at each of
    their first letters, common ones) are run only where the literals every match of them
    holds are in the text, looked for in one RE2 pass (regex_gates.LiteralGates)."""
    if ")" in low and _CUE_DASH.search(low) is not None:
        return True
    return "words" in _cue_gates().possible(low) and _AGENCY_CREDIT_CUE.search(low) is not None


@lru_cache(maxsize=1)
def _cue_gates() -> regex_gates.LiteralGates:
    return regex_gates.LiteralGates({"words": re.compile(_CUE_WORDS)})


def without_rights_holders(authors: tuple[str, ...], holders: frozenset[str]) -> tuple[str, ...]:
    """`authors` without the names a wire notice of the feed reserves the rights for."""
    if not holders:
        return authors
    return tuple(a for a in authors if _squash(a) not in holders)


# "<p>责任编辑：李娜</p>", "（责任编辑：王磊）", "Editor: Li Na": a Chinese CMS closes each item
# with the web editor responsible for it, whom its <author> element often names too; the
# editor put the item online, no author wrote it. ("Editor:" with its colon only: "Edited by"
# in an author field is a prefix before a writer's name, and the person is kept.)
_EDITOR_CREDIT = re.compile(
    r"(?:责任编辑|責任編輯|责编|責編|编辑|編輯|(?<![\w-])(?i:editors?))\s*[:：]\s*"
    r"(?P<names>[^<>\n()（）\[\]【】;；|]{2,60})"
)


@lru_cache(maxsize=1)
def _editor_gate() -> regex_gates.Literals | None:
    # the literals every credit contains ("编辑", "editor"), derived from the pattern
    return regex_gates.literals(_EDITOR_CREDIT)


def without_editors(authors: tuple[str, ...], html: str) -> tuple[str, ...]:
    """`authors` without the people the item's text credits only as its responsible editor
    ("责任编辑：李娜" closing the text, the same name in <author>); the regex runs only where
    one of the literals every credit holds is in the text (most items have none)."""
    if not authors or not html:
        return authors
    if (gate := _editor_gate()) is not None and not gate.may_match(html):
        return authors
    if not (found := _EDITOR_CREDIT.findall(html)):
        return authors
    names = " | ".join(" ".join(htmllib.unescape(n).split()) for n in found).casefold()
    return tuple(a for a in authors if " ".join(a.split()).casefold() not in names)


# A printed byline's e-mail address after the name and job ("By JADE ROE Staff Reporter
# jroe@paper.com"): how to reach the writer, not part of the name.
_TRAILING_EMAIL = re.compile(r"(?<=\S)[\s,;|]+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$")


# "Jane Roe reporting from Kyiv", "Tom Lee, writing in Lagos": where the byline was filed.
_REPORTING_FROM = re.compile(r",?\s+(?:reporting|writing)\s+(?:from|in)\s+[^,;&|]*$")


# "Isabel Dourado*", "Ana Lins† e Rui Mota*": a mark after a name pointing at a note below the
# text ("*Estagiária sob supervisão de …"), not part of the name.
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_])[*†‡]+(?=$|[\s,;&|])")


# "Von unserem Korrespondenten Jonas Reinhardt, Peking", "By our Europe correspondent Ana
# Lins, Brussels": the outlet's reporter named first, the place after the comma (the other order
# is _OUR_CORRESPONDENT's).
_NAMED_CORRESPONDENT = re.compile(
    r"^(?:\w+\s+)?(?i:our|notre|nuestro|nuestra|nostro|nostra|nosso|nossa|unserem|unserer)\s+"
    r"(?:[\w-]+\s+){1,2}?(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3}),\s*"
    r"(?P<place>[^,]{2,40})$"
)


def _named_correspondent(text: str) -> str:
    if (m := _NAMED_CORRESPONDENT.match(text)) and _is_place(m["place"]):
        return m["name"]
    return text


# "Avec notre correspondant à Kinshasa, Patrick Mbuyi", "From our correspondent in Lagos, Ade
# Bello", "Dal nostro inviato a Kiev, Marco Bianchi": the outlet's own reporter, where, a comma,
# then who. The lead goes whatever the place is (the gazetteer need not know the town).
_OUR_CORRESPONDENT = re.compile(
    r"^(?:\w+\s+)?(?i:our|notre|nos|nuestro|nuestra|nuestros|nostro|nostra|nostri|nosso|nossa"
    r"|unserem|unserer|unser|unsere)\s+[^,]{2,80}?,\s*(?=[A-ZÀ-Ý])"
)


# The name after the lead, to the sentence's end: "Rana Khoury.", "Awa N. Le port…" (an
# initial's full stop ends the sentence too).
_OUR_CORRESPONDENT_NAME = re.compile(
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|da|do|dos|di|del|van|von|el|al)\s+)?"
    r"[A-ZÀ-Ý][\w'’-]+){0,3}(?:\s+[A-ZÀ-Ý]\.)?)\.?\s*(?:$|(?=[A-ZÀ-Ý„“\"«]))"
)


def _our_correspondent_name(text: str) -> str:
    """The person of "From our correspondent in Beirut, Rana Khoury." opening `text` (the lead
    of a block or a whole closing sentence), else ""."""
    if (named := _named_correspondent(text)) != text:
        return named  # "Von unserer Korrespondentin Sabine Mair, Brüssel": the name, then where
    m = _OUR_CORRESPONDENT.match(text)
    if not m or m.end() > 120 or _TEXT_BYLINE_STOP.search(text[: m.end()]):
        return ""
    n = _OUR_CORRESPONDENT_NAME.match(text, m.end())
    return n["name"] if n else ""


# A verb in the lead part: "Our correspondent in Kyiv reports that…" is a sentence, no byline.
_TEXT_BYLINE_STOP = re.compile(r"\b(?:said|says|reports?|writes|sagt|berichtet|dit|écrit)\b")


def _caps_word(word: str) -> bool:
    """A name word set in capitals: "RUSSELL", "McKINNEY" (the "Mc" stays as it is written)."""
    bare = _MC_PREFIX.sub("", word)
    return bare.isupper() and sum(c.isalpha() for c in bare) >= 2 and word[-1:].isalpha()


_MC_PREFIX = re.compile(r"^(?:Mc|Mac)(?=[A-Z]{2})")


def _caps_name(name: str) -> bool:
    """Is `name` set in capitals ("JANE DOE", "ANA DA SILVA", "DARNELL McKINNEY")?"""
    return " ".join(_MC_PREFIX.sub("", w) for w in name.split()).isupper()


def _title_caps(name: str) -> str:
    """"DARNELL McKINNEY" → "Darnell McKinney", "JANE DOE" → "Jane Doe"."""
    return " ".join(
        m[0] + w[m.end():].title() if (m := _MC_PREFIX.match(w)) else w.title()
        for w in name.split()
    )


def _caps_name_only(text: str) -> str:
    """"JAVIER ARROYO Washington", "LUCÍA SANTAELLA Alepo", "MARÍA PORTILLO Corresponsal
    Bruselas", "By JADE RUSSELL Sentinel Staff Reporter" → the name in capitals alone: Spanish and
    Latin American papers, and US papers' printed bylines (TownNews BLOX's author field), set the
    name in capitals and the place, the job or the paper after it in ordinary case. Other texts
    are returned as they are (a name in capitals with no tail, "Jean DUPONT", "ANA SOUZA, Pedro
    Lima")."""
    lead = _AUTHOR_PREFIX.match(text)
    start = lead.end() if lead else 0
    words = text[start:].split()
    n = 0
    while n < len(words) and _caps_word(words[n]):
        n += 1
    tail = words[n:]
    if n < 2 or not tail or not tail[0][:1].isupper() or any(
        w.isupper() or w.casefold() in _CONJUNCTION_WORDS or re.search(r"[,;&|/]", w)
        for w in tail
    ):
        return text
    return text[:start] + " ".join(words[:n])


def _one_per_line(names: Sequence[str]) -> list[str]:
    """"Okafor, Chinedu N.\nLindqvist, Maja" (journal systems put one author a line in one
    field): a line each, so the inverted names are not read as one list. A line that is only
    "By" stays with the name after it."""
    out: list[str] = []
    for raw in names:
        lines = [line.strip() for line in raw.splitlines() if line.strip()]
        if len(lines) > 1 and not any(_AUTHOR_PREFIX.fullmatch(line + " ") for line in lines):
            out += lines
        else:
            out.append(raw)
    return out


_INSTITUTION_WORDS = frozenset(w.casefold() for w in _TABLES["institution_words"])


def _is_institution(part: str) -> bool:
    words = part.casefold().split()
    return any(w in _INSTITUTION_WORDS for w in words) or any(
        " " in w and w in part.casefold() for w in _INSTITUTION_WORDS
    )


def _name_before_role_and_institution(text: str) -> str:
    """"Helena Marsh, Professor of Politics and International Relations, University of
    Eastbury" → "Helena Marsh": academic outlets' author names give the person, the job title
    and the institution, and the title between them may read like a name ("Veterinary
    Epidemiologist", "Research Associate") or hold an "and". Other texts are returned as
    they are."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) >= 3 and len(parts[0].split()) >= 2 and _is_institution(parts[-1]) and not (
        any(_is_institution(p) for p in parts[1:-1])
    ):
        return parts[0]
    return text


def _name_outlet_place(text: str) -> str:
    """"Camila Fuenzalida, El Observador del Sur, Cile" → "Camila Fuenzalida": a translated or
    syndicated piece credits the writer, the paper it first ran in (a name that opens with an
    article: no person's does) and the paper's country. Other texts are returned as they are."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 3 or len(parts[0].split()) < 2:
        return text
    middle, place = parts[1].split(), parts[2]
    if len(middle) >= 2 and middle[0].casefold() in _ARTICLES and middle[0][:1].isupper() and (
        middle[1][:1].isupper()
    ) and (len(place.split()) == 1 or _is_place(place)):
        return parts[0]
    return text


def _outlet_short_name(person: str, outlet: str) -> bool:
    """"El Cronista" for the outlet "El Cronista Diario": the outlet's name without its last
    words, as its own staff credit it; "Harbour Dispatch Research" for "The Harbour Dispatch":
    the outlet's name and a desk word or two after it."""
    words, names = person.casefold().split(), outlet.casefold().split()
    if len(words) >= 2 and len(names) > len(words) and (
        names[: len(words)] == words or names[-len(words):] == words
    ):
        # also "ولایت نامہ" for "ہفت روزہ ولایت نامہ" (Weekly …): the name without its kind
        return True
    if names[:1] == ["the"] and len(names) > 2:
        names = names[1:]
    return (len(names) >= 2 or len(_LETTERS.sub("", "".join(names))) >= 5) and (
        0 < len(words) - len(names) <= OUTLET_DESK_WORDS and words[: len(names)] == names
    )


def _outlet_place_desk(text: str, outlet: str) -> bool:
    """"Archipelago USA", "Archipelago Europe" at "Archipelago Daily": the outlet's first name
    word and a place or a section (its bureau or edition there), a house credit. Read as a
    name, the place's initials would make a person of it."""
    words = text.split()
    brand = next((w for w in outlet.split() if w.casefold() not in _ARTICLES), "")
    if not 2 <= len(words) <= 3 or len(brand) < 4 or words[0].casefold() != brand.casefold():
        return False
    rest = " ".join(words[1:])
    return _is_place(rest) or rest.casefold() in _SECTION_WORDS


OUTLET_DESK_WORDS = 2  # words after the outlet's name in a desk's credit ("Research", "Web Desk")


def _outlet_desk(person: str, outlet: str) -> bool:
    """"O Vigia Desporto", "Harbour Herald Sport" for the outlet "O Vigia", "The Harbour
    Herald": the outlet's full name and a desk after it, a house byline, not a person."""
    name = _squash(outlet)
    return len(name) >= 5 and len(person.split()) > len(outlet.split()) - (
        outlet.casefold().startswith("the ")) and _squash(person).startswith(name) and (
        _squash(person) != name)


_LEADING_PLACE = re.compile(
    r"^(?:a|in|da|à|en|em|aus|from)\s+(?P<place>[A-ZÀ-Ý][\w'’-]+)\s+(?=[A-ZÀ-Ý])"
)


# A forum's user name ("/u/name", "u/name" on Reddit): the submitter of a link, never a byline.
_PLATFORM_USER = re.compile(r"^\s*/?u/[\w-]+\s*$")
_ET_AL = re.compile(r",?\s+et\s+al\.?$")
_DEGREE = re.compile(
    rf",?\s+(?:{_alternation(_TABLES['name_suffixes'])})(?=\s*(?:$|[,;&]|\s+and\s))"
)
# "Dr. ", "Prof. Dr. ", "Oberst i.G. ", "don ": titles before a name, one or several in a row.
_TITLES = _alternation([*_TABLES["name_prefixes"], *_TABLES["name_titles"],
                        *_TABLES["clergy_titles"]])
_HONORIFIC = re.compile(
    r"(?:(?<=^)|(?<=[,;&]\s)|(?<=\sand\s)|(?<=\sund\s)|(?<=\set\s)|(?<=\se\s)|(?<=\sy\s))"
    rf"(?:(?:{_TITLES})\s+)+"
)
# "Lindqvist HK, Saleh O, Okoye CA" (Vancouver style): surname, then initials without dots.
_VANCOUVER_NAME = re.compile(r"^(?P<surname>[A-ZÀ-Ý][\w'’-]+)\s+(?P<initials>[A-Z]{1,3})$")


def _vancouver(text: str) -> str | None:
    """"Lindqvist HK, Saleh O" → "H. K. Lindqvist; O. Saleh"; None when not that style."""
    parts = [p.strip() for p in re.split(r",|\s+and\s+|\s*&\s*", text) if p.strip()]
    matches = [_VANCOUVER_NAME.match(p) for p in parts]
    if not parts or not all(matches) or all(m and len(m["initials"]) >= 4 for m in matches):
        return None
    if any(m and (m["surname"].isupper() or m["surname"].casefold() in _WIRES
                  or m["initials"].casefold() in _WIRES) for m in matches):
        return None  # "AFP AP": agencies
    return "; ".join(
        f"{' '.join(c + '.' for c in m['initials'])} {m['surname']}" for m in matches if m
    )


def _looks_like_full_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


_CJK_SITE_WORDS = re.compile(rf"(?:{_alternation(_TABLES['cjk_outlet_site_words'])})$")
_CJK_DESK_ENDINGS = tuple(_TABLES["cjk_desk_endings"])


def _cjk_desk(name: str, outlet: str) -> bool:
    """"苦勞報導" (news) or "苦勞論壇" (forum) at the outlet 苦勞網: the outlet's name without
    its site word, then a desk; or any CJK field ending in a section word ("…編輯部"). A
    Chinese personal name is two to four characters that never end so."""
    name = name.strip()
    if not _CJK_ANY.search(name):
        return False
    if name.endswith(_CJK_DESK_ENDINGS):
        return True
    stem = _CJK_SITE_WORDS.sub("", "".join(outlet.split()))
    return len(stem) >= 2 and bool(_CJK_ANY.match(stem)) and name.startswith(stem)


def _cjk_person(name: str) -> str:
    """"ワシントン＝山田太郎" → "山田太郎"; "山田太郎記者", "김수연 기자", "记者 张三" → the
    name."""
    name = _CJK_DATELINE.sub("", name) if ("=" in name or "＝" in name) else name
    if any("\u3040" <= ch <= "\ud7af" for ch in name):
        name = _CJK_PREFIX.sub("", _CJK_SUFFIX.sub("", name.strip())).strip()
    return name


def _inverted_list(text: str) -> list[str] | None:
    """"Surname, I. J., Surname, K." (science feeds) → ["I. J. Surname", "K. Surname"]; also
    joined by a conjunction ("Weigl, A. und Huber, M.", German regional print bylines)."""
    parts = [p.strip() for p in re.split(r",|\s+(?:and|und|et|e|y|i|en)\s+|\s*&\s*", text)
             if p.strip()]
    if len(parts) < 2 or len(parts) % 2 or not all(
        _GIVEN_NAMES.match(parts[i]) for i in range(1, len(parts), 2)
    ) or not all(
        # a surname, at most two ("García Márquez, G."): "Tom Hale in Washington, D.C." is a
        # writer and the place, not "D.C." before an inverted name
        re.fullmatch(rf"{_SURNAME}(?:\s+{_SURNAME})?", parts[i]) for i in range(0, len(parts), 2)
    ):
        return None
    return [f"{parts[i + 1].strip()} {parts[i]}" for i in range(0, len(parts), 2)]


_SURNAME = r"(?:(?:van|von|de|da|di|del|der|le|la|al|el)\s+)*[A-ZÀ-Ý][\w'’-]+"
_GIVEN = r"[A-ZÀ-Ý][\w'’-]*\.?(?:\s*[A-ZÀ-Ý][\w'’-]*\.?){0,2}"


def _inverted_name(text: str) -> list[str] | None:
    """"Doe, Jane" (library style): one person, "Jane Doe", not two. Also a list of them:
    "Lindqvist, Hannah K.; Farouk, Omar" or "Lindqvist, Hannah, Farouk, Omar"."""
    chunks = [c.strip() for c in re.split(r"\s*;\s*", text.strip()) if c.strip()]
    if len(chunks) == 1:
        parts = [p.strip() for p in chunks[0].split(",")]
        if len(parts) < 2 or len(parts) % 2:
            return None
        chunks = [f"{parts[i]}, {parts[i + 1]}" for i in range(0, len(parts), 2)]
    people = []
    for chunk in chunks:
        m = re.fullmatch(rf"({_SURNAME}),\s*({_GIVEN})", chunk)
        if not m or _is_place(m[2]) or any(
            w.casefold() in _NON_PERSON or w.casefold() in _WIRES or _strip_job_title(w) != w
            for w in (m[1], m[2], *m[2].split())
        ) or any(w.isupper() and len(w) <= 6 and "." not in w for w in (m[1], m[2])):
            return None  # "Reuters, AP" is two agencies, not a person
        people.append(f"{m[2]} {m[1]}")
    return people


# "…, mit Material von AFP", "… com informações da Reuters": the source of material, cut first
# (else "mit" or "com" reads as joining a second person, "Material von")
_MATERIAL_TAIL = re.compile(
    rf"(?:\s*,)?\s+(?i:{_alternation(_TABLES['material_credits'])})(?:\s.*)?$"
)


def _without_dateline(chunk: str) -> str:
    """"Jakub Lis in Warsaw" → "Jakub Lis"; "Jakub Lis in Warsaw, Daniel Crewe" (the byline's
    list goes on after the first writer's place) → "Jakub Lis, Daniel Crewe" (", B in Tallinn":
    B). What follows the place's comma is another writer only when it is a full name that
    names no place ("in Goma, North Kivu", "in Kyiv, Ukraine" stay the place)."""
    m = _DATELINE.search(chunk)
    if not m:
        return chunk
    _, comma, rest = m.group(0).partition(",")
    rest = rest.strip()
    if len(rest.split()) > 2:
        rest = _without_dateline(rest)  # "…, Marcus Lowe in Tallinn and …": their place too
    if comma and len(rest.split()) >= 2 and rest[:1].isupper() and _is_person(rest) and not (
        _is_place(rest) or geo.find_mentions(rest, lang="en")
    ):
        return f"{chunk[: m.start()]}, {rest}"
    return chunk[: m.start()]


_POSSESSIVE_WORD = re.compile(r"[^\W\d_]['’]s(?![^\W\d_])")


def _split_people(text: str) -> list[str]:
    people: list[str] = []
    text = _MATERIAL_TAIL.sub("", text)
    chunks = _CONJUNCTION.split(text)
    if len(chunks) > 1 and _lower_job_title(chunks[-1]):
        # "Dan Doe Defence and security editor": the conjunction joins two fields of one job
        # title run on to the name, not two people
        chunks = [_strip_job_title(text)]
    for chunk in chunks:
        chunk = _AUTHOR_PREFIX.sub("", chunk.strip())
        if len(chunk.split()) > 2:
            chunk = _without_dateline(chunk)
        for index, part in enumerate(chunk.split(",")):
            if _INITIALS.match(part.strip() + ".") and people and len(people[-1].split()) == 1:
                people[-1] = f"{part.strip().rstrip('.')}. {people[-1]}"  # "O'Brien, P. J."
                continue
            part = part.strip(" ;:-–—")
            if index and (part[:1].islower() or _is_place(part) or _POSSESSIVE_WORD.search(part)):
                continue  # ", de São Paulo", ", em Brasília", ", Bruksela": where, not who;
                # (", Cox's Bazar", ", Martha's Vineyard": no name holds a possessive 's)
            if index and any(
                w.islower() and w not in _PARTICLES and w not in _CONJUNCTION_WORDS
                for w in part.split()
            ):
                continue  # ", Chair of Baltic Studies": a name has no "of" (only particles)
            if index and len(part.split()) == 1 and not _CJK_ANY.search(part):
                continue  # "Jana Reiter, Charkiw", "एजेंसी, काठमांडू": one word after a comma
                # is where the byline was filed, not a second person, who has a full name
            title_stripped = _strip_job_title(part)
            if index and title_stripped != part and not (
                title_stripped and part.endswith(title_stripped)
            ):
                continue  # ", Seoul bureau chief": a job after the name, not another person
            part = title_stripped
            if part:
                people.append(part)
    return people


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Countries, capitals and large cities in the gazetteer's languages ("Bruksela", "Kijów",
    "Washington"): after a comma in a byline they say where the writer is, not who else wrote.
    English names that are also given names ("Jordan", "Georgia": the gazetteer's ambiguous
    aliases) are left out."""
    names: set[str] = set()
    for table in geo.read_data("cldr.json").values():
        if isinstance(table, dict):
            names.update(n.casefold() for forms in table.values() for n in forms)
    ambiguous: set[str] = set()
    for country in geo.read_data("en.json")["countries"]:
        names.update(a.casefold() for a in country["aliases"])
        ambiguous.update(a.casefold() for a in country["ambiguous"])
    for lang in geo.languages():  # "اسلام آباد", "Kiew": capitals the hand-written tables give
        try:
            countries = geo.read_data(f"{lang}.json").get("countries")
        except (FileNotFoundError, OSError, ValueError):
            continue
        if isinstance(countries, dict):
            names.update(n.casefold() for forms in countries.values() for n in forms)
    names.update(p.casefold() for p in _TABLES["byline_places"])
    return frozenset(names - ambiguous)


_PLACE_POSTPOSITIONS = frozenset(_TABLES["place_postpositions"])
_SPELLED_LETTERS = frozenset(_TABLES["spelled_latin_letters_ur"])  # "اے", "پی", "ٹی", "آئی"


_SAINT_PLACE_PREFIXES = frozenset(_TABLES["saint_place_prefixes"])


def _is_place(part: str) -> bool:
    words = part.casefold().split()
    if len(words) >= 2 and words[-1] in _PLACE_POSTPOSITIONS:  # "ওয়াশিংটন থেকে": from there
        return True
    # "St. Gallen", "Sankt Vith"; longer with a particle ("São José dos Campos", "Sankt Johann
    # im Pongau"); not three capitalised words ("St. John Hughes" may be a person)
    if words and words[0] in _SAINT_PLACE_PREFIXES and (len(words) == 2 or (
        len(words) <= 5 and any(w.islower() for w in part.split()[1:-1])
    )):
        return True
    return " ".join(words) in _place_names()


# "اسلام آباد (عامر رشید)", "Jana Reiter (Charkiw)": a dateline and a name, one around brackets.
_BRACKETED = re.compile(r"^(?P<outer>[^()（）]+?)\s*[(（](?P<inner>[^()（）]+)[)）]$")
# "لاہور: (ویب ڈیسک)", "جہلم: (عمران حیدر)": a dateline, a colon, then the credit in brackets.
_DATELINE_COLON_BRACKET = re.compile(
    r"^(?P<outer>[^()（）:：,]{2,40}?)\s*[:：]\s*[(（](?P<inner>[^()（）]+)[)）]$"
)


def _place_and_name(text: str) -> str:
    """"اسلام آباد (عامر رشید)" (Urdu papers: the city, then the reporter) → "عامر رشید";
    "Name (City)" → "Name"; "City: (Name)" (Urdu TV sites: the dateline, a colon, the credit)
    → "Name", whether or not the gazetteer knows the town; other brackets are left to the
    caller."""
    if (m := _DATELINE_COLON_BRACKET.match(text.strip())) and len(m["outer"].split()) <= 3:
        return m["inner"].strip()
    if m := _BRACKETED.match(text.strip()):
        if _is_place(m["outer"]):
            return m["inner"].strip()
        if _is_place(m["inner"]):
            return m["outer"].strip()
    return text


def _lower_job_title(part: str) -> bool:
    """"security editor", "technology correspondent": a job title in lower case, no name."""
    words = part.split()
    return bool(words) and words[-1].casefold() in _JOB_NOUNS and all(w.islower() for w in words)


_COMPOUND_MIN_HEAD = 5  # "Chefredakteur" ends in "redakteur"; "-tor" ends no role


def _role_word(word: str) -> bool:
    """A job noun or a masthead role, also as the last part of a hyphenated or German compound
    ("Sub-Editor", "Chefredakteur", "Mitherausgeberin")."""
    low = word.casefold().strip(".,;:")
    if low in _JOB_NOUNS or low in _ROLE_ONLY_NOUNS:
        return True
    head = low.rsplit("-", 1)[-1]
    if head != low and (head in _JOB_NOUNS or head in _ROLE_ONLY_NOUNS):
        return True
    return any(low.endswith(n) and len(n) >= _COMPOUND_MIN_HEAD
               for n in (*_JOB_NOUNS, *_ROLE_ONLY_NOUNS) if n != low)


def _job_word(word: str) -> bool:
    """A word of a job title, also a hyphenated compound of them ("South-east" in "South-east
    Asia correspondent", "Asia-Pacific"): a surname joins a word that is none ("West-Brown")."""
    low = word.casefold()
    return low in _JOB_WORDS or (
        "-" in low.strip("-") and all(p in _JOB_WORDS for p in low.split("-"))
    )


def _strip_job_title(name: str) -> str:
    """"Rachel Okonkwo Diplomatic editor" → "Rachel Okonkwo"; "Diplomatic editor" → "";
    "Pacific affairs reporter Sam Whitfield" → "Sam Whitfield" (the role before the name);
    "María Olmedo Corresponsal Bruselas" → "María Olmedo" (the role and its post after it)."""
    words = name.split()
    if len(words) >= 2 and words[0].casefold() in NON_NAME_ARTICLES and _role_word(words[-1]):
        return ""  # "The Sub-Editor", "The Night Editor", "Der Herausgeber": the role alone
    for i in range(len(words) - 3, -1, -1):
        rest = words[i + 1:]
        if words[i].casefold() in _JOB_NOUNS and len(rest) <= 4 and all(
            w[:1].isupper() and w.casefold() not in _JOB_WORDS for w in rest
        ):
            return " ".join(rest)
    if len(words) >= 3 and words[-2].casefold() in _JOB_NOUNS and _is_place(words[-1]):
        words = words[:-1]
    if not words or words[-1].casefold() not in _JOB_NOUNS:
        return name
    while words and (_job_word(words[-1]) or words[-1].islower()):
        words.pop()
    if all(w.casefold() in _ALL_ARTICLES for w in words):
        return ""  # "The Editor", "The Foreign Editor": the credit was the role
    return " ".join(words)


# Two words of two or more letters joined by a dot ("Sport.Wiślana", "Tempo.co"); initials
# ("J.R.R. Tolkien") and "St.John" style abbreviations of one letter or "St" are not.
# "CheckNews": two capitalised words run together; "MacLeod", "FitzGerald", "DeSantis" are
# names (a surname prefix, or a short one, before the inner capital).
_BRAND_WORD = re.compile(
    rf"^(?!(?:{_alternation(_TABLES['joined_surname_prefixes'])})[A-Z])[A-Z][a-z]{{2,}}[A-Z][a-z]{{2,}}$"
)
_DOTTED_BRAND = re.compile(r"[^\W\d_]{3,}\.[^\W\d_]{2,}")
# One word with a capital inside after three or more lower-case letters ("CheckNews"); a
# surname's "McDonagh", "MacLeod", "DeSantis", "O'Brien" capitals come earlier.
_CAMEL_BRAND = re.compile(r"^[A-Z][a-z]{3,}[A-Z][a-z]+$")


def _trailing_wire(words: Sequence[str]) -> int:
    """How many of the last words name a wire agency of several words ("Associated Press",
    "Kyodo News"), with the article a whole wire byline sets before it ("By A and B The
    Associated Press": the agency's name, not the reporter's), leaving two words or more before
    them; 0 if none."""
    for n in (3, 2):
        if len(words) - n >= 2 and " ".join(words[-n:]).casefold() in _WIRES:
            if len(words) - n >= 3 and words[-n - 1].casefold() in NON_NAME_ARTICLES:
                return n + 1
            return n
    return 0


# A broadcaster's or agency's initials ("RNZ", "BBC") opening a credit: two to five capitals.
_INITIALISM = re.compile(r"^[A-Z]{2,5}$")
_EDITION_REGIONS = frozenset(_TABLES["edition_regions"])


def _is_person(name: str) -> bool:
    words = name.split()
    if len(words) == 1 and "-" in name and name.split("-", 1)[0].casefold() in _WIRES:
        return False  # "dpa-AFX", "AFP-JIJI": an agency's service, not a person
    named = [w for w in words if w.casefold() not in _PARTICLES]  # "Ana Luiza de Souza Lima"
    if not words or len(named) > 5 or _INITIALS.match(name):
        return False
    if len(words) == 1 and name.isupper() and len(name) <= 6:
        return False  # "TNN", "IANS": an agency's initials
    if len(words) >= 2 and all(w in _SPELLED_LETTERS for w in words):
        return False  # "پی ٹی آئی", "این این آئی": an agency's initials spelled in Urdu
    if name.islower():
        return False  # "red", "ag", "enviado especial": a desk or a job, not a name
    low = name.casefold()
    if low.removeprefix("the ") in _WIRES:
        return False  # "The Associated Press"
    if low in _KNOWN_NAMES:
        return False  # "The Economist", "Sky News": a known outlet in the author field
    if low in _WIRES or low in _NON_PERSON or any(ch.isdigit() or ch in "@/＝=" for ch in name):
        return False
    if len(words) >= 2 and words[0].isupper() and len(words[0]) >= 2 and (
        words[0].casefold() in _WIRES or words[0].casefold() in _KNOWN_NAMES
    ):
        return False  # "CNN Brasil", "AFP Photo": an agency's or outlet's edition or desk
    if len(words) >= 2 and _INITIALISM.match(words[0]) and (
        (rest := " ".join(words[1:]).casefold()) in _EDITION_REGIONS
        or (len(words[0]) >= 3 and _is_place(rest))  # (not "CJ Lagos": initials as a name)
    ):
        return False  # "RNZ Pacific", "DW Africa", "XYZ Brasil": a broadcaster's service
    if _DOTTED_BRAND.search(name):
        return False  # "Sport.Wiślana", "Kompas.com": a site's brand, not a person
    if len(words) == 1 and _BRAND_WORD.match(name):
        return False  # "CheckNews", "InfoMigrants": a brand's words run together, not a name
    if any(_non_person_word(w) for w in words):
        return False
    if all(w.casefold() in _PLACEHOLDER_WORDS for w in words):
        return False  # "Test Test", "Demo User": a CMS's default account
    if any(w.casefold().endswith(_NON_PERSON_ENDINGS) for w in words):
        return False  # "Sportredaktion", "Auslandsredaktion"
    return not _NON_PERSON_PHRASE.search(low)


# Where a block ends in markup: rights notices and bylines are read a line at a time.
_BLOCK_BREAK = re.compile(r"(?i)<\s*(?:br|/p|/div|/h\d|/li|p|div|li|h\d)\b[^>]*>|\n")
