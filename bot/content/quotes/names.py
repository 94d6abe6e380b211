"""A speaker's name from the words of an attribution: titles, portfolios and honorifics left
out, the name's particles kept ("Samia el-Masri", "Luiz Inácio Lula da Silva")."""

from __future__ import annotations

from collections.abc import Sequence

from bot.content.quotes.masking import _unmask
from bot.content.quotes.patterns import _NAME_TOKEN, _NOT_NAMES, _STOP_WORDS_IN_WHO
from bot.content.quotes.records import _Who
from bot.content.quotes.roles import (
    _HONORIFICS,
    _ORG_NOUNS,
    _lower_role,
    _org_before,
    _placed_role,
    _title_of,
)
from bot.content.quotes.tables import (
    _PARTICLE_NAME,
    _PARTICLES,
    _PRONOUNS,
    _TABLES,
    _is_membership_role,
    _is_role_noun,
    _is_title,
)
from bot.core import lazy_re as re  # compiles each pattern on first use

# "Minister for Home Affairs Ravi Menon", "Minister of Health Maria Silva", "Principal Secretary
# for Foreign Affairs Jean-Paul Hoareau": after a title's "for"/"of"/"and", the capitalised words
# before the name name its portfolio; the name is the run's last two words.
_PORTFOLIO_JOINS = frozenset(("for", "of", "and", "&"))
_PORTFOLIO_NOUNS = frozenset(_TABLES["portfolio_nouns_en"])
_POST_NOMINALS = frozenset(_TABLES["post_nominals_en"])


def _after_portfolio(words: list[str], k: int) -> int:
    if k < 2 or words[k - 1].lower() not in _PORTFOLIO_JOINS or not any(
        _is_title(w.lower()) or _is_role_noun(w.lower()) for w in words[: k - 1]
    ):
        return k
    return max(k, len(words) - 2)


def _name_from(phrase: str) -> _Who | None:
    """Split "Kremlin spokesman Dmitry Peskov" into speaker "Dmitry Peskov", affiliation "Kremlin".

    The speaker is the trailing run of name-like words; titles ("Foreign Minister"), role nouns
    ("spokesman") and possessives ("South Korea's") before it are the role. Returns None when
    the phrase names nobody ("a senior official").
    """
    phrase = _STOP_WORDS_IN_WHO.sub("", _unmask(phrase).strip())
    words = phrase.split()
    while len(words) > 2 and words[-1] in _POST_NOMINALS:
        words.pop()  # "Ailsa Moncrieff MSP": the office's letters are no part of the name
    if not words or len(words) > 10:
        return None
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return _Who(None, pronoun=True)
    k = len(words)
    while k > 0:
        word = words[k - 1]
        low = word.lower()
        if word in _NOT_NAMES or _is_title(low) or low.endswith(("'s", "’s")):
            break
        if not (_NAME_TOKEN.match(word) or low in _PARTICLES or _PARTICLE_NAME.match(word)):
            break
        k -= 1
    # "The Foreign Affairs Ministry": a body's name keeps the title-like words leading its noun
    if k < len(words) and words[-1].lower() in _ORG_NOUNS:
        while k > 0 and words[k - 1][:1].isupper() and words[k - 1] not in _NOT_NAMES:
            k -= 1
    while k < len(words) - 1 and k and words[k].lower() in _PORTFOLIO_NOUNS and (
        _is_title(words[k - 1].lower())
    ):
        k += 1  # "… for Foreign Affairs Jean-Paul Hoareau": "Affairs" ends the title
    k = _body_of_name(words, k)
    k = _after_portfolio(words, k)
    if 3 <= k < len(words) and words[k - 1] == "the" and words[k - 2] in ("of", "at", "from"):
        # "Attaché X of the Philippine Overseas Labor Office": the body after "of the" is
        # whom the person before it speaks for, never the speaker
        person = _name_from(" ".join(words[: k - 2]))
        return _Who(person.speaker, " ".join(words[k:])) if person and person.speaker else None
    name_words = words[k:]
    while name_words and name_words[0].lower() in _PARTICLES:
        name_words = name_words[1:]
    if not name_words or (
        len(name_words) > 5 and len(_without_honours(" ".join(name_words)).split()) > 5
    ):
        return None  # ("Pehin Dato Haji Awang Yusof Omar": honours do not count)
    role = words[:k]
    affiliation = None
    for i, word in enumerate(role):
        if word.lower().endswith(("'s", "’s")):
            # "Peru's Foreign Minister": a title in capitals after the owner is the office it
            # names; "Japan's defence minister" says where from: the owner
            title = _title_of([w for w in role[i + 1 :] if w.lower() not in _HONORIFICS])
            affiliation = " ".join(role[: i + 1]) + " " + title if title else (
                " ".join(role[: i + 1])[:-2]
            )
        elif i > 0 and _is_role_noun(word) and not _is_membership_role(word.lower()):
            # "Commission vice-president": the body ("council member": the role stays whole)
            affiliation = _org_before(role[:i]) or affiliation
    # "Chairman Dr Terrence Alleyne", "The Minister, Mr Yaw Mensah": the courtesy title before
    # the name is no part of the role
    while role and role[-1].lower() in _HONORIFICS:
        role.pop()
    # "Finance Minister Jonas Albrecht"; "adviser Mahfuza Rahman"; "army spokesman Brig. Gen. X"
    core = list(role)
    while core and core[-1][:1].isupper() and _is_title(core[-1].lower()):
        core.pop()  # the rank before the name, after the role
    affiliation = affiliation or _title_of(role) or _placed_role(role) or (
        _lower_role(core) if len(core) < len(role) else None
    )
    if affiliation:
        affiliation = re.sub(r"^(?:the|a|an)\s+", "", affiliation, flags=re.IGNORECASE) or None
    speaker = " ".join(name_words)
    if not speaker.endswith(("Jr.", "Sr.")):
        speaker = speaker.rstrip(".’'")
    return _Who(speaker, affiliation)


def _body_of_name(words: Sequence[str], k: int) -> int:
    """Where a name ending at words[k:] starts when it is a body's "X of Y": "The C of E",
    "the Dept of Labor", "the Church of Norland" (an initial, an abbreviation or a body's noun
    before "of"), not only its last word ("E"). "Ana Lins of Eastbury" is left alone."""
    if k >= 2 and k < len(words) and words[k - 1] == "of":
        head = words[k - 2]
        if head[:1].isupper() and head not in _NOT_NAMES and (
            head.isupper() or head.lower().rstrip(".") in _ORG_NOUNS
        ):
            k -= 2
            while k > 0 and _NAME_TOKEN.match(words[k - 1]) and words[k - 1] not in _NOT_NAMES \
                    and not _is_title(words[k - 1].lower()):
                k -= 1
    return k


# A Russian patronymic ("Владимирович", "Сергеевна"): the middle of a three-word name.
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|чна|инична)$")


# longest first, so "Datuk Seri" goes before "Datuk" is tried (quotes.json honorific_phrases);
# "Awang", "Dayang" (Brunei's Mr and Ms) only after another honour: alone they may be a name
# (religious styles too: "Father Mykola Danyliv", "Rabbi Miriam Tesler-Vogt", quotes.json
# religious_styles)
_HONOURS = sorted(
    (p.split() for p in (*_TABLES["honorific_phrases"], *_TABLES["religious_styles"])),
    key=len, reverse=True,
)
_HONOURS_AFTER = sorted(
    (p.split() for p in _TABLES["honorific_phrases_after"]), key=len, reverse=True
)


# the first words of the honours: a speaker starting with none of them keeps every word
_HONOUR_FIRST = frozenset(p[0] for p in _HONOURS)


def _without_honours(speaker: str) -> str:
    """"Datuk Seri Kamal Hisham" → "Kamal Hisham", "Pehin Dato Haji Awang Yusof Omar" → "Yusof
    Omar": the state honours and styles before the name are no part of it; two name words
    must be left ("Tan Wei" stays)."""
    words = speaker.split()
    if not words or words[0].casefold() not in _HONOUR_FIRST:
        return speaker  # (the first phrase tried is always one of _HONOURS)
    stripped = False
    while True:
        folded = [w.casefold() for w in words]
        for phrase in (_HONOURS + _HONOURS_AFTER) if stripped else _HONOURS:
            n = len(phrase)
            if folded[:n] == phrase and len(words) - n >= 2 and words[n][:1].isupper():
                words, stripped = words[n:], True
                break
        else:
            return " ".join(words) if stripped else speaker
