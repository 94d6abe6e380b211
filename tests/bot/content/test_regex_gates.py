"""The literal gates cleaning runs before its junk patterns (bot/content/regex_gates.py) must never
skip a text a pattern matches: every junk.json entry is reachable through its gate, and on real
and adversarial text a gate that says "no" is never contradicted by the regex."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from bot.content import articles, clean, regex_gates
from bot.content.articles.headlines import _PROMO, _TITLE_ANYWHERE, _TITLE_START
from bot.content.articles.stories import _story_gates
from bot.content.sentences import split_sentences
from bot.core.types import Article

ROOT = Path(__file__).resolve().parents[3]
# The whole table of paragraph labels as one pattern (clean runs it split in two).
_JUNK_WHOLE = clean.junk_gates._whole_pattern(clean.junk_gates._WHOLE_ENTRIES)
assert _JUNK_WHOLE is not None
C: Any = importlib.import_module("re._constants")
P: Any = importlib.import_module("re._parser")


def _sample(items: Any) -> str:
    """A short string the parsed pattern `items` matches (first branch, fewest repeats)."""
    out: list[str] = []
    for i, (op, arg) in enumerate(items):
        if op is C.AT and arg is C.AT_BOUNDARY and i and i < len(items) - 1:
            # "on\b.{0,60}\b(report…)": the fewest repeats would glue the words together
            if "".join(out)[-1:].isalnum():
                out.append(" ")
        elif op is C.LITERAL:
            out.append(chr(arg))
        elif op is C.IN:
            out.append(_class_char(arg))
        elif op is C.ANY:
            out.append("x")
        elif op is C.SUBPATTERN:
            out.append(_sample(arg[3]))
        elif op is C.BRANCH:
            out.append(_sample(arg[1][0]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            out.append(_sample(arg[2]) * arg[0])
        elif op is C.CATEGORY:
            out.append(_category_char(arg))
    return "".join(out)


def _category_char(cat: Any) -> str:
    return {C.CATEGORY_DIGIT: "1", C.CATEGORY_SPACE: " ", C.CATEGORY_WORD: "a"}.get(cat, "-")


def _class_char(items: Any) -> str:
    if items and items[0][0] is C.NEGATE:  # "[^()]": a letter the class does not exclude
        excluded = {chr(arg) for op, arg in items[1:] if op is C.LITERAL}
        return next(c for c in "xqz" if c not in excluded)
    for op, arg in items:
        if op is C.LITERAL:
            return chr(arg)
        if op is C.RANGE:
            return chr(arg[0])
        if op is C.CATEGORY:
            return _category_char(arg)
    return "x"


def _alternatives(fragment: str) -> list[str]:
    """One sample per top-level alternative of a junk.json fragment."""
    tree = list(P.parse(fragment, re.IGNORECASE))
    if len(tree) == 1 and tree[0][0] is C.BRANCH:
        return [_sample(alt) for alt in tree[0][1][1]]
    return [_sample(tree)]


_TABLE = json.loads((ROOT / "bot" / "data" / "junk.json").read_text("utf-8"))
# How each table's entries stand as a whole paragraph or sentence, for the pattern that uses it.
_FRAMES = {
    "read_more": ["{}", "{} »", "Sanctions were lifted. {}"],
    "boilerplate": ["{}", "{} everything else."],
    "byline_words": ["{} Jane Doe", "{} Jane Doe and Ali Khan."],
    "boilerplate_whole": ["{}", "({})"],
}


def _entries() -> list[tuple[str, str, str]]:
    return [
        (table, lang, fragment)
        for table in _FRAMES
        for lang, fragments in _TABLE[table].items() if not lang.startswith("_")
        for fragment in fragments
    ]


@pytest.mark.parametrize(("table", "lang", "fragment"), _entries())
def test_every_junk_table_entry_is_reachable_through_its_gate(
    table: str, lang: str, fragment: str
) -> None:
    """A sample text of each entry that the junk patterns catch is also let through by the
    gates, whatever the entry (a hand-written gate word list could silently miss a new one)."""
    caught = 0
    for sample in _alternatives(fragment):
        for frame in _FRAMES[table]:
            text = frame.format(sample)
            starts = (clean.tables._JUNK, clean.wire_leads._JUNK_MORE, _JUNK_WHOLE)
            if any(p.match(text) for p in starts):
                caught += 1
                junk = clean.junk_gates._junk_gates()
                if any(p.match(text) for p in junk.patterns):
                    assert junk.starts is None or junk.starts.may_match(text), text
                for name, part in junk.whole_parts:
                    if part.match(text):
                        assert name in clean.junk_gates._gates().possible(text), text
                assert clean.junk_gates._is_junk(text), text
            if table == "read_more" and clean.junk_gates._READ_MORE_TAIL.search(text):
                caught += 1
                assert "read_more" in clean.junk_gates._gates().possible(text), text
    # At least one framing of the entry is junk: the test exercises every entry.
    assert caught, (table, lang, fragment)


def _corpus() -> list[str]:
    """Feed text of every fixture (paragraphs, sentences, 500-char tails) and the string
    literals of the cleaning tests: junk of every shape the project has met."""
    texts: list[str] = []
    for folder in ("realistic_feeds", "heldout_feeds", "heldout2_feeds", "heldout3_feeds"):
        for path in sorted((ROOT / "tests" / "data" / folder).glob("*.xml")):
            raw = path.read_bytes().decode("utf-8", "replace")
            for para in clean.html_to_paragraphs(raw):
                para = clean.tables._MARKERS.sub("", para)
                tail = para[-clean.captions_and_tails._TAIL_WINDOW:]
                texts += [para, tail, *split_sentences(para)]
    source = (ROOT / "tests" / "bot" / "content" / "test_clean.py").read_text("utf-8")
    texts += [s for s in re.findall(r'"((?:[^"\\\n]|\\.){4,})"', source)]
    return list(dict.fromkeys(texts))


_CORPUS = _corpus()
_ODD = ["Contrİbuted reporting by X.", "The ſource: X", "Read more here ıt", "ΣΟΎΡΑ ΣΤΟ ΣΠΊΤΙ"]


def test_whole_label_patterns_split_the_table_without_changing_a_match() -> None:
    """The whole-label pattern runs as whole_literal (start-gated) and whole_other
    (literal-gated): together they match exactly where the whole table's pattern does; and
    whole_other runs as its entries, one pattern each, which match exactly where it does."""
    junk = clean.junk_gates._junk_gates()
    split = [p for p in (junk.whole_literal, junk.whole_other) if p is not None]
    assert len(split) == 2  # both kinds of entry exist in junk.json today
    matched = 0
    for text in _CORPUS + _ODD + ["Advertisement", "(END)", "Ana Souza, enviada especial a Kyiv"]:
        whole = bool(_JUNK_WHOLE.match(text))
        matched += whole
        assert whole == any(p.match(text) for p in split), text
        assert bool(split[1].match(text)) == any(p.match(text) for _, p in junk.whole_parts)
    assert matched


@pytest.mark.parametrize("name", ["_JUNK", "_JUNK_MORE", "whole_literal"])
def test_start_gate_never_skips_a_match(name: str) -> None:
    patterns = {"_JUNK": clean.tables._JUNK, "_JUNK_MORE": clean.wire_leads._JUNK_MORE}
    pattern = patterns.get(name) or clean.junk_gates._junk_gates().whole_literal
    assert pattern is not None
    gate = clean.junk_gates._junk_gates().starts
    assert gate is not None  # every branch starts with a literal or a class: a real gate
    matched = 0
    for text in _CORPUS + _ODD:
        if pattern.match(text):
            matched += 1
            assert gate.may_match(text), text
    assert matched  # the corpus holds junk of this kind


@pytest.mark.parametrize(
    ("gates", "name", "pattern"),
    [
        (clean.junk_gates._gates(), "wp_footer", clean.captions_and_tails._WP_FOOTER),
        (clean.junk_gates._gates(), "anywhere", clean.tables._JUNK_ANYWHERE),
        (clean.junk_gates._gates(), "credit", clean.wire_leads._CREDIT_VERB),
        (clean.junk_gates._gates(), "junk_tail", clean.tables._JUNK_TAIL),
        (clean.junk_gates._gates(), "read_more", clean.junk_gates._READ_MORE_TAIL),
        (clean.junk_gates._gates(), "more_tail", clean.wire_leads._JUNK_MORE_TAIL),
        (clean.junk_gates._gates(), "by_tail", clean.captions_and_tails._BY_TAIL),
        (clean.junk_gates._gates(), "ko_tail", clean.wire_leads._KO_TAIL),
        (clean.junk_gates._gates(), "inline_credit", clean.captions_and_tails._INLINE_CREDIT),
        *((clean.junk_gates._gates(), name, part)
          for name, part in clean.junk_gates._junk_gates().whole_parts),
    ],
)
def test_literal_gate_never_skips_a_match(
    gates: regex_gates.LiteralGates, name: str, pattern: re.Pattern[str]
) -> None:
    assert name not in gates.always  # a literal was derived: the gate filters
    for text in _CORPUS + _ODD:
        if pattern.search(text):
            assert name in gates.possible(text), text


def test_literals_are_derived_from_the_pattern() -> None:
    gate = regex_gates.literals(re.compile(r"(?:the post|l'article) .{1,30} (?:appeared|est)"))
    assert gate is not None
    assert set(gate.words) == {"the post ", "l'article "}
    assert not gate.may_match("The ministry said on Monday.")
    assert gate.may_match("THE POST x appeared")
    # A branch without a literal: no gate at all (the pattern always runs).
    assert regex_gates.literals(re.compile(r"read more|\d+")) is None


def test_prefixes_follow_the_leading_non_word_run() -> None:
    gate = regex_gates.prefixes(re.compile(r"^\W*(?:read more|©|\d{2} photos)\W*$", re.I))
    assert gate is not None
    assert gate.may_match("“READ MORE”")
    assert gate.may_match("© 2024")
    assert gate.may_match("…12 photos")
    assert not gate.may_match("Officials read more documents.")
    # Not of the form ^\W*(?:…): no gate.
    assert regex_gates.prefixes(re.compile(r"read more", re.I)) is None


def test_odd_case_folds_fall_back_to_the_regex() -> None:
    """re.IGNORECASE matches "ı" to "i" and "ſ" to "s" where str.lower() does not: such text
    always reaches the regex."""
    pattern = re.compile(r"^\W*(?:this story)\W*$", re.I)
    assert pattern.match("thıs ſtory")
    start = regex_gates.prefixes(pattern)
    assert start is not None and start.may_match("thıs ſtory")
    gates = regex_gates.LiteralGates({"p": re.compile(r"this story", re.I)})
    assert "p" in gates.possible("thıs ſtory")
    assert "p" in gates.possible("THİS STORY")


def test_start_classes_and_scoped_flags() -> None:
    """A branch may start with a class, also one under "(?-i:…)" in a case-insensitive pattern
    (the gate then matches more, never less); "(?a:…)" changes \\w, so there is no gate."""
    gate = regex_gates.prefixes(re.compile(r"^\W*(?:(?-i:[A-Z])\w+ said|\d+ photos)$", re.I))
    assert gate is not None
    assert gate.may_match("Jane said") and gate.may_match("12 photos")
    assert not gate.may_match("_jane said") and not gate.may_match("— …")
    assert regex_gates.prefixes(re.compile(r"^\W*(?:(?a:\w)x)")) is None


def test_a_derivation_that_fails_leaves_the_regex_ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(items: Any) -> Any:
        raise AttributeError("parse tree changed")

    monkeypatch.setattr(regex_gates, "_r_seq", broken)
    monkeypatch.setattr(regex_gates, "_p_seq", lambda items, classes: broken(items))
    assert regex_gates.literals(re.compile("read more")) is None
    assert regex_gates.prefixes(re.compile(r"^\W*(?:read more)", re.I)) is None


_NON_STORY = json.loads((ROOT / "bot" / "data" / "non_story.json").read_text("utf-8"))
# How each is_story table's entries stand in a headline (and its lead, for promos).
_STORY_FRAMES = {
    "title_start": ("start", _TITLE_START, ["{}: Sudan talks resume", "{} 3 | Talks"]),
    # "{}" alone: an entry anchored at the headline's start ("^get … on whatsapp").
    "title_anywhere": ("anywhere", _TITLE_ANYWHERE,
                       ["Sudan talks: {}", "The {} of 2024", "{}"]),
    "promo": ("promo", _PROMO, ["{} today", "Sudan talks resume. {} now"]),
}


def _story_entries() -> list[tuple[str, str, str]]:
    return [
        (table, lang, fragment)
        for table in _STORY_FRAMES
        for lang, fragments in _NON_STORY[table].items() if not lang.startswith("_")
        for fragment in fragments
    ]


@pytest.mark.parametrize(("table", "lang", "fragment"), _story_entries())
def test_every_non_story_entry_is_reachable_through_its_gate(
    table: str, lang: str, fragment: str
) -> None:
    """is_story runs its long alternations only where articles.stories._story_gates() lets them: a
    headline each entry rejects is let through by the gate, and is_story still rejects it."""
    name, pattern, frames = _STORY_FRAMES[table]
    assert name not in _story_gates().always  # a literal was derived: the gate filters
    caught = 0
    for sample in _alternatives(fragment):
        for frame in frames:
            title = frame.format(sample)
            if pattern.search(title):
                caught += 1
                assert name in _story_gates().possible(title), title
                article = Article(key="k", story_key="s", title=title, link=None, summary="",
                                  text="", outlet="Outlet")
                assert not articles.is_story(article), title
    assert caught, (table, lang, fragment)


def test_story_gates_file_is_a_fresh_derivation() -> None:
    """bot/data/story_gates.json is what bench.build_story_gates derives from the patterns now."""
    from bench import build_story_gates

    assert build_story_gates.main(["--check"]) == 0


def test_stored_gates_answer_as_derived_ones_and_stale_entries_are_ignored() -> None:
    patterns = articles.story_gate_patterns()
    built = {name: regex_gates.built_words(p) for name, p in patterns.items()}
    stored = regex_gates.LiteralGates(patterns, built)
    derived = regex_gates.LiteralGates(patterns)
    texts = ["Sign up for our newsletter today", "Minister resigns over budget",
             "Watch: the full interview", "Subscribe now and save 50%", "ıstanbul notes"]
    for text in texts:
        assert stored.possible(text) == derived.possible(text)
    # An entry derived from another pattern (the table changed since the build) is not used.
    stale = {**built, "promo": {"source": "0" * 20, "words": ["zzzz"]}}
    gates = regex_gates.LiteralGates(patterns, stale)
    for text in texts:
        assert gates.possible(text) == derived.possible(text)
    assert regex_gates.source_key(re.compile("a", re.I)) == regex_gates.source_key(
        importlib.import_module("bot.core.lazy_re").compile("a", re.I)
    )


def test_clean_gates_file_is_a_fresh_derivation() -> None:
    """bot/data/clean_gates.json is what bench.build_clean_gates derives from the patterns now."""
    from bench import build_clean_gates

    assert build_clean_gates.main(["--check"]) == 0


def test_a_start_gate_survives_storing_as_data() -> None:
    """Prefixes.to_data/from_data give the same gate, start classes included (written back from
    the parse as a regex: negation, ranges, categories, escaped characters)."""
    pattern = re.compile(r"^\W*(?:[a-c\]\-é]x|[^\sz]y|\d+ photos|read more)", re.I)
    gate = regex_gates.prefixes(pattern)
    assert gate is not None and gate.firsts
    again = regex_gates.Prefixes.from_data(json.loads(json.dumps(gate.to_data())))
    assert again == gate
    for text in ("bx", "]x", "-x", "Éx", "qy", " y", "zy", "12 photos", "Read more", "— x"):
        assert again.may_match(text) == gate.may_match(text), text
        assert gate.may_match(text) or not pattern.match(text), text
    assert not again.may_match("zz") and not again.may_match("  ")  # it still filters


def test_stored_clean_gates_are_used_only_while_their_source_is_unchanged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = clean.junk_gates._built_gates()
    split = clean.whole_split()
    patterns = clean.junk_start_patterns(split)
    assert clean.start_gate(patterns) == regex_gates.any_prefix(
        *(regex_gates.prefixes(p) for p in patterns))
    # A stale file (the table or a pattern changed since the build): its entries are ignored.
    stale = {"whole_split": {**built["whole_split"], "source": "0" * 20,
                             "literal": [False] * len(split)},
             "starts": {"source": "0" * 20, "gate": None}}
    monkeypatch.setattr(clean.junk_gates, "_built_gates", lambda: stale)
    assert clean.whole_split() == split
    assert clean.start_gate(patterns) is not None


def test_a_space_after_a_start_literal_is_required() -> None:
    """ "by\\s+…" starts every match with "by" and a space (any `\\s`: a no-break space too), so
    "Bypass…", "Diplomats…", "Portugal…" never reach the regex; a text the regex matches
    always passes."""
    pattern = re.compile(r"^\W*(?:by|di|por)\s+[A-Z]\w+\W*$", re.I)
    gate = regex_gates.prefixes(pattern)
    assert gate is not None and not gate.firsts
    for text in ("By Jane", "— di\u00a0Mario", "POR\tAna", "by\nJane"):
        assert pattern.match(text) and gate.may_match(text), text
    for text in ("Bypass roads closed", "Diplomats met", "Portugal votes", "by"):
        assert not gate.may_match(text), text
    again = regex_gates.Prefixes.from_data(json.loads(json.dumps(gate.to_data())))
    assert again == gate and again.may_match("di\u2003Mario")


def test_a_start_set_too_large_is_cut_shorter_not_given_up() -> None:
    """An alternation of more starts than a gate keeps (10,000 here): each cut to a shorter
    start (a weaker gate, still one), not an empty start that would leave the pattern ungated."""
    letters = "abcdefghij"
    words = [a + b + c + d for a in letters for b in letters for c in letters for d in letters]
    pattern = re.compile(r"^\W*(?:" + "|".join(words) + r")\s+\w", re.I)
    gate = regex_gates.prefixes(pattern)
    assert gate is not None
    assert gate.may_match("abcd x") and gate.may_match("jjjj q")
    assert not gate.may_match("zzzz x") and not gate.may_match("Officials said")
