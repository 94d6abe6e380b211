"""Per-subscription filters: keywords, RE2 patterns, tags, the `filters` command, bad input."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.content import filters as F
from bot.core.errors import CommandError
from bot.core.types import Article, Filters


def article(title: str = "Iran's sanctions bite", summary: str = "", **kw: object) -> Article:
    base: dict[str, object] = {
        "key": "k",
        "story_key": "s",
        "title": title,
        "link": None,
        "summary": summary,
        "text": "",
        "outlet": "Wire",
    }
    base.update(kw)
    return Article(**base)  # type: ignore[arg-type]


def check(f: Filters, a: Article) -> str | None:
    return F.rejection(a, F.compile_filters(f))


@pytest.mark.parametrize(
    ("keyword", "title", "passes"),
    [
        ("iran", "Iran's sanctions bite", True),
        ("iran", "IRAN talks", True),
        ("iran", "Iranian drones", False),  # whole words: Iran is not Iranian
        ("sanction*", "Sanctioned banks", True),  # a trailing * is a prefix
        ("north korea", "North\n  Korea fires", True),  # phrases span any whitespace
        ("köln", "Protest in KÖLN", True),  # unicode case folding
        ("iran", "ＩＲＡＮ talks", True),  # full-width letters, NFKC
        ("u.s.", "U.S. envoy", True),
        ("c++", "C++ standards body meets", True),  # regex metacharacters are literal
    ],
)
def test_include_keyword(keyword: str, title: str, passes: bool) -> None:
    result = check(Filters(include=(keyword,)), article(title))
    assert (result is None) == passes, result


def test_keywords_see_summary_authors_and_categories() -> None:
    a = article("Talks", summary="In Geneva", authors=("Jane Roe",), categories=("Diplomacy",))
    for word in ("geneva", "roe", "diplomacy"):
        assert check(Filters(include=(word,)), a) is None


def test_each_part_must_pass_with_a_reason_naming_it() -> None:
    a = article("Iran talks resume in Vienna", tags=("middle-east",))
    assert check(Filters(exclude=("vienna",)), a) == "excluded keyword 'vienna'"
    assert check(Filters(include=("cuba",)), a) == "no include keyword matched ('cuba')"
    assert check(Filters(include_regex=(r"talks?\s+collapse",)), a) == "no include pattern matched"
    assert check(Filters(exclude_regex=("(?i)VIENNA",)), a) == "excluded pattern '(?i)VIENNA'"
    assert check(Filters(tags=("africa",)), a) == "no wanted tag (africa)"
    ok = Filters(include=("iran",), include_regex=("talks",), tags=("middle-east",))
    assert check(ok, a) is None
    assert check(Filters(), a) is None


def test_regex_is_case_insensitive_unless_told() -> None:
    a = article("US envoy visits us")
    assert check(Filters(include_regex=("ENVOY",)), a) is None
    assert check(Filters(include_regex=(r"(?-i)\bUS\b",)), a) is None
    assert check(Filters(include_regex=(r"(?-i)\bENVOY\b",)), a) == "no include pattern matched"


def test_catastrophic_pattern_finishes_fast_on_re2() -> None:
    """`(a+)+$` backtracks exponentially in `re`; RE2 is linear. Bounded by a future timeout."""
    hostile = article("a" * 200_000 + "!", summary="a" * 200_000 + "!")
    compiled = F.compile_filters(Filters(exclude_regex=("(a+)+$", r"(x+x+)+y", r"(\w|\d)*z")))
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(F.rejection, hostile, compiled).result(timeout=10) is None


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("(unclosed", "missing )"),
        ("(?<=x)y", "RE2 syntax: no look-arounds"),
        (r"(a)\1", "invalid escape"),
        ("a{1001}", "invalid repetition size"),
        ("x" * 501, "too long (501 characters, at most 500)"),
        ("   ", "empty regular expression"),
    ],
)
def test_invalid_pattern_is_a_clear_command_error(pattern: str, message: str) -> None:
    with pytest.raises(CommandError) as err:
        F.compile_filters(Filters(include_regex=(pattern,)))
    assert message in str(err.value)
    if pattern.strip() and len(pattern) <= 500:
        assert repr(pattern) in str(err.value)  # the message names the bad pattern


def test_parse_filter_args_builds_filters_step_by_step() -> None:
    f = Filters()
    f = F.parse_filter_args(["filters", "include", "north", "korea"], f)
    f = F.parse_filter_args(["exclude", "football"], f)
    f = F.parse_filter_args(["include-regex", r"missile|nuclear"], f)
    f = F.parse_filter_args(["exclude-regex", r"(?i)opinion"], f)
    f = F.parse_filter_args(["tag", "East-Asia"], f)
    assert f == Filters(
        ("north korea",), ("football",), ("missile|nuclear",), ("(?i)opinion",), ("east-asia",)
    )
    assert F.parse_filter_args(["include", "north", "korea"], f) == f  # adding twice: no change
    f = F.parse_filter_args(["remove", "include", "North", "Korea"], f)
    assert f.include == ()
    f = F.parse_filter_args(["remove", "tag", "east-asia"], f)
    assert f.tags == ()
    assert F.parse_filter_args(["clear"], f) == Filters()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "usage: filters include"),
        (["frobnicate", "x"], "unknown filter command 'frobnicate'"),
        (["include"], "filters include needs a value"),
        (["tag", "mars"], "unknown tag 'mars'; known tags: east-asia, "),
        (["include-regex", "(?P<x"], "invalid regular expression '(?P<x'"),
        (["remove", "include", "zzz"], "no include filter 'zzz' to remove (current: 'iran')"),
        (["remove", "colour", "red"], "usage: filters remove <kind> <value>"),
        (["clear", "now"], "filters clear takes no value"),
        (["include", "*"], "empty keyword"),
        (["include", "w" * 201], "keyword too long"),
    ],
)
def test_parse_filter_args_rejects_bad_commands_and_keeps_current(
    args: list[str], message: str
) -> None:
    current = Filters(include=("iran",))
    with pytest.raises(CommandError) as err:
        F.parse_filter_args(args, current)
    assert message in str(err.value)
    assert current == Filters(include=("iran",))  # nothing lost


def test_too_many_entries_is_refused() -> None:
    f = Filters(include=tuple(f"w{i}" for i in range(F.MAX_ENTRIES)))
    with pytest.raises(CommandError, match="too many include filters"):
        F.parse_filter_args(["include", "one-more"], f)


def test_describe() -> None:
    assert F.describe(Filters()) == "no filters: every relevant item is posted"
    text = F.describe(Filters(include=("iran",), exclude_regex=("opinion",), tags=("europe",)))
    assert text.splitlines() == [
        "include if any keyword: 'iran'",
        "exclude if any pattern matches: 'opinion'",
        "only tags: europe",
    ]
