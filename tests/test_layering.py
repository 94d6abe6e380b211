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
# architecture section. `data` holds package data and may be read from anywhere. The platform
# adapters (the top-level `adapters/`) sit above chat and below the runtime that starts them.
LEVELS = {
    "data": 0,
    "core": 0,
    "content": 1,
    "store": 1,
    "ingest": 2,
    "deliver": 2,
    "chat": 3,
    "adapters": 4,
    "runtime": 5,
    "cli": 6,
}
IO_PACKAGES = {"aiohttp", "aiosqlite", "asyncpg"}


def _bot_imports(path: Path, package: str = "") -> set[str]:
    """The modules a file imports: absolute imports, relative ones resolved against `package`
    (the file's own), `from bot import x` as `bot.x`, and `importlib.import_module("…")` with a
    literal name. Imports inside functions and under TYPE_CHECKING count too."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, module] if module else base)
            found.add(module)
            found.update(f"{module}.{a.name}" for a in node.names if module in ("bot", "adapters"))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def _layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] == "adapters":
        return "adapters"
    if parts[0] != "bot" or len(parts) < 2 or parts[1].startswith("__"):
        return None  # not ours, or the top package (bot/__init__.py, __main__, __version__)
    return parts[1]


def layering_offenders(root: Path) -> list[str]:
    """Every import in `root`/bot and `root`/adapters that goes up or sideways a layer."""
    offenders = []
    for top in ("bot", "adapters"):
        for path in sorted((root / top).rglob("*.py")):
            rel = path.relative_to(root)
            package = ".".join(rel.parts[:-1])
            layer = _layer(".".join(rel.with_suffix("").parts))
            if layer is None:  # bot/__init__.py, bot/__main__.py: above every layer
                continue
            for module in sorted(_bot_imports(path, package)):
                other = _layer(module)
                if other not in (None, layer, "data") and LEVELS[other] >= LEVELS[layer]:
                    offenders.append(f"{rel} imports {module}")
    return sorted(offenders)


def test_every_module_lives_in_a_layer() -> None:
    loose = sorted(
        p.name for p in BOT.glob("*.py") if p.name not in {"__init__.py", "__main__.py"}
    )
    assert loose == []
    assert {p.name for p in BOT.iterdir() if p.is_dir() and p.name != "__pycache__"} == set(
        LEVELS
    ) - {"adapters"}


def test_layers_import_only_downwards() -> None:
    assert layering_offenders(BOT.parent) == []


def test_the_layering_check_sees_every_kind_of_import(tmp_path: Path) -> None:
    files = {
        "bot/core/ok.py": "from bot.data import DATA_DIR\n",
        "bot/ingest/ok.py": "from bot.core import types\nfrom ..content import parse\n",
        "bot/content/up.py": "from ..store import base\n",  # relative, sideways
        "bot/core/hidden.py": (
            "import importlib\n"
            "def load():\n"
            "    return importlib.import_module('bot.ingest.fetch')\n"
        ),
        "bot/store/typed.py": (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n"
            "    from bot import runtime\n"
        ),
        "bot/deliver/platform.py": "import adapters.console\n",
        "adapters/console.py": "from bot.chat import spec\nfrom bot.runtime.app import App\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert layering_offenders(tmp_path) == [
        "adapters/console.py imports bot.runtime.app",
        "bot/content/up.py imports bot.store",
        "bot/core/hidden.py imports bot.ingest.fetch",
        "bot/deliver/platform.py imports adapters.console",
        "bot/store/typed.py imports bot.runtime",
    ]


def test_content_does_no_io() -> None:
    offenders = [
        f"{path.relative_to(BOT.parent)} imports {module}"
        for path in (BOT / "content").rglob("*.py")
        for module in _bot_imports(path, "bot.content")
        if module.split(".")[0] in IO_PACKAGES or module.startswith("bot.store")
    ]
    assert offenders == []
