"""The `newsbrief` CLI as a user runs it: real subprocesses, real files, a temp database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "bot" / "data" / "demo"


def run(
    *args: str, db: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBRIEF_")}
    full_env.update(env or {})
    cmd = [sys.executable, "-m", "bot"]
    if db is not None:
        cmd += ["--db", f"sqlite:///{db}"]
    return subprocess.run(
        [*cmd, *args], capture_output=True, text=True, timeout=timeout, env=full_env, cwd=ROOT
    )


def test_demo_runs_offline_and_a_second_run_posts_nothing_twice(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    first = run("demo", db=db)
    assert first.returncode == 0, first.stderr
    assert "Meridian Wire" in first.stdout  # attribution: outlet
    assert "https://meridianwire.example/" in first.stdout  # link
    assert "2026-11-" in first.stdout  # published time
    posted = int(first.stderr.split(" posted to ")[0].rsplit(", ", 1)[1])
    assert posted >= 10
    assert "World Cup" not in first.stdout  # sport filtered out
    second = run("demo", db=db)
    assert second.returncode == 0, second.stderr
    assert "0 posted to console:world" in second.stderr
    assert "Meridian Wire" not in second.stdout


def test_preview_json_fields_and_no_database_writes(tmp_path: Path) -> None:
    db = tmp_path / "never.db"
    result = run("preview", str(DEMO / "wire-world.xml"), "--json", db=db)
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) == 8
    for item in items:
        assert {
            "title",
            "summary",
            "outlet",
            "authors",
            "link",
            "published",
            "quotes",
            "relevance",
        } <= set(item)
        assert item["outlet"] == "Meridian Wire"
        assert item["published"] is None or item["published"].startswith("2026-11-")
        assert isinstance(item["relevance"], float)
        for q in item["quotes"]:
            assert set(q) == {"text", "speaker", "affiliation"}
    assert not db.exists()


def test_preview_text_prints_digests() -> None:
    result = run("preview", str(DEMO / "policy-review.atom"))
    assert result.returncode == 0, result.stderr
    assert "Atlantic Policy Review" in result.stdout


def test_preview_of_a_malformed_feed_with_items_warns_and_works() -> None:
    result = run("preview", str(DEMO / "mixed-bag.xml"), "--json")
    assert result.returncode == 0
    assert len(json.loads(result.stdout)) == 8
    assert "malformed feed used" in result.stderr


def test_preview_missing_file_is_one_clear_line() -> None:
    result = run("preview", "/no/such/feed.xml")
    assert result.returncode == 1
    assert result.stderr.strip() == "newsbrief: error: no such file: /no/such/feed.xml"


def test_preview_of_unparseable_bytes_is_a_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.xml"
    junk.write_bytes(b"\x00\x01 this is not a feed <<<")
    result = run("preview", str(junk))
    assert result.returncode == 1
    assert result.stderr.startswith("newsbrief: error: not a readable feed")


def test_invalid_config_names_the_bad_key(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[fetch]\ntimeout = 'soon'\nmystery = 1\n")
    result = run("--config", str(cfg), "feeds", "list")
    assert result.returncode == 1
    assert "fetch.timeout" in result.stderr and "fetch.mystery: unknown setting" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_config_file_that_is_not_toml(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("this is = = not toml")
    result = run("--config", str(cfg), "feeds", "list")
    assert result.returncode == 1 and "is not valid TOML" in result.stderr


def test_secrets_in_a_config_file_are_refused(tmp_path: Path) -> None:
    cfg = tmp_path / "secret.toml"
    cfg.write_text('slack_bot_token = "xoxb-123"\n')
    result = run("--config", str(cfg), "feeds", "list")
    assert result.returncode == 1 and "environment" in result.stderr
    assert "xoxb-123" not in result.stderr


def test_unknown_command_and_bad_channel() -> None:
    result = run("frobnicate")
    assert result.returncode == 2 and "invalid choice: 'frobnicate'" in result.stderr
    bad = run("ask", "/news help", "--channel", "no-colon")
    assert bad.returncode == 1 and "invalid channel 'no-colon'" in bad.stderr


def test_feeds_add_list_remove_and_ask(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    feed = DEMO / "wire-world.xml"
    added = run(
        "feeds",
        "add",
        "http://127.0.0.1:59999/feed.xml",
        "--name",
        "Local",
        db=db,
        env={"NEWSBRIEF_ALLOW_PRIVATE_NETWORKS": "1"},
    )
    assert added.returncode == 0, added.stderr
    assert "Added Local" in added.stdout
    listed = run("feeds", "list", db=db)
    assert "Local" in listed.stdout and "127.0.0.1:59999/feed.xml" in listed.stdout
    flagged = run(
        "feeds",
        "add",
        "http://127.0.0.1:59998/f.xml",
        "--name",
        "Flags",
        "--trusted",
        "--full-text",
        "--interval",
        "900",
        db=db,
        env={"NEWSBRIEF_ALLOW_PRIVATE_NETWORKS": "1"},
    )
    assert flagged.returncode == 0, flagged.stderr
    row = next(line for line in run("feeds", "list", db=db).stdout.splitlines() if "Flags" in line)
    assert "trusted full-text" in row and "900s" in row
    blocked = run("feeds", "add", "http://127.0.0.1:59997/f.xml", db=db)
    assert blocked.returncode == 1 and "loopback address" in blocked.stdout
    asked = run("ask", "/news sources", db=db)
    assert asked.returncode == 0 and "Local" in asked.stdout
    unknown = run("ask", "/news frobnicate", db=db)
    assert unknown.returncode == 1 and "unknown command" in unknown.stdout
    removed = run("feeds", "remove", "Local", db=db)
    assert removed.returncode == 0 and "no longer follows" in removed.stdout
    assert feed.exists()


@pytest.mark.parametrize("argv", [["run", "--once"]])
def test_run_once_with_no_feeds_exits_cleanly(tmp_path: Path, argv: list[str]) -> None:
    result = run(*argv, db=tmp_path / "empty.db")
    assert result.returncode == 0, result.stderr


def test_python_dash_m_bot_is_the_same_cli() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("newsbrief ")


def test_a_file_that_is_not_a_database_is_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"my notes, not a database" * 100)
    result = run("feeds", "list", db=bad)
    assert result.returncode == 1
    assert result.stderr.strip().endswith("file is not a database")
    assert bad.read_bytes().startswith(b"my notes")


FIXTURES = Path(__file__).resolve().parent / "data" / "realistic_feeds"


def test_preview_shows_no_galleries_promos_or_untitled_stubs() -> None:
    """issue 17: non-stories are flagged in --json and left out of the digest preview."""
    as_json = run("preview", str(FIXTURES / "21_non_stories.xml"), "--json")
    assert as_json.returncode == 0, as_json.stderr
    items = json.loads(as_json.stdout)
    hidden = [i["title"] for i in items if not i["is_story"]]
    assert hidden and len(hidden) < len(items)
    shown = run("preview", str(FIXTURES / "21_non_stories.xml"))
    assert shown.returncode == 0, shown.stderr
    for title in hidden:
        assert title[:40] not in shown.stdout


def test_preview_of_a_feed_in_an_unknown_encoding_is_one_clear_line(tmp_path: Path) -> None:
    feed = tmp_path / "garbled.xml"
    noise = bytes(range(128, 256)) * 20  # not UTF-8, and no single-byte text either
    feed.write_bytes(b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                     b"<title>X</title><item><title>" + noise + b"</title></item></channel></rss>")
    result = run("preview", str(feed))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "newsbrief: error: the feed is not valid utf-8 and its real encoding cannot be told"
    )
