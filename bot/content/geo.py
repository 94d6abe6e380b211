"""A small offline gazetteer: countries, demonyms, capitals, leaders and institutions.

Used as named-entity cues by `relevance` (foreign-policy signal), `tags` (region tags) and
`clustering` (entity overlap). The tables are data files in `bot/data/geo/`:
  * `en.json`: the English gazetteer (countries with ISO codes, leaders, institutions),
  * `context_en.json`: words that corroborate or veto an ambiguous English place name,
  * `cldr.json`: country and capital names in the 33 other languages of `languages.json`,
    generated from CLDR at build time (`python3 -m bench.build_gazetteer`),
  * `<lang>.json`: hand-written forms per language (demonyms, inflections, leaders, institutions),
  * `subdivisions.json`: regions that name their country ("Sagaing", "North Kivu"), in English
    and every Latin-script language,
  * `languages.json`: language profiles (affix stripping, the outlet's default home country).
Each language's table is built on first use, so a worker that never sees Japanese never loads it.

Matching is by word n-grams looked up in dicts, not by a giant regex alternation, so it is linear
in the text and cannot mistake "Iranian" for anything but Iran or "Chinatown" for China. In
inflected languages, tokens and table entries pass through the same light affix stripping
("Russlands" → "russland", "الروسية" → "روس"); Chinese and Japanese are matched character n-gram
by character n-gram. English names that are also common words or US places ("Jordan", "Georgia",
"Turkey", "Chad") are *ambiguous*: they count only when the text corroborates them. The outlet's
own country is home (kind "home"), never a foreign cue: the United States unless told otherwise.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress, repeat
from typing import Any

from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import Entity as Entity  # geo.Entity, as before it moved
from bot.core.types import Mention as Mention
from bot.core.types import NameScan

HOME = "United States"
DEFAULT_LANG = "en"
GEO_DIR = "geo"


@dataclass(frozen=True, slots=True)
class _Table:
    lower: dict[str, Entity]  # normalised n-gram → entity
    exact: dict[str, Entity]  # case-sensitive acronym → entity
    longest: dict[str, int]  # first token of a multi-token key → the longest such key, in tokens
    lang: str
    # every folded token a name can start with: the first tokens of `lower`'s keys and the
    # folded `exact` keys (a superset is safe: _walk does nothing where no name starts)
    starts: frozenset[str] = frozenset()
    pairs: frozenset[str] | None = None  # first two words of each longer name (not CJK)
    # one-word key → (the length of its shortest written form, the only forms it may take or
    # empty): see `_written_forms`
    forms: dict[str, tuple[int, frozenset[str]]] | None = None


def read_data(name: str) -> Any:
    """One JSON table from bot/data/geo/."""
    path = resources.files("bot.data").joinpath(GEO_DIR, name)
    return json.loads(path.read_text("utf-8"))


@lru_cache(maxsize=1)
def languages() -> dict[str, dict[str, Any]]:
    """Language profiles: name, script, supported, home, affixes, stop words."""
    return dict(read_data("languages.json")["languages"])


def supported(lang: str) -> bool:
    return bool(languages().get(lang, {}).get("supported"))


def default_home(lang: str) -> frozenset[str]:
    """The outlet's country when the feed does not say: English → US, German → DE…"""
    return frozenset(languages().get(lang, {}).get("home", ()))


# Indic scripts write vowels as combining signs ("विदेश"), which \w does not match: the letters of
# the Devanagari-to-Sinhala blocks count as word characters, their danda punctuation does not.
_LETTER = r"(?:[^\W_]|[\u0900-\u0963\u0966-\u0dff])"
_TOKEN = re.compile(rf"{_LETTER}+(?:[-'’.]{_LETTER}+)*\+?", re.UNICODE)
# _TOKEN for ASCII text, where [^\W_] is [A-Za-z0-9] and "’" cannot occur: the same tokens, and
# a class re tests from a table instead of asking Unicode about each character.
_TOKEN_ASCII = re.compile(r"[A-Za-z0-9]+(?:[-'.][A-Za-z0-9]+)*\+?")
_DOTTED = re.compile(r"\b((?:[A-Z]\.){2,})")
# "X.Y.": every _DOTTED match holds one. Looked for from its first full stop (re finds a
# pattern's literal first character far faster than a class as common as the capitals: ~40x
# on an article's text), the capital before it tested here.
_DOTTED_TAIL = re.compile(r"\.[A-Z]\.")


def _has_dotted_capitals(text: str) -> bool:
    """Whether `text` holds "[A-Z].[A-Z]." (what _DOTTED needs to match)."""
    m = _DOTTED_TAIL.search(text)
    while m is not None:
        at = m.start()
        if at and "A" <= text[at - 1] <= "Z":
            return True
        m = _DOTTED_TAIL.search(text, at + 1)
    return False


_CURRENCY = re.compile(r"\b[A-Z]{1,3}\$")  # "US$", "HK$", "A$"
# Han and kana: no spaces between words, so each character is a token and keys are char n-grams.
BOUNDARY = " "  # a token between two runs of Chinese or Japanese text: no key contains it
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def is_cjk(lang: str) -> bool:
    return languages().get(lang, {}).get("script") in ("han", "kana")


@lru_cache(maxsize=32)
def _elisions(lang: str) -> frozenset[str]:
    return frozenset(languages().get(lang, {}).get("elisions", ()))


@lru_cache(maxsize=32)
def _apostrophe_suffixes(lang: str) -> bool:
    return bool(languages().get(lang, {}).get("apostrophe_suffixes"))


def tokenize(text: str, lang: str = DEFAULT_LANG) -> list[str]:
    """Words as written, with "U.S." → "US", and possessive "'s" dropped ("Iran's" → "Iran").
    In Chinese and Japanese (`lang`) each character is a token; in French and
    Italian an elided article is cut off ("l'Ukraine" → "Ukraine"), in Turkish a case ending
    ("Gürcistan'da" → "Gürcistan")."""
    return list(_tokenize(text, lang))


@lru_cache(maxsize=256)
def _tokenize(text: str, lang: str) -> tuple[str, ...]:
    # Cached: one article's title and lead are tokenized by tags, relevance and clustering.
    if _has_dotted_capitals(text):  # every _DOTTED match holds one; far cheaper to look for
        text = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), text)
    if "$" in text:  # "US$12", "HK$3bn": a currency, no mention of the country
        text = _CURRENCY.sub("$", text)
    elisions = _elisions(lang) if lang != DEFAULT_LANG else frozenset()
    cjk = lang != DEFAULT_LANG and is_cjk(lang)
    cut_after = lang != DEFAULT_LANG and _apostrophe_suffixes(lang)
    found = (_TOKEN_ASCII if text.isascii() else _TOKEN).findall(text)
    if not (elisions or cut_after or cjk):  # the loop below would only drop "'s"
        if "'" not in text and "’" not in text:
            return tuple(found)
        return tuple(t[:-2] if t.endswith(("'s", "’s", "'S")) else t for t in found)
    out: list[str] = []
    for tok in found:
        if tok.endswith(("'s", "’s", "'S")):
            tok = tok[:-2]
        if elisions:
            head, sep, tail = tok.replace("’", "'").partition("'")
            if sep and tail and head.lower() in elisions:
                tok = tail
        if cut_after and ("'" in tok or "’" in tok):
            tok = re.split("['’]", tok, maxsplit=1)[0]  # "Gürcistan'da" → "Gürcistan"
        if cjk and _CJK.search(tok):
            if out:
                out.append(BOUNDARY)  # "トヨタ、インド": no name across the comma ("タイ")
            out.extend(_split_cjk(tok))
        else:
            out.append(tok)
    return tuple(out)


def _split_cjk(tok: str) -> list[str]:
    """"日米首脳会談G7" → 日, 米, 首, 脳, 会, 談, G7: CJK characters apart, other runs kept."""
    parts: list[str] = []
    run = ""
    for ch in tok:
        if _CJK.match(ch):
            if run:
                parts.append(run)
                run = ""
            parts.append(ch)
        else:
            run += ch
    if run:
        parts.append(run)
    return parts


@lru_cache(maxsize=32)
def _affixes(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    profile = languages().get(lang, {})
    by_len = lambda xs: tuple(sorted(xs, key=len, reverse=True))  # noqa: E731
    return by_len(profile.get("prefixes", ())), by_len(profile.get("suffixes", ()))


MIN_STEM = 4  # "Wien" must not shrink to "wie" (German "how"), nor "Mali" to French "mal"


def normalise(word: str, lang: str = DEFAULT_LANG) -> str:
    """Lowercase, and strip one prefix and one suffix of the language's list (the stem keeps
    `min_stem` letters, 4 unless the language says 3): the same reduction for table entries and
    text, so inflected forms meet. English is only lowercased."""
    word = word.lower().replace("’", "'")
    if lang == DEFAULT_LANG:
        return word
    return _strip(word, lang)


@lru_cache(maxsize=32)
def _min_stem(lang: str) -> int:
    return int(languages().get(lang, {}).get("min_stem", MIN_STEM))


@lru_cache(maxsize=32)
def _fold_table(lang: str) -> dict[int, int] | None:
    """Character folding named by the language profile ("fold"): Traditional Chinese → Simplified,
    so "美國" meets the table's "美国" (bot/data/geo/zh_fold.json, bench/build_zh_fold.py)."""
    name = languages().get(lang, {}).get("fold")
    if not name:
        return None
    data = read_data(name)
    return str.maketrans(data["traditional"], data["simplified"])


@lru_cache(maxsize=65536)
def _strip(word: str, lang: str) -> str:
    fold = _fold_table(lang)
    if fold is not None:
        word = word.translate(fold)
    prefixes, suffixes = _affixes(lang)
    least = _min_stem(lang)
    for p in prefixes:
        if word.startswith(p) and len(word) - len(p) >= least:
            word = word[len(p) :]
            break
    for s in suffixes:
        if word.endswith(s) and len(word) - len(s) >= least:
            return word[: -len(s)]
    return word


def key(phrase: str, lang: str = DEFAULT_LANG) -> str:
    """The lookup key of a table entry or an n-gram of text."""
    toks = tokenize(phrase, lang)
    joiner = "" if is_cjk(lang) else " "
    return joiner.join(normalise(t, lang) for t in toks)


def _add(lower: dict[str, Entity], alias: str, entity: Entity, lang: str,
         written: dict[str, set[str]] | None = None) -> None:
    k = key(alias, lang)
    if k:
        lower.setdefault(k, entity)
        if written is not None and " " not in k:
            written.setdefault(k, set()).add(alias.lower().replace("’", "'"))


def _written_forms(
    lang: str, lower: dict[str, Entity], written: dict[str, set[str]]
) -> dict[str, tuple[int, frozenset[str]]]:
    """Per one-word key of a Latin-script table, what a text word meeting it by affix stripping
    must look like to be the name: an inflection adds letters to a name or swaps its ending, it
    never cuts it short, so a word shorter than every written form of its key is another word
    that shares the stem (Portuguese/Spanish "Lago", a lake, folds like "Lagos"); and an acronym
    ("FARC", "NATO") does not decline by ending at all, so it is only itself or its genitive
    (German "Farce" folds to "farc")."""
    if languages().get(lang, {}).get("script") != "latin":
        return {}
    genitive = languages().get(lang, {}).get("genitive", "")
    out: dict[str, tuple[int, frozenset[str]]] = {}
    for k, forms in written.items():
        entity = lower.get(k)
        if entity is None or entity is NOT_A_NAME:
            continue
        only: frozenset[str] = frozenset()
        if entity.name.isupper() and entity.name.lower() in forms:
            only = frozenset({*forms, *(f + genitive for f in forms if genitive)})
        out[k] = (min(len(f) for f in forms), only)
    return out


def _form_ok(table: _Table, folded: str, token: str) -> bool:
    """Whether `token`, whose folded form is the one-word key `folded`, is a form of its name
    (`_written_forms`)."""
    if not table.forms or (rule := table.forms.get(folded)) is None:
        return True
    shortest, only = rule
    word = token.lower().replace("’", "'")
    if only:
        return word in only
    return len(word) >= shortest


def _english() -> tuple[dict[str, Entity], dict[str, Entity], dict[str, Entity]]:
    """Lowercase n-gram → Entity, case-sensitive acronym → Entity, and canonical name → Entity."""
    data = read_data("en.json")
    lower: dict[str, Entity] = {}
    exact: dict[str, Entity] = {}
    by_name: dict[str, Entity] = {}
    for c in data["countries"]:
        plain = Entity(c["name"], "country", c["region"], False, c["code"])
        by_name.setdefault(c["code"], plain)
        for alias in c["aliases"]:
            lower[alias] = plain
        for alias in c["ambiguous"]:
            lower[alias] = Entity(c["name"], "country", c["region"], True, c["code"])
        for alias in c.get("exact", ()):
            exact[alias] = plain
    for p in data["leaders"]:
        plain = Entity(p["name"], "leader", p["region"], False, p["code"])
        by_name[p["name"]] = plain
        for alias in p["aliases"]:
            lower[alias] = plain
        for alias in p["ambiguous"]:
            lower[alias] = Entity(p["name"], "leader", p["region"], True, p["code"])
    for i in data["institutions"]:
        plain = Entity(i["name"], "institution", i["topic"], False, i["code"])
        by_name[i["name"]] = plain
        for alias in i["aliases"]:
            lower[alias] = plain
        for alias in i["exact"]:
            exact[alias.replace(".", "")] = plain
    for alias, entity in _subdivisions(by_name).items():
        lower.setdefault(alias.lower(), entity)
    lower.pop("us", None)  # the pronoun "us": only the capitalized "US"/"U.S." is the country
    for phrase in data.get("not_name_phrases", ()):
        # "Indian Ocean", "Gaddafi Stadium": the longest match, which names nothing
        lower[phrase.lower()] = NOT_A_NAME
    return {_key_en(k): v for k, v in lower.items()}, exact, by_name


def _subdivisions(by_name: dict[str, Entity]) -> dict[str, Entity]:
    """Region names that identify their country ("Sagaing", "North Kivu"): a story datelined
    by the region alone is about that country (`subdivisions.json`)."""
    return {
        alias: by_name[code]
        for code, aliases in read_data("subdivisions.json").items()
        if code in by_name
        for alias in aliases
    }


def _key_en(alias: str) -> str:
    return " ".join(t.lower() for t in _TOKEN.findall(alias.lower()))


# One per language in use, kept: with a smaller cache than there are languages (27), a worker
# reading feeds in many languages rebuilt them again and again (20-60 ms each, from JSON).
@lru_cache(maxsize=64)
def _table(lang: str) -> _Table:
    lower, exact, by_name = _english()
    forms: dict[str, tuple[int, frozenset[str]]] | None = None
    if lang != DEFAULT_LANG:
        written: dict[str, set[str]] = {}
        lower = _foreign(lang, lower, exact, by_name, written)
        forms = _written_forms(lang, lower, written) or None
    longest = first_tokens(lower, is_cjk(lang))
    cjk = is_cjk(lang)
    pairs = None if cjk else frozenset(" ".join(k.split(" ")[:2]) for k in lower if " " in k)
    starts = frozenset(lower) | frozenset(longest) | {normalise(k, lang) for k in exact}
    return _Table(lower, exact, longest, lang, starts, pairs, forms)


def first_tokens(keys: dict[str, Any], cjk: bool) -> dict[str, int]:
    """First token → the longest multi-token key starting with it: the n-gram scan tries only
    the lengths that can match, so a text costs about one dict lookup per token."""
    out: dict[str, int] = {}
    for k in keys:
        parts = list(k) if cjk else k.split(" ")
        if len(parts) > 1:
            out[parts[0]] = max(out.get(parts[0], 1), len(parts))
    return out


def _foreign(
    lang: str, english: dict[str, Entity], exact: dict[str, Entity], by_name: dict[str, Entity],
    written: dict[str, set[str]] | None = None,
) -> dict[str, Entity]:
    """Another language's table: its CLDR names and hand-written forms, plus the English names
    of leaders and institutions (Latin-script text writes "Putin" and "NATO" too)."""
    lower: dict[str, Entity] = {}
    try:
        extra = read_data(f"{lang}.json")
    except FileNotFoundError:
        extra = {}
    for kind in ("countries", "leaders", "institutions"):
        for name, aliases in extra.get(kind, {}).items():
            entity = by_name.get(name)
            if entity is not None:
                for alias in aliases:
                    _add(lower, alias, entity, lang, written)
        for name, aliases in extra.get("exact", {}).items():
            if name in by_name:
                for alias in aliases:
                    exact.setdefault(alias, by_name[name])
    # A genitive ending the affix stripping cannot undo: German "Polens" is "polen" once
    # stripped, "Polen" is "pole" ("Frankreichs" and "Frankreich" meet, these do not).
    genitive = languages().get(lang, {}).get("genitive", "")
    for code, names in read_data("cldr.json").get(lang, {}).items():
        entity = by_name.get(code)
        if entity is not None:
            for alias in names:
                _add(lower, alias, entity, lang, written)
                if genitive and " " not in alias and not alias.endswith(("s", "x", "z", "ß")):
                    _add(lower, alias + genitive, entity, lang, written)
    if languages().get(lang, {}).get("script") == "latin":
        for alias, entity in english.items():
            if entity.kind in ("leader", "institution") and not entity.ambiguous:
                _add(lower, alias, entity, lang, written)
        for alias, entity in _subdivisions(by_name).items():  # written as in English
            _add(lower, alias, entity, lang, written)
    for code, aliases in extra.get("ambiguous", {}).items():
        # A name that is also a common word here, counted only when the text corroborates it
        # (`_resolve_ambiguous`): Urdu "شام" is Syria and the evening.
        if (plain := by_name.get(code)) is not None:
            for alias in aliases:
                if k := key(alias, lang):
                    lower[k] = Entity(plain.name, plain.kind, plain.region, True, plain.code)
    for word in extra.get("not_names", ()):  # a name that is also a common word here
        lower.pop(key(word, lang), None)
    for word in extra.get("capitalised_only", ()):
        # Vietnamese "anh" (brother, you), "pháp luật" (law), "áo" (shirt): a name only with
        # its capital ("Anh", "Pháp", "Áo"), so it moves to the case-sensitive table.
        if (entity := lower.pop(key(word, lang), None)) is not None:
            exact.setdefault(word, entity)
    for phrase in extra.get("not_name_phrases", ()):
        # "tiếng Anh" (the English language): the longest match, which names nothing
        lower[key(phrase, lang)] = NOT_A_NAME
    return lower


# A phrase of the table that holds a name's word but names nothing ("tiếng Anh", the English
# language): matched like a name, so that its words are no mention, and then dropped.
NOT_A_NAME = Entity("", "none", "")


def scan_names(
    text: str,
    tokens: list[str] | None = None,
    *,
    lang: str = DEFAULT_LANG,
    lowered: list[str] | None = None,
) -> NameScan:
    """The gazetteer's walk over `text` (its `tokens`, when the caller has them; `lowered`: the
    tokens lower-cased): every name, longest match first, as the table has it. Readers settle
    the rest with `find_mentions(scan=…)`, so one text is walked once for all of them."""
    return NameScan(*_walk(text, tokens, lang, lowered))


def _walk(
    text: str, tokens: Sequence[str] | None, lang: str, lowered: list[str] | None
) -> tuple[str, Sequence[str], Sequence[str], list[Mention], AbstractSet[int]]:
    """`scan_names`' fields (a reader walking for itself makes no NameScan)."""
    table = _table(lang if lang in languages() else DEFAULT_LANG)
    toks = tokens if tokens is not None else tokenize(text, table.lang)
    if table.lang == DEFAULT_LANG:  # normalise() in English: lowercase, one apostrophe form
        folded = lowered if lowered is not None else [t.lower() for t in toks]
        if "’" in "".join(folded):  # one apostrophe form (rare: most texts have none)
            folded = [t.replace("’", "'") for t in folded]
    else:
        folded = [normalise(t, table.lang) for t in toks]
    joiner = "" if is_cjk(table.lang) else " "
    found: list[Mention] = []
    named_nothing: set[int] = set()  # tokens of a phrase that names nothing ("US-Dollar")
    lower, exact, longest, starts = table.lower, table.exact, table.longest, table.starts
    pairs = table.pairs
    i = 0
    count = len(toks)
    # Most words start no name: the walk visits only the positions where one can (at the others
    # it would look up nothing and step on), in order, skipping those inside a name found.
    # (the positions picked by C iterators: no bytecode per token; `starts` holds the folded
    # `exact` keys, and a token's folded form is normalise(token), so one test per token)
    for at in list(compress(range(count), map(starts.__contains__, folded))):
        if at < i:
            continue
        i = at
        span = longest.get(folded[i])
        if span is None:  # no longer name starts with this word (most words): one lookup
            entity: Entity | None = exact.get(toks[i]) or lower.get(folded[i])
            if entity is not None and table.forms and toks[i] not in exact and not _form_ok(
                table, folded[i], toks[i]
            ):
                entity = None
            if entity is NOT_A_NAME:
                named_nothing.add(i)
            elif entity is not None:
                found.append(Mention(entity, toks[i], i))
            i += 1
            continue
        top = min(span, count - i)
        if pairs is not None and top > 1 and f"{folded[i]} {folded[i + 1]}" not in pairs:
            top = 1  # "the ministry": no name starts with these two words, so none longer
        for n in range(top, 0, -1):
            if n == 1:
                entity = exact.get(toks[i]) or lower.get(folded[i])
                if entity is not None and table.forms and toks[i] not in exact and not (
                    _form_ok(table, folded[i], toks[i])
                ):
                    entity = None
            else:
                entity = lower.get(joiner.join(folded[i : i + n]))
            if entity is not None:
                if entity is NOT_A_NAME:
                    named_nothing.update(range(i, i + n))
                    i += n
                    break
                found.append(Mention(entity, joiner.join(toks[i : i + n]), i))
                i += n
                break
        else:
            i += 1
    return table.lang, toks, folded, found, named_nothing


def find_mentions(
    text: str,
    tokens: list[str] | None = None,
    *,
    lang: str = DEFAULT_LANG,
    home: frozenset[str] | None = None,
    lowered: list[str] | None = None,
    compounds: bool = False,
    scan: NameScan | None = None,
) -> list[Mention]:
    """Every gazetteer mention, longest match first; ambiguous names kept only if corroborated.
    `lang`: the text's language (its table); `home`: ISO codes of the outlet's own country,
    mentioned as kind "home" (default: the language's usual home, the US for English);
    `lowered`: the tokens lower-cased, when the caller has them; `compounds`: also the names
    inside a hyphenated word that is no name itself ("Russia-Ukraine war", "US-China talks",
    "Ukraine-Krieg", "NATO-Ostflanke", "pro-Russian"); `scan`: the text's `scan_names`, when
    another reader made it (then `text`, `tokens`, `lang` and `lowered` are its)."""
    if scan is None:
        table_lang, toks, folded, found, named_nothing = _walk(text, tokens, lang, lowered)
    else:
        table_lang, toks, folded = scan.lang, scan.tokens, scan.folded
        found, named_nothing = list(scan.found), scan.named_nothing
    table = _table(table_lang)
    home_codes = default_home(table.lang) if home is None else home
    if home_codes:  # the outlet's own country is named as home
        for k, m in enumerate(found):
            if m.entity.code and m.entity.code in home_codes:
                e = m.entity
                found[k] = Mention(Entity(e.name, "home", "", e.ambiguous, e.code), m.surface,
                                   m.start)
    if compounds and not is_cjk(table.lang):
        found = _compound_mentions(found, toks, table, home_codes, named_nothing)
    if any(m.entity.ambiguous for m in found):
        found = _resolve_ambiguous(found, folded, toks, table.lang)
    return found


def _compound_mentions(
    found: list[Mention], toks: Sequence[str], table: _Table, home_codes: frozenset[str],
    named_nothing: AbstractSet[int] | None = None,
) -> list[Mention]:
    """`found` plus the unambiguous names that are parts of a hyphenated word outside every
    mention found ("Russia-Ukraine" → Russia, Ukraine; "Nato-Gipfel" → NATO) and outside every
    phrase that names nothing ("US-Dollar": a currency, no mention of the US)."""
    covered = {m.start + k for m in found for k in range(len(m.surface.split(" ")))}
    covered.update(named_nothing or ())
    extra: list[Mention] = []
    # only the hyphenated tokens, picked in C (most tokens have no hyphen)
    for i in compress(range(len(toks)), map(operator.contains, toks, repeat("-"))):
        if i in covered:
            continue
        tok = toks[i]
        for part in tok.split("-"):
            if len(part) < 2:
                continue
            fold = part.lower() if table.lang == DEFAULT_LANG else normalise(part, table.lang)
            entity = table.exact.get(part) or table.lower.get(fold)
            if entity is None or entity.ambiguous:
                continue
            if entity.code and entity.code in home_codes:
                entity = Entity(entity.name, "home", "", entity.ambiguous, entity.code)
            extra.append(Mention(entity, part, i))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


@lru_cache(maxsize=32)
def _context(
    lang: str = DEFAULT_LANG,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Words that corroborate or veto an ambiguous name: `context_en.json` in English, the
    language table's "context" elsewhere (normalised as the text is)."""
    if lang == DEFAULT_LANG:
        data = read_data("context_en.json")
    else:
        try:
            table = read_data(f"{lang}.json")
        except FileNotFoundError:
            table = {}
        data = {
            group: [normalise(w, lang) for w in words]
            for group, words in table.get("context", {}).items()
        }
    return (
        frozenset(data.get("corroborate", ())),
        frozenset(data.get("veto", ())),
        frozenset(data.get("veto_us_homonym", ())),
        frozenset(data.get("us_homonyms", ())),
    )


def _resolve_ambiguous(
    found: list[Mention], folded: Sequence[str], toks: Sequence[str], lang: str = DEFAULT_LANG
) -> list[Mention]:
    corroborate, veto, veto_us, us_homonyms = _context(lang)
    words = set(folded)
    vetoed = bool(words & veto)
    # "senate", "runoff", "county" speak against a name that is also a US state or politician
    # ("Georgia"), not against "Chile's presidential runoff".
    vetoed_us = bool(words & veto_us)
    corroborated = bool(words & corroborate)
    kept = []
    for m in found:
        if m.entity.ambiguous:
            # A place name is capitalized; "turkey" in lowercase is the bird (a script without
            # case, Urdu's, says nothing here).
            if toks[m.start][:1].islower() or vetoed:
                continue
            if vetoed_us and folded[m.start] in us_homonyms:
                continue
            same_region = any(
                o.entity.region == m.entity.region and not o.entity.ambiguous for o in found
            )
            if not (corroborated or same_region):
                continue
        kept.append(m)
    return kept


@lru_cache(maxsize=64)
def _own_names(lang: str) -> dict[str, frozenset[str]]:
    """ISO code → the country's names in `lang`, lower-cased as written (not affix-stripped:
    "argentino" and "Argentina" share a key): CLDR's name and capital, in English the
    gazetteer's canonical name; no demonym or adjective."""
    if lang == DEFAULT_LANG:
        countries = read_data("en.json")["countries"]
        return {c["code"]: frozenset({c["name"].lower()}) for c in countries}
    return {
        code: frozenset(n.lower() for n in names)
        for code, names in read_data("cldr.json").get(lang, {}).items()
    }


def is_country_name(surface: str, code: str, lang: str = DEFAULT_LANG) -> bool:
    """Whether a mention's words are its country's name or capital ("Brazil", "Brasilien",
    "Regno Unito"), not a demonym or an adjective ("Brazilian", "brasilianische", "argentino")."""
    return surface.lower() in _own_names(lang if lang in languages() else DEFAULT_LANG).get(
        code, frozenset()
    )


def table_files() -> list[str]:
    """Every gazetteer table file, for the model's feature-table hash."""
    root = resources.files("bot.data").joinpath(GEO_DIR)
    return sorted(f"{GEO_DIR}/{p.name}" for p in root.iterdir() if p.name.endswith(".json"))
