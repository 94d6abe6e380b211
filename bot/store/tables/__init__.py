"""The store's SQL, written once for both databases (see bot/store/sql.py), one part per role
with the tables it owns. `SQLStore` joins the parts; a backend adds its connection, ingest lock
and the locks behind worker names."""

from __future__ import annotations

from bot.store.tables.articles import Articles
from bot.store.tables.catalog import Catalog
from bot.store.tables.outbox import Outbox
from bot.store.tables.workers import Workers


class SQLStore(Articles, Catalog, Outbox, Workers):
    pass


__all__ = ["SQLStore"]
