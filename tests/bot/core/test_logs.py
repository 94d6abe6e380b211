"""Secrets never reach log output, in either format, in messages, fields or tracebacks."""

from __future__ import annotations

import io
import json
import logging

import pytest
from pydantic import SecretStr

from bot.core.logs import REDACTED, ConsoleFormatter, JSONFormatter, redact

SLACK = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx"
DISCORD = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB"


def _emit(formatter: logging.Formatter, msg: str, *args: object, exc: bool = False,
          **extra: object) -> str:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    logger = logging.getLogger("test.redaction")
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    if exc:
        try:
            raise RuntimeError(f"request failed with {SLACK}")
        except RuntimeError:
            logger.exception(msg, *args, extra=extra)
    else:
        logger.info(msg, *args, extra=extra)
    return stream.getvalue()


@pytest.mark.parametrize("formatter", [JSONFormatter(), ConsoleFormatter()])
def test_secrets_are_redacted_everywhere(formatter: logging.Formatter) -> None:
    out = _emit(
        formatter, "posting with token %s", SLACK, exc=True,
        secret=SecretStr("hunter2-signing-secret"),
        headers={"Authorization": f"Bot {DISCORD}", "User-Agent": "newsbrief"},
        url="https://api.example.com/feed?token=abc123def&page=2",
        note=f"discord said no to {DISCORD}",
        slack_bot_token="plain string under a secret-looking key",
    )
    for leaked in (SLACK, DISCORD, "hunter2", "abc123def", "plain string under"):
        assert leaked not in out
    assert REDACTED in out
    # What is not secret survives.
    assert "newsbrief" in out and "page=2" in out and "posting with token" in out


def test_json_stays_json_after_redaction() -> None:
    out = _emit(JSONFormatter(), "hello", count=3, token=SecretStr("x"))
    data = json.loads(out)
    assert data["count"] == 3 and data["token"] == REDACTED and data["event"] == "hello"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("nothing to hide here", "nothing to hide here"),
        ("xapp-1-A0123-4567-abcdef", REDACTED),
        ("Authorization: Bearer abcdefghijklmnopqrstuvwxyz", f"Authorization: {REDACTED}"),
        (42, 42),
        (None, None),
    ],
)
def test_redact_values(value: object, expected: object) -> None:
    assert redact(value) == expected


@pytest.mark.parametrize("level", ["INFO", "DEBUG"])
def test_sdk_start_up_noise_is_debug_only(level: str, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.core.logs import configure_logging

    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        configure_logging(level, "console")
        logging.getLogger("discord.client").warning(
            "davey is not installed, voice will NOT be supported")
        logging.getLogger("newsbrief.slack_bolt").warning(
            "As you gave `client` as well, `token` will be unused.")
        logging.getLogger("newsbrief.test").warning("a real warning")
        err = capsys.readouterr().err
    finally:
        root.handlers[:], root.level = saved[0], saved[1]
    assert "a real warning" in err
    assert ("davey" in err and "token` will be unused" in err) == (level == "DEBUG")
    assert "warning discord.client" not in err
