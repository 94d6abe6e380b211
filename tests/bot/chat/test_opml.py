"""OPML import/export with real-world-shaped files (tests/data/opml/), through the real CLI."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.chat.opml import (
    OpmlEntry,
    apply_import,
    export_opml,
    parse_opml,
    plan_import,
)
from bot.cli.main import main
from bot.core.errors import ConfigError
from bot.core.types import ChannelRef
from bot.store.sqlite import SQLiteStore
from tests.support.ops import clean_env

DATA = Path(__file__).resolve().parents[2] / "data" / "opml"
WORLD = ChannelRef("console", "world")


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    clean_env(monkeypatch)


def _read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def test_nested_outlines_titles_and_folders() -> None:
    entries = parse_opml(_read("nested.opml"))
    by_url = {e.url: e for e in entries}
    ecfr = by_url["https://ecfr.example.eu/feed/"]
    assert ecfr.title == "ECFR Commentary" and ecfr.categories == ("Think tanks", "Europe")
    assert ecfr.line == 14
    # Missing title: empty, not the URL and not None. `text=""` falls back to `title`.
    assert by_url["https://carnegie.example.org/rss/europe.xml"].title == ""
    assert by_url["https://chathamhouse.example.org/rss"].title == "Chatham House"
    # `&amp;` in attributes is decoded.
    assert "https://apnews.example.org/hub/diplomacy?format=rss&lang=en" in by_url
    # A type="link" outline without xmlUrl is not a feed.
    assert all("example.org/\"" not in e.url for e in entries) and len(entries) == 11


def test_plan_reports_duplicates_and_bad_urls_by_line() -> None:
    plan = plan_import(parse_opml(_read("nested.opml")))
    assert len(plan.add) == 6
    assert [(e.line, first) for e, first in plan.duplicates] == [(19, 9), (20, 9)]
    failed = {e.line: why for e, why in plan.failed}
    assert failed[22] == "the outline has an empty xmlUrl"
    assert "only http and https" in failed[23]
    assert "192.168.1.10 is a private address" in failed[24]
    # feed:// (old Safari exports) becomes http://
    assert any(e.url == "http://foreignpolicy.example.com/feed/" for e in plan.add)


def test_private_addresses_allowed_when_configured() -> None:
    plan = plan_import(parse_opml(_read("nested.opml")), allow_private_networks=True)
    assert len(plan.add) == 7 and len(plan.failed) == 2


def test_iso_8859_1_declared_file_decodes_titles() -> None:
    entries = parse_opml(_read("latin1.opml"))
    assert [e.title for e in entries] == ["Le Monde diplomatique - été", "Affaires étrangères"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.opml", "is empty"),
        ("not_xml.opml", "is an HTML page, not OPML"),
        ("truncated.opml", "is not well-formed XML (line 5"),
        ("rss_not_opml.opml", "is not OPML: the root element is <rss>"),
        ("bomb.opml", "declares XML entities"),
    ],
)
def test_bad_files_are_refused_with_a_clear_error(name: str, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_opml(_read(name), source=name)
    assert message in str(err.value) and name in str(err.value)


def test_plain_text_and_multibyte_encodings_are_refused() -> None:
    with pytest.raises(ConfigError, match="not well-formed XML"):
        parse_opml(b"just some words, no markup")
    sjis = '<?xml version="1.0" encoding="Shift_JIS"?><opml><body/></opml>'.encode("shift_jis")
    with pytest.raises(ConfigError, match="save it as UTF-8"):
        parse_opml(sjis)


@pytest.mark.parametrize(
    ("url", "outcome"),
    [
        ("https://example.com/feed", "https://example.com/feed"),
        ("feed:https://Ex.COM/a?b=1", "https://ex.com/a?b=1"),
        ("http://[::1]/feed", "loopback address"),
        ("ftp://example.com/feed", "only http and https"),
        ("https://user:pw@example.com/feed", "passwords in feed URLs are not allowed"),
        ("https://example.com:99999/", "not a valid URL"),
    ],
)
def test_each_outline_goes_through_the_url_guard(url: str, outcome: str) -> None:
    plan = plan_import([OpmlEntry(url, "t", (), 7)])
    if plan.add:
        assert plan.add[0].url == outcome
    else:
        assert outcome in plan.failed[0][1] and "pw" not in plan.failed[0][1]


async def test_apply_import_is_idempotent(tmp_path: Path) -> None:
    store = SQLiteStore(str(tmp_path / "s.db"))
    await store.open()
    try:
        plan = plan_import(parse_opml(_read("nested.opml")))
        first = await apply_import(store, plan, WORLD)
        assert len(first.added) == 6 and not first.present
        again = await apply_import(store, plan, WORLD)
        assert not again.added and len(again.present) == 6
        assert again.summary() == (
            "added 0, skipped 8 (2 duplicate in the file, 6 already subscribed), failed 3"
        )
        # A feed already known to another channel is only subscribed, not re-added.
        other = await apply_import(store, plan, ChannelRef("slack", "C1"))
        assert len(other.added) == 6 and len(await store.list_feeds()) == 6
        feed = await store.find_feed("https://ecfr.example.eu/feed/")
        assert feed is not None and feed.name == "ECFR Commentary"
    finally:
        await store.close()


def test_export_writes_valid_opml_that_reimports() -> None:
    from bot.core.types import Feed

    feeds = [Feed(id=1, url="https://a.example/feed?x=1&y=2", name="Él & <Co>"),
             Feed(id=2, url="https://b.example/rss", title="B")]
    data = export_opml(feeds, {1: ["slack:C1", "console:world"]},
                       now=datetime(2026, 1, 2, tzinfo=UTC))
    entries = parse_opml(data)
    assert entries == [
        OpmlEntry("https://a.example/feed?x=1&y=2", "Él & <Co>", (), entries[0].line),
        OpmlEntry("https://b.example/rss", "B", (), entries[1].line),
    ]
    assert b'category="/console:world,/slack:C1"' in data
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")


# through the CLI -----------------------------------------------------------------------------


def _cli(db: str, *argv: str) -> int:
    return main(["--db", db, *argv])


def test_cli_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'nb.db'}"
    code = _cli(db, "feeds", "import-opml", str(DATA / "nested.opml"), "--channel", "console:world",
                "--no-check")  # offline: example.org does not resolve here
    err = capsys.readouterr().err
    assert code == 1  # three outlines failed: the exit code says so
    assert "added 6, skipped 2 (2 duplicate in the file, 0 already subscribed), failed 3" in err
    assert "line 19: duplicate of line 9" in err and "line 23: failed:" in err
    assert "importing" not in err  # no progress bar when not a terminal

    out = tmp_path / "out.opml"
    assert _cli(db, "feeds", "export-opml", str(out)) == 0
    exported = parse_opml(out.read_bytes())
    assert {e.url for e in exported} == {e.url for e in plan_import(
        parse_opml(_read("nested.opml"))).add}

    # Re-importing the export into the same channel adds nothing.
    assert _cli(db, "feeds", "import-opml", str(out), "--channel", "console:world",
                "--no-check") == 0
    assert "added 0, skipped 6" in capsys.readouterr().err

    # Export to stdout.
    assert _cli(db, "feeds", "export-opml") == 0
    assert capsys.readouterr().out.count("<outline") == 6


def test_cli_bad_file_adds_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'nb.db'}"
    code = _cli(db, "feeds", "import-opml", str(DATA / "truncated.opml"), "--channel", "console:x")
    assert code == 1
    assert "is not well-formed XML (line 5" in capsys.readouterr().err
    assert not (tmp_path / "nb.db").exists()  # the database was never even opened
    assert _cli(db, "feeds", "import-opml", str(tmp_path / "missing.opml"),
                "--channel", "console:x") == 1
    assert "no such file" in capsys.readouterr().err
    assert _cli(db, "feeds", "import-opml", str(DATA / "no_feeds.opml"),
                "--channel", "console:x") == 1
    assert "contains no feeds" in capsys.readouterr().err
    assert _cli(db, "feeds", "import-opml", str(DATA / "latin1.opml"),
                "--channel", "not a channel") == 1
    assert "invalid channel" in capsys.readouterr().err


def test_cli_strict_and_dry_run_add_nothing(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'nb.db'}"
    nested = str(DATA / "nested.opml")
    assert _cli(db, "feeds", "import-opml", nested, "--channel", "console:w", "--strict",
                "--no-check") == 1
    assert "--strict: nothing added" in capsys.readouterr().err
    assert _cli(db, "feeds", "import-opml", nested, "--channel", "console:w", "--dry-run",
                "--no-check") == 1
    assert "dry run: would add 6" in capsys.readouterr().err

    async def count() -> int:
        store = SQLiteStore(str(tmp_path / "nb.db"))
        await store.open()
        try:
            return len(await store.list_feeds())
        finally:
            await store.close()

    assert asyncio.run(count()) == 0


@pytest.mark.parametrize("terminal", [True, False])
async def test_progress_bar_only_on_a_terminal(tmp_path: Path, terminal: bool) -> None:
    import io

    from rich.console import Console

    from bot.chat.opml import import_progress

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=terminal, width=100)
    store = SQLiteStore(str(tmp_path / "s.db"))
    await store.open()
    try:
        plan = plan_import(parse_opml(_read("nested.opml")))
        with import_progress(console) as progress:
            task = progress.add_task("importing", total=len(plan.add))
            await apply_import(store, plan, WORLD, progress=lambda n: progress.advance(task, n))
            progress.refresh()
    finally:
        await store.close()
    assert ("6/6" in buf.getvalue()) is terminal
