"""Config reload on SIGHUP (`newsbrief web`): re-read the settings file and apply what can be
applied to a running process.

Applied at once: `log_level`, `log_format`, and new `[[feeds]]` entries (added and subscribed;
feeds removed from the file are kept, since dropping subscriptions on a typo would lose them —
use `newsbrief feeds remove`). Everything else (poll, fetch, adapters, database…) is wired into
running objects at start, so a change there is reported in the log as needing a restart.
A file that does not load leaves the running settings untouched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.core.errors import NewsbriefError
from bot.core.logs import configure_logging
from bot.core.settings import Settings
from bot.core.types import ChannelRef

log = logging.getLogger(__name__)

APPLIED = frozenset({"log_level", "log_format", "feeds"})


@dataclass(frozen=True, slots=True)
class ReloadResult:
    ok: bool
    error: str | None = None
    applied: tuple[str, ...] = ()
    needs_restart: tuple[str, ...] = ()
    feeds_added: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)


def changed_keys(old: Settings, new: Settings) -> list[str]:
    """Top-level settings whose values differ."""
    before, after = old.model_dump(), new.model_dump()
    return sorted(k for k in after if before.get(k) != after[k])


async def reload_settings(app: Any, load: Callable[[], Settings]) -> ReloadResult:
    try:
        new = load()
    except NewsbriefError as e:
        log.error("settings reload refused; keeping the running settings", extra={"error": str(e)})
        return ReloadResult(ok=False, error=str(e))
    old: Settings = app.settings
    changed = changed_keys(old, new)
    applied = [k for k in changed if k in APPLIED]
    restart = [k for k in changed if k not in APPLIED]
    if "log_level" in changed or "log_format" in changed:
        configure_logging(new.log_level, new.log_format)
    added = 0
    notes: list[str] = []
    if "feeds" in changed:
        for fc in new.feeds:
            feed = await app.store.find_feed(fc.url)
            if feed is None or feed.url != fc.url:
                feed, created = await app.store.add_feed(
                    fc.url, name=fc.name, interval=fc.interval, trusted=fc.trusted
                )
                added += created
            await app.store.subscribe(ChannelRef.parse(fc.channel), feed.id)
        gone = {f.url for f in old.feeds} - {f.url for f in new.feeds}
        if gone:
            notes.append(f"{len(gone)} feed(s) left the file but stay subscribed; "
                         "remove them with `newsbrief feeds remove`")
    # Only what was applied becomes the running settings; the rest still differs next time.
    app.settings = old.model_copy(update={k: getattr(new, k) for k in applied})
    log.info("settings reloaded", extra={"applied": applied, "feeds_added": added})
    if restart:
        log.warning("settings changed that take effect after a restart",
                    extra={"keys": restart})
    return ReloadResult(ok=True, applied=tuple(applied), needs_restart=tuple(restart),
                        feeds_added=added, notes=tuple(notes))
