"""Start-up: the token is checked against (fake) Discord with clear errors; wiring from env."""
# ruff: noqa: F811  (pytest fixtures imported from tests.support.discord_fixtures)

from __future__ import annotations

import logging
import socket

import pytest

from adapters.discord_adapter import DiscordAdapter, create
from bot.chat.adapter_services import AdapterServices
from bot.core.errors import ConfigError
from bot.core.settings import load_secrets, load_settings
from tests.support.discord_fixtures import TOKEN, app, fake, make_adapter  # noqa: F401
from tests.support.fake_discord import APP_ID, FakeDiscord


@pytest.mark.parametrize("token", [None, "", "   "])
async def test_missing_token_is_a_config_error(fake: FakeDiscord, make_adapter, token) -> None:
    adapter = await make_adapter(start=False, token=token)
    with pytest.raises(ConfigError, match="DISCORD_TOKEN is not set"):
        await adapter.start()
    assert fake.requests == []


async def test_rejected_token_is_a_config_error(fake: FakeDiscord, make_adapter) -> None:
    adapter = await make_adapter(start=False, token="wrong-token")
    with pytest.raises(ConfigError, match="Discord rejected DISCORD_TOKEN") as err:
        await adapter.start()
    assert "wrong-token" not in str(err.value)
    assert [r.path for r in fake.requests] == ["/users/@me"]


async def test_unreachable_api_is_a_config_error(make_adapter) -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    adapter = await make_adapter(start=False, api_url=f"http://127.0.0.1:{port}/api/v10")
    with pytest.raises(ConfigError, match="cannot verify DISCORD_TOKEN"):
        await adapter.start()


async def test_from_settings_reads_env(
    fake: FakeDiscord, app, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    monkeypatch.setenv("NEWSBRIEF_DISCORD_API_URL", fake.api_url)
    monkeypatch.setenv("NEWSBRIEF_DISCORD__GATEWAY", "false")
    monkeypatch.setenv("NEWSBRIEF_DISCORD__GUILD_ID", "1200000000000000001")
    monkeypatch.setenv(
        "DISCORD_WEBHOOKS",
        '{"world": "https://discord.com/api/webhooks/1700000000000000001/' + "w" * 68 + '"}',
    )
    adapter = create(AdapterServices(
        load_settings(), load_secrets(), commands=app.commands, catalog=app.store
    ))
    assert TOKEN not in repr(adapter.config) and "w" * 68 not in repr(adapter.config)
    await adapter.start()
    try:
        assert fake.calls("PUT", f"/applications/{APP_ID}/guilds/1200000000000000001/commands")
        assert not fake.calls("GET", "/gateway/bot")  # HTTP-interactions mode: no websocket
    finally:
        await adapter.close()


async def test_command_sync_refused_is_logged_and_posting_still_works(
    fake: FakeDiscord, make_adapter, caplog: pytest.LogCaptureFixture
) -> None:
    fake.script(
        f"/applications/{APP_ID}/commands", (403, {"message": "Missing Access", "code": 50001})
    )
    with caplog.at_level(logging.ERROR):
        await make_adapter(sync_commands=True)
    assert "applications.commands" in caplog.text


def test_webhook_urls_are_secrets_not_settings(tmp_path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('discord_webhooks = {world = "https://discord.com/api/webhooks/1/x"}\n')
    with pytest.raises(ConfigError, match="secret"):
        load_settings(cfg)


async def test_app_builds_and_starts_the_discord_adapter(
    fake: FakeDiscord, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from bot.runtime.app import App

    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    settings = load_settings(
        database_url=f"sqlite:///{tmp_path / 'app.db'}",
        adapters=("discord",),
        discord_api_url=fake.api_url,
        discord={"gateway": False, "sync_commands": False},
    )
    with ThreadPoolExecutor(1) as pool:
        async with App(settings, executor=pool) as nb_app:
            adapter = nb_app.adapters["discord"]
            assert isinstance(adapter, DiscordAdapter)
            await nb_app.store.add_feed("https://a.example/rss", name="Asia Desk")
            assert await adapter._complete_feed("asia") == [("#1 Asia Desk", "1")]
    assert fake.calls("GET", "/users/@me")
