"""What an adapter may use of the running bot: the argument of every adapter factory.

A frozen, explicit list instead of the whole `App` (which would tie adapters to the runtime
and make an import cycle): settings and secrets to configure themselves, the command handler
for `/news`, the catalog role of the store (feed autocompletion) and the metrics.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from bot.chat.commands import CommandHandler
from bot.core.adapter import Adapter
from bot.core.metrics import Metrics
from bot.core.settings import Secrets, Settings
from bot.store.base import CatalogStore


@dataclass(frozen=True)
class AdapterServices:
    settings: Settings
    secrets: Secrets = field(repr=False)
    commands: CommandHandler | None = None  # None: commands answer "not ready yet"
    catalog: CatalogStore | None = None
    metrics: Metrics | None = None


class AdapterFactory(Protocol):
    """`create` in each adapter module."""

    def __call__(self, services: AdapterServices) -> Adapter: ...
