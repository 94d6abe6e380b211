"""The store's SQL, one part per table, written once for both databases (see bot/store/sql.py).
`SQLStore` joins the parts; a backend adds its connection, migrations, ingest lock and the
locks behind worker names."""

from __future__ import annotations

from bot.store.tables.articles import Articles
from bot.store.tables.notices import Notices
from bot.store.tables.roundups import Roundups
from bot.store.tables.subscriptions import Subscriptions
from bot.store.tables.workers import Workers


class SQLStore(Articles, Subscriptions, Roundups, Notices, Workers):
    pass


__all__ = ["SQLStore"]
