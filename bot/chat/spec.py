"""The `/news` grammar, declared once.

Everything that names a command is derived from `COMMANDS` and `SETTINGS` here: `/news help`,
which commands need an admin, the handler table in bot/chat/commands.py, the Discord app-command
group (adapters/discord_commands.py, checked against this spec by a test), the Slack manifest's
usage hint and the README's command table (`python -m bot.chat.spec` prints it; a test keeps the
README equal to it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

ArgKind = Literal["text", "int", "feed", "choice"]


@dataclass(frozen=True, slots=True)
class Arg:
    name: str  # the option's name on Discord
    help: str
    required: bool = False
    kind: ArgKind = "text"
    choices: tuple[str, ...] = ()
    low: int | None = None  # int range / text length
    high: int | None = None
    shown: str = ""  # how help writes it when not <name>, e.g. "n"

    @property
    def usage(self) -> str:
        label = self.shown or self.name
        return f"<{label}>" if self.required else f"[{label}]"


@dataclass(frozen=True, slots=True)
class Command:
    path: tuple[str, ...]  # ("feeds", "add")
    summary: str  # one line, plain text
    args: tuple[Arg, ...] = ()
    admin: bool = False
    usage_override: str = ""  # when the args alone do not say it (filters, settings)
    # Admin commands a workspace may open to its members (`/news workspace members …`).
    members: bool = False

    @property
    def who(self) -> str:
        if not self.admin:
            return "everyone"
        return "admins (or members, if the workspace allows)" if self.members else "admins"

    @property
    def name(self) -> str:
        return " ".join(self.path)

    @property
    def usage(self) -> str:
        if self.usage_override:
            return f"{self.name} {self.usage_override}"
        return " ".join([self.name, *(a.usage for a in self.args)])


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    value: str  # what the value looks like
    summary: str


SETTINGS: tuple[Setting, ...] = (
    Setting("mode", "instant|roundup", "each story as it comes, or scheduled roundups"),
    Setting("times", "08:00,18:00", "roundup times, local, comma-separated"),
    Setting("timezone", "Europe/Berlin", "the channel's timezone"),
    Setting("threshold", "0.5", "relevance threshold, 0 (everything) to 1 (strictest)"),
    Setting("size", "10", "stories per roundup, 1 to 25"),
    Setting("quiet", "22:00-07:00|off", "quiet hours, local: nothing is posted then"),
    Setting("format", "compact|standard|full",
            "how stories look: headline, outlet and link / as always / with more quotes and "
            "every other outlet"),
    Setting("quotes", "on|off", "show quotes in stories"),
    Setting("tags", "on|off", "show region and topic tags in stories"),
)

# Per-workspace (Slack workspace, Discord server) settings: `/news workspace <key> <value>`.
WORKSPACE_SETTINGS: tuple[Setting, ...] = (
    Setting("members", "admins|everyone|<role>",
            "who may subscribe, unsubscribe and preview (a Discord role or Slack user group)"),
    Setting("alerts", "on|off|here|<channel>",
            "feed alerts: in each channel that follows the feed, nowhere, or one admin channel "
            "(here: this one)"),
)

FILTER_KINDS = ("include", "exclude", "include-regex", "exclude-regex", "tag")
# A feed's own presentation in this channel, set with `filters <feed> <option> <value>`.
FEED_OPTIONS: tuple[Setting, ...] = (
    Setting("format", "compact|standard|full|default", "this feed's stories' format"),
    Setting("quotes", "on|off|default", "show this feed's quotes"),
    Setting("tags", "on|off|default", "show this feed's tags"),
    Setting("mention", "<role or user group>|off",
            "mention a Discord role or Slack user group with each story (never everyone)"),
    Setting("name", "<name>|off", "Discord webhook channels: post under this name"),
    Setting("avatar", "<image URL>|off", "Discord webhook channels: post with this avatar"),
)
FILTER_ACTIONS = (*FILTER_KINDS, "remove", "clear", *(o.key for o in FEED_OPTIONS))

_FEED = Arg("feed", "feed number, URL or name (see `feeds list`)", required=True, kind="feed")

COMMANDS: tuple[Command, ...] = (
    Command(("latest",), "the newest stories for this channel (default 5, at most 20)",
            (Arg("count", "how many stories (1–20, default 5)", kind="int", low=1, high=20,
                 shown="n"),)),
    Command(("search",), "search this channel's stories",
            (Arg("words", "words to look for", required=True, low=1, high=200),)),
    Command(("digest",), "a roundup now, e.g. digest 12h (default 24h)",
            (Arg("since", "how far back, e.g. 12h, 2d (default 24h)"),)),
    Command(("sources",), "the feeds this channel follows"),
    Command(("why",), "why a story was picked (relevance score and reasons)",
            (Arg("story", "the story id shown in brackets by latest", required=True),)),
    Command(("help",), "this list"),
    Command(("feeds", "add"), "add a feed (RSS, Atom or JSON Feed) to this channel",
            (Arg("url", "the feed URL (RSS, Atom or JSON Feed)", required=True),
             Arg("name", "a short name")), admin=True),
    Command(("feeds", "remove"), "stop this channel following a feed", (_FEED,), admin=True),
    Command(("feeds", "list"), "this channel's feeds and their state"),
    Command(("feeds", "import"), "add every feed of an OPML file, by URL",
            (Arg("url", "where the OPML export can be downloaded", required=True),), admin=True),
    Command(("preview",), "what this channel would get from a feed now, and what its rules drop"
            " (only you see it)",
            (Arg("feed", "a feed URL, or a known feed's number or name", required=True,
                 kind="feed"),), admin=True, members=True),
    Command(("subscribe",), "follow a feed another channel already has", (_FEED,), admin=True,
            members=True),
    Command(("unsubscribe",), "stop following a feed", (_FEED,), admin=True, members=True),
    Command(("filters",), "show or change a feed's filters for this channel",
            (_FEED,
             Arg("action", "what to change", kind="choice", choices=FILTER_ACTIONS),
             Arg("value", "a keyword, phrase, RE2 pattern or tag; for remove: <kind> <value>")),
            admin=True,
            usage_override="<feed> [include|exclude|include-regex|exclude-regex|tag <value> | "
                           "remove <kind> <value> | clear | "
                           + "|".join(o.key for o in FEED_OPTIONS) + " <value>]"),
    Command(("settings",), "show or change this channel's settings",
            (Arg("key", "the setting", kind="choice", choices=tuple(s.key for s in SETTINGS)),
             Arg("value", "its new value")),
            admin=True,
            usage_override="[" + "|".join(s.key for s in SETTINGS) + " <value>]"),
    Command(("workspace",), "show or change who may subscribe and where feed alerts go, for the"
            " whole workspace or server",
            (Arg("key", "the setting", kind="choice",
                 choices=tuple(s.key for s in WORKSPACE_SETTINGS)),
             Arg("value", "its new value")),
            admin=True,
            usage_override="[" + "|".join(s.key for s in WORKSPACE_SETTINGS) + " <value>]"),
)

BY_NAME = {c.name: c for c in COMMANDS}
# `/news feeds` alone lists them, as it always has.
ALIASES = {("feeds",): ("feeds", "list")}


def resolve(words: Sequence[str]) -> tuple[Command, list[str]] | None:
    """The command the words name (longest path first) and the words after it."""
    lowered = [w.lower() for w in words]
    for length in (2, 1):
        head = tuple(lowered[:length])
        if len(head) < length:
            continue
        if head in ALIASES and len(words) == length:
            return BY_NAME[" ".join(ALIASES[head])], []
        if (cmd := BY_NAME.get(" ".join(head))) is not None:
            return cmd, list(words[length:])
    return None


def groups() -> dict[str, list[Command]]:
    """Subcommand groups: {"feeds": [feeds add, …]}."""
    out: dict[str, list[Command]] = {}
    for c in COMMANDS:
        if len(c.path) == 2:
            out.setdefault(c.path[0], []).append(c)
    return out


def help_text(opened: frozenset[str] = frozenset()) -> str:
    """`/news help`: plain text, the same on every platform (no Slack or Markdown markup).

    `opened`: the admin commands this caller may run because the workspace opened them to
    members; they are listed with the readers' commands, where the caller will look for them.
    """
    lines = ["newsbrief: foreign-policy news digests"]
    for admin in (False, True):
        if admin:
            lines.append("For admins:")
        for c in COMMANDS:
            if (c.admin and c.name not in opened) == admin:
                lines.append(f"  /news {c.usage} — {c.summary}")
        if admin:
            lines += [f"  /news settings {s.key} {s.value} — {s.summary}" for s in SETTINGS]
            lines += [f"  /news filters <feed> {s.key} {s.value} — {s.summary}"
                      for s in FEED_OPTIONS]
            lines += [f"  /news workspace {s.key} {s.value} — {s.summary}"
                      for s in WORKSPACE_SETTINGS]
    if not opened:
        lines.append("Members may run subscribe, unsubscribe and preview where an admin allowed "
                     "it (/news workspace members …).")
    return "\n".join(lines)


def slack_usage_hint() -> str:
    """The Slack manifest's usage hint: the readers' commands."""
    return " | ".join(c.usage for c in COMMANDS if not c.admin)


def readme_table() -> str:
    """The README's command table (between the `commands:start` / `commands:end` markers)."""
    rows = ["| command | who | what |", "|---|---|---|"]
    for c in COMMANDS:
        usage = c.usage.replace("|", "\\|")
        rows.append(f"| `/news {usage}` | {c.who} | {c.summary} |")
    for prefix, table in (("settings", SETTINGS), ("filters <feed>", FEED_OPTIONS),
                          ("workspace", WORKSPACE_SETTINGS)):
        for s in table:
            value = s.value.replace("|", chr(92) + "|")
            rows.append(f"| `/news {prefix} {s.key} {value}` | admins | {s.summary} |")
    return "\n".join(rows)


if __name__ == "__main__":
    import sys

    sys.stdout.write(readme_table() + "\n")
