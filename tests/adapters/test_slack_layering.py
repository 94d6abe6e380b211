"""The core stays platform-free: nothing under bot/ imports a chat SDK, at any depth.

(bot/app.py may import `adapters.*` lazily inside build_adapter(): that is the one wiring point.)
"""

from __future__ import annotations

import ast
from pathlib import Path

SDKS = ("slack_bolt", "slack_sdk", "discord")


def test_core_never_imports_a_chat_sdk() -> None:
    root = Path(__file__).resolve().parents[2] / "bot"
    offenders = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.relative_to(root)}: {n}"
                for n in names
                if n.split(".")[0] in SDKS
            ]
    assert offenders == []
