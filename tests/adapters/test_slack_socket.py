"""Socket Mode: SLACK_APP_TOKEN is checked at start, the WebSocket opens, commands are acked."""
# ruff: noqa: F811  (pytest fixtures imported from tests.support.slack_fixtures)

from __future__ import annotations

import pytest

from bot.core.errors import ConfigError
from bot.core.settings import SlackSettings
from tests.support.fake_slack import APP_TOKEN, FakeSlack, slash_body
from tests.support.slack_fixtures import make_adapter, slack_fake  # noqa: F401

SOCKET = SlackSettings(transport="socket", messages_per_second=10)


@pytest.mark.parametrize(
    ("token", "message"),
    [(None, "it is not set"), ("xoxb-not-an-app-token", "starting with xapp-")],
)
async def test_socket_mode_needs_an_app_token(
    slack_fake: FakeSlack, token: str | None, message: str
) -> None:
    adapter = make_adapter(slack_fake, config=SOCKET, app_token=token, signing_secret=None)
    with pytest.raises(ConfigError, match=message):
        await adapter.start()
    await adapter.close()


async def test_rejected_app_token_is_a_clear_error(slack_fake: FakeSlack) -> None:
    adapter = make_adapter(slack_fake, config=SOCKET, app_token="xapp-revoked")
    with pytest.raises(ConfigError, match=r"rejected SLACK_APP_TOKEN: apps\.connections\.open"):
        await adapter.start()
    await adapter.close()


async def test_socket_mode_connects_and_answers_a_slash_command(slack_fake: FakeSlack) -> None:
    # No signing secret needed: Socket Mode requests arrive over our own authenticated socket.
    adapter = make_adapter(slack_fake, config=SOCKET, app_token=APP_TOKEN, signing_secret=None)
    await adapter.start()
    try:
        (opened,) = slack_fake.calls_to("apps.connections.open")
        assert opened.token == APP_TOKEN
        await slack_fake.wait_for(lambda: slack_fake.socket_connected)
        payload = slash_body("help", response_url=slack_fake.response_url())
        await slack_fake.send_slash_command("env-1", payload)
        await slack_fake.wait_for(
            lambda: any(a.get("envelope_id") == "env-1" for a in slack_fake.socket_acks)
        )
        await slack_fake.wait_for(lambda: len(slack_fake.responses) == 1)
        assert slack_fake.responses[0]["text"].startswith("ran 'help'")
    finally:
        await adapter.close()
    await slack_fake.wait_for(lambda: not slack_fake.socket_connected)  # close() hung up
