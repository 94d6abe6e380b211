"""The `/news` slash-command group for Discord, and the one parser both modes share.

Gateway and HTTP interactions arrive as the same JSON: `command_text(data)` turns the options of
either into the text `bot.chat.commands.CommandHandler.handle` reads ("feeds add <url> <name>"), so
the app_commands callbacks below only declare options (for registration, validation and
autocomplete) and hand the interaction on; they never build text themselves.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, Literal

import discord
from discord import app_commands

from bot.chat.spec import BY_NAME, COMMANDS
from bot.chat.words import quote_word
from bot.core.types import Feed

# Option order per command path: the positional order CommandHandler expects, from the spec.
ARG_ORDER: Mapping[str, Sequence[str]] = {c.name: tuple(a.name for a in c.args) for c in COMMANDS}

_SUBCOMMAND, _GROUP = 1, 2
MANAGE_GUILD = 1 << 5
ADMINISTRATOR = 1 << 3


def command_path(data: Mapping[str, Any]) -> tuple[list[str], dict[str, Any]]:
    """(["feeds", "add"], {"url": …}) from an interaction's `data` (the part after /news)."""
    path: list[str] = []
    options: Sequence[Mapping[str, Any]] = data.get("options") or ()
    while len(options) == 1 and options[0].get("type") in (_SUBCOMMAND, _GROUP):
        path.append(str(options[0]["name"]))
        options = options[0].get("options") or ()
    values = {str(o["name"]): o.get("value") for o in options if "value" in o}
    return path, values


def command_text(data: Mapping[str, Any]) -> str:
    """The CommandHandler text for a `/news …` interaction; unknown options are ignored."""
    path, values = command_path(data)
    order = ARG_ORDER.get(" ".join(path), ())
    given = [str(values[n]) for n in order if values.get(n) not in (None, "")]
    words = list(path)
    # Chat words (bot/chat/words.py): a value with spaces before the last is quoted to stay one
    # word; the last is taken as typed (handlers read the rest of the line: search words, a
    # filter value, `remove include north korea`).
    words += [quote_word(v) for v in given[:-1]] + given[-1:]
    return " ".join(words) or "help"


def focused_option(data: Mapping[str, Any]) -> str:
    """The text typed so far into the option being autocompleted."""
    options: Sequence[Mapping[str, Any]] = data.get("options") or ()
    while options:
        for o in options:
            if o.get("focused"):
                return str(o.get("value") or "")
        nested = [o for o in options if o.get("type") in (_SUBCOMMAND, _GROUP)]
        options = nested[0].get("options") or () if nested else ()
    return ""


def is_admin(
    *,
    permissions: int,
    user_id: str,
    role_ids: Iterable[str],
    admins: Iterable[str],
    admin_role: str | None,
) -> bool:
    """Decided from the interaction's own member data, never from command visibility alone:
    Manage Guild (or Administrator), a configured admin role, or `settings.admins`."""
    if permissions & (MANAGE_GUILD | ADMINISTRATOR):
        return True
    if admin_role and admin_role in set(role_ids):
        return True
    return user_id in set(admins)


def feed_choices(feeds: Iterable[Feed], current: str, *, limit: int = 25) -> list[tuple[str, str]]:
    """(label, value) pairs for autocompletion: the feed id as value, its name as label."""
    needle = current.strip().lower()
    out = []
    for f in feeds:
        label = f"#{f.id} {f.display_name}"
        if needle and needle not in label.lower() and needle not in f.url.lower():
            continue
        out.append((label[:100], str(f.id)))
        if len(out) == limit:
            break
    return out


Runner = Callable[[discord.Interaction], Awaitable[None]]
Completer = Callable[[str], Awaitable[list[tuple[str, str]]]]

FilterAction = Literal[
    "include", "exclude", "include-regex", "exclude-regex", "tag", "remove", "clear",
    "format", "quotes", "tags", "mention", "name", "avatar",
]
SettingKey = Literal[
    "mode", "times", "timezone", "threshold", "size", "quiet", "format", "quotes", "tags"
]
WorkspaceKey = Literal["members", "alerts"]


def _describe(name: str) -> str:
    """Discord's description for a command: the spec's summary (100 characters at most)."""
    command = BY_NAME[name]
    text = command.summary[0].upper() + command.summary[1:]
    return (text + (" (admins)" if command.admin else ""))[:100]


def build_group(run: Runner, complete_feed: Completer) -> app_commands.Group:
    """The `/news` group. Every callback forwards the interaction to `run`, which reads the
    options from `interaction.data` with `command_text` (the same code the HTTP endpoint uses).
    Admin subcommands are checked server-side by CommandHandler from the member's permissions.
    """
    news = app_commands.Group(name="news", description="Foreign-policy news digests")
    feeds = app_commands.Group(
        name="feeds", description="Add, remove, list or import this channel's feeds", parent=news
    )

    async def feed_autocomplete(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=n, value=v) for n, v in await complete_feed(current)]

    @news.command(name="latest", description=_describe("latest"))
    @app_commands.describe(count="how many stories (1–20, default 5)")
    async def latest(
        interaction: discord.Interaction, count: app_commands.Range[int, 1, 20] | None = None
    ) -> None:
        await run(interaction)

    @news.command(name="search", description=_describe("search"))
    @app_commands.describe(words="words to look for")
    async def search(
        interaction: discord.Interaction, words: app_commands.Range[str, 1, 200]
    ) -> None:
        await run(interaction)

    @news.command(name="digest", description=_describe("digest"))
    @app_commands.describe(since="how far back, e.g. 12h, 2d (default 24h)")
    async def digest(interaction: discord.Interaction, since: str | None = None) -> None:
        await run(interaction)

    @news.command(name="sources", description=_describe("sources"))
    async def sources(interaction: discord.Interaction) -> None:
        await run(interaction)

    @news.command(name="why", description=_describe("why"))
    @app_commands.describe(story="the story id shown in a post's footer")
    async def why(interaction: discord.Interaction, story: str) -> None:
        await run(interaction)

    @news.command(name="subscribe", description=_describe("subscribe"))
    @app_commands.autocomplete(feed=feed_autocomplete)
    async def subscribe(interaction: discord.Interaction, feed: str) -> None:
        await run(interaction)

    @news.command(name="unsubscribe", description=_describe("unsubscribe"))
    @app_commands.autocomplete(feed=feed_autocomplete)
    async def unsubscribe(interaction: discord.Interaction, feed: str) -> None:
        await run(interaction)

    @feeds.command(name="add", description=_describe("feeds add"))
    @app_commands.describe(url="the feed URL (RSS, Atom or JSON Feed)", name="a short name")
    async def feeds_add(
        interaction: discord.Interaction, url: str, name: str | None = None
    ) -> None:
        await run(interaction)

    @feeds.command(name="remove", description=_describe("feeds remove"))
    @app_commands.autocomplete(feed=feed_autocomplete)
    async def feeds_remove(interaction: discord.Interaction, feed: str) -> None:
        await run(interaction)

    @feeds.command(name="list", description=_describe("feeds list"))
    async def feeds_list(interaction: discord.Interaction) -> None:
        await run(interaction)

    @feeds.command(name="import", description=_describe("feeds import"))
    @app_commands.describe(url="where the OPML export can be downloaded")
    async def feeds_import(interaction: discord.Interaction, url: str) -> None:
        await run(interaction)

    @news.command(name="filters", description=_describe("filters"))
    @app_commands.autocomplete(feed=feed_autocomplete)
    async def filters(
        interaction: discord.Interaction,
        feed: str,
        action: FilterAction | None = None,
        value: str | None = None,
    ) -> None:
        await run(interaction)

    @news.command(name="settings", description=_describe("settings"))
    async def settings(
        interaction: discord.Interaction, key: SettingKey | None = None, value: str | None = None
    ) -> None:
        await run(interaction)

    @news.command(name="preview", description=_describe("preview"))
    @app_commands.autocomplete(feed=feed_autocomplete)
    @app_commands.describe(feed="a feed URL, or a known feed's number or name")
    async def preview(interaction: discord.Interaction, feed: str) -> None:
        await run(interaction)

    @news.command(name="workspace", description=_describe("workspace"))
    async def workspace(
        interaction: discord.Interaction, key: WorkspaceKey | None = None,
        value: str | None = None,
    ) -> None:
        await run(interaction)

    @news.command(name="help", description=_describe("help"))
    async def help_(interaction: discord.Interaction) -> None:
        await run(interaction)

    return news
