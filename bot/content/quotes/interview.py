"""Q&A interviews: which paragraphs are the interviewer's questions, which the interviewee's
answers, and who the interviewee is (named in the intro or standfirst).

The turn shapes read (word tables in bot/data/interviews.json):

    Q: … / A: …   Frage: … / Antwort: …   D: … / R: …   P: … / R: …   سوال: … / جواب: …
    TV: … / CA: …  (interviewer's and interviewee's initials or names before each turn)
    **Bold question?** then the answer unmarked  (a <strong>, <b> or <h2>–<h4> block: the
                                                 caller passes those paragraphs' indices)
    — Question? / — Answer.  (dash turns)

An answer is the interviewee's words (quoted or not); a question is never a quote of theirs nor
a sentence of the summary. Sits above names, multilingual, references and scripts; extract uses
it."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources

from bot.content.quotes.german import de_without_der
from bot.content.quotes.multilingual import _ML_ARTICLES, _ml_role_name
from bot.content.quotes.names import _name_from
from bot.content.quotes.records import _Who
from bot.content.quotes.references import _full_name
from bot.content.quotes.scripts import _uncased_clause, _uncased_lang
from bot.content.quotes.tables import _alternation, _is_role_noun, _is_title
from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use

_T = json.loads(resources.files("bot.data").joinpath("interviews.json").read_text("utf-8"))
_MIN_TURNS: int = _T["min_turns"]
_Q_LABELS = frozenset(w.casefold() for w in _T["question_labels"])
_A_LABELS = frozenset(w.casefold() for w in _T["answer_labels"])
# "Q: …", "Frage: …", "TV: …", "Litia Qaranivalu: …": a label of one to three words and a colon
_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_][\w.'’-]{0,24}(?: [^\W\d_][\w.'’-]{0,24}){0,2})"
                    r"\s*[:：]\s+(?=\S)")
_DASH = re.compile(r"^\s*[—–-]\s+(?=\S)")
_ASKED = re.compile(rf"(?i)(?<!\w)(?:{_alternation(_T['asked_verbs'])})(?!\w)")
_OBJECT_PRONOUNS = frozenset(_T["object_pronouns"])
_ABOUT = re.compile(rf"\s(?:{_alternation(_T['about_words'])})\s")
_ADDRESS = re.compile(
    rf"^\s*(?:{_alternation(_T['address_titles'])})\s+(?P<name>[A-ZÀ-Þ][\w'’-]+),"
)
_ADDRESS_TITLES = frozenset(_T["address_titles"])
_NOTES = [re.compile(rx) for rx in _T["notes"]]
_UNCASED_ASKED: dict[str, list[str]] = _T["uncased_asked"]
_UNCASED_STAND_IN: dict[str, str] = _T["uncased_stand_in"]
_BARE_NAME = re.compile(
    r"^\s*[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+(?:(?:de|da|do|dos|das|di|del|van|von|bin|al)\s+)?"
    r"[A-ZÀ-ÞĀ-Ž][\w'’-]+){1,4}\s*$"
)
_LEADING_NAME = re.compile(
    rf"^(?:(?:{_alternation(_T['address_titles'])})\s+)?"
    r"(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+){1,3})(?=\s+[a-z]|[,.;]|$)"
)
_OPENER_MAX_WORDS: int = _T["answer_opener_max_words"]
_OPENER_WORDS = frozenset(w.casefold() for w in _T["answer_opener_words"])
_POSSESSIVE = re.compile(r"['’]s?$")
_NAME_WORD = re.compile(r"^[A-ZÀ-ÞĀ-Ž][\w'’.-]*$")


@dataclass(frozen=True, slots=True)
class Interview:
    """The turns of a Q&A text: paragraph indices of the questions, and of the answers with the
    offset where the answer's words begin (after its label)."""

    questions: frozenset[int]
    answers: Mapping[int, int] = field(default_factory=dict)
    speaker: str | None = None
    affiliation: str | None = None

    def summary_blocks(self, paragraphs: Sequence[str], lead: Sequence[str]) -> list[str]:
        """`lead` (the text's paragraphs from where the summary starts, a standfirst before
        them) without the questions and the intro's notes on the interview; without the
        answers too when the interviewee is known (the quotes show them with their name) and
        other words are left, else each answer without its label."""
        asked = {paragraphs[i] for i in self.questions}
        answers = {paragraphs[i]: at for i, at in self.answers.items()}
        rest = [t for p in lead if p not in asked and p not in answers and (t := _unnoted(p))]
        if self.speaker and rest:
            return rest
        return [p[answers[p]:] if p in answers else _unnoted(p) for p in lead
                if p not in asked and (p in answers or _unnoted(p))]


def answer_start(answer: str) -> int:
    """Offset in `answer` where its self-standing words begin: after opening sentences that
    reply to the question rather than say something ("Con preoccupazione.", "By months, not
    years.", "I hear that.", "Because 70 percent …"), which a quote shown without the question
    reads as a fragment of. The last sentence always stays; 0 when nothing is such an opening."""
    sentences = split_sentences(answer)
    at = 0
    for sentence in sentences[:-1]:
        words = sentence.split()
        first = words[0].strip("\"'“”‘’«»„(").casefold() if words else ""
        # (a short sentence naming something, "Der Hafen ist der Schlüssel.", "A Europa
        # esqueceu-se do interior.", says something of its own: it stays)
        named = any(w[:1].isupper() and w != "I" for w in words[1:])
        if first not in _OPENER_WORDS and (len(words) > _OPENER_MAX_WORDS or named):
            break
        found = answer.find(sentence, at)
        if found < 0:  # (split_sentences keeps the text; a miss would be a change there)
            break
        at = found + len(sentence)
    while at < len(answer) and answer[at].isspace():
        at += 1
    return at


def _unnoted(block: str) -> str:
    """The block without its sentences about the interview ("Mit ihm sprach Ana Roth.")."""
    sentences = split_sentences(block)
    kept = [s for s in sentences if not any(rx.match(s.strip()) for rx in _NOTES)]
    return block if len(kept) == len(sentences) else " ".join(s.strip() for s in kept)


def _ends_question(text: str) -> bool:
    return text.rstrip(" \"'”’»“)*").endswith(("?", "؟", "？"))


_Turns = tuple[frozenset[int], dict[int, int], str | None]  # questions, answers, answer label


def _labelled(paragraphs: Sequence[str]) -> _Turns | None:
    """Turns opened by question and answer words ("Q:", "Frage:", "سوال:"), or by two speakers'
    initials or names, the interviewer's being the one whose turns end with a question."""
    labels: dict[int, tuple[str, int]] = {}
    for i, para in enumerate(paragraphs):
        # a label ends with a colon: a paragraph without one (most) needs no match, which
        # backtracks over every split of its first three words
        if (":" in para or "：" in para) and (m := _LABEL.match(para)):
            labels[i] = (m["label"].casefold(), m.end())
    qs = {i for i, (w, _) in labels.items() if w in _Q_LABELS}
    ans = {i: end for i, (w, end) in labels.items() if w in _A_LABELS}
    if len(qs) >= _MIN_TURNS and ans:
        return frozenset(qs), ans, None
    if len(qs) >= _MIN_TURNS:  # "Q: …?" then the answer unmarked
        return frozenset(qs), _next_after(paragraphs, qs, frozenset(labels)), None
    # two speakers' labels, each opening at least two turns, together most of the labelled text
    counts: dict[str, list[int]] = {}
    for i, (w, _) in labels.items():
        counts.setdefault(w, []).append(i)
    two = sorted(counts.values(), key=len, reverse=True)[:2]
    if len(two) < 2 or len(two[1]) < _MIN_TURNS or len(two[0]) + len(two[1]) < len(labels) - 1:
        return None
    asks = [sum(_ends_question(paragraphs[i]) for i in turns) / len(turns) for turns in two]
    if max(asks) < 0.5 or min(asks) > 0.25:
        return None  # neither side asks, or both do: a transcript, not an interview
    q_turns, a_turns = (two[0], two[1]) if asks[0] > asks[1] else (two[1], two[0])
    label = _LABEL.match(paragraphs[a_turns[0]])
    return frozenset(q_turns), {i: labels[i][1] for i in a_turns}, label["label"] if label else None


def _next_after(paragraphs: Sequence[str], qs: Collection[int],
                stops: Collection[int] = ()) -> dict[int, int]:
    """The paragraph right after each question, when it is no question or label itself."""
    return {i + 1: 0 for i in qs if i + 1 < len(paragraphs) and i + 1 not in qs
            and i + 1 not in stops and paragraphs[i + 1].strip()}


def _emphasised(paragraphs: Sequence[str], bold: Collection[int]) -> _Turns | None:
    """Bold or heading blocks each followed by a plain one, most of them asking something."""
    qs = {i for i in bold if i + 1 < len(paragraphs) and i + 1 not in bold}
    if len(qs) < _MIN_TURNS or 2 * sum(_ends_question(paragraphs[i]) for i in qs) < len(qs):
        return None
    return frozenset(qs), _next_after(paragraphs, qs), None


def _dashed(paragraphs: Sequence[str]) -> _Turns | None:
    """"— Question?" then "— Answer.": dash turns alternating, the questions asking."""
    qs, ans = set(), {}
    dashed = [_DASH.match(p) for p in paragraphs]  # each paragraph once (a pair reads two)
    for i in range(len(paragraphs) - 1):
        m, n = dashed[i], dashed[i + 1]
        if m and n and _ends_question(paragraphs[i]) and not _ends_question(paragraphs[i + 1]):
            qs.add(i)
            ans[i + 1] = n.end()
    return (frozenset(qs), ans, None) if len(qs) >= _MIN_TURNS else None


def _named(phrase: str) -> _Who | None:
    """A person's name (two words or more) with its role, from words naming one person."""
    for who in (_ml_role_name(phrase), _name_from(phrase)):
        if who and who.speaker and " " in who.speaker.strip() and all(
            _NAME_WORD.match(w) or w.islower() for w in who.speaker.split()
        ) and _NAME_WORD.match(who.speaker.split()[0]):
            return who
    return None


def _object_of(rest: str) -> _Who | None:
    """The person the words after an asking verb name: "Dr. Ana Roth, who …", "the Forum's
    deputy secretary-general, Tevita Halaholo.", "Reed College historian Jo Abara"."""
    chunks = rest.split(",")
    for k in range(1, len(chunks) + 1):
        if (who := _named(",".join(chunks[:k]))) and who.speaker and who.speaker in chunks[k - 1]:
            return who
    # "We asked Dr. Lena Broch about the vote": a name run the sentence goes on after
    if m := _LEADING_NAME.match(rest):
        return _Who(m["name"])
    return None


def _appositive_name(sentence: str) -> _Who | None:
    """The name a sentence sets off by commas, with the role before it ("A embaixadora de Cabo
    Verde junto da União Africana, Maria Tavares, esteve …")."""
    chunks = sentence.split(",")
    for k in range(1, len(chunks)):
        if _BARE_NAME.match(chunks[k]) and (who := _named(",".join(chunks[: k + 1]))) and (
            who.speaker and who.speaker in chunks[k]
        ):
            return who
        if _BARE_NAME.match(chunks[k]):
            return _Who(chunks[k].strip(), chunks[k - 1].strip() or None)
    return None


def _uncased_asked(sentence: str) -> _Who | None:
    """"… ہم نے سرحد چیمبر آف کامرس کے سابق صدر حاجی گل زمان شنواری سے بات کی": the role and name
    before the verb, read as the attribution reader reads a speaker's."""
    lang = _uncased_lang(sentence)
    if lang is None:
        return None
    for code, phrases in _UNCASED_ASKED.items():
        for phrase in phrases:
            if (at := sentence.find(phrase)) > 0:
                clause = f"{sentence[:at]} {_UNCASED_STAND_IN[code]}"
                if (who := _uncased_clause(clause, lang)) and who.speaker:
                    return who
    return None


def _interviewee(intro: str, questions: Sequence[str], named_text: str) -> _Who | None:
    """Whom the intro says was asked ("spoke to X", "falámos com o antigo eurodeputado X", "X
    über …"), else whom the first question addresses ("Herr X, …")."""
    sentences = [s for block in intro.split("\n") for s in split_sentences(block) if s.strip()]
    for n, sentence in enumerate(sentences):
        if who := _uncased_asked(sentence):
            return who
        for m in _ASKED.finditer(sentence):
            rest = sentence[m.end():].strip()
            first = rest.split(maxsplit=1)[0].strip(",.") if rest else ""
            if first.casefold() in _OBJECT_PRONOUNS and n:  # "Falámos com ela": named before
                if who := _appositive_name(sentences[n - 1]):
                    return who
            elif who := _object_of(rest):
                return who
    for sentence in sentences:
        # "Der frühere Chefunterhändler X über den Weg …": the name ends the words before "über"
        for part in sentence.split(":"):
            for m in _ABOUT.finditer(part):
                phrase = part[: m.start()]
                # (a role before the name: "Abbruch der Verhandlungen über" names no one)
                if (who := _named(phrase)) and who.speaker and who.affiliation and (
                    phrase.rstrip().endswith(who.speaker)
                ):
                    return who
    for question in questions[:1]:
        if addressed := _ADDRESS.match(question):
            full = _full_name(addressed["name"], [], named_text)
            if full.split()[0] in _ADDRESS_TITLES:  # (the title read as a first name: "Herr X")
                return _Who(addressed["name"])
            # "Politologin Aminata Koné": the role the text put before the name is no part of it
            named = _named(full)
            return named if named and named.speaker else _Who(full)
    return None


def read_interview(paragraphs: Sequence[str], emphasised: Collection[int] = (),
                   intro: str = "") -> Interview | None:
    """The turns of a Q&A text, or None for any other text. `emphasised`: indices of the
    paragraphs set in bold or as headings; `intro`: a standfirst kept apart from the text."""
    labelled = _labelled(paragraphs)
    turns = labelled or _emphasised(paragraphs, emphasised) or _dashed(paragraphs)
    if turns is None:
        return None
    questions, answers, label = turns
    first = min(questions | set(answers))
    before = "\n".join([intro, *paragraphs[:first]])
    named_text = "\n".join([intro, *paragraphs])
    asked = [paragraphs[i][_label_end(paragraphs[i]):] for i in sorted(questions)]
    who = _interviewee(before, asked, named_text)
    if label and not label.isupper():
        # a name ("Irina Bălan:"), not initials ("IN:") nor a transcript's capitals ("NORDAHL:",
        # whose speaker may be the reporter)
        who = _label_speaker(label, named_text)
    if who is None and (label or not labelled):
        # bold subheads asking (an explainer), a transcript's "Host:"/"Minister:": turns whose
        # answers no one is named for are read as they were
        return None
    # "the Commission's chief negotiator, X": the body, without its possessive
    aff = _POSSESSIVE.sub("", who.affiliation) if who and who.affiliation else None
    if aff and (words := aff.split()) and words[0].casefold() in _ML_ARTICLES | {"the", "a", "an"}:
        # "A embaixadora de …": the role without its article; "Der frühere Chefunterhändler"
        # → "früherer Chefunterhändler", as German says it without one
        rest = de_without_der(words[1:]) if words[0] in ("der", "Der") else words[1:]
        aff = " ".join(rest)
    elif aff and re.search(r"(?<!\w)[Dd]er\s+" + re.escape(aff), before):
        aff = " ".join(de_without_der(aff.split()))  # (the intro's "Der frühere …": the same)
    return Interview(questions, answers, who.speaker if who else None, aff or None)


def _label_speaker(label: str, text: str) -> _Who | None:
    """The person an answer's label names ("Irina Bălan", "Bălan"): the full name the text
    gives them; None for a role ("Minister", "Host")."""
    words = label.split()
    if not all(_NAME_WORD.match(w) and not _is_title(w.lower()) and not _is_role_noun(w.lower())
               for w in words):
        return None
    name = _full_name(" ".join(words), [], text)
    return _Who(name) if " " in name or name in text else None


def _label_end(para: str) -> int:
    m = _LABEL.match(para) or _DASH.match(para)
    return m.end() if m else 0
