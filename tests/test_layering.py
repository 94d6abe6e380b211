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


# Each package may import only packages on a lower level (and itself): the layers of the README's
# architecture section. `data` holds package data and may be read from anywhere.
LEVELS = {
    "data": 0,
    "core": 0,
    "content": 1,
    "store": 1,
    "ingest": 2,
    "deliver": 2,
    "chat": 3,
    "runtime": 4,
    "cli": 5,
}
IO_PACKAGES = {"aiohttp", "aiosqlite", "asyncpg"}


def _bot_imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_every_module_lives_in_a_layer() -> None:
    loose = sorted(
        p.name for p in BOT.glob("*.py") if p.name not in {"__init__.py", "__main__.py"}
    )
    assert loose == []
    assert {p.name for p in BOT.iterdir() if p.is_dir() and p.name != "__pycache__"} == set(
        LEVELS
    )


def test_layers_import_only_downwards() -> None:
    offenders = []
    for path in BOT.rglob("*.py"):
        parts = path.relative_to(BOT).parts
        if len(parts) < 2:
            continue
        layer = parts[0]
        for module in _bot_imports(path):
            if not module.startswith("bot."):
                continue
            other = module.split(".")[1]
            if other not in {layer, "data"} and LEVELS[other] >= LEVELS[layer]:
                offenders.append(f"{path.relative_to(BOT.parent)} imports {module}")
    assert offenders == []


def test_content_does_no_io() -> None:
    offenders = [
        f"{path.relative_to(BOT.parent)} imports {module}"
        for path in (BOT / "content").rglob("*.py")
        for module in _bot_imports(path)
        if module.split(".")[0] in IO_PACKAGES or module.startswith("bot.store")
    ]
    assert offenders == []
