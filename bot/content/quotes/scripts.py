"""Attribution in Chinese, Japanese, Korean, Arabic, Hebrew and the scripts without capitals
(Hindi, Urdu, Bengali): a speaker is the name after a role."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.content.quotes.places import _is_place
from bot.content.quotes.records import _Who
from bot.content.quotes.tables import _TABLES, _alternation
from bot.core import lazy_re as re  # compiles each pattern on first use

_HAN = "\u4e00-\u9fff"
_ZH_BEFORE = re.compile(
    rf"(?P<role>[{_HAN}]{{0,8}}?(?:發言人|发言人|部長|部长|總統|总统|主席|院長|院长|外長|外长|"
    rf"總理|总理|局長|局长|市長|市长|大使))(?P<name>[{_HAN}]{{2,3}})"
    r"(?:表示|說|说|指出|強調|强调)\s*[:：,，]?\s*$"
)
_JA_BEFORE = re.compile(
    rf"(?P<name>[{_HAN}]{{1,4}}?)(?P<role>外務大臣|防衛大臣|官房長官|大臣|外相|首相|長官|大統領|"
    r"報道官|知事|市長|議長|総裁|社長)(?:は|が)[^。「」『』]{0,30}$"
)
_JA_AFTER = re.compile(r"^\s*と(?:述べ|語|強調|話|説明|指摘|明らかに)")
# 「…」と、東都大学の山本健一教授は話す: the body, the name and the title after the quote.
_JA_AFTER_WHO = re.compile(
    rf"^\s*と、?\s*(?P<org>[^「」『』。、]{{2,20}}?)の(?P<name>[{_HAN}]{{2,5}}?)"
    r"(?P<role>准教授|教授|主任研究員|研究員|所長|理事長|代表|会長|社長|大臣|外相|首相|長官|"
    r"報道官|議員|大使|局長|部長|氏)(?:は|が)[^「」『』。]{0,10}?"
    r"(?:話す|話した|語る|語った|述べる|述べた|指摘する|指摘した|説明する|説明した)"
)
_KO_BEFORE = re.compile(
    r"(?P<name>[가-힣]{1,4})\s+(?P<role>(?:[가-힣]+\s+)?(?:장관|대통령|총리|대변인|의원|위원장|대표|"
    r"대사|차관|국장|원장|비서실장))(?:은|는|이|가)\s*$"
)
# "…했다. 린수전 대만 국방부 대변인은 "…"", "호세 타리엘라 필리핀 해안경비대 대변인은": a name of
# one or two words opening its sentence, then the body from a country's name on, then the role
# noun.
_KO_NAME_BODY_ROLE = re.compile(
    r"(?:^|[.!?]\s+)(?P<words>[가-힣]{2,5}(?:\s+[가-힣]+){2,4})\s+"
    r"(?:장관|대통령|총리|대변인|의원|위원장|대표|대사|차관|국장|원장|비서실장)(?:은|는|이|가)\s*$"
)


def _ko_name_body(words: list[str]) -> _Who | None:
    """The name before the first country's name, the body from it on; None when no country
    follows the first one or two words (which of them is the name is not known then)."""
    at = next((i for i in (1, 2) if i < len(words) and _is_place(words[i])), None)
    return _Who(" ".join(words[:at]), " ".join(words[at:])) if at else None


_KO_AFTER = re.compile(r"^\s*(?:고|라고|이라고)\s*(?:말했|밝혔|강조했|전했|설명했|덧붙였)")


def _attribute_cjk(after: str, before: str, text: str) -> _Who | None:
    """Chinese "總統府發言人陳怡君表示：「…」", Japanese "高森大臣は「…」と述べました", Korean
    "한 장관은 "…"고 말했다" (a surname alone becomes the full name the text gave before)."""
    tail = before[-80:]
    if m := _JA_AFTER_WHO.match(after):
        return _Who(m["name"], m["org"])
    # (every match holds Han roles and names: ASCII text is not searched, at every position)
    if not tail.isascii() and (m := _ZH_BEFORE.search(tail)):
        return _Who(m["name"], m["role"])
    if _JA_AFTER.match(after) and (m := _JA_BEFORE.search(tail)):
        # "高森外務大臣は…。高森大臣は「…」": the full title the text introduced the name with.
        full = re.search(
            rf"{re.escape(m['name'])}([\u4e00-\u9fff]{{1,4}}{re.escape(m['role'])})", text
        )
        return _Who(m["name"], full.group(1) if full else m["role"])
    if _KO_AFTER.match(after) and (m := _KO_NAME_BODY_ROLE.search(tail)) and (
        who := _ko_name_body(m["words"].split())
    ):
        return who
    if _KO_AFTER.match(after) and (m := _KO_BEFORE.search(tail)):
        name, role = m["name"], m["role"].split()[-1]
        if len(name) == 1:
            full = re.search(
                rf"(?<![가-힣]){name}[가-힣]{{1,2}}(?=\s+(?:[가-힣]+\s+)?{role})", text
            )
            if not full:
                return None
            name = full.group(0)
        return _Who(name, role)
    return None


_AR_WORD = r"[^\s،,:;.!?؟«»\"“”]+"
_AR_WHO = (
    rf"(?:[وف])?(?:{_alternation(_TABLES['arabic']['verbs'])})\s+"
    rf"(?P<role>(?:ال|لل)?(?:{_alternation(_TABLES['arabic']['roles'])})(?:\s+{_AR_WORD}){{0,6}})"
    rf"\s*[،,]\s*(?P<name>{_AR_WORD}(?:\s+{_AR_WORD}){{1,3}})"
)
_AR_BEFORE = re.compile(rf"(?:^|\s){_AR_WHO}\s*:\s*$")
_AR_AFTER = re.compile(rf"^\s*[،,]?\s*[—–-]?\s*{_AR_WHO}\s*(?:[.،,]|$)")
_ARABIC = re.compile("[\u0600-\u06ff]")


def _attribute_ar(after: str, before: str, text: str) -> _Who | None:
    """Arabic, which has no capitals to find a name by: "وقالت المديرة الإقليمية للبرنامج، سلمى
    عبد الرحمن: «…»" or "«…»، قال وزير الخارجية، أحمد علي." (the name after the role's comma).
    A role ending in "the programme" ("للبرنامج") takes the body the text named before
    ("برنامج الأغذية العالمي")."""
    m = _AR_AFTER.match(after) or _AR_BEFORE.search(before[-200:])
    if not m:
        return None
    role = m["role"].strip()
    last = role.split()[-1]
    noun = last[2:] if last.startswith(("لل", "ال")) and len(last) > 4 else None
    if noun and (body := re.search(
        rf"(?<!\S)(?:ال)?{re.escape(noun)}(?:\s+(?:ال|ل){_AR_WORD}){{1,4}}", text
    )):
        return _Who(m["name"].strip(), body.group(0))
    return _Who(m["name"].strip(), role)


_AR_FROM_BODY = re.compile(
    rf"^\s*[،,]?\s*(?:[وف])?(?:{_alternation(_TABLES['arabic']['verbs'])})\s+"
    rf"(?P<role>(?:ال)?(?:{_alternation(_TABLES['arabic']['roles'])}))\s+"
    rf"(?P<name>{_AR_WORD}\s+{_AR_WORD}(?:\s+{_AR_WORD})?)\s+من\s+"
    rf"(?P<org>(?:{_alternation(_TABLES['arabic']['from_bodies'])})(?:\s+{_AR_WORD}){{0,5}})"
    r"\s*(?:[.،,]|$)"
)


def _attribute_ar_from(after: str) -> _Who | None:
    """"«…»، قال الأستاذ سامي الحلبي من جامعة الساحل": a role, the name, 'from' a body."""
    m = _AR_FROM_BODY.match(after)
    if not m or m["name"].split()[-1] == "من":
        return None
    return _Who(m["name"], m["org"])


@dataclass(frozen=True, slots=True)
class _Uncased:
    """A language whose script has no capitals (bot/data/quotes.json, "uncased")."""

    verbs: frozenset[tuple[str, ...]]
    ergative: frozenset[str]
    complementizers: frozenset[str]
    roles: frozenset[str]
    body: frozenset[str]
    pronouns: frozenset[str]
    not_name: frozenset[str]
    genitive: tuple[str, ...]
    # "… کا کہنا ہے کہ": the genitive marking the speaker before these verbs, not the ergative
    subject_genitive: frozenset[str] = frozenset()
    subject_genitive_verbs: frozenset[tuple[str, ...]] = frozenset()
    honorifics: frozenset[str] = frozenset()  # "ڈاکٹر": opens the name, ends the role before it
    retired: frozenset[str] = frozenset()  # "بریگیڈیئر (ر) طارق جمیل": the rank's retired mark
    # "نمائندے" → "نمائندہ": an oblique ending and the direct endings it stands for
    oblique: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # roles of two words whose last word alone is no role ("تجزیہ کار", analyst: "کار" is a car)
    role_pairs: frozenset[tuple[str, str]] = frozenset()
    # "سید": a courtesy title that is part of the name as written ("سید عبدالمقتدر"): it ends
    # the role before it and stays in the name
    name_titles: frozenset[str] = frozenset()
    # "ایک", "एक": the article of an unnamed speaker described by a role ("a Western diplomat")
    indefinite: frozenset[str] = frozenset()
    # "بھائی", "भाई": a relative before the name ("ان کے بھائی طارق محمود نے کہا"): the one the
    # speaker is to someone, never a body they speak for (no affiliation)
    kin: frozenset[str] = frozenset()
    # "… کے مطابق “…”": "according to" after the speaker's genitive, leading into the quote
    according: frozenset[str] = frozenset()
    according_marks: frozenset[str] = frozenset()

    def _direct(self, word: str) -> Iterator[str]:
        """The word, then its direct forms when it ends in an oblique ending."""
        yield word
        for ending, directs in self.oblique:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                yield from (word[: -len(ending)] + d for d in directs)

    def is_role(self, word: str) -> bool:
        return any(w in self.roles or w in self.kin for w in self._direct(word))

    def is_kin(self, word: str) -> bool:
        return any(w in self.kin for w in self._direct(word))

    def is_body(self, word: str) -> bool:
        return any(w in self.body for w in self._direct(word))

    def in_role(self, word: str) -> bool:
        """A word that belongs to a role phrase: a role, a body word, a genitive ("UNHCR's")."""
        return self.is_role(word) or self.is_body(word) or (
            bool(self.genitive) and word.endswith(self.genitive) and len(word) > 4
        )


_UNCASED = {
    lang: _Uncased(
        frozenset(tuple(v.split()) for v in t["verbs"]), frozenset(t["ergative"]),
        frozenset(t["complementizers"]), frozenset(t["roles"]), frozenset(t["body"]),
        frozenset(t["pronouns"]), frozenset(t["not_name"]), tuple(t["genitive"]),
        frozenset(t.get("subject_genitive", {}).get("marks", ())),
        frozenset(tuple(v.split()) for v in t.get("subject_genitive", {}).get("verbs", ())),
        frozenset(t.get("honorifics", ())), frozenset(t.get("retired", ())),
        tuple((k, tuple(v)) for k, v in t.get("oblique", {}).items()),
        frozenset((r.split()[0], r.split()[1]) for r in [*t["roles"], *t.get("kin", ())]
                  if len(r.split()) == 2),
        frozenset(t.get("name_titles", ())), frozenset(t.get("indefinite", ())),
        frozenset(t.get("kin", ())),
        frozenset(t.get("according", {}).get("words", ())),
        frozenset(t.get("according", {}).get("marks", ())),
    )
    for lang, t in _TABLES["uncased"].items() if not lang.startswith("_")
}
_UNCASED_SCRIPT = {
    # letters only: Bengali text ends sentences with the Devanagari danda '।'
    "hi": re.compile("[\u0904-\u0939]"), "bn": re.compile("[\u0985-\u09b9]"),
    "ur": re.compile("[\u0600-\u06ff]"),
}
_UNCASED_SENTENCE_END = re.compile("[.!?।۔؟\n“”\"«»‘’]")
_UNCASED_PUNCT = ",،:;()\"'“”‘’«»-–—"
_UNCASED_CLOSERS = (")", "]", ",", "،", ":", ";", "؛")
UNCASED_ROLE_WORDS = 6  # words of a role before its noun ("سمندر پار پاکستانیوں کی وزارت کے")
UNCASED_OWNER_WORDS = 4  # words of a body before its genitive ("عالمی ادارہ خوراک کی ترجمان")
# … or up to this many, when a postposition or the clause's start closes them there ("انسٹی ٹیوٹ
# برائے علاقائی امن کے ڈائریکٹر": five words, the sentence's first)
UNCASED_OWNER_MAX_WORDS = 7
_UNCASED_GENITIVES = frozenset(["کی", "کا", "کے", "की", "का", "के"])
_UNCASED_POSTPOSITIONS = frozenset(["میں", "سے", "پر", "کو", "نے", "تک", "में", "से", "पर", "को", "ने"])
UNCASED_GAP = 8  # words between the ergative ('ने') and the verb ("ने बुधवार को … कहा")


# Urdu's optional vowel signs: the izafat's zer ("دفترِ خارجہ", "وزارتِ خارجہ"), which joins a
# body's words, and the other harakat; the tables list words without them.
_ARABIC_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670])


def _uncased_clause(clause: str, lang: _Uncased) -> _Who | None:
    """"वाणिज्य सचिव अनुराधा मेहता ने कहा" → ("अनुराधा मेहता", "वाणिज्य सचिव"); "उन्होंने कहा" → a
    pronoun; a clause not ending with a speech verb, or with no role before the name → None."""
    shown: list[str] = []
    closed: list[bool] = []  # the word ends a bracket or a phrase ("اسلام آباد (نامہ نگار)")
    for token in clause.split():
        if w := token.strip(_UNCASED_PUNCT):
            shown.append(w)
            closed.append(token.endswith(_UNCASED_CLOSERS))
        elif closed and token.endswith(_UNCASED_CLOSERS):
            closed[-1] = True
    # "بریگیڈیئر (ر) طارق جمیل": the retired mark after a rank is neither rank nor name
    kept = [i for i, w in enumerate(shown) if not (
        i and w.rstrip(".") in lang.retired and lang.is_role(shown[i - 1].translate(_ARABIC_MARKS))
    )]
    shown, closed = [shown[i] for i in kept], [closed[i] for i in kept]
    words = [w.translate(_ARABIC_MARKS) or w for w in shown]
    while words and words[-1] in lang.complementizers:
        words.pop()
    verb = next((k for k in (3, 2, 1) if len(words) > k and tuple(words[-k:]) in lang.verbs), 0)
    according = not verb and len(words) > 1 and words[-1] in lang.according
    if according:
        verb = 1  # "ترجمان عمر بٹ کے مطابق": the speaker in the genitive before it
    if not verb:
        return None
    subject = words[:-verb]
    if according:
        at = len(subject) - 1 if subject[-1] in lang.according_marks else None
        if at is None:
            return None
        subject = subject[:at]
    elif lang.ergative:
        marks = lang.ergative | (
            lang.subject_genitive if tuple(words[-verb:]) in lang.subject_genitive_verbs
            else frozenset()
        )
        at = next((i for i in range(len(subject) - 1, -1, -1) if subject[i] in marks), None)
        if at is None or len(subject) - at - 1 > UNCASED_GAP:
            return None
        subject = subject[:at]
    if (subject[-1:] and subject[-1] in lang.pronouns) or (
        not lang.ergative and subject[:1] and subject[0] in lang.pronouns
    ):
        return _Who(None, pronoun=True)  # "उन्होंने कहा", "তিনি সাংবাদিকদের বলেন"
    role = next((i for i in range(len(subject) - 1, -1, -1) if lang.is_role(subject[i]) or (
        i and (subject[i - 1], subject[i]) in lang.role_pairs
    )), None)
    if role is None:
        return None
    end = role + 1
    while end < len(subject) and lang.is_body(subject[end]):
        end += 1  # "ترجمان دفتر خارجہ": the body after the role
    start = role - 1 if role and (subject[role - 1], subject[role]) in lang.role_pairs else role
    if end == len(subject):  # no name after the role
        return _uncased_unnamed(shown, subject, start, end, lang)
    while start > 0 and role - start < UNCASED_ROLE_WORDS and lang.in_role(subject[start - 1]):
        start -= 1  # "विदेश मामलों की सलाहकार"
    gen = next((i for i in range(start, role) if subject[i] in _UNCASED_GENITIVES), None)
    if gen is not None and gen > 0:
        # "عالمی ادارہ خوراک کی ترجمان": the body owning the role, whatever its words, back to
        # a postposition ("جنیوا میں پاکستان کے مستقل مندوب": Pakistan's, not Geneva's), also
        # when its last word is a body word ("پاکستانی ہائی کمیشن کے ترجمان", not "کمیشن کے")
        # … and never past a dateline's bracketed credit or a comma ("پشاور (نامہ نگار) …")
        def bound(i: int) -> bool:
            return i == 0 or subject[i - 1] in _UNCASED_POSTPOSITIONS or closed[i - 1]

        owner = reach = gen
        while not bound(owner) and reach - owner < UNCASED_OWNER_WORDS:
            owner -= 1
            if subject[owner] in _UNCASED_GENITIVES:
                reach = owner  # "اقوام متحدہ کے امدادی مشن کی سربراہ": a body owning the body
        if not bound(owner):
            # cut by the count: a longer name runs on to where the words before it end
            floor = max(reach - UNCASED_OWNER_MAX_WORDS, 0)
            owner = next((i for i in range(owner - 1, floor - 1, -1) if bound(i)), owner)
        start = min(start, owner)
    name = subject[end:]
    titled = next((i for i in range(end, min(len(subject), end + 3))
                   if subject[i] in lang.honorifics), None)
    if titled is not None:
        # "ماہر آبیات ڈاکٹر شبیر احمد وانی": the role runs to the courtesy title, the name after
        return _uncased_titled(subject, shown, start, titled, lang)
    if not lang.ergative:  # the name ends where the words about the statement begin
        cut = next((i for i, w in enumerate(name) if w in lang.not_name), len(name))
        if len(name) - cut > 6:
            return None
        name = name[:cut]
    if not 1 <= len(name) <= 3 or any(lang.in_role(w) or w in lang.pronouns for w in name):
        return None
    # `words` is `shown` without vowel signs, word for word: show the text as written
    if lang.is_kin(subject[role]) or (
        role and f"{subject[role - 1]} {subject[role]}" in lang.kin
    ):  # "ان کے بھائی": a relative speaks for no body
        return _Who(" ".join(shown[end : end + len(name)]), None)
    return _Who(" ".join(shown[end : end + len(name)]), " ".join(shown[start:end]))


UNCASED_UNNAMED_WORDS = 2  # words between the article and the role ("ایک مغربی سفارت کار")


def _uncased_unnamed(
    shown: Sequence[str], subject: Sequence[str], start: int, end: int, lang: _Uncased
) -> _Who | None:
    """"ایک مغربی سفارت کار نے کہا": no name after the role, the clause opening with the
    indefinite article ("a Western diplomat said"): the description is the speaker, as an
    English "a European diplomat said" is. Anything else before the role (a body, a name, a
    place) may be who the role serves or who is meant: no speaker."""
    if not subject or subject[0] not in lang.indefinite or not (
        1 <= start <= 1 + UNCASED_UNNAMED_WORDS
    ):
        return None
    between = subject[1:start]
    if any(w in _UNCASED_POSTPOSITIONS or w in _UNCASED_GENITIVES or w in lang.pronouns
           for w in between):
        return None
    return _Who(" ".join(shown[:end]), None)


def _uncased_titled(
    subject: Sequence[str], shown: Sequence[str], start: int, titled: int, lang: _Uncased
) -> _Who | None:
    """The name after a courtesy title at `titled` (one to three words), the role before it."""
    name = list(subject[titled + 1 :])
    if not lang.ergative:
        cut = next((i for i, w in enumerate(name) if w in lang.not_name), len(name))
        name = name[:cut]
    if not 1 <= len(name) <= 3 or any(lang.in_role(w) or w in lang.pronouns for w in name):
        return None
    first = titled if subject[titled] in lang.name_titles else titled + 1
    return _Who(" ".join(shown[first : titled + 1 + len(name)]),
                " ".join(shown[start:titled]) or None)


def _uncased_lang(text: str) -> _Uncased | None:
    return next((_UNCASED[k] for k, rx in _UNCASED_SCRIPT.items() if rx.search(text)), None)


def _attribute_uncased(after: str, before: str, text: str) -> _Who | None:
    """Hindi, Urdu, Bengali: the speaker in the clause leading into the quote ("… ने कहा, "…""),
    or in the clause right after it ("”…“، وزیر … نے کہا۔")."""
    lang = _uncased_lang(text)
    if lang is None:
        return None
    tail = before.rstrip()
    leads_in = tail.endswith((",", "،", ":")) or tail.endswith(tuple(lang.complementizers)) or (
        bool(lang.according) and tail.endswith(tuple(lang.according))
    )
    if leads_in and (who := _uncased_clause(_UNCASED_SENTENCE_END.split(tail)[-1], lang)):
        return who
    head = after.lstrip(" ,،")
    if after[:1].strip() and after[:1] not in ",،":
        return None
    return _uncased_clause(_UNCASED_SENTENCE_END.split(head, 1)[0], lang)


def _attribute_uncased_known(after: str, before: str, text: str, full_text: str) -> _Who | None:
    """"”…“، طارق محمود نے کہا۔": in a language marking the subject (Urdu, Hindi), a clause
    whose whole subject is a name the text introduced with a role elsewhere ("وزیر خارجہ طارق
    محمود نے …") is that person's, with that role; a name the text never gave a role stays
    unread (without capitals, a name is known only by the role before it)."""
    lang = _uncased_lang(text)
    if lang is None or not lang.ergative:
        return None
    tail = before.rstrip()
    if tail.endswith((",", "،", ":")) or tail.endswith(tuple(lang.complementizers)):
        clause = _UNCASED_SENTENCE_END.split(tail)[-1]
    elif not after[:1].strip() or after[:1] in ",،":
        clause = _UNCASED_SENTENCE_END.split(after.lstrip(" ,،"), 1)[0]
    else:
        return None
    words = [w.translate(_ARABIC_MARKS) for t in clause.split() if (w := t.strip(_UNCASED_PUNCT))]
    while words and words[-1] in lang.complementizers:
        words.pop()
    verb = next((k for k in (3, 2, 1) if len(words) > k and tuple(words[-k:]) in lang.verbs), 0)
    at = next((i for i, w in enumerate(words) if w in lang.ergative), None)
    if not verb or at is None or not 1 <= at <= 3 or len(words) - verb - at - 1 > UNCASED_GAP:
        return None
    subject = " ".join(words[:at])
    known = _uncased_known(full_text)
    if subject in known:
        return known[subject]
    # a surname alone ("محمود نے کہا"): the one introduced name it ends
    ends = {n for n in known if n.endswith(" " + subject)}
    if len(ends) != 1:
        return None
    name = ends.pop()
    given = name[: -len(subject)].split()[-1]
    bare = full_text.translate(_ARABIC_MARKS)
    for m in re.finditer(rf"(\S+)\s+{re.escape(subject)}(?!\S)", bare):
        if m[1][-1] in _UNCASED_PUNCT or _UNCASED_SENTENCE_END.match(m[1][-1]):
            continue  # "”…“، محمود نے کہا": the clause opens on the surname
        word = m[1].strip(_UNCASED_PUNCT)
        if word and word != given and word not in lang.complementizers and (
            word not in _UNCASED_POSTPOSITIONS
        ):
            return None  # "سلیم محمود" beside "طارق محمود": whose surname is not said
    return known[name]


@lru_cache(maxsize=16)
def _uncased_known(full_text: str) -> dict[str, _Who]:
    """The names `full_text` introduces with a role as a subject ("وزیر خارجہ طارق محمود نے
    … ملاقات کی"), as written without vowel signs, with the role each was given; a name given
    two different roles is left out."""
    lang = _uncased_lang(full_text)
    if lang is None or not lang.ergative:
        return {}
    verb = next(v for v in sorted(lang.verbs) if len(v) == 1)
    found: dict[str, _Who | None] = {}
    for clause in _UNCASED_SENTENCE_END.split(full_text):
        words = clause.split()
        for i, w in enumerate(words):
            if w.strip(_UNCASED_PUNCT) not in lang.ergative:
                continue
            who = _uncased_clause(" ".join([*words[: i + 1], *verb]), lang)
            if not (who and who.speaker):
                continue
            key = who.speaker.translate(_ARABIC_MARKS)
            if key in found and found[key] != who:
                found[key] = None
            else:
                found.setdefault(key, who)
    return {k: v for k, v in found.items() if v is not None}


def _uncased_reported(text: str) -> _Who | None:
    """The last person a Hindi, Urdu or Bengali text reports speaking ("… রহমান … জানান।")."""
    lang = _uncased_lang(text)
    if lang is None:
        return None
    found = None
    for clause in _UNCASED_SENTENCE_END.split(text):
        who = _uncased_clause(clause, lang)
        if who and who.speaker:
            found = who
    return found


def _uncased_subject(text: str) -> _Who | None:
    """"امریکی نائب وزیر خارجہ جیمز ہارلو نے وزیر خارجہ سے ملاقات کی۔ انہوں نے کہا کہ …": in a
    language marking the subject (Urdu, Hindi 'نے'/'ने'), the pronoun refers to the one named
    subject of the sentence before, whatever that sentence's verb."""
    lang = _uncased_lang(text)
    clauses = [c for c in _UNCASED_SENTENCE_END.split(text) if c.strip()]
    if lang is None or not lang.ergative or len(clauses) < 2:
        return None
    words = clauses[-2].split()
    marks = [i for i, w in enumerate(words) if w.strip(_UNCASED_PUNCT) in lang.ergative]
    if len(marks) != 1:
        return None
    verb = next(v for v in sorted(lang.verbs) if len(v) == 1)
    who = _uncased_clause(" ".join([*words[: marks[0] + 1], *verb]), lang)
    return who if who and who.speaker else None


_HE = _TABLES["hebrew"]
_HE_VERBS = frozenset(_HE["verbs"])
_HE_TITLES = frozenset(_HE["titles"])
_HE_BODIES = tuple(_HE["bodies"])
_HE_WORD = re.compile("^[\u05d0-\u05ea][\u05d0-\u05ea'\"]*$")


_HE_ROLES = frozenset(_HE["roles"])
_HE_PARTICLES = frozenset(_HE["name_particles"])
# gershayim and geresh as the text may write them ("ד״ר") → the ASCII marks the tables use
_HE_MARKS = str.maketrans({"\u05f4": '"', "\u05f3": "'", "”": '"', "“": '"', "’": "'"})


def _he_body(words: list[str]) -> str | None:
    """The body a Hebrew phrase names: 'ממכון …' (from the institute …) or, after a role,
    'ראש המרכז לחקר המפרץ' (head of the centre …): its words without the prefix מ."""
    if words and words[0].startswith("מ") and words[0][1:].startswith(_HE_BODIES):
        return " ".join([words[0][1:], *words[1:6]]).rstrip(",")
    if len(words) >= 2 and words[0] in _HE_ROLES and words[1].startswith(_HE_BODIES):
        return " ".join(words[1:7]).rstrip(",")
    return None


def _attribute_he(after: str) -> _Who | None:
    """Hebrew, after the quote: '"…", אמרה ד"ר מיכל ברק ממכון השרון …' (a title before the name
    or the body the speaker is from after it; a bare 'said X Y' may be 'said yesterday …'), or
    the name then a comma and a role ('אמרה מיכל אזולאי, מורה מהעיר'); a particle joins a
    surname ('נועה בן שושן')."""
    head = after.lstrip()
    if not head.startswith(","):
        return None
    words = re.split(r"[.!?\n]", head[1:].translate(_HE_MARKS), maxsplit=1)[0].split()
    if len(words) < 3 or words[0] not in _HE_VERBS:
        return None
    i = 1
    titled = words[i] in _HE_TITLES
    i += titled
    size = 3 if len(words) > i + 2 and words[i + 1] in _HE_PARTICLES else 2
    name = [w.rstrip(",") for w in words[i : i + size]]
    if len(name) < size or not all(_HE_WORD.match(w) for w in name) or any(
        w.endswith(",") for w in words[i : i + size - 1]
    ):
        return None
    rest = words[i + size :]
    appos = words[i + size - 1].endswith(",") and bool(rest) and rest[0] in _HE_ROLES
    org = _he_body(rest)
    if not (titled or org or appos):
        return None
    return _Who(" ".join(name), org)
