"""Structured logging: JSON lines when stderr is not a terminal, readable lines when it is.

Call sites log with stdlib `logging` and put data in `extra={...}`; the formatter emits those
fields. Secrets never reach the output: settings keep them in SecretStr, and the formatters
pass every message, field and traceback through `redact()`.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime

_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}

REDACTED = "[redacted]"
# Token shapes that must never reach a log line, whatever field or message carries them:
# Slack (xoxb-/xoxp-/xapp-…), Discord bot tokens (three dot-separated base64 parts),
# Authorization header values, and secrets in URL query strings.
_TOKEN_RE = re.compile(
    r"\bxox[abeoprs]-[A-Za-z0-9-]{8,}"
    r"|\bxapp-[A-Za-z0-9-]{8,}"
    r"|\b[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}"
    r"|\b(?:Bearer|Bot)\s+[A-Za-z0-9._~+/=-]{16,}"
    r"|(?<=[?&])(?:token|access_token|api_key|key|secret|password)=[^&\s]+",
    re.IGNORECASE,
)
_SECRET_KEY_RE = re.compile(r"token|secret|password|passwd|api_key|authorization|signature",
                            re.IGNORECASE)


def redact(value: object, key: str = "") -> object:
    """A log-safe copy of `value`: SecretStr and secret-named keys hidden, token shapes masked."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if hasattr(value, "get_secret_value"):  # pydantic SecretStr / SecretBytes
        return REDACTED
    if key and _SECRET_KEY_RE.search(key):
        return REDACTED
    if isinstance(value, dict):
        return {k: redact(v, str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [redact(v) for v in value]
    text = value if isinstance(value, str) else str(value)
    return _TOKEN_RE.sub(REDACTED, text)


def _extras(record: logging.LogRecord) -> dict[str, object]:
    return {
        k: redact(v, k)
        for k, v in vars(record).items()
        if k not in _STANDARD and not k.startswith("_")
    }


def _message(record: logging.LogRecord) -> str:
    return str(redact(record.getMessage()))


class JSONFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": _message(record),
            **_extras(record),
        }
        if record.exc_info:
            data["exc"] = redact(self.formatException(record.exc_info))
        return json.dumps(data, default=str, ensure_ascii=False)


class ConsoleFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = " ".join(f"{k}={v}" for k, v in _extras(record).items())
        line = f"{record.levelname.lower():7} {record.name}: {_message(record)}"
        line = f"{line}  {fields}" if fields else line
        if record.exc_info:
            line += "\n" + str(redact(self.formatException(record.exc_info)))
        return line


# Start-up remarks of chat SDKs that are no news to an operator: shown at debug level only.
# slack-bolt reads SLACK_BOT_TOKEN itself and then notes that our client's token wins;
# discord.py notes that voice support (which we never use) is missing.
SDK_NOISE = ("`token` will be unused", "voice will NOT be supported", "davey is not installed",
             "PyNaCl is not installed")


class _DemoteSdkNoise(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno > logging.DEBUG and any(n in record.getMessage() for n in SDK_NOISE):
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
            return logging.getLogger().isEnabledFor(logging.DEBUG)
        return True


def configure_logging(level: str = "INFO", fmt: str = "auto") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(_DemoteSdkNoise())
    use_json = fmt == "json" or (fmt == "auto" and not sys.stderr.isatty())
    handler.setFormatter(JSONFormatter() if use_json else ConsoleFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("aiosqlite", "asyncio", "discord", "slack_bolt", "slack_sdk"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
