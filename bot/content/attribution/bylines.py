"""Bylines in an item's title and text: a "By Name" line, a closing sign-off, a lead block."""

from __future__ import annotations

import html as htmllib
import itertools
import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from bot.content import geo
from bot.content.attribution.authors import (
    _BLOCK_BREAK,
    _CONJUNCTION_WORDS,
    _JOB_NOUNS,
    _JOB_WORDS,
    _JOINING_WORDS,
    _NON_PERSON,
    _PARENTHESES,
    _PARTICLES,
    _WIRES,
    NON_NAME_ARTICLES,
    _caps_name,
    _is_institution,
    _is_person,
    _is_place,
    _non_person_word,
    _our_correspondent_name,
    _title_caps,
)
from bot.content.attribution.keys import _squash
from bot.content.attribution.tables import _TABLES, _TAG, _alternation
from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use

# A capitalised word ("Jean", "DUPONT": French bylines set the surname in capitals), or a
# name particle. A trailing all-capitals word after a full name is a dateline ("SEOUL").
_CAP_WORD = r"[A-ZÀ-ÝĀ-Ž][\w'’.-]*"
_NAME_WORD = (
    rf"(?:{_CAP_WORD}|(?:de|da|do|dos|das|del|della|di|van|von|der|le|la|bin|al|el)"
    r"(?=\s+[A-ZÀ-Ý]))"
)
_NAME = rf"{_CAP_WORD}(?:\s+{_NAME_WORD}){{1,4}}"
_NAMES = rf"{_NAME}(?:\s*(?:,|\band\b|\bund\b|\bet\b|\be\b|\by\b|&)\s*{_NAME})*"
# "with agency reports", "mit Material von AFP": the agencies a byline block credits after
# the writer (bot/data/attribution.json byline_credit_tails), no part of the name.
_CREDIT_TAIL = "(?i:" + "|".join(f"(?:{w})" for w in _TABLES["byline_credit_tails"]) + ")"
_CREDIT_TAIL_LEAD = re.compile(rf"^\s*,?\s*{_CREDIT_TAIL}")
# "By Kim Soo-yeon", "Por Ana Souza e Pedro Lima", "Par Jean Dupont, à Lyon", "Von Hans Meier";
# "by A, B" in lower case heads state agencies' features (Xinhua style).
_TEXT_BYLINE = re.compile(
    r"^\s*(?:By|BY|by|Por|POR|Par|PAR|Von|VON|Di|Door|Av|От|Texto|Reportagem de|Reporting by"
    # "Ein Kommentar von Name, Studio Brüssel": a signed genre's own block under the teaser
    r"|(?:(?:Ein|Eine|An|A|Un|Una|Uma|Une)\s+)?"
    rf"(?:{_alternation([*_TABLES['signed_headline_labels'], 'Bericht', 'Beitrag', 'Reportage'])})"
    r"\s+(?:von|by|de|di|por|par|door))"
    r"\s*:?\s+"
    rf"(?P<names>{_NAMES})(?=\s*(?:$|[,;(|–—-]|\s+(?:in|en|em|à|a|aus|from)\s|\s+[A-ZÀ-Ý]{{3,}}\b"
    rf"|\s+{_CREDIT_TAIL}))"
)
# "di Giulia Ferri. Trecento detenuti …", "dalla nostra corrispondente Ana Neri. L'intesa …": a
# teaser that opens with its byline, run in before the first sentence (a lowercase prefix from
# author_prefixes: a sentence never starts so).
_RUN_IN_BYLINE = re.compile(
    rf"^\s*(?:{_alternation(w for w in _TABLES['author_prefixes'] if w[:1].islower())})\s+"
    # or the whole block ("<p>di Giovanna Esposito</p>" between the standfirst and the text)
    rf"(?P<names>{_NAMES})(?:\.\s+(?=[A-ZÀ-Ý])|(?:,?\s+{_CREDIT_TAIL})?\s*$)"
)
# "By Teboho Mokoena. Malawi's central bank …": a teaser that opens with its byline as a sentence
# of its own (a Plone description); the full stop is the sentence's, not an initial's.
_STOPPED_BYLINE = re.compile(
    rf"^\s*(?:By|BY|Von|VON|Por|POR|Par|PAR)\s+(?P<names>{_NAME}(?:\s+(?:and|und|e|et|y)\s+{_NAME})?)"
    # "Von A und B – Prag/Dresden. …": the places the byline was filed from, after a dash
    r"(?:\s+[–—-]\s+[A-ZÀ-Ý][^\W\d_]+(?:[-'’][^\W\d_]+)*"
    r"(?:\s*/\s*[A-ZÀ-Ý][^\W\d_]+(?:[-'’][^\W\d_]+)*){0,3})?"
    # (not the abbreviation a name carries: "Kwame St. Bernard")
    rf"(?:,?\s+{_CREDIT_TAIL})?(?<=\w\w)(?<!\bSt)(?<!\bSte)\.\s+(?=[A-ZÀ-Ý\"“„‘])"
)
# "By Lin Mei / Staff reporter The coast guard …": a print edition's byline box run into the
# first sentence, the role after a slash (the cleaner cuts it from the text).
_SLASH_BYLINE = re.compile(
    rf"^\s*(?:By|BY)\s+(?P<names>{_NAMES})\s*/\s*(?:[A-Za-z-]+\s+){{0,2}}"
    r"(?:reporters?|writers?|correspondents?|editors?)\b"
)
# "(Reporting by A and B; additional reporting by C; Editing by D)": wire copy's writers; also
# set off by a dash as a closing credit ("— Reporting by A").
_SIGNOFF_BLOCKS = 6  # the sign-off line, then a channel's footer (subscribe, follow, hashtags)
_REPORTING_BY = re.compile(
    rf"(?:^[—–-]?\s*|[(;]\s*)(?:[Aa]dditional\s+)?[Rr]eporting\s+by\s+(?P<names>{_NAMES})"
)

# "Jornalista: A | Editor: B", "Journalist: A | Editor: B": the credit line public news agencies
# (Timor-Leste, Lusophone Africa) close their copy with; the journalist is the author, the
# editor is not.
_ROLE_CREDIT_LINE = re.compile(
    r"^\s*(?i:jornalista|journalist|reporter|repórter|periodista|giornalista|texto|text)\s*:\s*"
    rf"(?P<names>{_NAMES})\s*(?:[|/;]|\s[–—-]\s)\s*(?i:editor|editora|edição|edición|"
    r"editing|redacção|redação|fotos?|photos?)\b"
)


# "Reporter: A, B", "Author: A": a closing block that is only a writer's role label and the
# names (national news agencies' and 1C-Bitrix sites' copy); an "Editor:" line is not a byline.
_ROLE_LABEL_BLOCK = re.compile(
    r"^\s*(?i:reporters?|journalists?|writers?|jornalista|repórter|periodista|reportero|"
    rf"giornalista|text|texto|{_alternation(_TABLES['author_field_labels'])})\s*:\s*"
    rf"(?P<names>{_NAMES})\s*\.?\s*$"
)


# "رپورٹ: ثمینہ اعوان، شرم الشیخ۔": an Arabic-script sign-off, the name before the place.
_SENTENCE_STOP = re.compile(r"(?<=[۔.!?؟])\s+")
_ARABIC_SIGNOFF = re.compile(
    rf"^\s*(?:{_alternation(_TABLES['signoff_labels'])})\s*[:：]\s*"
    r"(?P<names>[^\W\d_]+(?:\s[^\W\d_]+){1,3}?)\s*(?:[،,]\s*[^۔.،,]{2,30})?\s*[۔.]?\s*$"
)


# "… внешней политики. Автор: Ольга Берзиня": a Cyrillic sign-off closing the text, a label
# (attribution.json cyrillic_signoff_labels) and one or two capitalised names, maybe run on
# after the last sentence's stop (the cleaner drops it from the text: junk.json byline_words).
_CYR_NAME = r"[А-ЯЁІЇЄҐ][а-яёіїєґʼ'’-]+(?:\s+[А-ЯЁІЇЄҐ][а-яёіїєґʼ'’-]+){1,2}"
_CYRILLIC_SIGNOFF = re.compile(
    rf"^\s*(?i:{_alternation(_TABLES['cyrillic_signoff_labels'])})\s*:\s*"
    rf"(?P<names>{_CYR_NAME}(?:\s*(?:,|\s(?:и|і|та))\s*{_CYR_NAME})?)\s*\.?\s*$"
)


_CJK_TEXT_BYLINE = re.compile(
    r"^\s*[（(【\[]?\s*(?:本报记者|本报特约记者|记者|文[/／]|作者[:：])\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[ 、，\u3000]+[\u4e00-\u9fff]{2,4}){0,4})\s*[）)】\]]?"
)


def _writes_byline() -> re.Pattern[str]:
    """The cleaner's pattern of a standfirst's closing "…, writes NAME." (clean.WRITES_BYLINE)."""
    from bot.content.clean import WRITES_BYLINE

    return WRITES_BYLINE


def _glued_byline_tail() -> re.Pattern[str]:
    """The cleaner's pattern of a print byline glued in lower case after the teaser's last full
    stop (bot/content/clean/wire_leads.py GLUED_BYLINE_TAIL)."""
    from bot.content.clean import GLUED_BYLINE_TAIL

    return GLUED_BYLINE_TAIL


def _glued_tail_window() -> int:
    from bot.content.clean import GLUED_TAIL_WINDOW

    return GLUED_TAIL_WINDOW


def _glued_byline() -> re.Pattern[str]:
    """The cleaner's pattern of a byline run into the first sentence
    (bot/content/clean/wire_leads.py GLUED_BYLINE; imported here, not at the top: the cleaner is
    the heavier module)."""
    from bot.content.clean import GLUED_BYLINE

    return GLUED_BYLINE


def _bar_byline() -> re.Pattern[str]:
    """The cleaner's pattern of a byline set off from the text by a bar ("By A and B | …",
    bot/content/clean/wire_leads.py BAR_BYLINE; imported here for the reason above)."""
    from bot.content.clean import BAR_BYLINE

    return BAR_BYLINE


def _drop_dateline_word(names: str) -> str:
    """"Kim Soo-yeon SEOUL" → "Kim Soo-yeon"; "Jean DUPONT" stays."""
    words = names.split()
    if len(words) >= 3 and words[-1].isupper() and len(words[-1]) >= 3:
        return " ".join(words[:-1])
    return names


# "Were we ever ready for democracy? By Kunle Ademola": an opinion piece signed in its headline,
# after a question mark, full stop, colon, dash or bar ("Bill Passed By House Democrats" is not).
_TITLE_BYLINE = re.compile(
    rf"(?:[?!.:|–—]|\s-)\s*(?:By|BY|Por|Par|Von|Di|Door)\s+(?P<names>{_NAMES})\s*$"
)


# "Gastbeitrag von Heiner Lambrecht - Europa schläft…", "Opinion by Ana Lins: …": a signed
# genre label before the headline (FOCUS-style kickers); the names are the piece's author.
_SIGNED_LABEL = re.compile(
    rf"^(?:(?:Ein|Eine|An|A|Un|Una|Uma|Une)\s+)?(?:{_alternation(_TABLES['signed_headline_labels'])})"
    rf"\s+(?:von|by|de|di|por|par|door)\s+(?P<names>{_NAMES})\s*(?:[:|–—]|\s-)\s+(?=\S)"
)


# "تجزیہ: کابل … سیاست — تحریر: ڈاکٹر عارف نقوی": a column's headline signed after a dash with
# a sign-off label: the byline leaves the headline as "… By Name" does
_TITLE_SIGNOFF = re.compile(
    rf"(?:[|–—]|\s-)\s*(?:{_alternation(_TABLES['signoff_labels'])})\s*[:：]\s*"
    r"(?P<names>[^\W\d_]+(?:\s[^\W\d_]+){1,3}?)\s*[۔.]?\s*$"
)


def byline_from_title(title: str) -> tuple[str, ...]:
    """The people a headline's own byline names ("…? By Kunle Ademola", "Gastbeitrag von Heiner
    Lambrecht - …", "… — تحریر: Name"), if it has one."""
    m = _TITLE_BYLINE.search(title) or _SIGNED_LABEL.match(title) or _TITLE_SIGNOFF.search(title)
    return (m["names"],) if m else ()


def strip_title_byline(title: str) -> str:
    """"Were we ever ready for democracy? By Kunle Ademola" → "Were we ever ready for
    democracy?", "… سیاست — تحریر: Name" → "… سیاست": the headline without its own byline
    (the names go to the authors)."""
    if (lead := _SIGNED_LABEL.match(title)) and len(title[lead.end():].split()) >= 3:
        return title[lead.end():]
    m = _TITLE_BYLINE.search(title)
    if not m:
        if (signed := _TITLE_SIGNOFF.search(title)) and len(title[: signed.start()].split()) >= 3:
            return title[: signed.start()].rstrip(" :|–—-")  # "… — تحریر: Name"
        return title
    head = title[: m.start() + 1].rstrip() if title[m.start()] in "?!." else title[: m.start()]
    return head.rstrip(" :|–—-") if len(head.split()) >= 3 else title


_AUTHOR_FIELD_LABELS = frozenset(_TABLES["author_field_labels"])


def byline_from_text(html: str, outlet: str = "") -> tuple[str, ...]:
    """Names a byline inside an item's text gives when the feed has no author field: a first
    block "By Kim Soo-yeon" / "Por Ana Souza e Pedro Lima" / "Par Jean Dupont", or wire copy's
    "(Reporting by A and B; Editing by C)" (the reporters, not the editors), or a last block
    crediting the names to the outlet ("Marta Pinheiro - RTM", "A, B - RTM")."""
    if not html:
        return ()
    text = htmllib.unescape(_TAG.sub(" ", _BLOCK_BREAK.sub("\n", html)))
    blocks = [" ".join(b.split()) for b in text.split("\n") if b.strip()]
    found: list[str] = []
    for block in reversed(blocks[-_SIGNOFF_BLOCKS:]):
        if m := _ARABIC_SIGNOFF.match(block):  # "رپورٹ: Name، City۔" (the place is no name)
            return (m["names"],)
    # "… اتفاق کیا۔ نامہ نگار: Name": the sign-off run on after the last sentence's stop
    if blocks and (m := _ARABIC_SIGNOFF.match(_SENTENCE_STOP.split(blocks[-1].rstrip(" ۔."))[-1])):
        return (m["names"],)
    if blocks and (m := _CYRILLIC_SIGNOFF.match(_SENTENCE_STOP.split(blocks[-1])[-1])):
        return tuple(n.strip() for n in re.split(r",|\s(?:и|і|та)\s", m["names"]))
    for block in blocks[:3]:
        if names := labelled_byline(block):  # "Author: A, University" (its own block)
            found.append(names)
            break
        if m := _CJK_TEXT_BYLINE.match(block):  # "（记者 张三 李四）", "本报记者 王芳"
            found.append("、".join(m["names"].replace("，", " ").replace("、", " ").split()))
            break
        if block.isupper() or _caps_names(block):  # "POR ANA SOUZA E PEDRO LIMA"
            block = " ".join(
                w.lower() if w.lower() in _JOINING_WORDS else w.title()
                for w in block.split()
            )
        m = _TEXT_BYLINE.match(block)
        # The block is the byline ("By A and B", "Por A, de Brasília"), not a sentence that
        # starts with "By" ("By Tuesday Morning the talks had stalled").
        tail = _CREDIT_TAIL_LEAD.sub("", _PARENTHESES.sub("", block[m.end():])) if m else ""
        rest = [w for w in tail.split() if re.search(r"\w", w)]
        if m and len(rest) <= 4:
            # "Ein Beitrag von Carsten Wolff, ARD-Studio Rabat": a whole byline block, its names
            # before the studio or place
            whole = _CLOSING_BYLINE_BLOCK.match(block)
            found.append(whole["names"] if whole else _drop_dateline_word(m["names"]))
            break
        if "|" in block[:160] and (m := _bar_byline().match(block)):  # "By A | CARICOM …"
            found.append(m["names"])
            break
        if m := _RUN_IN_BYLINE.match(block) or _SLASH_BYLINE.match(block):
            found.append(m["names"])
            break
        if (m := _STOPPED_BYLINE.match(block)) and not any(
            w.casefold() in _weekdays() for w in m["names"].split()
        ):
            found.append(m["names"])
            break
        if m := _glued_byline().match(block):  # "By A B Five years after …" (the cleaner cuts it)
            found.append(m["names"])
            break
    if not found and blocks and (reporter := _dateline_bracket_name(
        blocks[0], bold=_BOLD_LEAD.match(html) is not None
    )):
        found.append(reporter)  # "پشاور (شاہد رضا) …": the Urdu paper's reporter in the dateline
    if not found and blocks and (m := _writes_byline().search(blocks[0])):
        found.append(m["names"])  # "… under the security law, writes Dr Alan Chiu."
    if not found and blocks:
        # "Par notre correspondante à Dakar, Awa Ndiaye. Le port…", "… vers Juba. De notre
        # correspondant à Nairobi, Paul Mwangi.": the outlet's reporter as a sentence of the lead
        # or the close (the cleaner drops that sentence from the text).
        for sentence in (blocks[0], blocks[-1].rsplit(". ", 1)[-1]):
            if name := _our_correspondent_name(sentence):
                found.append(name)
                break
    # (a platform's footer of subscribe, follow and hashtag lines may close the text after it)
    for block in blocks[-_SIGNOFF_BLOCKS:]:
        if "eporting" in block:  # in every match ("[Rr]eporting by"), in few blocks
            found += [m["names"] for m in _REPORTING_BY.finditer(block)]
    if not found and blocks and (m := _ROLE_CREDIT_LINE.match(blocks[-1])):
        found.append(m["names"])
    if not found:  # "…<br><br>Reporter: A, B<br>Editor: C<br>Copyright © …", "Author: A"
        found += [
            m["names"] for block in blocks[-4:] if (m := _ROLE_LABEL_BLOCK.match(block))
            and all(_credited_name(part) for part in _NAME_LIST_SPLIT.split(m["names"]))
        ][:1]
    if not found:  # "…</p></div><div …>Author</div><div …><a …>Lusine Karamanian</a></div>"
        last_blocks = blocks[-4:]
        found += [
            name for label, name in itertools.pairwise(last_blocks)
            if label.rstrip(" :").casefold() in _AUTHOR_FIELD_LABELS and len(name.split()) <= 8
        ][:1]
    if not found:  # "… de transition. Par Claire Aubertin (Le Caire, envoyée spéciale) <a>Lire…"
        stripped = html.strip()
        body = _TRAILING_LINK.sub("", stripped)
        if body == stripped:  # no link to drop: the last block is `blocks`' own (one pass)
            last = blocks[-1] if blocks else ""
        else:
            ends = htmllib.unescape(_TAG.sub(" ", _BLOCK_BREAK.sub("\n", body))).split("\n")
            last = " ".join(next((b for b in reversed(ends) if b.strip()), "").split())
        if (m := _CLOSING_BYLINE.search(last)) and not any(
            w.casefold() in _weekdays() for w in m["names"].split()
        ):  # "… By Tuesday Morning": a time, not a byline
            # "… Von Jakob Weber.": the sentence's full stop, not an initial's ("Von Jakob W.")
            names = m["names"]
            found.append(names[:-1] if re.search(r"\w{2}\.$", names) else names)
        elif m := _glued_byline_tail().search(last[-_glued_tail_window():]):
            # "… primavera. dal nostro inviato MARCO DE ANGELIS", "… contro. di Giulia
            # Ferraro, nostra corrispondente": the print byline glued in lower case
            names = m["names"]
            # "ELISA MANTOVANI-RAZ E PAOLO TRUCCO": the conjunction in lower case again
            found.append(" ".join(
                w.lower() if w.lower() in _CONJUNCTION_WORDS else _title_caps(w)
                for w in names.split()
            ) if _caps_name(names) or names.isupper() else names)
    if not found and len(blocks) > 2:
        # "<p>Ein Beitrag von Carsten Wolff, ARD-Studio Rabat</p>" closing the text, maybe before
        # a programme or copyright line
        found += [
            m["names"] for block in reversed(blocks[-2:])
            if (m := _CLOSING_BYLINE_BLOCK.match(block))
            and not any(w.casefold() in _weekdays() for w in m["names"].split())
        ][:1]
    if not found and blocks and outlet and (m := _NAMES_DASH_CREDIT.match(blocks[-1])) and (
        _credits_outlet(m["credit"], outlet) and all(
            _credited_name(part) for part in _NAME_LIST_SPLIT.split(m["names"])
        )  # people, not a place ("Lisboa - RTM")
    ):
        found.append(m["names"])
    if not found and blocks and (m := _CJK_CLOSING_BYLINE.search(blocks[-1])):
        found.append("、".join(m["names"].replace("，", " ").replace("、", " ").split()))
    if not found and blocks and (m := _JA_CLOSING_BYLINE.search(blocks[-1])):
        found += [n for n in map(_ja_dateline_name, m["body"].split("、")) if n]
    if not found and (m := _EMPHASISED_LAST_NAME.search(html)) and _credited_name(
        name := " ".join(htmllib.unescape(m["name"]).split())
    ) and not _opens_credit(name) and (not m["role"] or any(
        w.casefold().strip(".,") in _JOB_NOUNS for w in htmllib.unescape(m["role"]).split()
    )):
        # "…</p><p><em>Olga Weber</em></p>": Grav and hand-made templates; "<p><em>Nirmala
        # Sabapathy, Regional Correspondent In Hanoi</em></p></div>": a Drupal body's sign-off
        found.append(name)
    if not found and (signed := closing_signature(html, blocks)):
        found.append(signed)
    if not found and (asked := interviewer(blocks, outlet)):
        found.append(asked)
    return tuple(found)


# "Mit ihm sprach Judith Kern.", "Das Interview führte Ana Roth.": who asked the questions.
_INTERVIEWER_LINE = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:Mit (?:ihm|ihr|ihnen) sprach(?:en)?|Das (?:Interview|Gespräch) "
    r"führten?|Interview(?:ed)? by|Intervista di|Entrevista de|Entrevista por)\s+"
    rf"(?P<names>{_NAMES})\s*\.?\s*$"
)
# "…, the Outrigger's Litia Qaranivalu spoke to the Forum's deputy …": the outlet's own reporter
# (its name's word in the possessive), then the verb of an interview.
_PLAIN_NAME = r"[A-ZÀ-Ý][\w.-]*(?:\s+[A-ZÀ-Ý][\w.-]*){1,3}"
_OUTLET_REPORTER_ASKED = re.compile(
    r"\b(?P<owner>[A-ZÀ-Ý][\w-]*)['’]s\s+(?:(?:reporter|correspondent|editor)\s+)?"
    rf"(?P<name>{_PLAIN_NAME})\s+(?:spoke|talked)\s+(?:to|with)\s"
)


# Words every match of _INTERVIEWER_LINE, and of _OUTLET_REPORTER_ASKED, holds (lower case): a
# block without one needs neither search. Each is part of one of the literals
# regex_gates.literals derives from the pattern (a test checks it), so it is in every match.
INTERVIEWER_LINE_CUES = ("interview", "intervista di", "entrevista", "mit ih", "das gespräch")
REPORTER_ASKED_CUES = ("spoke", "talked")


def interviewer(blocks: list[str], outlet: str = "") -> str | None:
    """Who asked an interview's questions, when the author field names nobody: a line naming
    them ("Mit ihm sprach Name.", "Interview by Name") among the first or last blocks, or the
    outlet's reporter the intro says spoke to the guest ("the Courier's Name spoke to …")."""
    for block in (*blocks[:3], *blocks[-2:]):
        low = block.lower()
        # (each pattern only where a word all its matches hold is: most blocks have none)
        if any(cue in low for cue in INTERVIEWER_LINE_CUES):
            for sentence in _SENTENCE_STOP.split(block)[-2:] if len(block) > 200 else (block,):
                m = _INTERVIEWER_LINE.search(sentence)
                names = m["names"].rstrip(".") if m else ""
                if names and all(_credited_name(part) for part in _NAME_LIST_SPLIT.split(names)):
                    return names
        if outlet and any(cue in low for cue in REPORTER_ASKED_CUES) and (
            m := _OUTLET_REPORTER_ASKED.search(block)
        ) and (
            m["owner"].casefold() in outlet.casefold().split()
        ) and _credited_name(m["name"]) and _is_person(m["name"]):
            return m["name"]
    return None


# The closing blocks of an item's HTML with their inline markup: where a signature or a bio
# note stands apart from the text (a paragraph, a line after <br>, a block after <hr>).
_RAW_BLOCK_BREAK = re.compile(r"(?i)<\s*(?:br|hr|/?p|/?div|/?section|/?article)\b[^>]*>|\n")
_WHOLE_EMPHASIS = re.compile(r"(?is)^<(em|i|strong|b)\b[^>]*>(?P<inner>.*)</\1\s*>$")
_LINK = re.compile(r"(?i)<a\b")
_INLINE_TAG = re.compile(r"<[^>]+>")
# A signature stands in the last blocks: only the item's tail is read, and only when it holds
# emphasis or a spaced dash.
_SIGNATURE_TAIL_CHARS = 1500
_SIGNATURE_MARKS = ("<em", "<i>", "<i ", "<b>", "<b ", "<strong", " - ", " – ", " — ")
_TITLE_WORDS = _alternation([*_TABLES["name_prefixes"], *_TABLES["name_titles"]])
_TITLE_SET = frozenset(w.casefold() for w in (*_TABLES["name_prefixes"], *_TABLES["name_titles"]))


@lru_cache(maxsize=1)
def _bio_note() -> re.Pattern[str]:
    """"Dr Alison Roe teaches law at …", "Veronika Huber war Botschafterin …", "Ana Lima é
    jurista …": a bio note opening with the writer's name, then a verb of the cleaner's
    author-note table (bot/data/junk.json author_note after_name)."""
    table = json.loads(resources.files("bot.data").joinpath("junk.json").read_text("utf-8"))
    verbs = sorted({w for ws in table["author_note"]["after_name"].values() for w in ws},
                   key=len, reverse=True)
    return re.compile(
        rf"^(?:(?:{_TITLE_WORDS})\s+)*(?P<name>{_NAME})\s*(?:,\s*[^,.;:()]{{2,40}},)?\s+"
        rf"(?:{_alternation(verbs)})\s"
    )


# "Manuel Fidalgo - Professor em Chaves": a signature line, the name then the writer's job (a
# place before the dash is no name: "Lisboa - RTM").
_NAME_DASH_JOB = re.compile(rf"^(?P<name>{_NAME})\s+[-–—]\s+(?P<job>[^\W\d_][^.!?|]{{2,80}})$")
# "Efisio Porcu, Arzachena": a reader's signature, the name then the town (one to three words).
_NAME_COMMA_TOWN = re.compile(
    rf"^(?P<name>{_NAME})\s*,\s*(?P<town>{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}})$"
)
_TOWN_LINE = re.compile(rf"^{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}}$")
_BIO_MAX_WORDS = 60
_JOB_MAX_WORDS = 12


_CREDIT_WORDS = frozenset(_TABLES["signature_credit_words"])


def _opens_credit(line: str) -> bool:
    """Does the line open with a source credit's word before an acronym or a lower-case word
    ("Com ANGOP", "With AFP", "Mit dpa", "Con información de …")? Not "Con Coughlin": a name."""
    words = line.split()
    return len(words) >= 2 and words[0].casefold() in _CREDIT_WORDS and (
        words[1].isupper() or words[1][:1].islower()
    )


def _signed_name(name: str) -> str | None:
    name = " ".join(name.split()).strip(" -–—")
    words = [w for w in name.split() if w.casefold() not in _TITLE_SET]
    bare = " ".join(words)
    if not bare or bare.split()[0].casefold() in NON_NAME_ARTICLES:
        return None  # an article opens a publication's name, no person's ("- The Harrow Ledger")
    if _opens_credit(bare):
        return None  # a source credit ("Com ANGOP", "With AFP"), no signature
    return name if _credited_name(bare) and _is_person(bare) else None


def closing_signature(html: str, blocks: Sequence[str] = ()) -> str | None:
    """The writer a piece names only at its end, when its author field names nobody (a generic
    "Guest Writer", a desk, a newsroom account): an emphasised bio note that opens with the
    writer's name ("<em>Dr Alison Roe teaches law at … The views are her own.</em>"), an
    emphasised sign-off ("<i>- Name</i>", "<em>— Name, job</em>"), a reader's signature
    ("<b>Name</b><br>Town", "<b>Name, Town</b>"), a signature line with the writer's job ("Name -
    Professor em Chaves") or a plain dash sign-off with the job ("— Name, foreign affairs writer",
    an e-mail footer after it). A repost footer with links ("L'articolo … proviene da …") may
    follow the others. `blocks`: the item's text blocks, when the caller has them (the plain dash
    sign-off is looked for only when one of them reads like one)."""
    signed = _set_apart_signature(html)
    if signed is None and any(_DASH_SIGNOFF.match(b) for b in blocks[1:] if b[:1] in "—–"):
        signed = _dash_signoff(html)  # (a second pass over the html only then)
    return signed


def _set_apart_signature(html: str) -> str | None:
    """closing_signature's readings of the last block set apart by emphasis or a spaced dash."""
    tail = (html or "")[-_SIGNATURE_TAIL_CHARS:]
    if not any(mark in tail for mark in _SIGNATURE_MARKS):
        return None  # no emphasis and no dash near the end (most items): nothing to read
    raw = [b.strip() for b in _RAW_BLOCK_BREAK.split(tail)]
    if len(tail) < len(html):
        raw = raw[1:]  # the block the cut fell in
    raw = [b for b in raw if _INLINE_TAG.sub("", b).strip()]
    if raw and _LINK.search(raw[-1]):
        raw = raw[:-1]  # "The post … appeared first on …", Yoast's "L'articolo … proviene da …"
    if len(raw) < 2:
        return None  # the piece's text, then its signature
    last = raw[-1]
    text = " ".join(htmllib.unescape(_INLINE_TAG.sub(" ", last)).split())
    emphasis = _WHOLE_EMPHASIS.match(last)
    if emphasis is None:
        prev = _WHOLE_EMPHASIS.match(raw[-2])
        if prev and _TOWN_LINE.match(text) and not _LINK.search(last):
            # "<b>Kalisito Naivalu</b><br>Nabua": the name, then the reader's suburb
            return _signed_name(htmllib.unescape(_INLINE_TAG.sub(" ", prev["inner"])))
        if (m := _NAME_DASH_JOB.match(text)) and len(m["job"].split()) <= _JOB_MAX_WORDS and (
            any(w.islower() for w in m["job"].split())  # a job told in words, not a credit
            and _bare_name(m["name"])  # a person, no place, topic or desk
        ):  # ("Name - Reuters", "Name - RTM": the writers an agency or outlet credits)
            return _signed_name(m["name"])
        return None
    if len(text.split()) > _BIO_MAX_WORDS:
        return None
    if _bio_note().match(text) is not None:
        # "Oskar Lind is a fellow at … Amara Osei is a professor at …": each writer's note
        names = [n for sentence in split_sentences(text)
                 if (m := _bio_note().match(sentence)) and (n := _signed_name(m["name"]))]
        return " and ".join(dict.fromkeys(names)) or None
    if (m := _NAME_COMMA_TOWN.match(text)) is not None:  # "<b>Efisio Porcu, Arzachena</b>"
        return _signed_name(m["name"])
    if text[:1] in "-–—" and (signed := _signoff_name(text, emphasised=True)):
        return signed  # "<em>— Ana Lindqvist, foreign affairs writer</em>"
    if text[:1] in "-–—" or (emphasis[1].casefold() in ("em", "i") and len(text.split()) <= 5):
        # "<i>- Mereani Tikoduadua</i>", "<em>Stefano Birsa</em>" before a repost footer: an
        # italic sign-off
        return _signed_name(text)
    return None


# "<p>— Ana Lindqvist, foreign affairs writer<br>Reply to this email …</p>": a newsletter's
# or a letter's writer signing off after a dash, with the job they write in; the e-mail's footer
# (copyright, mailing address, unsubscribe) may follow. Quoted passages and pull quotes
# (blockquote, cite, figure) are left out: a dash there credits the speaker of a quote.
# One reading of a dash sign-off for both its places, set apart by emphasis or plain (the job
# after the comma is optional here; a plain one needs it, see _signoff_name).
_DASH_SIGNOFF = re.compile(
    r"^[—–-]\s*(?P<name>[^\W\d_][^,;:()<>|]{2,60}?)"
    r"(?:\s*,\s*(?P<role>[^\W\d_][^,;:()<>|.!?]{2,60}?))?\s*\.?$"
)
_QUOTING_ELEMENTS = re.compile(r"(?is)<(blockquote|cite|figure|q)\b.*?</\1\s*>")
_CLOSING_QUOTE_MARKS = ("”", "\"", "»", "’", "“", "«")


def _dash_signoff(html: str) -> str | None:
    """The writer of a dash sign-off ("— Name, job") after the text's first block, the job's
    last word a job noun ("writer", "correspondent", "editor"); None if there is none, or if
    the block before it is a quotation the dash would credit."""
    text = htmllib.unescape(_TAG.sub(" ", _BLOCK_BREAK.sub("\n", _QUOTING_ELEMENTS.sub(" ", html))))
    blocks = [" ".join(b.split()) for b in text.split("\n") if b.strip()]
    for at, (before, block) in reversed(list(enumerate(itertools.pairwise(blocks)))):
        if block[:1] in "—–" and not before.rstrip().endswith(_CLOSING_QUOTE_MARKS) and (
            # the text's last block may sign with the name alone in a script without capitals
            # ("— شکیل احمد انصاری": the compiler's sign-off, as Urdu and Arabic dailies print
            # it); a plain "— Ana Lindqvist" stays unread (it may credit an epigraph)
            name := _signoff_name(block, emphasised=False, caseless=at == len(blocks) - 2)
        ):
            return name
    return None


def _caseless_name(name: str) -> str | None:
    """A person's name of two to four words in a script without capitals ("شکیل احمد انصاری"),
    none a place, a desk or an agency word: the capitals _signed_name asks for cannot tell it."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(
        w.isalpha() and w.lower() == w.upper() and not _is_place(w) and not _non_person_word(w)
        for w in words
    ):
        return None
    return name if _is_person(name) and not _is_institution(name) and not _is_place(name) else None


def _signoff_name(text: str, *, emphasised: bool, caseless: bool = False) -> str | None:
    """The writer a dash sign-off names: "— Name, job" with the job's last word a job noun
    ("writer", "correspondent", "editor"; not "— Ana Lindqvist, Stockholm"), or, set apart by
    emphasis, the name alone ("<i>- Mereani Tikoduadua</i>"), or (`caseless`: the text's last
    block) a name alone in a script without capitals ("— شکیل احمد انصاری")."""
    if (m := _DASH_SIGNOFF.match(text)) is None:
        return None
    if m["role"] is None:
        if emphasised:
            return _signed_name(m["name"])
        return _caseless_name(m["name"]) if caseless else None
    role = m["role"].split()
    return m["name"] if role and role[-1].casefold() in _JOB_NOUNS and _credited_name(
        m["name"]) else None


# The author's name in italics as the text's last paragraph, no byline word before it or a
# blog platform's "Posted by" ("<p><em>Posted by Dana Whitfield</em></p>"), maybe with a job
# after a comma; the body's wrapper may close after it, and a CMS's list of links
# ("Read more about …") follow.
_EMPHASISED_LAST_NAME = re.compile(
    # (a <div> of text is a paragraph); "Posted by": Tumblr and Blogger themes
    r"<(?P<block>p|div)\b[^>]*>\s*<(?P<tag>em|i)>\s*(?:(?:Posted|Written)\s+by\s+)?"
    r"(?P<name>[^<>,]{3,60}?)(?:\s*,\s*(?P<role>[^<>]{3,60}?))?"
    r"\s*</(?P=tag)>\s*</(?P=block)>(?:\s*</(?:div|section|article)>)*"
    r"(?:\s*<ul\b[^>]*>(?:(?!</?ul\b).){0,600}</ul>)?\s*$",
    re.DOTALL,
)


# "پشاور (شاہد رضا) افغان …", "تفتان(محمد اسلم بلوچ)پاک …": an Urdu paper's dateline, the place
# then who filed it in brackets (bot/data/attribution.json dateline_bracket_credit_words).
_DATELINE_BRACKET = re.compile(
    r"^(?P<place>[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2})(?P<space>\s*)[(（]"
    r"(?P<inner>[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){1,3})[)）](?P<after>\s*)(?=[\u0600-\u06ff])"
)
_DATELINE_CREDIT_WORDS = tuple(_TABLES["dateline_bracket_credit_words"])
_SPELLED_LETTERS = frozenset(_TABLES["spelled_latin_letters_ur"])


# The item's text opening with a bold run-in that closes on a bracket: "<p><strong>میرپور (نام)
# </strong> …" (the dateline set apart by its markup).
_BOLD_LEAD = re.compile(
    r"^\s*(?:<(?:p|div)\b[^>]*>\s*)?<(?P<tag>strong|b)\b[^>]*>[^<]{2,80}[)）]\s*</(?P=tag)>",
    re.IGNORECASE,
)


def _dateline_bracket_name(block: str, bold: bool = False) -> str | None:
    """The reporter an Urdu dateline names in brackets after the place: after a place the
    gazetteer knows, glued to both neighbours (prose spaces a bracket) or set in bold as a run-in
    (`bold`); not a desk, a paper, an agency or its initials ("(نمائندہ خصوصی)", "(عالمی
    اخبار)", "(اے پی پی)")."""
    m = _DATELINE_BRACKET.match(block)
    if not m or not (bold or _is_place(m["place"]) or not (m["space"] or m["after"])):
        return None
    inner = m["inner"]
    words = inner.split()
    if any(w in inner for w in _DATELINE_CREDIT_WORDS) or any(
        w in _SPELLED_LETTERS or _non_person_word(w) for w in words
    ) or _is_place(inner):
        return None
    return inner


def _caps_names(block: str) -> bool:
    """"Von: MARKUS KRÜGER und ANNA SELL": a byline whose names are in capitals, its marker or
    joining words not (the block is then read in title case, not "SELL" as a dateline)."""
    words = [w for w in block.split()[1:] if w.casefold() not in _JOINING_WORDS]
    return len(words) >= 2 and all(w.isupper() for w in words)


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    """Day names of five letters or more in the date tables' languages ("tuesday", "mardi")."""
    table = json.loads(resources.files("bot.data").joinpath("date_names.json").read_text("utf-8"))
    return frozenset(name for name in table["days"] if len(name) >= 5)


# A standfirst closed by its byline, then maybe a read-more link: "…transition. Par Claire
# Aubertin (Le Caire, envoyée spéciale)", "…Union européenne. Par A et B".
_TRAILING_LINK = re.compile(r"<a\b[^>]*>[^<]{0,40}</a>\s*$", re.IGNORECASE)
# A correspondent's role word around a closing byline's name, in the languages' own forms
# ("Südamerika-Korrespondent", "correspondente", "corrispondente", "enviado especial").
_CLOSING_ROLE = (
    r"(?:[\w\u00ad-]*(?i:korrespondent)(?:in)?|(?i:correspondente|correspondant|correspondent|"
    r"corresponsal|corrispondente|inviat[oa]|enviad[oa](?: especial)?|envoyée? spéciale?))"
)
# "…aber zur Eile. Ein Kommentar von Reto Ammann": a signed genre closing the teaser.
_CLOSING_BYLINE = re.compile(
    r"[.!?»”]\s+(?:By|Par|Por|Von|Di|Texto de|Textos de|Reportagem de|Autor:|Autora:|"
    r"(?:Ein|Eine)\s+(?:Bericht|Beitrag|Reportage)\s+von|(?:Un|Una)\s+(?:servizio|articolo)\s+di|"
    r"(?:(?:Ein|Eine|An|A|Un|Una|Uma|Une)\s+)?"
    rf"(?:{_alternation(_TABLES['signed_headline_labels'])})\s+(?:von|by|de|di|por|par|door))"
    # "Ein Bericht von Südamerika-Korrespondent Mattia Bernet aus Bogotá": the role before
    # the name is the writer's, not part of it
    rf"\s+(?:{_CLOSING_ROLE}\s+)?(?P<names>{_NAMES})"
    # "Von Annika Rothmund, Washington", "Por Renata Albuquerque, PG": the place or the
    # outlet's initials after a comma (one word: two are a second person); "Por Rui Canas,
    # correspondente em Luanda", "… aus Bogotá": the role and the place
    rf"(?:\s*,\s*(?:{_CLOSING_ROLE}\s+)?(?:em\s+|in\s+|en\s+|à\s+|a\s+|aus\s+|da\s+)?"
    r"[A-ZÀ-Ý][\w'’.-]*|\s+(?:aus|in|em|en|à|a|da)\s+[A-ZÀ-Ý][\w'’.-]*)?"
    r"\s*(?:\([^()]{0,60}\))?\.?$"
)
# The text's last block is only its byline: the genre or 'By', the names, maybe the studio or
# place after a comma ("Ein Beitrag von Carsten Wolff, ARD-Studio Rabat", "Von Anna Roth, Kiew",
# "By Jane Doe, Nairobi"); a sentence ("Von Berlin aus wird …") has more words after the names.
_BLOCK_NAME = (
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:van|von|de|da|di|del|der|dos|das|do)\s+)?[A-ZÀ-Ý][\w'’-]+)"
    r"{1,3}"
)
_CLOSING_BYLINE_BLOCK = re.compile(
    r"^(?:By|Von|Por|Par|Di|Door|(?:Ein|Eine)\s+(?:Beitrag|Bericht|Kommentar|Analyse|Reportage)"
    r"\s+von|(?:Un|Una)\s+(?:articolo|servizio|analisi|commento)\s+di|Texto de|Reportagem de)"
    rf"\s+(?P<names>{_BLOCK_NAME}(?:\s+(?:und|and|e|et|y)\s+{_BLOCK_NAME})?)"
    r"(?:\s*,\s*[^\W\d_][^.!?,;:]{0,40})?\.?$"
)
# "Marta Vaz Pinheiro - RTM", "Luís Carvalho, Duarte Mesquita - RTM": a last line of names
# credited to the outlet (public broadcasters' RSS).
_NAMES_DASH_CREDIT = re.compile(
    r"^(?P<names>[^\W\d_][^.!?:;|()\d]{2,100}?)\s+[-–—]\s+(?P<credit>[^\s\-–—][^.!?|]{0,40})$"
)


_NAME_LIST_SPLIT = re.compile(r",\s*|\s+(?:e|and|y|et|und|i)\s+")


def _credited_name(part: str) -> bool:
    """A person's name: two to five words, capitalised but for name particles ("Ana da
    Silva"), no place among them ("Guerra na Ucrânia" is a topic)."""
    words = part.split()
    return 2 <= len(words) <= 5 and words[0][:1].isupper() and words[-1][:1].isupper() and all(
        w in _PARTICLES or (
            w[:1].isupper() and re.sub(r"['’-]", "", w).isalpha() and not _is_place(w)
        ) for w in words
    )


def _credits_outlet(credit: str, outlet: str) -> bool:
    """Is `credit` the outlet: its name, or its first word or initials ("RTM" for "RTM
    Notícias")?"""
    a, b = _squash(credit), _squash(outlet)
    return bool(a) and (a == b or (
        len(credit.split()) == 1 and outlet.casefold().split()[:1] == [credit.casefold()]
    ))


# "…两处浓缩设施。（记者 刘洋）（责任编辑：李明）": Chinese portals close with the reporter in
# brackets, then the editor (who is not an author).
_CJK_CLOSING_BYLINE = re.compile(
    r"[（(]\s*(?:本报记者|本报特约记者|记者)\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[ 、，\u3000]+[\u4e00-\u9fff]{2,4}){0,4})\s*[）)]"
)
# "…見送った。【クアラルンプール田中健太】", "【ワシントン山本美咲、北京・佐藤大輔】": Japanese
# dailies close an item with the place and the reporter in lenticular brackets.
_JA_CLOSING_BYLINE = re.compile(r"[。\s]【(?P<body>[^【】]{3,40})】\s*$")
_JA_KATAKANA_PLACE_NAME = re.compile(r"^[\u30a0-\u30ff]{2,}(?P<name>[\u4e00-\u9fff]{2,5})$")


def _ja_dateline_name(part: str) -> str | None:
    """"北京・佐藤大輔" → "佐藤大輔"; "クアラルンプール田中健太" (a place in katakana, then a name
    in kanji) → "田中健太"; a part that cannot be told apart ("東京山田太郎") → None."""
    part = part.strip()
    for sep in ("・", "＝", "="):
        if sep in part:
            name = part.rsplit(sep, 1)[1].strip()
            return name if re.fullmatch(r"[\u4e00-\u9fff\u3040-\u30ff]{2,6}", name) else None
    m = _JA_KATAKANA_PLACE_NAME.match(part)
    return m["name"] if m else None


# "<p>Renata Albuquerque</p><p>Os dois governos…", "<p>Ana Lins e Rui Mota</p>", "<p>Ana
# Lins, enviada especial a Lima</p>": a description that opens with a block of only its
# authors' names, without "Por" (Folha-style section feeds), or only the desk ("<p>Redação</p>").
# (the names may be set in bold: "<p><strong>Carolina Duarte, do Teia</strong></p>")
_LEAD_BLOCK = re.compile(
    r"^\s*<(?P<tag>p|div)\b(?P<attrs>[^>]*)>\s*(?:<(?P<bold>strong|b)\b[^>]*>\s*)?"
    r"(?P<inner>[^<>]{3,120}?)\s*(?(bold)</(?:strong|b)\s*>\s*)</(?P=tag)\s*>", re.I,
)
# A CMS's byline or author field printed as the text's first block (Drupal's
# "field--name-field-byline", "field-author", WordPress themes' "byline"/"author-name"): the
# markup says the block is the byline, so a name in a script without capitals (Urdu, Arabic,
# Hindi), which `_bare_name` cannot tell, is taken too.
_BYLINE_FIELD_CLASS = re.compile(
    r"\bclass\s*=\s*[\"'][^\"']*(?:byline|author)[^\"']*[\"']", re.I
)
_FIELD_NAME_MAX_WORDS = 5
# A byline field's name in Latin letters, initials allowed ("M. Saravanan", "K.R. Nair").
_INITIALLED_NAME = re.compile(
    r"^(?:(?:[A-ZÀ-Ý]\.\s?)+\s*|[A-ZÀ-Ý][^\W\d_]+(?:[-'’][^\W\d_]+)*\s+)*"
    r"[A-ZÀ-Ý][^\W\d_]+(?:[-'’][^\W\d_]+)*$"
)
# "<span class="field field--name-title …">Headline</span>": Drupal prints the node's title
# field before its byline field and body in a views feed's description.
_TITLE_FIELD = re.compile(
    r"\s*<(?P<tag>span|div|h[1-6])\b[^>]*\bclass\s*=\s*[\"'][^\"']*\bfield--name-title\b"
    r"[^\"']*[\"'][^>]*>[^<>]{0,400}</(?P=tag)\s*>\s*", re.I,
)
_LEAD_BYLINE_TEXT_WORDS = 6  # the block after it is text ("Gol no segundo tempo garantiu…")


@lru_cache(maxsize=1)
def _topic_words() -> frozenset[str]:
    """The words of every topic lexicon (bot/data/lexicon): "Copa do Mundo", "Banco Central"
    are a kicker, not a person."""
    words: set[str] = set()
    for path in resources.files("bot.data").joinpath("lexicon").iterdir():
        if path.name.endswith(".json"):
            table = json.loads(path.read_text("utf-8"))
            for key, entries in table.items():
                if key.startswith("@") and isinstance(entries, list):
                    words.update(w.casefold() for e in entries for w in e.split())
    return frozenset(words)


def _bare_name(part: str) -> bool:
    """A person's name standing alone: two to five capitalised words, none a topic word, a
    place, a desk or an agency ("Renata Albuquerque", not "Copa do Mundo")."""
    return _credited_name(part) and _is_person(part) and not _is_institution(part) and not any(
        w.casefold() in _topic_words() for w in part.split() if w not in _PARTICLES
    ) and not any(geo.find_mentions(part, lang=lang) for lang in _BYLINE_LANGS)


# Gazetteers a lone name block is looked up in ("Casa Branca", "Oriente Médio", a leader's
# name as a kicker): the languages whose outlets byline so, and English.
_BYLINE_LANGS = ("en", "pt", "es", "it", "fr", "de")


@lru_cache(maxsize=1)
def _read_on_block() -> re.Pattern[str]:
    """A block that is only a read-on link's words in any language (junk.json read_more)."""
    table = json.loads(resources.files("bot.data").joinpath("junk.json").read_text("utf-8"))
    words = "|".join(f"(?:{w})" for lang, ws in table["read_more"].items()
                     if not lang.startswith("_") for w in ws)
    return re.compile(rf"^\W*(?:{words})\W*$", re.IGNORECASE)


def lead_byline(html: str) -> tuple[str, str] | None:
    """(the byline, the HTML after it) when the item's text opens with a block that is only
    its authors' names, or only a desk or an agency ("Redação": the byline is then ""), and
    text follows; else None."""
    m = _LEAD_BLOCK.match(html or "")
    if not m and (title := _TITLE_FIELD.match(html or "")):
        # Drupal's field rendering: the title field, then the byline field, then the body
        html = html[title.end():]
        m = _LEAD_BLOCK.match(html)
    if not m:
        return None
    text = " ".join(htmllib.unescape(m["inner"]).split())
    rest = html[m.end():]
    if len(_TAG.sub(" ", htmllib.unescape(rest)).split()) < _LEAD_BYLINE_TEXT_WORDS:
        return None
    if text[-1:] in ".!?:;…" or any(ch.isdigit() for ch in text) or _read_on_block().match(text):
        return None  # (a read-on link's words: "LEIA MAIS" reads as two capitalised names)
    if names := labelled_byline(text):
        return names, rest
    low = text.casefold().removeprefix("da ").removeprefix("de ")
    if low in _NON_PERSON or low in _WIRES:
        return "", rest  # the desk or the agency credited alone: no person
    names, comma, tail = text.partition(",")
    tail_words = tail.split()
    # "Carolina Duarte, do Teia", "Ana Lima, da Agência Brasil": the names credited to the
    # outlet or an agency (Brazilian and Portuguese portals' first, bold line)
    credited = bool(comma and _CREDITED_TO.match(tail))
    if comma and not credited and not (tail_words and tail_words[0].casefold() in _JOB_WORDS):
        return None  # "Ana Lins, enviada especial a Lima"; not "Brasília, Lima"
    parts = [p for p in _NAME_LIST_SPLIT.split(names.strip()) if p]
    if parts and len(parts) <= 4 and all(_bare_name(p) for p in parts):
        return (names.strip() if credited else text), rest
    if not comma and _BYLINE_FIELD_CLASS.search(m["attrs"]) and parts and len(parts) <= 4 and all(
        len(p.split()) <= _FIELD_NAME_MAX_WORDS and (
            not any(c.isupper() for c in p) or _INITIALLED_NAME.match(p)
        ) for p in parts
    ):
        # (clean_authors drops a desk or a role the field names: "نمائندہ خصوصی", "Special
        # Correspondent"; a name with initials, "M. Saravanan", which `_bare_name` cannot tell)
        return text, rest
    return None


# "Author: Kaori Ito, Tokai University", "Autoren: A und B, Institut für …": an analysis site's
# byline paragraph, its label from author_field_labels, the affiliation after the names.
_LABELLED_BYLINE = re.compile(
    rf"^\s*(?i:{_alternation(_TABLES['author_field_labels'])})\s*:\s*(?P<byline>[^:;.!?]{{3,160}}?)"
    r"\s*\.?\s*$"
)


def labelled_byline(text: str) -> str | None:
    """The names of a labelled byline block ("Authors: A and B, University" → "A and B"): the
    names before the first comma-separated part that is no person's name; None when the block
    is no such byline or names nobody."""
    m = _LABELLED_BYLINE.match(text)
    if not m:
        return None
    names: list[str] = []
    for part in m["byline"].split(","):
        people = [p for p in _NAME_LIST_SPLIT.split(part.strip()) if p]
        # (the label says names follow: a name word may also be a topic's, "Tran Minh Chau")
        if not people or not all(
            _credited_name(p) and _is_person(p) and not _is_institution(p) for p in people
        ):
            break  # the affiliation: the names stand before it
        names.append(part.strip())
    return ", ".join(names) or None


_CREDITED_TO = re.compile(
    r"^\s*(?:do|da|de|dos|das|del|della|dello|dell['’]\s*|di|du)\s+"
    r"[A-ZÀ-Ý][\w.-]*(?:\s+[A-ZÀ-Ý][\w.-]*){0,3}\s*$"
)
