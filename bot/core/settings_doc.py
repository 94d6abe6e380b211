"""The settings model is the only source of defaults: `bot/data/defaults.toml` and the README's
settings table are generated from it (`python -m bot.core.settings_doc toml|readme`), and a test
keeps both equal to what this module renders."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from bot.core.settings import Settings

HEADER = """\
# newsbrief defaults, generated from the settings model (bot/core/settings.py) by
# `python -m bot.core.settings_doc toml`: edit the model, not this file.
# Every key can be overridden in your own TOML file (newsbrief --config FILE, or
# NEWSBRIEF_CONFIG) or in the environment: NEWSBRIEF_<KEY>, nested with "__"
# (NEWSBRIEF_FETCH__TIMEOUT=10). Secrets never go here: they come from the environment only.
"""
# Left unset in the file on purpose: their absence means something (see the descriptions).
UNSET = {"database_url", "adapters"}
SKIP = {"feeds"}  # the config file's own list, documented in the README


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no TOML form for {value!r}")


def _fields(model: type[BaseModel]) -> Iterator[tuple[str, Any, str, bool]]:
    """(name, default, description, is_section) per field, in declaration order."""
    for name, field in model.model_fields.items():
        if name in SKIP:
            continue
        default = field.get_default(call_default_factory=True)
        yield name, default, field.description or "", isinstance(default, BaseModel)


def render_toml() -> str:
    lines = [HEADER]
    sections = []
    for name, default, doc, section in _fields(Settings):
        if section:
            sections.append((name, default))
            continue
        lines.append(_line(name, default, doc, commented=name in UNSET or default is None))
    for name, section_default in sections:
        lines.append(f"\n[{name}]")
        for key, default, doc, _ in _fields(type(section_default)):
            lines.append(_line(key, default, doc, commented=default is None))
    return "\n".join(lines) + "\n"


def _line(key: str, value: Any, doc: str, *, commented: bool) -> str:
    shown = "" if value is None else _toml(value)
    text = f"# {key} = {shown}" if commented else f"{key} = {shown}"
    return f"{text:<30} # {doc}" if doc else text


def render_readme_table() -> str:
    rows = ["| key | default | meaning |", "|---|---|---|"]
    sections = []
    for name, default, doc, section in _fields(Settings):
        if section:
            sections.append((name, default))
        else:
            rows.append(_row(name, default, doc, unset=name in UNSET))
    for name, section_default in sections:
        for key, default, doc, _ in _fields(type(section_default)):
            rows.append(_row(f"{name}.{key}", default, doc, unset=False))
    return "\n".join(rows)


def _row(key: str, default: Any, doc: str, *, unset: bool) -> str:
    shown = "unset" if unset or default is None or default == "" else f"`{_toml(default)}`"
    return f"| `{key}` | {shown} | {doc.replace('|', chr(92) + '|')} |"


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "toml"
    sys.stdout.write(render_toml() if what == "toml" else render_readme_table() + "\n")
