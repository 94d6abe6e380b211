"""Per-subscription include/exclude filters. User regexes run on RE2: linear time, no ReDoS."""

from __future__ import annotations

from dataclasses import dataclass

import re2

from bot.errors import CommandError
from bot.types import Article, Filters


@dataclass(frozen=True, slots=True)
class CompiledFilters:
    filters: Filters
    include_regex: tuple[re2._Regexp, ...]
    exclude_regex: tuple[re2._Regexp, ...]


def _compile(pattern: str) -> re2._Regexp:
    try:
        return re2.compile(pattern, re2.Options())
    except re2.error as e:
        raise CommandError(f"invalid regular expression {pattern!r}: {e}") from e


def compile_filters(filters: Filters) -> CompiledFilters:
    """Validate and compile; raises CommandError naming the bad pattern."""
    return CompiledFilters(
        filters,
        tuple(_compile(p) for p in filters.include_regex),
        tuple(_compile(p) for p in filters.exclude_regex),
    )


def _haystack(article: Article) -> str:
    return "\n".join(
        (article.title, article.summary, " ".join(article.authors), " ".join(article.categories))
    )


def rejection(article: Article, compiled: CompiledFilters) -> str | None:
    """None if the article passes, else a short reason naming the filter that stopped it."""
    f = compiled.filters
    text = _haystack(article)
    folded = text.casefold()
    if f.include and not any(k.casefold() in folded for k in f.include):
        return "no include keyword matched"
    for k in f.exclude:
        if k.casefold() in folded:
            return f"excluded keyword {k!r}"
    if compiled.include_regex and not any(r.search(text) for r in compiled.include_regex):
        return "no include pattern matched"
    for r in compiled.exclude_regex:
        if r.search(text):
            return f"excluded pattern {r.pattern!r}"
    if f.tags and not set(f.tags) & set(article.tags):
        return "no wanted tag"
    return None


_KINDS = {
    "include": "include",
    "exclude": "exclude",
    "include-regex": "include_regex",
    "exclude-regex": "exclude_regex",
    "tag": "tags",
}


def parse_filter_args(args: list[str], current: Filters) -> Filters:
    """Apply `include <word>`, `exclude-regex <re>`, `tag <tag>`, `remove <kind> <value>`, `clear`."""
    from dataclasses import replace

    if args == ["clear"]:
        return Filters()
    remove = bool(args) and args[0] == "remove"
    if remove:
        args = args[1:]
    if len(args) < 2 or args[0] not in _KINDS:
        raise CommandError(
            "filters take: include|exclude|include-regex|exclude-regex|tag <value>, "
            "remove <kind> <value>, or clear"
        )
    field = _KINDS[args[0]]
    value = " ".join(args[1:]).strip()
    if len(value) > 500:
        raise CommandError("a filter value may be at most 500 characters")
    if field == "tags":
        from bot.tags import KNOWN_TAGS

        if value not in KNOWN_TAGS:
            raise CommandError(f"unknown tag {value!r}; known tags: {', '.join(KNOWN_TAGS)}")
    existing: tuple[str, ...] = getattr(current, field)
    if remove:
        if value not in existing:
            raise CommandError(f"{args[0]} {value!r} is not set")
        updated = tuple(v for v in existing if v != value)
    else:
        updated = existing if value in existing else (*existing, value)
    return replace(current, **{field: updated})


def describe(filters: Filters) -> str:
    parts = []
    for label, field in _KINDS.items():
        values = getattr(filters, field)
        if values:
            parts.append(f"{label}: " + ", ".join(repr(v) for v in values))
    return "; ".join(parts)
