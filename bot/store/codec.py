"""Row ↔ domain type conversion shared by the SQLite and PostgreSQL stores."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, fields
from datetime import UTC, datetime
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar

from bot.core.types import Article, ChannelRef, Delivery, FeedOptions, Filters, Quote

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_OWNERS = ("channel", "workspace")  # settings fields stored as their row's key, not in its JSON
T = TypeVar("T", bound="DataclassInstance")


def ts(value: datetime | None) -> str | None:
    """UTC text with fixed width, so string order is time order."""
    return value.astimezone(UTC).strftime(_TS_FORMAT) if value else None


def parse_ts(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    # `ts`'s text: fromisoformat reads it ~100x faster than strptime (a lease reads four a
    # feed: 600 at 150 feeds, 5-15 ms of an all-304 cycle's 40-70 ms of CPU)
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads(value: Any, default: Any) -> Any:
    if value is None or value == "":
        return default
    return json.loads(value) if isinstance(value, str | bytes) else value


# Columns whose stored form differs from the domain value, by name (the same in every table);
# every other column is stored as it is.
_DECODE: dict[str, Callable[[Any], Any]] = {
    **dict.fromkeys(("trusted", "full_text", "built"), bool),
    **dict.fromkeys(
        ("published", "next_fetch_at", "last_fetched_at", "last_success_at", "created_at",
         "maybe_sent_since"),
        parse_ts,
    ),
    **dict.fromkeys(("authors", "categories", "tags", "reasons"), lambda v: tuple(loads(v, []))),
    "quotes": lambda v: tuple(Quote(**q) for q in loads(v, [])),
    "channel": ChannelRef.parse,
    "filters": lambda v: from_json(Filters, v),
    "options": lambda v: from_json(FeedOptions, v),
    "template_memory": lambda v: bytes(v) if v else b"",
}
# Empty sequences are "[]" without a trip through json (most of a backlog row's are empty).
_ENCODE: dict[str, Callable[[Any], Any]] = {
    **dict.fromkeys(("authors", "categories", "tags", "reasons"),
                    lambda v: dumps(list(v)) if v else "[]"),
    "quotes": lambda v: dumps([asdict(q) for q in v]) if v else "[]",
}
# The `articles` columns an Article fills (all but its ids), in the table's column order.
ARTICLE_COLUMNS = tuple(f.name for f in fields(Article) if f.name not in ("id", "feed_id"))
_ARTICLE_FIELDS = attrgetter(*ARTICLE_COLUMNS)  # a tuple of them, in that order
_ARTICLE_ENCODED = tuple((i, _ENCODE[name]) for i, name in enumerate(ARTICLE_COLUMNS)
                         if name in _ENCODE)


_Decoders = tuple[tuple[str, Callable[[Any], Any] | None], ...]
_decoders: dict[type[Any], _Decoders] = {}


def from_row(cls: type[T], row: Mapping[str, Any]) -> T:
    """A domain dataclass from a row whose columns are named like its fields."""
    decoders = _decoders.get(cls)
    if decoders is None:
        decoders = _decoders[cls] = tuple((f.name, _DECODE.get(f.name)) for f in fields(cls))
    try:
        return cls(**{name: decode(row[name]) if decode else row[name]
                      for name, decode in decoders})
    except (KeyError, IndexError):
        # a column a later migration adds (a row read mid-upgrade): its field's default
        known = set(row.keys())
        return cls(**{name: decode(row[name]) if decode else row[name]
                      for name, decode in decoders if name in known})


def article_row(article: Article) -> list[Any]:
    """An article's stored columns (all but its ids), in `ARTICLE_COLUMNS` order; `published`
    is left to the dialect. The fields are read in one attrgetter call and only the encoded
    ones rewritten: a cold cycle stores ~6,000 rows from its event loop (a getattr and a test
    a column was ~3x the time)."""
    row = list(_ARTICLE_FIELDS(article))
    for i, encode in _ARTICLE_ENCODED:
        row[i] = encode(row[i])
    return row


def delivery_from_row(row: Mapping[str, Any], since: datetime | None = None) -> Delivery:
    """An outbox row joined with its article (d_* columns, then the article's)."""
    return Delivery(
        id=row["d_id"], channel=ChannelRef.parse(row["d_channel"]),
        article=from_row(Article, row), attempts=row["d_attempts"], status=row["d_status"],
        message_id=row["d_message_id"], maybe_sent_since=since or parse_ts(row["d_maybe_sent"]),
    )


def settings_json(value: DataclassInstance, *, defaults: bool = True) -> str:
    """Settings as stored: their fields but the owner's (channel, workspace); `defaults=False`
    leaves out those at their default too (reading them back gives the default)."""
    default = {f.name: f.default for f in fields(value)}
    return dumps({k: v for k, v in asdict(value).items()
                  if k not in _OWNERS and (defaults or v != default[k])})


def from_json(cls: type[T], value: Any, **owner: Any) -> T:
    """Settings stored by `settings_json`: keys the class no longer has are dropped, lists are
    tuples again."""
    known, data = cls.__dataclass_fields__, loads(value, {})
    kept = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in known}
    return cls(**owner, **{k: v for k, v in kept.items() if k not in owner})
