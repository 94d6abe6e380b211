"""Versioned SQL migrations, one folder per backend: NNNN_name.sql, applied in order."""

from __future__ import annotations

from importlib import resources


def load_migrations(backend: str) -> list[tuple[int, str]]:
    folder = resources.files(__package__) / backend
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)
