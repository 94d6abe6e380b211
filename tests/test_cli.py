"""The `newsbrief` CLI as a user runs it: real subprocesses, real files, a temp database."""

from __future__ import annotations

import json
import os
import socket
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
    # The demo's port taken by something else now: the same feeds at another address.
    with socket.socket() as busy:
        busy.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            busy.bind(("127.0.0.1", 8765))
            busy.listen()
        except OSError:
            pass  # already busy (another demo running): the same situation
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
    assert "NEWSBRIEF_ALLOW_PRIVATE_NETWORKS=1" in blocked.stdout
    typo = run("feeds", "add", "http://no-such-host.invalid/feed.xml", db=db)
    assert typo.returncode == 1 and "does not exist" in typo.stdout, typo.stdout
    assert "Warning:" in added.stdout  # nothing listens on :59999: added, with a warning
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


def test_global_options_work_after_the_subcommand(tmp_path: Path) -> None:
    """`newsbrief run --config X`, `demo --db X`, `doctor --db X`: as the README prints them."""
    cfg = tmp_path / "feeds.toml"
    cfg.write_text('[poll]\ninterval = 900\n')
    db = tmp_path / "after.db"
    ran = run("run", "--once", "--config", str(cfg), "--db", f"sqlite:///{db}")
    assert ran.returncode == 0, ran.stderr
    assert db.exists()
    bad = tmp_path / "bad.toml"
    bad.write_text("[fetch]\ntimeout = 'soon'\n")
    refused = run("feeds", "list", "--config", str(bad), "--db", f"sqlite:///{db}")
    assert refused.returncode == 1 and "fetch.timeout" in refused.stderr  # the option was used
    doctor = run("doctor", "--db", f"sqlite:///{tmp_path / 'doc.db'}", "--json")
    assert str(tmp_path / "doc.db") in doctor.stdout, doctor.stdout + doctor.stderr
    # Before the subcommand still works, and the later one wins when both are given.
    both = run("--db", "sqlite:///ignored.db", "feeds", "list", "--db", f"sqlite:///{db}")
    assert both.returncode == 0, both.stderr
    assert not (ROOT / "ignored.db").exists()


def test_demo_keeps_out_of_the_real_database(tmp_path: Path) -> None:
    """The demo's loopback feeds never land in the user's database: it has its own."""
    real = tmp_path / "real.db"
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "NEWSBRIEF_DATABASE_URL": f"sqlite:///{real}"}
    demo = run("demo", env=env)
    assert demo.returncode == 0, demo.stderr
    demo_db = tmp_path / "data" / "newsbrief" / "demo.db"
    assert demo_db.exists() and str(demo_db) in demo.stderr
    listed = run("feeds", "list", env=env)
    assert listed.returncode == 0, listed.stderr
    assert "127.0.0.1" not in listed.stdout
    # --db still chooses, and wins over the environment.
    chosen = tmp_path / "chosen.db"
    again = run("demo", "--db", f"sqlite:///{chosen}", env=env)
    assert again.returncode == 0 and chosen.exists(), again.stderr
    assert "127.0.0.1" in run("feeds", "list", "--db", f"sqlite:///{chosen}", env=env).stdout
    assert "127.0.0.1" not in run("feeds", "list", env=env).stdout


def test_tokens_turn_their_platform_on_and_doctor_says_why(tmp_path: Path) -> None:
    env = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}
    result = run("doctor", "--json", db=tmp_path / "d.db", env=env)
    findings = {f["area"]: f for f in json.loads(result.stdout)}
    assert "adapter slack" in findings, result.stdout
    assert "SLACK_BOT_TOKEN set" in findings["settings"]["detail"]
    explicit = run("doctor", "--json", db=tmp_path / "d.db",
                   env={**env, "NEWSBRIEF_ADAPTERS": '["console"]'})
    assert "adapter slack" not in {f["area"] for f in json.loads(explicit.stdout)}


def test_preview_shows_what_would_be_posted_and_counts_the_rest() -> None:
    feed = str(DEMO / "mixed-bag.xml")  # world news mixed with sport and entertainment
    items = json.loads(run("preview", feed, "--json").stdout)
    posting = [i["title"] for i in items if i["would_post"]]
    dropped = [i["title"] for i in items if not i["would_post"]]
    assert posting and dropped
    wide = {"COLUMNS": "400"}  # no headline wrapped inside its panel
    shown = run("preview", feed, env=wide)
    assert shown.returncode == 0, shown.stderr
    assert all(t in shown.stdout for t in posting)
    assert not any(t in shown.stdout for t in dropped)
    summary = shown.stderr.replace("\n", " ")
    assert f"{len(posting)} of {len(items)} items would be posted; {len(dropped)} dropped: " \
        in summary
    assert "below the relevance threshold 0.50" in summary and "--all shows them" in summary
    everything = run("preview", feed, "--all", env=wide)
    assert all(t in everything.stdout for t in posting + dropped)


def test_demo_says_nothing_about_its_own_feeds(tmp_path: Path) -> None:
    result = run("demo", db=tmp_path / "quiet.db")
    assert result.returncode == 0
    assert "malformed" not in result.stderr and "warning" not in result.stderr, result.stderr


@pytest.mark.parametrize(("channel", "hint"), [
    ("slack:general", "C0123ABCD"), ("discord:abc", "17–20 digits"), ("slack:c0123abcd", "C0123")
])
def test_channel_ids_are_checked_per_platform(tmp_path: Path, channel: str, hint: str) -> None:
    result = run("feeds", "add", "http://127.0.0.1:59999/f.xml", "--channel", channel,
                 db=tmp_path / "c.db", env={"NEWSBRIEF_ALLOW_PRIVATE_NETWORKS": "1"})
    assert result.returncode == 1 and hint in result.stderr, result.stderr
    assert f"invalid channel '{channel}'" in result.stderr


def test_an_interval_below_the_floor_is_refused(tmp_path: Path) -> None:
    result = run("feeds", "add", "http://127.0.0.1:59999/f.xml", "--interval", "10",
                 db=tmp_path / "i.db", env={"NEWSBRIEF_ALLOW_PRIVATE_NETWORKS": "1"})
    assert result.returncode == 1 and "poll.min_interval (60 s)" in result.stdout
    assert "127.0.0.1" not in run("feeds", "list", db=tmp_path / "i.db").stdout
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


def test_console_preview_and_site_discovery_through_ask(tmp_path: Path) -> None:
    """Issue 21 on the console: `/news preview` with the channel's rules, and a page that
    advertises one feed subscribed to that feed."""
    import functools
    import http.server
    import threading

    site = tmp_path / "site"
    site.mkdir()
    (site / "mixed-bag.xml").write_bytes((DEMO / "mixed-bag.xml").read_bytes())
    (site / "index.html").write_text(
        '<html><head><link rel="alternate" type="application/rss+xml" href="/mixed-bag.xml">'
        "</head><body>news</body></html>", encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    env = {"NEWSBRIEF_ALLOW_PRIVATE_NETWORKS": "1", "COLUMNS": "400"}
    db = tmp_path / "ask.db"
    try:
        shown = run("ask", f"/news preview {base}/mixed-bag.xml", db=db, env=env)
        assert shown.returncode == 0, shown.stdout + shown.stderr
        assert "items would be posted" in shown.stdout and "below the relevance" in shown.stdout
        assert "no filters (the channel does not follow it yet)" in shown.stdout
        added = run("ask", f"/news feeds add {base}/", db=db, env=env)
        assert added.returncode == 0, added.stdout + added.stderr
        assert f"it advertises one feed, {base}/mixed-bag.xml" in added.stdout
        assert "mixed-bag.xml" in run("ask", "/news sources", db=db, env=env).stdout
        bad = run("ask", "/news settings format tiny", db=db, env=env)
        assert bad.returncode == 1 and "unknown format 'tiny'" in bad.stdout
        # The host CLI's preview takes a site's page as `/news preview` does: its one feed.
        host = run("preview", f"{base}/", env=env)
        assert host.returncode == 0, host.stdout + host.stderr
        assert f"previewing the one feed it advertises, {base}/mixed-bag.xml" in host.stderr
    finally:
        server.shutdown()


_IMPORTS_AT_HELP = """
import runpy, sys
sys.argv = ["bot"] + sys.argv[1:]
try:
    runpy.run_module("bot", run_name="__main__")
except SystemExit as e:
    code = e.code
heavy = ("aiohttp", "pydantic", "asyncio", "bot.core.settings", "bot.runtime", "bot.store",
         "bot.content", "rich")
loaded = sorted(m for m in sys.modules if m.split(".")[0] in heavy or m.startswith(heavy))
print(f"LOADED {code} {loaded}", file=sys.stderr)
"""


@pytest.mark.parametrize("args", [("--help",), ("feeds", "--help"), ("--version",)])
def test_help_loads_argparse_only_no_network_settings_or_event_loop(args: tuple[str, ...]) -> None:
    """`newsbrief --help` must stay fast: it imports no aiohttp, pydantic, asyncio or content
    module (they are imported by the command that needs them)."""
    out = subprocess.run([sys.executable, "-c", _IMPORTS_AT_HELP, *args], capture_output=True,
                         text=True, timeout=60, cwd=ROOT)
    line = out.stderr.strip().splitlines()[-1]
    assert line == "LOADED 0 []", line
    assert "usage: newsbrief" in out.stdout or out.stdout.startswith("newsbrief ")


def test_a_command_raises_the_gc_threshold_before_its_imports() -> None:
    """The collector's young threshold is raised (bot/runtime/gc_tuning.py) as soon as the
    arguments are parsed: the command's imports run under it, not only the worker's cycles."""
    code = (
        "import gc, sys, bot.cli.main as m\n"
        "seen = []\n"
        "def dispatch(args):\n"
        "    seen.append((gc.get_threshold()[0], 'bot.runtime.app' in sys.modules))\n"
        "    raise SystemExit(0)\n"
        "m._stoppable = lambda command: command\n"
        "m._dispatch = dispatch\n"
        "try:\n"
        "    m.main(['feeds', 'list'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(seen)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, cwd=ROOT)
    from bot.runtime.gc_tuning import YOUNG

    assert out.stdout.strip() == f"[({YOUNG}, False)]", out.stdout + out.stderr


def test_run_once_flushes_its_posts_before_its_fast_exit(tmp_path: Path) -> None:
    """`run --once` ends without the interpreter's teardown (bot.cli.main.exit_now): what the
    console adapter posted still reaches a piped stdout, the log its stderr, and the items are
    recorded: a second run posts nothing. A caller of `main([...])` gets the code back."""
    import functools
    import http.server
    import threading

    site = tmp_path / "site"
    site.mkdir()
    (site / "feed.xml").write_bytes((DEMO / "mixed-bag.xml").read_bytes())
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    env = {"NEWSBRIEF_ALLOW_PRIVATE_NETWORKS": "1", "NEWSBRIEF_ADAPTERS": '["console"]',
           "NEWSBRIEF_LOG_LEVEL": "INFO", "COLUMNS": "400"}
    db = tmp_path / "once.db"
    try:
        added = run("feeds", "add", url, "--channel", "console:world", db=db, env=env)
        assert added.returncode == 0, added.stdout + added.stderr
        first = run("run", "--once", db=db, env=env)
        assert first.returncode == 0, first.stderr
        assert "https://" in first.stdout, first.stdout + first.stderr  # posted links, flushed
        assert "cycle done" in first.stderr  # the last log line, flushed too
        again = run("run", "--once", db=db, env=env)
        assert again.returncode == 0 and "https://" not in again.stdout
        code = ("import sys; from bot.cli.main import main; "
                f"print('returned', main(['run', '--once', '--db', 'sqlite:///{db}']))")
        full_env = {**{k: v for k, v in os.environ.items() if not k.startswith("NEWSBRIEF_")},
                    **env}
        called = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                timeout=120, env=full_env, cwd=ROOT)
        assert "returned 0" in called.stdout, called.stdout + called.stderr
    finally:
        server.shutdown()
