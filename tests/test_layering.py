"""The core stays platform-free: nothing under bot/ imports a chat SDK."""

from __future__ import annotations

import ast
from pathlib import Path

FORBIDDEN = ("slack_bolt", "slack_sdk", "discord")
BOT = Path(__file__).resolve().parent.parent / "bot"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_never_imports_a_platform_sdk() -> None:
    offenders = {
        str(p.relative_to(BOT.parent)): sorted(_imports(p) & set(FORBIDDEN))
        for p in BOT.rglob("*.py")
        if _imports(p) & set(FORBIDDEN)
    }
    assert offenders == {}


def test_no_module_shadows_a_platform_package() -> None:
    root = BOT.parent
    for name in FORBIDDEN:
        assert not (root / "adapters" / f"{name}.py").exists()
        assert not (root / f"{name}.py").exists()
        assert not (root / name).is_dir()
