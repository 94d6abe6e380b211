"""The non-story tables (bot/data/non_story.json, junk.json's notes) and what every part of the
build and of is_story reads."""

from __future__ import annotations

import json
from importlib import resources

from bot.core import lazy_re as re  # compiles each pattern on first use

UNTITLED = "(untitled)"
_TAGS = re.compile(r"<[^>]*>")
_SPACE_RUN = re.compile(r"\s+")


# Photo galleries, app/newsletter promos, journal front matter, podcast trailers, open threads,
# briefing digests: items, not news stories. Kept (searchable), never posted. Words per language
# in bot/data/non_story.json.
_NON_STORY = json.loads(
    resources.files("bot.data").joinpath("non_story.json").read_text("utf-8")
)
_MEDIA = _NON_STORY["media"]  # every clip, episode, live-page and gallery signal: one table


def _alternation(table: str | dict[str, list[str]] | list[str]) -> str:
    """One alternation of a table's fragments: a top-level table's name, or a table itself
    (per language, or a plain list); keys starting "_" are comments."""
    words = _NON_STORY[table] if isinstance(table, str) else table
    if isinstance(words, list):
        return "|".join(f"(?:{w})" for w in words)
    return "|".join(
        f"(?:{w})" for key, ws in words.items() if not key.startswith("_") for w in ws
    )

_JUNK_NOTES = json.loads(
    resources.files("bot.data").joinpath("junk.json").read_text("utf-8")
)["correction_notes"]
