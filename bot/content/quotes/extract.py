"""The public entry point, extract_quotes: each quoted span attributed, references resolved,
affiliations completed, the quotes ranked."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from bot.content.quotes.bodies import (
    _ROLE_BODY_NOUNS,
    _STATE_OFFICES,
    _TITLE_BODIES,
    _appos_owner_noun,
    _body_of_role,
    _body_speaking_before,
    _de_genitive_place,
    _ministry_of_title,
    _named_body,
    _state_of,
    _title_as_role,
    _title_body,
)
from bot.content.quotes.english import SPEAKING_BODIES, _attribute_after, _attribute_before
from bot.content.quotes.german import _in_german_genitive, de_strong
from bot.content.quotes.interview import Interview, answer_start
from bot.content.quotes.multilingual import _attribute_ml
from bot.content.quotes.names import _without_honours
from bot.content.quotes.patterns import (
    _CAPITALISED_PAIR,
    _NEW_SENTENCE,
    BEFORE_WINDOW,
    REPORTED_WINDOW,
)
from bot.content.quotes.places import _DEMONYM_ENDINGS, _is_nationality, _is_place
from bot.content.quotes.ranking import _clean_text, _is_role_text, _rank
from bot.content.quotes.records import _Found, _Segment, _Who
from bot.content.quotes.references import (
    _copula_subject,
    _full_name,
    _introduced_as,
    _is_attribution_only,
    _resolve_definite_role,
    _resolve_pronoun,
    _resolve_role,
)
from bot.content.quotes.roles import _ORG_NOUNS
from bot.content.quotes.scripts import (
    _ARABIC,
    _attribute_ar,
    _attribute_ar_from,
    _attribute_cjk,
    _attribute_he,
    _attribute_uncased,
    _attribute_uncased_known,
)
from bot.content.quotes.spans import _segments
from bot.content.quotes.tables import (
    _CAP,
    _TABLES,
    MAX_QUOTE_TEXT_CHARS,
    MAX_SEGMENTS,
    _alternation,
    _is_role_noun,
    _is_title,
)
from bot.content.quotes.whole_affiliations import _is_thing, _whole_affiliation
from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import Quote


def _bounded(paragraphs: Sequence[str]) -> list[str]:
    out, budget = [], MAX_QUOTE_TEXT_CHARS
    for para in paragraphs:
        if budget <= 0:
            break
        out.append(para[:budget])
        budget -= len(para)
    return out


# "The Tánaiste has called for …. “…,” Róisín Mac Giolla said": the sentence before the quote
# names the speaker by title only, the attribution by name only.
_LEAD_TITLE = re.compile(
    rf"^\s*The\s+(?P<title>(?:{_CAP}[\w'’-]*\s+){{0,3}}{_CAP}[\w'’-]*)\s+[a-z]"
)


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


# "the Prime Minister's Office said in a statement", "a statement from the Foreign Ministry":
# a body named in capitals that issued a statement (a person's statement is no body's)
_STATEMENT_ISSUER = re.compile(
    r"(?:(?<=\bthe )|(?<=\bThe ))(?P<body>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)"
    r"(?=\s+(?:said|says)\s+in\s+a\s+statement)"
    r"|(?<=statement from the )(?P<from>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)"
)
_BARE_BODY_SPEAKER = re.compile(r"^the (?P<noun>[a-z]+)$")
_POSSESSIVE_SPLIT = re.compile(r"['’]s\s+")
_OWNING_NOUN = re.compile(r"^(?:the\s+)?(?P<noun>[a-z]+)(?P<rest>['’]s\s+\S.*)$")
_CAPITAL_OWNING_NOUN = re.compile(r"^(?:the\s+)?(?P<noun>[A-Z][a-z]+)(?P<rest>['’]s\s+\S.*)$")


def _named_back(noun: str, told: str, full_text: str) -> str | None:
    """The one body of kind `noun` the text named up to the reference (`told`), else in all of
    it: "the authority" after "the Seabed Minerals Authority", though the International
    Seabed Authority comes up later."""
    if noun in _PLACE_KINDS and (body := _named_back_by_heads(noun, told)):
        return body  # "the port's chairman": the Paradip Port Authority, not "Paradip Port"
    found = _named_body(noun, told) or _named_body(noun, full_text)
    if found or noun not in _BODY_KIND_HEADS:
        return found
    # "the agency's deputy country director" after "…, the World Food Programme said": the one
    # body of a kind the noun stands for, named up to the quote
    return _named_back_by_heads(noun, told)


def _named_back_by_heads(noun: str, told: str) -> str | None:
    """The one body named in `told` with a head `noun` may stand for, or None."""
    bodies = {b for head in _BODY_KIND_HEADS[noun] if (b := _named_body(head, told))}
    return bodies.pop() if len(bodies) == 1 else None


_BODY_KIND_HEADS: dict[str, list[str]] = _TABLES["body_kind_heads_en"]
_PLACE_KINDS = frozenset(_TABLES["body_kind_places_en"])


def _owning_kind(noun: str) -> bool:
    """"agency", "court", "organisation": a body's kind a role's owner may be written as."""
    return noun in _ORG_NOUNS or noun in _BODY_KIND_HEADS


@lru_cache(maxsize=64)
def _told_own_outlet(outlet: str) -> re.Pattern[str]:
    """The preposition and `outlet`'s name before a capitalised word ("ao Gazeta do Cávado",
    "al Corriere di Sondrio", "dem Jade-Boten"): whom the speaker told, not who spoke."""
    return re.compile(
        r"(?<=\s)(?:à|ao|aos|às|a|al|all['’]|alla|allo|au|aux|dem|der|den)\s+(?:l['’])?"
        rf"{re.escape(outlet)}\s+(?=[A-ZÀ-ÝĀ-Ž])"
    )


def _with_answers(segments: list[_Segment], paragraphs: Sequence[str],
                  interview: Interview | None) -> list[_Segment]:
    """The quoted spans, and each interview answer with no quotation marks as a span of its own
    (its words after the turn's label)."""
    if interview is None or not interview.speaker:
        return segments  # (an unmarked answer is a quote only with its speaker)
    quoted = {s.start_para for s in segments} | {s.para for s in segments}
    extra = []
    for i, at in interview.answers.items():
        if i >= len(paragraphs) or i in quoted or not paragraphs[i][at:].strip():
            continue
        # "Con cautela. Chile vende …": the quote starts where the answer stops replying to the
        # question it is shown without
        start = at + answer_start(paragraphs[i][at:])
        extra.append(_Segment(i, i, start, len(paragraphs[i]), paragraphs[i][start:]))
    return sorted([*segments, *extra], key=lambda s: (s.start_para, s.start))


# "Takeshi Morimoto (森本健)", "Kim Min-jun (김민준)", "Yulia Sokolova (Юлия Соколова)": a name
# in Latin letters followed by its native-script form in brackets; the gloss stands between
# the name and its appositive or verb, so it is read as if absent.
_SCRIPT_GLOSS = re.compile(
    r"(?<=[A-Za-zÀ-ÖØ-öø-ž.])\s*[(（]\s*[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff"
    r"\u0600-\u06ff\u0900-\u09ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uac00-\ud7af][\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u09ff"
    r"\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\s・·]{0,40}[)）]"
)
_LATIN_NAME_END = re.compile(r"(?:^|\s)[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*$")


def _without_script_glosses(para: str) -> str:
    """`para` without a native-script gloss in brackets after a capitalised word in Latin
    letters ("Takeshi Morimoto (森本健), a spokesman" → "Takeshi Morimoto, a spokesman")."""
    if para.isascii() or ("(" not in para and "（" not in para):
        return para  # (every gloss holds a letter of a non-Latin script)
    return _SCRIPT_GLOSS.sub(
        lambda m: "" if _LATIN_NAME_END.search(para, 0, m.start()) else m.group(0), para
    )


def extract_quotes(
    paragraphs: Sequence[str], *, limit: int = 5, headline: str = "", outlet: str = "",
    interview: Interview | None = None,
) -> tuple[Quote, ...]:
    """Direct quotes, most important first, each with its speaker/affiliation where stated.
    `headline` may introduce a speaker the text then calls by surname ("Who is Beatriz Almada"
    … "…", said Almada): it is searched for the full name, never for quotes. `outlet` is the
    body "a fellow at the Forum" means in the Forum's own feed. `interview`: the Q&A turns of
    the text (quotes.read_interview): an answer is the interviewee's, a question no one's."""
    paragraphs = _bounded(paragraphs)
    if interview is None:  # (an interview's turns are found at offsets into the text as given)
        paragraphs = [_without_script_glosses(p) for p in paragraphs]
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
    asked = interview.questions if interview else frozenset()
    for order, seg in enumerate(
        _with_answers(_segments(paragraphs), paragraphs, interview)[:MAX_SEGMENTS]
    ):
        para = paragraphs[seg.para]
        after = para[seg.end : seg.end + 250]
        if seg.text.rstrip().endswith(".") and _NEW_SENTENCE.match(after):
            # “… in accordance with the law.” The United States said …: the quote closed its
            # sentence; the next one says who said something else, not who said this
            after = ""
        if outlet and outlet in after:
            # "…”, contou ao Gazeta do Cávado Olena Ferreira, …": the outlet the speaker told,
            # named without an article before the speaker's name, is no part of that name
            after = _told_own_outlet(outlet).sub("", after, count=1)
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
            or _attribute_uncased_known(after, before, seg.text, full_text)
            or (_attribute_ar(after, before, full_text) or _attribute_ar_from(after)
                if _ARABIC.search(seg.text) else None)
            or _attribute_he(after)
        )
        if interview and (seg.start_para in asked or seg.para in asked) and not (
            who and (who.speaker or who.role_ref)
        ):
            continue  # the interviewer's question: no one's quote
        if interview and interview.speaker and seg.start_para in interview.answers and (
            who is None or who.pronoun
        ):
            # the interviewee's answer; "Aminata Koné" where a quote already named them and
            # the intro ran a role on to the name ("Politologin Aminata Koné")
            as_known = next((k for k in known if k in interview.speaker), interview.speaker)
            who = _Who(as_known, interview.affiliation)
        if who and who.pronoun:
            who = _resolve_pronoun(seg, paragraphs, last_named)
        elif who and who.role_ref:
            who = _resolve_role(who.role_ref, seg, paragraphs)
        elif who and who.speaker and who.speaker.startswith("the ") and (
            named := _resolve_definite_role(who.speaker, seg, paragraphs)
        ):
            who = named
        if who is None and not seg.dash and not interview and seg.para == seg.start_para:
            # "Carla Stone was less patient. “…”": no attribution, the sentence right before
            # only characterises one named person, whose words these are
            lead = para[max(0, seg.start - REPORTED_WINDOW) : seg.start]
            if not lead.strip() and seg.start_para > 0:
                lead = paragraphs[seg.start_para - 1][-REPORTED_WINDOW:]
            who = _copula_subject(lead, full_text)
        if who and who.speaker and (kind := _BARE_BODY_SPEAKER.match(who.speaker)) and (
            kind["noun"] in SPEAKING_BODIES
        ):
            # “…,” the observatory said: the one body of that kind the text named up to the
            # quote ("the Alaska Volcano Observatory"), else the body as the text describes it
            told = "\n".join(paragraphs[: seg.para + 1])
            who = _Who(_named_back(kind["noun"], told, full_text) or who.speaker)
            speaking_body = True  # (a body the text writes after "the" is no blog here)
        else:
            speaking_body = False
        if who and who.speaker == "the statement":
            # “…,” the statement said: the one body the text said issued a statement up to the
            # quote ("the Prime Minister's Office said in a statement"), else nobody
            issuers = {m["body"] or m["from"] for m in _STATEMENT_ISSUER.finditer(
                "\n".join(paragraphs[: seg.para + 1]))}
            who = _Who(issuers.pop()) if len(issuers) == 1 else _Who(None)
            speaking_body = True
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
            if (not aff or aff.casefold() in _TITLE_BODIES) and (body := _title_body(
                lead := _lead_to_name(para, seg, who.speaker), "\n".join(paragraphs[: seg.para + 1])
            ) or (headline and _title_body(lead, headline))):
                # (the headline when the text names no such body: "Whanganui District Council
                # delays vote …" over "…,” said councillor X")
                aff = body  # "“…,” Councillor X said" after "The Northern Provincial Council …"
            elif not aff and (role := _title_as_role(_lead_to_name(para, seg, who.speaker))):
                aff = role  # "said ward councillor X", no council named: the role (README)
            if aff and _is_role_text(aff) and (noun := _appos_owner_noun(after, speaker)):
                # "said ambassador X, head of the ministry's Caribbean division": the body
                # the text named, not the title ("Ministry of Foreign Affairs")
                aff = _named_body(noun, full_text) or aff
            if aff and (ministry := _ministry_of_title(aff, full_text)):
                aff = ministry  # "Deputy Foreign Minister X" where "the Foreign Ministry said"
            if not aff or _is_role_text(aff) or aff.casefold().endswith(_STATE_OFFICES):
                aff = _state_of(para, speaker, full_text, lang) or aff
            # "the authority's commissioner" points back: to the one body named up to the
            # quote's paragraph, though the text names another of its kind later
            told = "\n".join(paragraphs[: seg.para + 1])
            if aff and (cap := _CAPITAL_OWNING_NOUN.match(aff)) and _owning_kind(
                noun := cap["noun"].lower()
            ) and _named_back(noun, told, full_text):
                # "the Ministry's official spokesperson" (a house style capitalising the kind)
                # after "the Ministry of External Affairs said": the body named, as in lower case
                aff = f"{noun}{cap['rest']}"
            if aff and aff.startswith("the ") and (owned := _OWNING_NOUN.match(aff)) and (
                _owning_kind(owned["noun"]) and not _named_back(owned["noun"], told, full_text)
            ):
                aff = None  # "the agency's director" and no agency named: says whose, not who
            if aff and aff in _ORG_NOUNS:  # "the court's registrar": the court the text named
                aff = _named_back(aff, told, full_text) or aff
            elif aff and (owned := _OWNING_NOUN.match(aff)) and _owning_kind(owned["noun"]) and (
                body := _named_back(owned["noun"], told, full_text)
            ):
                # "the authority's planning director" after "a report by the Regional Transit
                # Authority": the body the text named owns the role
                aff = f"{body}{owned['rest']}"
            elif aff and (owned := _OWNING_NOUN.match(aff)) and (
                owned["noun"] in _ROLE_BODY_NOUNS
            ) and (body := _named_body(owned["noun"], told)):
                # "Capt. X, the company’s commander" after "the Guard’s 1049th Engineer
                # Company": the body named (README stop 41), not "Guard’s … Company"
                aff = _POSSESSIVE_SPLIT.split(body)[-1]
            elif aff:  # "a foreign ministry spokesperson", "portavoce del ministero": the body
                aff = (_body_of_role(aff, full_text) or _body_speaking_before(aff, para, speaker)
                       or aff)
            who = _in_german_genitive(_Who(speaker, aff), para, full_text, lang)
            if not speaking_body and _is_thing(speaker, full_text):
                continue  # "a comment by Akin at the African Loft": a blog, not its writer
            if who.affiliation:
                who = _Who(who.speaker, _whole_affiliation(
                    who.affiliation, who.speaker or speaker, full_text, outlet))
            if who.affiliation and who.affiliation.casefold() in _UNNAMED_BODIES:
                # "Vize der Mission" and no mission named: a kind, not whom they speak for
                who = _Who(who.speaker, _glued_body(who.affiliation.casefold(), full_text))
            if who.affiliation:
                who = _Who(who.speaker, _place_only(
                    who.affiliation, _speaker_sentence(para, who.speaker or speaker), full_text))
            if who.affiliation and (owner := _de_genitive_place(
                para, who.affiliation, who.speaker or speaker
            )):
                who = _Who(who.speaker, owner)  # "Flensburgs Oberbürgermeister X": the town's
            if not who.affiliation and who.speaker and _UNNAMED_SPOKES.match(who.speaker) and (
                body := _body_said_before(para[: seg.start] if seg.para == seg.start_para
                                          else "", paragraphs, seg)
            ):
                who = _Who(who.speaker, body)  # "Das Auswärtige Amt bestätigte … „…“, sagte eine
                # Sprecherin": whose spokesperson the sentence before says
            if who.speaker and (bare := _without_honours(who.speaker)) != who.speaker:
                # (last: the honour still helps the affiliation's search find the name)
                who = _Who(bare, who.affiliation)
            known.append(speaker)
            last_named = (seg.para, who)
        elif seg.dash:
            continue  # a dash opens a quote only where the text says whose it is
        text = _clean_text(seg.text)
        if interview and (opens := interview.answers.get(seg.start_para)) is not None and (
            seg.start <= opens + 2 and who and who.speaker
        ):
            # A: “By months, not years. Security that …”: the quoted answer too starts where it
            # stops replying to the question
            text = text[answer_start(text):]
        if not text:
            continue
        # “We are ready,” he said. “But we will not wait.” — the second part continues the
        # first when only a short attribution stands between them.
        prev = found[-1] if found else None
        if (
            who is None and prev is not None and prev.who is not None and prev.who.speaker
            and prev.para == seg.para == seg.start_para and prev.text[:1].islower()
            and text[:1].isupper() and len(text.split()) >= 4
            and _is_attribution_only(gap := para[prev.end : seg.start])
            and prev.who.speaker.split()[-1] in gap
        ):
            # The pause “gives both sides room …,” said X, the EU's negotiator. “Nobody wins a
            # tariff war.”: a phrase worked into the sentence (no quote of its own), then a
            # whole sentence with no verb of its own right after the attribution: X's words
            who = prev.who
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


# An unnamed spokesperson ("a spokeswoman said", "sagte eine Sprecherin") speaks for the one
# body the sentence right before the quote opens on ("The Foreign Office confirmed …", "Das
# Auswärtige Amt bestätigte …")
_UNNAMED_SPOKES = re.compile(
    r"^(?:a|an|ein|eine)\s+(?:spokesman|spokeswoman|spokesperson|Sprecher|Sprecherin)$"
)
_SUBJECT_BODY = re.compile(
    r"^(?:(?P<the>The)\s+(?P<en>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)\s+[a-z]"
    r"|(?P<art>Das|Der|Die)\s+(?P<de>(?:[A-ZÄÖÜ][\w-]*\s+){0,3}[A-ZÄÖÜ][\w-]*)\s+[a-zäöüß])"
)
_DE_BODY_ENDINGS = ("amt", "ministerium", "regierung", "botschaft", "behörde", "kommission",
                    "konsulat", "polizei", "armee", "verwaltung", "bundeswehr")


def _body_said_before(lead: str, paragraphs: Sequence[str], seg: _Segment) -> str | None:
    """The body the sentence right before a quote opens on, when that sentence holds no quote
    and names no one else: "The Foreign Office" (its head a body noun), "Auswärtiges Amt" (the
    adjective as it stands without the article); None otherwise."""
    if not lead.strip() and seg.start_para > 0:
        lead = paragraphs[seg.start_para - 1]
    sentences = [x for x in split_sentences(lead.strip()) if x.strip()]
    if not sentences or set(sentences[-1]) & set("“”„«»\""):
        return None
    sentence = sentences[-1].strip()
    m = _SUBJECT_BODY.match(sentence)
    if not m:
        return None
    rest = sentence[m.end() - 1 :]
    if _CAPITALISED_PAIR.search(rest) and not all(
        _is_place(p.group(0)) for p in _CAPITALISED_PAIR.finditer(rest)
    ):
        return None  # another body or a person in the sentence
    if m["en"]:
        return m["en"] if m["en"].split()[-1].lower() in _ORG_NOUNS else None
    words = m["de"].split()
    if not words[-1].lower().endswith(_DE_BODY_ENDINGS):
        return None
    if m["art"] == "Das":
        words = [w + "s" if w.endswith("e") and w[:1].isupper() else w for w in words[:-1]] + (
            words[-1:])
    elif m["art"] == "Der":
        words = [de_strong(w) for w in words[:-1]] + words[-1:]
    return " ".join(words)


_SPEAKER_LABELS = frozenset(_TABLES["speaker_labels_en"])
_UNNAMED_BODIES = frozenset(_TABLES["unnamed_body_nouns"])


def _lead_to_name(para: str, seg: _Segment, name: str) -> str:
    """The paragraph's text up to the speaker's name in the quote's attribution: after the
    quote where the name stands there, else before it."""
    at = para.find(name, seg.end)
    if at < 0 or at > seg.end + 250:
        at = para.rfind(name, 0, seg.start)
    return para[max(0, at - 60) : at] if at >= 0 else ""


def _glued_body(noun: str, text: str) -> str | None:
    """"mission" → "EU-Beobachtermission": the one body the text names with `noun` glued on
    after a capital (a German compound); None for none or several."""
    found = {m[0] for m in re.finditer(rf"(?<![\w-])[A-ZÄÖÜ][\w-]*?(?i:{noun})(?![\w-])", text)}
    found = {f for f in found if f.casefold() != noun}
    return found.pop() if len(found) == 1 else None


def _without_label(speaker: str) -> str:
    """"Blogger Luísa Andrade" → "Luísa Andrade": a label opening the sentence in capitals is
    no part of the name (two capitalised words must be left)."""
    words = speaker.split()
    if len(words) >= 3 and words[0].casefold() in _SPEAKER_LABELS and words[1][:1].isupper():
        return " ".join(words[1:])
    return speaker


_PLACE_BODY_NOUNS = frozenset(_TABLES["place_affiliation_body_nouns"])
_LOCATIVE = frozenset(_TABLES["place_affiliation_locative"])
_OF_PLACE = frozenset(_TABLES["place_affiliation_of_place"])
# "natural de Vila Verde", "a native of Galway": the words before a place that say where the
# speaker comes from (longest first, so "a native of" wins over "native of")
_ORIGIN = tuple(sorted((tuple(p.casefold().split()) for p in _TABLES["place_affiliation_origin"]),
                       key=len, reverse=True))
_PLACE_BODY_WORDS = 3  # lower-case words between the place and its body noun
_SETTLEMENT = _TABLES["place_affiliation_settlement"]
_SETTLEMENT_NOUNS = frozenset(w.casefold() for w in _SETTLEMENT["nouns"])
_SETTLEMENT_FILLERS = frozenset(_SETTLEMENT["fillers"])
_SETTLEMENT_WORDS = 5  # words between the locative and the place


def _settled_place(before: list[str], after: str) -> bool:
    """Is the place inside a settlement's phrase after a locative ("in the border town of
    Dhobley", "in one of the Ukhia camps")? `before`: the paragraph's words before it."""
    settled = after.strip(",.;:()").casefold() in _SETTLEMENT_NOUNS
    for word in reversed(before[-_SETTLEMENT_WORDS - 1:]):
        low = word.casefold()
        if low in _LOCATIVE:
            return settled
        if low in _SETTLEMENT_NOUNS:
            settled = True
        elif low not in _SETTLEMENT_FILLERS:
            return False
    return False
_NAME_ONLY = re.compile(r"^[A-ZÀ-ÝА-ЯЁ][\w'’.-]*(?: [A-ZÀ-ÝА-ЯЁ][\w'’.-]*){0,2}$")


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý\"“«„])")


def _speaker_sentence(para: str, speaker: str) -> str:
    """The paragraph's sentence that names the speaker (the whole paragraph if none does): a
    place an earlier sentence names ("… del Libano meridionale. …, ha dichiarato il ministro
    degli Esteri libanese X") is no place the speaker is in."""
    if not speaker or speaker not in para:
        return para
    sentences = _SENTENCE_BREAK.split(para)
    return next((s for s in sentences if speaker in s), para)


def _place_only(aff: str, para: str, full_text: str) -> str | None:
    """The affiliation, unless it is only a place or a nationality (bot/data/quotes.json
    place_affiliation_comment): "from El Arish" → none, "head of the Norwegian delegation" →
    "Norwegian delegation", "a Belgian diplomat" → none (or the "Belgian government" the text
    names)."""
    if not _NAME_ONLY.match(aff) or any(w.casefold() in _ORG_NOUNS for w in aff.split()):
        return aff
    # (a country's adjective, not its name or a seat named for its government: "Danish",
    # not "Kosovo", "Egitto" or "Itamaraty")
    demonym = (" " not in aff and aff.casefold().endswith(_DEMONYM_ENDINGS)
               and aff.casefold() not in _country_names() and _is_nationality(aff, full_text))
    at = para.find(aff)
    if at < 0 and not demonym:
        return aff  # found away from the quote's paragraph: the text's own body
    if at >= 0:
        tail, body_end = para[at + len(aff):].split(), 0
        for n, word in enumerate(tail[:_PLACE_BODY_WORDS + 1]):
            bare = word.strip(",.;:()")
            if not bare.islower():
                break
            if bare in _PLACE_BODY_NOUNS:  # "the Nanoro clinical research unit"
                body_end = n + 1  # (the longest: "Lapland border guard district")
            if bare != word:
                break
        if body_end:
            return " ".join([aff, *(w.strip(",.;:()") for w in tail[:body_end])])
    if demonym:
        body = f"{aff} government"
        return body if body in full_text else None
    if at < 0:
        return aff
    before = para[:at].split()
    prep = before[-1].casefold() if before else ""
    folded = tuple(w.casefold().strip(",;:") for w in before[-4:])
    if any(folded[-len(o):] == o for o in _ORIGIN):
        return None  # "natural de Vila Verde": where the speaker was born, a place or not
    if prep in _LOCATIVE or (prep in _OF_PLACE and _is_place(aff)) or _settled_place(
        before, (para[at + len(aff):].split() or [""])[0]
    ):
        return None  # where the speaker is or comes from, not whom they speak for
    return aff



@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Every country's name in every language the gazetteer has (CLDR's first name of each)."""
    from bot.content import geo

    names = {c["name"].casefold() for c in geo.read_data("en.json")["countries"]}
    for table in geo.read_data("cldr.json").values():
        if isinstance(table, dict):
            names.update(str(forms[0]).casefold() for forms in table.values() if forms)
    return frozenset(names)
