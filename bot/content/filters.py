"""Per-subscription include/exclude filters, like MonitoRSS. User regexes run on RE2.

RE2 matches in linear time, so a hostile pattern such as `(a+)+$` cannot stall the poller
(no catastrophic backtracking); it also refuses look-arounds and back-references, which is the
price. Patterns are validated when they are set (`parse_filter_args`) and compiled again when a
subscription is loaded (`compile_filters`), both with a clear `CommandError`.

Semantics, all case-insensitive and on NFKC-normalised text (full-width letters, ligatures):
  * include / exclude keywords match whole words or phrases ("iran" matches "Iran's" but not
    "Iranian"); a trailing `*` makes a prefix ("sanction*" matches "sanctions", "sanctioned").
  * include-regex / exclude-regex are RE2 patterns searched anywhere; case-insensitive by
    default, `(?-i)` turns that off ("(?-i)\\bUS\\b").
  * Keywords and patterns look at title, summary, authors and categories; tags look at the
    article's derived region/topic tags.
Every non-empty part must pass: some include keyword, no exclude keyword, some include pattern,
no exclude pattern, some wanted tag.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

import re2

from bot.core.errors import CommandError
from bot.core.types import Article, Filters

MAX_PATTERN_CHARS = 500
MAX_KEYWORD_CHARS = 200
MAX_ENTRIES = 50  # per kind: bounds the work per article
_RE2_MAX_MEM = 8 << 20  # bytes of compiled program per pattern; bigger → "pattern too large"
# Letters/digits on either side mean "inside a word"; RE2's \b is ASCII-only, so spell it out.
_EDGE_L = r"(?:^|[^\pL\pN_])"
_EDGE_R = r"(?:$|[^\pL\pN_])"

_KINDS = {
    "include": "include",
    "exclude": "exclude",
    "include-regex": "include_regex",
    "exclude-regex": "exclude_regex",
    "tag": "tags",
}
USAGE = (
    "usage: filters include <word> | exclude <word> | include-regex <pattern> | "
    "exclude-regex <pattern> | tag <tag> | remove <kind> <value> | clear"
)


@dataclass(frozen=True, slots=True)
class CompiledFilters:
    filters: Filters
    include: tuple[tuple[str, re2._Regexp], ...]
    exclude: tuple[tuple[str, re2._Regexp], ...]
    include_regex: tuple[re2._Regexp, ...]
    exclude_regex: tuple[re2._Regexp, ...]


def _options(case_sensitive: bool = False) -> re2.Options:
    options = re2.Options()
    options.case_sensitive = case_sensitive
    options.log_errors = False  # errors become CommandError, not lines on stderr
    options.max_mem = _RE2_MAX_MEM
    return options


def _normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _compile_regex(pattern: str) -> re2._Regexp:
    if not pattern.strip():
        raise CommandError("empty regular expression: give a pattern, e.g. include-regex sanction")
    if len(pattern) > MAX_PATTERN_CHARS:
        raise CommandError(
            f"regular expression too long ({len(pattern)} characters, at most "
            f"{MAX_PATTERN_CHARS}): {pattern[:40]!r}…"
        )
    try:
        return re2.compile(_normalize(pattern), _options())
    except re2.error as e:
        detail = (
            e.args[0].decode("utf-8", "replace")
            if e.args and isinstance(e.args[0], bytes)
            else str(e)
        )
        raise CommandError(
            f"invalid regular expression {pattern!r}: {detail} (RE2 syntax: no look-arounds "
            f"or back-references)"
        ) from None


def _compile_keyword(keyword: str) -> re2._Regexp:
    word = " ".join(_normalize(keyword).split())
    if not word or word == "*":
        raise CommandError("empty keyword: give a word or phrase, e.g. include sanctions")
    if len(word) > MAX_KEYWORD_CHARS:
        raise CommandError(
            f"keyword too long ({len(word)} characters, at most "
            f"{MAX_KEYWORD_CHARS}): {word[:40]!r}…"
        )
    prefix = word.endswith("*")
    body = re2.escape(word.rstrip("*")).replace(r"\ ", r"\s+")
    right = r"[\pL\pN_]*" + _EDGE_R if prefix else _EDGE_R
    return re2.compile(_EDGE_L + body + right, _options())


def _check_count(kind: str, values: tuple[str, ...]) -> None:
    if len(values) > MAX_ENTRIES:
        raise CommandError(f"too many {kind} filters ({len(values)}, at most {MAX_ENTRIES})")


def compile_filters(filters: Filters) -> CompiledFilters:
    """Validate and compile; raises CommandError naming the bad pattern, keyword or tag."""
    for kind, attr in _KINDS.items():
        _check_count(kind, getattr(filters, attr))
    for tag in filters.tags:
        _check_tag(tag)
    return CompiledFilters(
        filters,
        tuple((k, _compile_keyword(k)) for k in filters.include),
        tuple((k, _compile_keyword(k)) for k in filters.exclude),
        tuple(_compile_regex(p) for p in filters.include_regex),
        tuple(_compile_regex(p) for p in filters.exclude_regex),
    )


def _haystack(article: Article) -> str:
    return _normalize(
        "\n".join(
            (
                article.title,
                article.summary,
                " ".join(article.authors),
                " ".join(article.categories),
            )
        )
    )


def delivers(
    article: Article, *, trusted: bool, threshold: float, compiled: CompiledFilters,
    story: bool | None = None,
) -> bool:
    """The one rule for what a channel receives from a feed it follows: relevant enough (or
    the feed is trusted) and through the channel's filters. Used by the poller when it plans
    deliveries and by `/news latest|search|digest`, so they list what the channel gets.
    Galleries, app promos and untitled stubs (articles.is_story) are stored, never posted.
    `story`: is_story's answer when the caller has it (~0.3 ms a call: a poller asks once)."""
    if story is None:
        from bot.content.articles import is_story  # the pipeline module: imported when used

        story = is_story(article)
    return (
        story
        and (trusted or (article.relevance or 0.0) >= threshold)
        and not rejection(article, compiled)
    )


def rejection(article: Article, compiled: CompiledFilters) -> str | None:
    """None if the article passes, else a short reason naming the filter that stopped it."""
    f = compiled.filters
    if f.is_empty():
        return None
    text = _haystack(article)
    if compiled.include and not any(r.search(text) for _, r in compiled.include):
        return "no include keyword matched (" + ", ".join(repr(k) for k in f.include) + ")"
    for keyword, r in compiled.exclude:
        if r.search(text):
            return f"excluded keyword {keyword!r}"
    if compiled.include_regex and not any(r.search(text) for r in compiled.include_regex):
        return "no include pattern matched"
    for r in compiled.exclude_regex:
        if r.search(text):
            return f"excluded pattern {r.pattern!r}"
    if f.tags and not set(f.tags) & set(article.tags):
        return "no wanted tag (" + ", ".join(f.tags) + ")"
    return None


def _check_tag(tag: str) -> str:
    # the tagger's tables load with the first tag a filter names, not with the worker (which
    # delivers with filters but builds in a pool process: bot/runtime/pool.py)
    from bot.content.tags import KNOWN_TAGS

    if tag not in KNOWN_TAGS:
        raise CommandError(f"unknown tag {tag!r}; known tags: {', '.join(KNOWN_TAGS)}")
    return tag


def parse_filter_args(args: list[str], current: Filters) -> Filters:
    """Apply one `filters …` command to `current`; the result is validated before it returns.

    The value is the rest of the arguments joined by single spaces, so
    `filters include north korea` adds the phrase "north korea".
    """
    words = list(args)
    if words and words[0].casefold() == "filters":
        words = words[1:]
    if not words:
        raise CommandError(USAGE)
    action = words[0].casefold()
    if action == "clear":
        if len(words) > 1:
            raise CommandError("filters clear takes no value; " + USAGE)
        return Filters()
    if action == "remove":
        if len(words) < 3 or words[1].casefold() not in _KINDS:
            raise CommandError(
                "usage: filters remove <kind> <value>, kind one of: " + ", ".join(_KINDS)
            )
        attr = _KINDS[words[1].casefold()]
        value = " ".join(words[2:])
        values: tuple[str, ...] = getattr(current, attr)
        matches = [
            v
            for v in values
            if v == value
            or (
                attr != "include_regex"
                and attr != "exclude_regex"
                and v.casefold() == value.casefold()
            )
        ]
        if not matches:
            have = ", ".join(repr(v) for v in values) or "none"
            raise CommandError(f"no {words[1]} filter {value!r} to remove (current: {have})")
        return replace(current, **{attr: tuple(v for v in values if v not in matches)})
    if action not in _KINDS:
        raise CommandError(f"unknown filter command {words[0]!r}; " + USAGE)
    if len(words) < 2:
        raise CommandError(f"filters {action} needs a value; " + USAGE)
    attr = _KINDS[action]
    value = " ".join(words[1:]).strip()
    if attr == "tags":
        value = _check_tag(value.casefold())
    elif attr in ("include", "exclude"):
        _compile_keyword(value)
    else:
        _compile_regex(value)
    values = getattr(current, attr)
    if value in values:
        return current
    updated = replace(current, **{attr: (*values, value)})
    _check_count(action, getattr(updated, attr))
    return updated


def describe(filters: Filters) -> str:
    """The filters in words, for `filters` with no arguments and for `/news why`."""
    if filters.is_empty():
        return "no filters: every relevant item is posted"

    def q(values: tuple[str, ...]) -> str:
        return ", ".join(repr(v) for v in values)

    lines = []
    if filters.include:
        lines.append(f"include if any keyword: {q(filters.include)}")
    if filters.exclude:
        lines.append(f"exclude if any keyword: {q(filters.exclude)}")
    if filters.include_regex:
        lines.append(f"include if any pattern matches: {q(filters.include_regex)}")
    if filters.exclude_regex:
        lines.append(f"exclude if any pattern matches: {q(filters.exclude_regex)}")
    if filters.tags:
        lines.append(f"only tags: {', '.join(filters.tags)}")
    return "\n".join(lines)
