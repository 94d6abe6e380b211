"""Settings: built-in defaults ← bot/data/defaults.toml ← your TOML file ← NEWSBRIEF_* environment.

Secrets (tokens, keys) are read only from the environment, never from a file, and are kept in
`Secrets` so that printing or logging `Settings` can never leak them.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    SecretStr,
    ValidationError,
    field_validator,
)

from bot.core.errors import ConfigError
from bot.core.types import ChannelRef
from bot.data import DEFAULTS_FILE


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FetchSettings(_Section):
    timeout: float = Field(20.0, gt=0, le=300, description="seconds per request, total")
    max_redirects: int = Field(5, ge=0, le=20, description="redirects followed per request")
    max_body_bytes: int = Field(15 * 1024 * 1024, ge=1024,
                                description="largest feed body, after decompression (15 MiB)")
    concurrency: int = Field(64, ge=1, le=1024, description="requests in flight, all hosts")
    per_host: int = Field(4, ge=1, le=64, description="requests in flight per host")
    user_agent: str = Field(
        "newsbrief/0.1 (+https://github.com/newsbrief/newsbrief; feed digest bot)",
        description="the User-Agent header")


class PollSettings(_Section):
    interval: int = Field(600, ge=1,
                          description="seconds between fetches of a feed (per feed: interval)")
    min_interval: int = Field(60, ge=1, description="floor for any feed's interval")
    jitter: float = Field(0.1, ge=0, le=0.5,
                          description="± fraction of the interval, so feeds do not fire together")
    max_backoff: int = Field(24 * 3600, ge=60,
                             description="longest wait after repeated errors, seconds")
    max_errors: int = Field(10, ge=1, description="consecutive errors before a feed is disabled")
    first_poll_items: int = Field(3, ge=0,
                                  description="a new feed posts at most this many newest items")
    first_poll_channel_items: int = Field(
        10, ge=0, description="the feeds first polled in one cycle (an OPML import) post at most "
                              "this many items to a channel in all: the newest relevant ones")
    backlog: Literal["seen", "full"] = Field(
        "seen", description="a new feed's items beyond what its first poll posts: seen (stored "
                            "as seen, searchable by headline, never summarized; fast) or full "
                            "(every item built into a digest)")
    spread_bursts: bool = Field(
        False, description="share a burst of small content jobs (a cold cycle) with a pool "
                           "process: faster where a core is free, ~50 MB more at peak")
    batch: int = Field(200, ge=1, description="feeds leased per poll cycle")
    retention_days: int = Field(30, ge=1,
                                description="stored articles older than this are pruned (hourly)")


class SummarySettings(_Section):
    max_words: int = Field(60, ge=10, le=400, description="extractive summary budget, words")
    max_sentences: int = Field(3, ge=1, le=10, description="extractive summary budget, sentences")
    llm_base_url: str | None = Field(
        None, description="optional OpenAI-compatible endpoint (key: NEWSBRIEF_LLM_API_KEY)")
    llm_model: str | None = Field(None, description="model name at that endpoint")
    llm_timeout: float = Field(20.0, gt=0, description="seconds per LLM request")


class RelevanceSettings(_Section):
    threshold: float = Field(0.5, ge=0, le=1,
                             description="default per-channel foreign-policy relevance threshold")


class DiscordSettings(_Section):
    guild_id: int | None = Field(
        None, description="register /news in this server only (instant; for development)")
    gateway: bool = Field(
        True, description="false: commands arrive only at the web process's /discord/interactions")
    sync_commands: bool = Field(True, description="register /news with Discord on start")
    admin_role: str | None = Field(None, description="role id whose members may run admin commands")
    ping_roles: dict[str, str] = Field(
        default_factory=dict, description="channel id → role id pinged on new stories (opt-in)")


class SlackSettings(_Section):
    transport: Literal["http", "socket"] = Field(
        "http", description="http: Slack calls `newsbrief web` at /slack/events; socket: Socket "
                            "Mode (needs SLACK_APP_TOKEN)")
    roundup_style: Literal["sections", "thread"] = Field(
        "sections", description="sections: one message; thread: headlines, each story below")
    unfurl: bool = Field(False, description="let Slack unfurl story links")
    messages_per_second: float = Field(1.0, gt=0, le=10,
                                       description="per channel (Slack allows about 1)")
    max_inline_wait: float = Field(
        5.0, ge=0, le=60, description="a 429 asking to wait longer goes back to the queue")


class FeedConfig(_Section):
    url: str
    channel: str = "console:world"
    name: str | None = None
    trusted: bool = False
    interval: int | None = Field(None, ge=1)

    @field_validator("channel")
    @classmethod
    def _channel(cls, value: str) -> str:
        ChannelRef.parse_input(value)
        return value


# Plain pydantic models, not pydantic-settings' BaseSettings: `load_settings` reads files and
# the environment itself (so nested keys combine) and `Secrets` its few variables, and importing
# pydantic-settings was ~35 ms of CPU on every start (`run --once`: bench.cli_cycle).
class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)

    database_url: str = Field(
        "", description="empty: SQLite in the user data dir; or sqlite:///path.db, postgresql://…")
    allow_private_networks: bool = Field(
        False, description="allow feed URLs on loopback/private networks (demo, intranet)")
    # Unset: console plus every platform whose credentials are in the environment (see
    # `auto_adapters`). Set (file or NEWSBRIEF_ADAPTERS), exactly the adapters listed.
    adapters: tuple[str, ...] = Field(
        ("console",), description="unset: console plus every platform whose credentials are "
                                  "set; or a list of console, slack, discord, webhook")
    timezone: str = Field("UTC", description="default timezone for digests")
    log_level: str = Field("INFO", description="DEBUG, INFO, WARNING, ERROR")
    log_format: Literal["auto", "json", "console"] = Field(
        "auto", description="auto: readable on a terminal, JSON otherwise")
    slack_api_url: str | None = Field(None, description="Slack Web API base (tests, proxies)")
    discord_api_url: str | None = Field(None, description="Discord API base (tests, proxies)")
    webhook_url: str | None = Field(None, description="the webhook adapter POSTs JSON here")
    worker_id: str = Field(
        "", description="the name this worker holds for its leases; empty (the usual): the "
                        "first free hostname#N of the database, which a restart takes back")
    admins: tuple[str, ...] = Field(
        (), description="platform user ids allowed to run admin commands")

    fetch: FetchSettings = FetchSettings()
    poll: PollSettings = PollSettings()
    summary: SummarySettings = SummarySettings()
    relevance: RelevanceSettings = RelevanceSettings()
    discord: DiscordSettings = DiscordSettings()
    slack: SlackSettings = SlackSettings()
    feeds: tuple[FeedConfig, ...] = ()

    # Why these adapters (logged at start, shown by doctor); set by load_settings.
    _adapters_reason: str = PrivateAttr("")

    @property
    def adapters_reason(self) -> str:
        return self._adapters_reason

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown timezone {value!r}: use an IANA name, e.g. UTC or Europe/Berlin"
            ) from None
        return value

    @field_validator("adapters", "admins", mode="before")
    @classmethod
    def _comma_list(cls, value: Any) -> Any:
        """`a,b` or a JSON list `["a", "b"]` (what pydantic-settings users write)."""
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                try:
                    items = json.loads(text)
                except json.JSONDecodeError as e:
                    raise ValueError(f"not a JSON list: {e.msg}") from None
                if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                    raise ValueError("a JSON list of strings, e.g. [\"console\", \"slack\"]")
                return tuple(i.strip() for i in items if i.strip())
            return tuple(v.strip() for v in text.split(",") if v.strip())
        return value

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{data_dir() / 'newsbrief.db'}"


def data_dir() -> Path:
    """Where the default SQLite databases live (~/.local/share/newsbrief on Linux)."""
    import platformdirs  # only where no database URL is set: not on every start

    return Path(platformdirs.user_data_dir("newsbrief"))


def demo_database_url() -> str:
    """The demo's own database: its loopback feeds must never reach the real one."""
    return f"sqlite:///{data_dir() / 'demo.db'}"


class Secrets(BaseModel):
    """Tokens from the environment only, with each platform's usual variable names (any case,
    as pydantic-settings read them); values given to the constructor win over the environment.
    DISCORD_WEBHOOKS is JSON."""

    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True,
                              validate_default=True)

    slack_bot_token: SecretStr | None = Field(None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = Field(None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr | None = Field(None, alias="SLACK_APP_TOKEN")
    discord_token: SecretStr | None = Field(None, alias="DISCORD_TOKEN")
    discord_public_key: str | None = Field(None, alias="DISCORD_PUBLIC_KEY")
    discord_application_id: str | None = Field(None, alias="DISCORD_APPLICATION_ID")
    # JSON {"name": "https://discord.com/api/webhooks/…"}: channel discord:webhook-<name>
    discord_webhooks: dict[str, SecretStr] = Field(default_factory=dict, alias="DISCORD_WEBHOOKS")
    llm_api_key: SecretStr | None = Field(None, alias="NEWSBRIEF_LLM_API_KEY")

    def __init__(self, **values: Any) -> None:
        super().__init__(**{**_secrets_from_env(values), **values})


_JSON_SECRETS = {"discord_webhooks"}


def _secrets_from_env(given: Mapping[str, Any]) -> dict[str, Any]:
    """The environment's value of each secret not in `given` (by its variable or field name)."""
    env = {name.lower(): value for name, value in os.environ.items()}
    out: dict[str, Any] = {}
    for name, field in Secrets.model_fields.items():
        alias = field.alias or name
        if name in given or alias in given or (value := env.get(alias.lower())) is None:
            continue
        if name in _JSON_SECRETS:
            try:
                value = json.loads(value)
            except json.JSONDecodeError as e:
                raise ConfigError(f"{alias} is not valid JSON: {e.msg}") from None
        out[alias] = value
    return out


# Which environment variables turn a platform on when `adapters` is not set: any one of them.
PLATFORM_CREDENTIALS: dict[str, tuple[str, ...]] = {
    "slack": ("SLACK_BOT_TOKEN",),
    "discord": ("DISCORD_TOKEN", "DISCORD_WEBHOOKS", "DISCORD_PUBLIC_KEY"),
}


def auto_adapters(env: Mapping[str, str], webhook_url: str | None = None) -> tuple[
    tuple[str, ...], str
]:
    """Console plus every platform whose credentials are present, and why."""
    names, why = ["console"], []
    for platform, variables in PLATFORM_CREDENTIALS.items():
        present = [v for v in variables if env.get(v, "").strip()]
        if present:
            names.append(platform)
            why.append(f"{platform} ({' and '.join(present)} set)")
    if webhook_url:
        names.append("webhook")
        why.append("webhook (webhook_url set)")
    reason = ("adapters not set: console, plus " + ", ".join(why)) if why else (
        "adapters not set and no platform credentials in the environment: console only"
    )
    return tuple(names), reason


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"config file {path} is not valid TOML: {e}") from None
    except OSError as e:
        raise ConfigError(f"cannot read config file {path}: {e.strerror}") from None


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


_SECRET_KEYS = {"slack_bot_token", "slack_signing_secret", "slack_app_token", "discord_token",
                "discord_webhooks",
                "llm_api_key", "api_key", "token"}


def _reject_secrets(data: dict[str, Any], path: Path) -> None:
    for key, value in data.items():
        if key.lower() in _SECRET_KEYS:
            raise ConfigError(
                f"{path}: {key!r} is a secret; set it in the environment, never in a file"
            )
        if isinstance(value, dict):
            _reject_secrets(value, path)


def describe_validation_error(error: ValidationError, origin: Callable[[str], str]) -> str:
    """One line per bad key, named the way the user wrote it (fetch.timeout), with where the
    value came from (`origin(key)`: an environment variable, a file, the command line) and a
    "did you mean" for unknown keys."""
    lines = []
    for err in error.errors():
        loc = [str(p) for p in err["loc"]]
        key = ".".join(loc) or "(root)"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown setting"
            if guess := _did_you_mean(loc):
                msg += f"; did you mean {guess}?"
        lines.append(f"{key}: {msg} ({origin(key)})")
    return "invalid settings: " + "; ".join(lines)


def _did_you_mean(loc: list[str]) -> str | None:
    model: Any = Settings
    for part in loc[:-1]:
        field = model.model_fields.get(part)
        model = getattr(field, "annotation", None) if field else None
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return None
    import difflib  # only for a settings error

    close = difflib.get_close_matches(loc[-1], list(model.model_fields), n=1, cutoff=0.6)
    return ".".join([*loc[:-1], close[0]]) if close else None


def _has(data: dict[str, Any], key: str) -> bool:
    node: Any = data
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def load_settings(config_file: Path | str | None = None, **overrides: Any) -> Settings:
    """Load and validate settings. Raises ConfigError with a message naming the bad key and
    where its value came from."""
    path = config_file or os.environ.get("NEWSBRIEF_CONFIG")
    defaults = _read_toml(DEFAULTS_FILE) if DEFAULTS_FILE.exists() else {}
    user: dict[str, Any] = {}
    if path:
        user = _read_toml(Path(path))
        _reject_secrets(user, Path(path))
    env = _env_values()
    # The environment wins over files, and the command line (overrides) over both; merged here
    # so nested keys combine.
    merged = _merge(_merge(_merge(defaults, user), env), overrides)

    def origin(key: str) -> str:
        if _has(overrides, key):
            return "from the command line"
        if _has(env, key):
            return "from NEWSBRIEF_" + key.upper().replace(".", "__")
        if _has(user, key):
            return f"in {path}"
        return f"in {DEFAULTS_FILE}"

    explicit, reason = "adapters" in merged, ""
    if not explicit:
        hook = merged.get("webhook_url")
        merged["adapters"], reason = auto_adapters(
            os.environ, hook if isinstance(hook, str) else None
        )
    try:
        settings = Settings(**merged)
    except ValidationError as e:
        raise ConfigError(describe_validation_error(e, origin)) from None
    settings._adapters_reason = (
        f"adapters set explicitly: {', '.join(settings.adapters)}" if explicit else reason
    )
    return settings


def _env_values() -> dict[str, Any]:
    """NEWSBRIEF_* variables as a nested dict (NEWSBRIEF_FETCH__TIMEOUT → fetch.timeout)."""
    out: dict[str, Any] = {}
    skip = {"NEWSBRIEF_CONFIG", "NEWSBRIEF_LLM_API_KEY"}
    for name, value in os.environ.items():
        if not name.startswith("NEWSBRIEF_") or name in skip:
            continue
        parts = name.removeprefix("NEWSBRIEF_").lower().split("__")
        node = out
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return out


def load_secrets() -> Secrets:
    return Secrets()
