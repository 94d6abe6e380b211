"""`newsbrief doctor`: what is wrong with this installation, and how to fix it.

Checks, in order: settings; database reachable and schema current (read-only for SQLite:
the doctor never creates or migrates a database); each configured adapter's tokens present
(never printed) and, with `--online`, accepted by the platform (Slack `auth.test`, Discord
`/users/@me`); subscriptions whose platform has no adapter; each feed's last status; the
outbox. Exit code 0 when nothing failed (warnings allowed), 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import aiosqlite

from bot.core.errors import ConfigError, NewsbriefError
from bot.core.settings import Secrets, Settings, load_secrets, load_settings
from bot.store.sql import load_migrations

log = logging.getLogger(__name__)

Status = Literal["ok", "warn", "fail"]
# An online token check: (api base URL, token) → who the token belongs to; raises on failure.
TokenProbe = Callable[[str, str], Awaitable[str]]
DB_TIMEOUT = 5.0
SLACK_API = "https://slack.com/api"
DISCORD_API = "https://discord.com/api/v10"


@dataclass(frozen=True, slots=True)
class Finding:
    area: str
    status: Status
    detail: str
    fix: str = ""


def _ok(area: str, detail: str) -> Finding:
    return Finding(area, "ok", detail)


# database -----------------------------------------------------------------------------------


def newest_migration(backend: str) -> int | None:
    try:
        found = load_migrations(backend)
    except (FileNotFoundError, OSError):
        return None
    return found[-1][0] if found else None


def _sqlite_file_problem(path: str) -> Finding | None:
    p = Path(path)
    if p.is_dir():
        return Finding("database", "fail", f"{path} is a directory, not a database file",
                       "point database_url at a file, e.g. sqlite:///newsbrief.db")
    if not p.exists():
        parent = next((d for d in [p.parent, *p.parent.parents] if d.exists()), None)
        if parent is None or not parent.is_dir() or not os.access(parent, os.W_OK):
            return Finding("database", "fail", f"cannot create {path}: {parent} is not writable",
                           "fix the directory permissions or change database_url")
        return Finding("database", "warn", f"{path} does not exist yet",
                       "it is created on first start (newsbrief run / newsbrief demo)")
    return None


async def _sqlite_version(path: str) -> int:
    """Schema version read through a read-only connection: the doctor changes nothing."""
    uri = (await asyncio.to_thread(Path(path).resolve)).as_uri() + "?mode=ro"
    async with aiosqlite.connect(uri, uri=True) as db:
        async with db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_migrations'"
        ) as cur:
            if await cur.fetchone() is None:
                return 0
        async with db.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations") as cur:
            row = await cur.fetchone()
    return int(row[0]) if row else 0


async def check_database(url: str) -> tuple[list[Finding], bool]:
    """Findings about the database, and whether it is safe to open the store for more checks."""
    area = "database"
    if url.startswith("sqlite:"):
        from bot.store.sqlite import sqlite_path

        path = sqlite_path(url)
        if path == ":memory:":
            return [Finding(area, "warn", "in-memory SQLite: nothing survives a restart",
                            "set database_url to sqlite:////var/lib/newsbrief/newsbrief.db")], False
        problem = await asyncio.to_thread(_sqlite_file_problem, path)
        if problem is not None:
            return [problem], False
        backend = "sqlite"
        try:
            async with asyncio.timeout(DB_TIMEOUT):
                version = await _sqlite_version(path)
        except Exception as e:
            return [Finding(area, "fail", f"cannot read {path}: {e}",
                            "restore it from a backup, or move it away to start afresh")], False
        where = path
    else:
        from bot.store import make_store

        backend = "postgres" if url.startswith("postgres") else url.split(":", 1)[0]
        where = url.split("@")[-1]  # never print a password from the URL
        try:
            store = make_store(url)
            async with asyncio.timeout(DB_TIMEOUT):
                await store.open()  # PostgreSQL: applies pending migrations as any start would
                try:
                    version = await store.schema_version()
                finally:
                    await store.close()
        except ConfigError as e:
            return [Finding(area, "fail", str(e), "fix database_url")], False
        except Exception as e:
            return [Finding(area, "fail", f"{where} unreachable: {e}",
                            "is the server running, and are host, port and password right?")], False
    newest = newest_migration(backend)
    if newest is not None and version > newest:
        return [Finding(area, "fail", f"{where}: schema version {version} is newer than this "
                        f"newsbrief knows ({newest})", "upgrade newsbrief")], False
    if newest is not None and version < newest:
        return [Finding(area, "warn", f"{where}: schema version {version}, newest is {newest}",
                        "pending migrations are applied on the next start (newsbrief run)")], False
    return [_ok(area, f"{where} reachable, schema version {version} (current)")], True


# tokens -------------------------------------------------------------------------------------


async def slack_auth_test(api: str, token: str) -> str:
    import aiohttp

    timeout = aiohttp.ClientTimeout(total=10)
    headers = {"Authorization": f"Bearer {token}"}
    async with (aiohttp.ClientSession(timeout=timeout) as http,
                http.post(f"{api}/auth.test", headers=headers) as resp):
        data = await resp.json(content_type=None)
    if not data.get("ok"):
        raise ConfigError(f"Slack refused the token: {data.get('error', resp.status)}")
    return f"{data.get('user', '?')} in {data.get('team', '?')}"


async def discord_users_me(api: str, token: str) -> str:
    import aiohttp

    timeout = aiohttp.ClientTimeout(total=10)
    headers = {"Authorization": f"Bot {token}"}
    async with (aiohttp.ClientSession(timeout=timeout) as http,
                http.get(f"{api}/users/@me", headers=headers) as resp):
        data = await resp.json(content_type=None)
    if resp.status != 200:
        message = data.get("message", "") if isinstance(data, dict) else ""
        raise ConfigError(f"Discord refused the token: HTTP {resp.status} {message}".strip())
    return str(data.get("username", "?"))


DEFAULT_PROBES: Mapping[str, TokenProbe] = {"slack": slack_auth_test, "discord": discord_users_me}


def _secret(value: Any) -> str | None:
    if value is None:
        return None
    raw = value.get_secret_value() if hasattr(value, "get_secret_value") else str(value)
    return raw.strip() or None


async def check_adapters(
    settings: Settings, secrets: Secrets, *, probes: Mapping[str, TokenProbe] | None
) -> list[Finding]:
    out: list[Finding] = []
    for name in settings.adapters:
        area = f"adapter {name}"
        if name == "console":
            out.append(_ok(area, "prints to the terminal; needs no token"))
            continue
        if name == "slack":
            token = _secret(secrets.slack_bot_token)
            needed: dict[str, tuple[str | None, str | None, str]] = {
                "SLACK_BOT_TOKEN": (token, "xoxb-",
                                    "api.slack.com/apps → your app → OAuth & Permissions"),
            }
            transport = getattr(getattr(settings, "slack", None), "transport", None)
            if transport is None:  # no slack.transport setting: guess from the tokens
                transport = "socket" if _secret(secrets.slack_app_token) else "http"
            if transport == "http":
                needed["SLACK_SIGNING_SECRET"] = (
                    _secret(secrets.slack_signing_secret), None,
                    "Basic Information → Signing Secret (or slack.transport = \"socket\")")
            else:
                needed["SLACK_APP_TOKEN"] = (_secret(secrets.slack_app_token), "xapp-",
                                             "Basic Information → App-Level Tokens")
            api = settings.slack_api_url or SLACK_API
        elif name == "discord":
            token = _secret(secrets.discord_token)
            needed = {
                "DISCORD_TOKEN": (token, None, "Developer Portal → your app → Bot → Reset Token"),
            }
            api = settings.discord_api_url or DISCORD_API
            gateway = getattr(getattr(settings, "discord", None), "gateway", True)
            if not gateway:  # HTTP interactions: `newsbrief web` must verify Discord's signature
                needed["DISCORD_PUBLIC_KEY"] = (
                    secrets.discord_public_key, None,
                    "Developer Portal → General Information → Public Key")
        else:
            out.append(Finding(area, "fail", f"unknown adapter {name!r}",
                               "adapters may be console, slack, discord"))
            continue
        missing = False
        for var, (value, prefix, where) in needed.items():
            if not value:
                missing = True
                out.append(Finding(area, "fail", f"{var} is not set",
                                   f"export {var}=… in the bot's environment ({where})"))
            elif prefix and not str(value).startswith(prefix):
                out.append(Finding(area, "warn", f"{var} is set but does not look like one "
                                   f"(expected {prefix}…)", f"copy it again from {where}"))
        if missing:
            continue
        if probes is not None and name in probes and token:
            try:
                async with asyncio.timeout(15):
                    who = await probes[name](api.rstrip("/"), token)
            except ConfigError as e:  # the platform answered: it refused the token
                out.append(Finding(area, "fail", f"token check failed: {e}",
                                   "reset the token and update the environment"))
                continue
            except Exception as e:  # no answer: the network, not the token
                reason = str(e) or type(e).__name__
                out.append(Finding(area, "warn", f"could not reach {name} to check the token "
                                   f"({reason})", f"check the network or proxy to {api}; the "
                                   "token itself was not checked"))
                continue
            out.append(_ok(area, f"tokens set; the platform accepts them ({who})"))
        else:
            out.append(_ok(area, "tokens set (not checked online; use --online)"))
    return out


# feeds and outbox ---------------------------------------------------------------------------


async def check_store(store: Any, settings: Settings) -> list[Finding]:
    out: list[Finding] = []
    channels = await store.channels()
    orphans = sorted({ch.platform for ch in channels} - set(settings.adapters))
    for platform in orphans:
        names = ", ".join(str(c) for c in channels if c.platform == platform)
        out.append(Finding("subscriptions", "fail",
                           f"{names} subscribed, but no {platform!r} adapter is configured: "
                           "their stories wait in the queue",
                           f"add {platform} to adapters "
                           f"(NEWSBRIEF_ADAPTERS={','.join([*settings.adapters, platform])})"))
    feeds = await store.list_feeds()
    if not feeds:
        out.append(Finding("feeds", "warn", "no feeds yet",
                           "newsbrief feeds add URL --channel C, or feeds import-opml FILE"))
    healthy = 0
    for f in feeds:
        label = f"feed #{f.id} {f.display_name}"
        if f.disabled_reason:
            out.append(Finding("feeds", "fail", f"{label}: disabled: {f.disabled_reason}",
                               f"check {f.url}; `newsbrief feeds add {f.url}` re-enables it, "
                               f"`newsbrief feeds remove {f.id}` drops it"))
        elif f.error_count:
            when = f.next_fetch_at.strftime("%Y-%m-%d %H:%M UTC") if f.next_fetch_at else "soon"
            out.append(Finding("feeds", "warn",
                               f"{label}: {f.error_count} failed fetch(es): {f.last_error}",
                               f"retried at {when}; disabled after "
                               f"{settings.poll.max_errors} in a row"))
        else:
            healthy += 1
    if feeds:
        out.append(_ok("feeds", f"{healthy} of {len(feeds)} feeds healthy"))
    counts = await store.delivery_counts()
    if counts.get("failed"):
        out.append(Finding("outbox", "warn", f"{counts['failed']} deliveries failed for good",
                           "see the worker log for 'delivery failed'"))
    out.append(_ok("outbox", ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
                   or "empty"))
    return out


# optional parts -----------------------------------------------------------------------------


def check_optional_parts() -> list[Finding]:
    """Parts imported lazily (so one broken dependency cannot take the CLI down) still count."""
    from bot.content.fulltext import extractor_problem

    problem = extractor_problem()
    if problem is None:
        return [_ok("full text", "trafilatura imports")]
    return [
        Finding(
            "full text",
            "fail",
            f"full-text extraction (feeds added with --full-text) cannot run: {problem}",
            "pip install --upgrade --force-reinstall newsbrief (it declares lxml_html_clean)",
        )
    ]


# all together -------------------------------------------------------------------------------


async def diagnose(
    config: str | None = None,
    *,
    database_url: str | None = None,
    secrets: Secrets | None = None,
    probes: Mapping[str, TokenProbe] | None = None,
) -> list[Finding]:
    """Every finding, worst problems included; never raises for a broken installation."""
    try:
        overrides = {"database_url": database_url} if database_url else {}
        settings = load_settings(config, **overrides)
    except NewsbriefError as e:
        return [Finding("settings", "fail", str(e), "fix the named key in the file or variable")]
    adapters = settings.adapters_reason or f"adapters: {', '.join(settings.adapters)}"
    findings = [_ok("settings", f"loaded; {adapters}")]
    url = settings.resolved_database_url
    db_findings, usable = await check_database(url)
    findings += db_findings
    findings += await check_adapters(settings, secrets or load_secrets(), probes=probes)
    findings += check_optional_parts()
    if usable:
        from bot.store import open_store

        try:
            store = await open_store(url)
        except Exception as e:
            findings.append(Finding("database", "fail", f"cannot open: {e}", ""))
        else:
            try:
                findings += await check_store(store, settings)
            finally:
                await store.close()
    return findings


def exit_code(findings: list[Finding]) -> int:
    return 1 if any(f.status == "fail" for f in findings) else 0


def render(findings: list[Finding], *, width: int = 140, color: bool = False) -> str:
    import io

    from rich.console import Console
    from rich.table import Table

    marks = {"ok": "[green]ok[/]", "warn": "[yellow]warn[/]", "fail": "[bold red]FAIL[/]"}
    table = Table("", "check", "finding", "how to fix", title="newsbrief doctor")
    for f in findings:
        table.add_row(marks[f.status], f.area, _esc(f.detail), _esc(f.fix))
    fails = sum(f.status == "fail" for f in findings)
    warns = sum(f.status == "warn" for f in findings)
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=color, no_color=not color,
                      emoji=False)
    console.print(table)
    console.print("all good" if not fails and not warns
                  else f"{fails} problem(s), {warns} warning(s)")
    return buf.getvalue()


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(text)


async def cli_doctor(args: argparse.Namespace) -> int:
    findings = await diagnose(
        args.config, database_url=args.db, probes=DEFAULT_PROBES if args.online else None
    )
    if args.json:
        sys.stdout.write(json.dumps([asdict(f) for f in findings], indent=2) + "\n")
    else:
        sys.stdout.write(render(findings, color=sys.stdout.isatty()))
    return exit_code(findings)
