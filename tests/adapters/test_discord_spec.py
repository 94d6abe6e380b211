"""The Discord `/news` group registers exactly the commands, options, choices and ranges of the
one command spec (bot/chat/spec.py)."""

from __future__ import annotations

from typing import Any

from adapters.discord_commands import ARG_ORDER, build_group
from bot.chat.spec import COMMANDS


def _walk(group: Any, prefix: tuple[str, ...] = ()) -> dict[tuple[str, ...], Any]:
    out = {}
    for cmd in group.commands:
        if hasattr(cmd, "commands"):
            out.update(_walk(cmd, (*prefix, cmd.name)))
        else:
            out[(*prefix, cmd.name)] = cmd
    return out


def test_the_discord_group_equals_the_spec() -> None:
    async def run(interaction: Any) -> None: ...

    async def complete(current: str) -> list[tuple[str, str]]:
        return []

    registered = _walk(build_group(run, complete))
    assert set(registered) == {c.path for c in COMMANDS}
    for command in COMMANDS:
        cmd = registered[command.path]
        assert cmd.description.lower().startswith(command.summary[:40].lower())
        params = list(cmd.parameters)
        assert [p.name for p in params] == [a.name for a in command.args], command.name
        for param, arg in zip(params, command.args, strict=True):
            where = f"{command.name} {arg.name}"
            assert param.required == arg.required, where
            assert [c.value for c in param.choices] == list(arg.choices), where
            assert (param.min_value, param.max_value) == (arg.low, arg.high), where
            assert (param.type.name == "integer") == (arg.kind == "int"), where
            assert bool(param.autocomplete) == (arg.kind == "feed"), where
    assert {k: tuple(v) for k, v in ARG_ORDER.items()} == {
        c.name: tuple(a.name for a in c.args) for c in COMMANDS}
