"""Every command line the README prints works as printed: each parses (with and without its
optional parts), and the safe ones run against a temporary database, offline."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from tests.test_cli import DEMO, ROOT, run

pytestmark = pytest.mark.slow

README = ROOT / "README.md"
FEED_URL = "http://127.0.0.1:59999/f.xml"  # nothing listens: added with a warning
NEVER_ENDS = {"web"}  # serve until stopped: parsed, not run (tests/test_cli_signals.py runs it)


def _lines() -> list[str]:
    text = README.read_text(encoding="utf-8")
    block = text.split("## Command line", 1)[1].split("```", 2)[1]
    out = []
    for line in block.strip().splitlines():
        command = re.split(r"\s{2,}", line.strip())[0]
        assert command.startswith("newsbrief "), line
        out.append(command)
    return out


def _values(tmp: Path, command: str) -> dict[str, str]:
    opml = tmp / "subs.opml"
    opml.write_text(f'<opml version="2.0"><body><outline text="x" xmlUrl="{FEED_URL}"/>'
                    "</body></opml>")
    return {
        "FEED": str(DEMO / "wire-world.xml") if " preview " in f" {command} " else FEED_URL,
        "URL": FEED_URL, "C": "console:world", "N": "Local", "S": "900", "PORT": "0",
        "FILE": str(opml) if "import-opml" in command else str(tmp / "out.opml"),
        "BASE": "https://news.example.org", "ID": "123456789012345678",
    }


def _variants(command: str, values: dict[str, str]) -> list[list[str]]:
    """Without the optional parts, and with all of them."""
    def words(text: str) -> list[str]:
        return [values.get(w, w) for w in shlex.split(text)]

    minimal = re.sub(r"\s*\[[^\]]*\]", "", command)
    full = re.sub(r"\[([^\]]*)\]", r"\1", command)
    return [words(minimal)[1:], words(full)[1:]]


def test_the_readme_prints_its_commands() -> None:
    assert len(_lines()) >= 14


@pytest.mark.parametrize("command", _lines())
def test_a_readme_command_works_as_printed(command: str, tmp_path: Path) -> None:
    env = {"NEWSBRIEF_ALLOW_PRIVATE_NETWORKS": "1", "XDG_DATA_HOME": str(tmp_path),
           "DISCORD_APPLICATION_ID": "123456789012345678"}  # the README names it
    db = tmp_path / "readme.db"
    for argv in _variants(command, _values(tmp_path, command)):
        if argv[0] in NEVER_ENDS or argv == ["run"]:
            argv = [*argv, "--help"]  # the parser accepts every option as printed
        if argv[:2] == ["feeds", "remove"]:
            run("feeds", "add", FEED_URL, db=db, env=env)
        result = run(*argv, db=db, env=env)
        assert "Traceback" not in result.stderr, (argv, result.stderr)
        assert result.returncode != 2, (argv, result.stderr)  # 2: the parser refused it
        if argv[0] != "doctor":  # doctor exits 1 when it finds a problem: that is its answer
            assert result.returncode == 0, (argv, result.stdout, result.stderr)
