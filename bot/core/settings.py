"""Settings: built-in defaults ← bot/data/defaults.toml ← your TOML file ← NEWSBRIEF_* environment.

Secrets (tokens, keys) are read only from the environment, never from a file, and are kept in
`Secrets` so that printing or logging `Settings` can never leak them.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from bot.core.errors import ConfigError
from bot.core.types import ChannelRef
from bot.data import DEFAULTS_FILE


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FetchSettings(_Section):
    timeout: float = Field(20.0, gt=0, le=300, description="total seconds per request")
    max_redirects: int = Field(5, ge=0, le=20)
    max_body_bytes: int = Field(15 * 1024 * 1024, ge=1024, description="after decompression")
    concurrency: int = Field(64, ge=1, le=1024, description="requests in flight, all hosts")
    per_host: int = Field(4, ge=1, le=64, description="requests in flight per host")
    user_agent: str = "newsbrief/0.1 (+https://github.com/newsbrief/newsbrief; feed digest bot)"


class PollSettings(_Section):
    interval: int = Field(600, ge=1, description="default seconds between fetches of a feed")
    min_interval: int = Field(60, ge=1, description="floor for per-feed intervals")
    jitter: float = Field(0.1, ge=0, le=0.5, description="± fraction of the interval")
    max_backoff: int = Field(24 * 3600, ge=60)
    max_errors: int = Field(10, ge=1, description="consecutive errors before a feed is disabled")
    first_poll_items: int = Field(3, ge=0, description="newest items posted from a new feed")
    batch: int = Field(200, ge=1, description="feeds leased per cycle")
    retention_days: int = Field(30, ge=1, description="articles older than this are pruned")


class SummarySettings(_Section):
    max_words: int = Field(60, ge=10, le=400)
    max_sentences: int = Field(3, ge=1, le=10)
    llm_base_url: str | None = None  # an OpenAI-compatible endpoint; key from NEWSBRIEF_LLM_API_KEY
    llm_model: str | None = None
    llm_timeout: float = Field(20.0, gt=0)


class RelevanceSettings(_Section):
    threshold: float = Field(0.5, ge=0, le=1, description="default per-channel threshold")


class DiscordSettings(_Section):
    guild_id: int | None = None  # register /news in this server only (instant; for development)
    gateway: bool = True  # False: commands arrive only at the web process's /discord/interactions
    sync_commands: bool = True  # register /news with Discord on start
    admin_role: str | None = None  # role id whose members may run admin commands
    ping_roles: dict[str, str] = {}  # channel id → role id pinged on new stories (opt-in)


class SlackSettings(_Section):
    transport: Literal["http", "socket"] = "http"  # socket: Socket Mode, needs SLACK_APP_TOKEN
    roundup_style: Literal["sections", "thread"] = "sections"  # thread: headlines, details below
    unfurl: bool = False  # let Slack unfurl story links (off: feed links stay plain)
    messages_per_second: float = Field(1.0, gt=0, le=10, description="per channel")
    max_inline_wait: float = Field(5.0, ge=0, le=60, description="429 waits up to this inline")


class FeedConfig(_Section):
    url: str
    channel: str = "console:world"
    name: str | None = None
    trusted: bool = False
    interval: int | None = Field(None, ge=1)

    @field_validator("channel")
    @classmethod
    def _channel(cls, value: str) -> str:
        ChannelRef.parse(value)
        return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="NEWSBRIEF_", env_nested_delimiter="__", extra="forbid", frozen=True
    )

    database_url: str = ""  # empty → a SQLite file in the user data directory
    allow_private_networks: bool = False  # allow loopback/private feed URLs (demo, intranet)
    adapters: tuple[str, ...] = ("console",)
    timezone: str = "UTC"
    log_level: str = "INFO"
    log_format: Literal["auto", "json", "console"] = "auto"
    slack_api_url: str | None = None  # NEWSBRIEF_SLACK_API_URL: Slack Web API base (tests, proxies)
    discord_api_url: str | None = None  # NEWSBRIEF_DISCORD_API_URL
    webhook_url: str | None = None  # NEWSBRIEF_WEBHOOK_URL: the "webhook" adapter posts JSON here
    # NEWSBRIEF_WORKER_ID: the name this worker holds for its leases (bot/store/worker_names.py).
    # Empty (the usual): the first free hostname#N of the database, which a restart takes back.
    worker_id: str = ""
    admins: tuple[str, ...] = ()  # platform user ids allowed to run admin commands

    fetch: FetchSettings = FetchSettings()
    poll: PollSettings = PollSettings()
    summary: SummarySettings = SummarySettings()
    relevance: RelevanceSettings = RelevanceSettings()
    discord: DiscordSettings = DiscordSettings()
    slack: SlackSettings = SlackSettings()
    feeds: tuple[FeedConfig, ...] = ()

    @field_validator("adapters", "admins", mode="before")
    @classmethod
    def _comma_list(cls, value: Any) -> Any:
        if isinstance(value, str):
            return tuple(v.strip() for v in value.split(",") if v.strip())
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # load_settings() merges files and environment itself, so nested keys combine.
        return (init_settings,)

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        data_dir = Path(platformdirs.user_data_dir("newsbrief"))
        return f"sqlite:///{data_dir / 'newsbrief.db'}"


class Secrets(BaseSettings):
    """Tokens from the environment only, with each platform's usual variable names."""

    model_config = SettingsConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    slack_bot_token: SecretStr | None = Field(None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = Field(None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr | None = Field(None, alias="SLACK_APP_TOKEN")
    discord_token: SecretStr | None = Field(None, alias="DISCORD_TOKEN")
    discord_public_key: str | None = Field(None, alias="DISCORD_PUBLIC_KEY")
    discord_application_id: str | None = Field(None, alias="DISCORD_APPLICATION_ID")
    # JSON {"name": "https://discord.com/api/webhooks/…"}: channel discord:webhook-<name>
    discord_webhooks: dict[str, SecretStr] = Field(default_factory=dict, alias="DISCORD_WEBHOOKS")
    llm_api_key: SecretStr | None = Field(None, alias="NEWSBRIEF_LLM_API_KEY")


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


def describe_validation_error(error: ValidationError, source: str) -> str:
    """One line per bad key, naming it the way the user wrote it (fetch.timeout)."""
    lines = []
    for err in error.errors():
        key = ".".join(str(p) for p in err["loc"]) or "(root)"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown setting"
        lines.append(f"{key}: {msg}")
    return f"invalid settings ({source}): " + "; ".join(lines)


def load_settings(config_file: Path | str | None = None, **overrides: Any) -> Settings:
    """Load and validate settings. Raises ConfigError with a message naming the bad key."""
    path = config_file or os.environ.get("NEWSBRIEF_CONFIG")
    data = _read_toml(DEFAULTS_FILE) if DEFAULTS_FILE.exists() else {}
    source = str(DEFAULTS_FILE)
    if path:
        user = _read_toml(Path(path))
        _reject_secrets(user, Path(path))
        data = _merge(data, user)
        source = f"{path} and NEWSBRIEF_* environment"
    data = _merge(data, overrides)
    # The environment wins over files; we merge it ourselves so nested keys combine.
    try:
        return Settings(**_merge(data, _env_values()))
    except ValidationError as e:
        raise ConfigError(describe_validation_error(e, source)) from None


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
