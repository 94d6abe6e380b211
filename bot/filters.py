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
