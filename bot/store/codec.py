"""Row ↔ domain type conversion shared by the SQLite and PostgreSQL stores."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from bot.core.types import (
    Article,
    ChannelRef,
    ChannelSettings,
    Delivery,
    Feed,
    Filters,
    Quote,
    StoryRow,
    Subscription,
)

LEAD_CHARS = 400  # what clustering reads of an article's text (clustering.LEAD_CHARS, lead_of)
# Columns of a StoryRow, in SQL both dialects accept.
STORY_ROW_COLUMNS = (
    "id, feed_id, key, story_key, title, published,"
    f" substr(COALESCE(NULLIF(text, ''), summary), 1, {LEAD_CHARS}) AS lead"
)

_TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def ts(value: datetime | None) -> str | None:
    """UTC text with fixed width, so string order is time order."""
    return value.astimezone(UTC).strftime(_TS_FORMAT) if value else None


def parse_ts(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.strptime(value, _TS_FORMAT).replace(tzinfo=UTC)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads(value: Any, default: Any) -> Any:
    if value is None or value == "":
        return default
    return json.loads(value) if isinstance(value, str | bytes) else value


def feed_from_row(row: Mapping[str, Any]) -> Feed:
    return Feed(
        id=row["id"],
        url=row["url"],
        name=row["name"],
        title=row["title"],
        interval=row["interval"],
        trusted=bool(row["trusted"]),
        full_text=bool(row["full_text"]),
        etag=row["etag"],
        last_modified=row["last_modified"],
        content_hash=row["content_hash"],
        next_fetch_at=parse_ts(row["next_fetch_at"]),
        last_fetched_at=parse_ts(row["last_fetched_at"]),
        last_success_at=parse_ts(row["last_success_at"]),
        error_count=row["error_count"],
        last_error=row["last_error"],
        disabled_reason=row["disabled_reason"],
        created_at=parse_ts(row["created_at"]),
    )


def article_values(article: Article) -> dict[str, Any]:
    return {
        "key": article.key,
        "story_key": article.story_key,
        "title": article.title,
        "link": article.link,
        "summary": article.summary,
        "text": article.text,
        "outlet": article.outlet,
        "via": article.via,
        "authors": dumps(list(article.authors)),
        "published": ts(article.published),
        "quotes": dumps([asdict(q) for q in article.quotes]),
        "categories": dumps(list(article.categories)),
        "tags": dumps(list(article.tags)),
        "relevance": article.relevance,
        "reasons": dumps(list(article.reasons)),
        "entry_hash": article.entry_hash,
    }


def article_from_row(row: Mapping[str, Any]) -> Article:
    return Article(
        id=row["id"],
        feed_id=row["feed_id"],
        key=row["key"],
        story_key=row["story_key"],
        title=row["title"],
        link=row["link"],
        summary=row["summary"],
        text=row["text"],
        outlet=row["outlet"],
        via=row["via"],
        authors=tuple(loads(row["authors"], [])),
        published=parse_ts(row["published"]),
        quotes=tuple(Quote(**q) for q in loads(row["quotes"], [])),
        categories=tuple(loads(row["categories"], [])),
        tags=tuple(loads(row["tags"], [])),
        relevance=row["relevance"],
        reasons=tuple(loads(row["reasons"], [])),
        entry_hash=row["entry_hash"],
    )


def delivery_from_row(row: Mapping[str, Any], since: datetime | None = None) -> Delivery:
    """An outbox row joined with its article (d_* columns, then the article's)."""
    return Delivery(
        id=row["d_id"], channel=ChannelRef.parse(row["d_channel"]),
        article=article_from_row(row), attempts=row["d_attempts"], status=row["d_status"],
        message_id=row["d_message_id"], maybe_sent_since=since or parse_ts(row["d_maybe_sent"]),
    )


def story_row_from_row(row: Mapping[str, Any]) -> StoryRow:
    return StoryRow(
        id=row["id"], feed_id=row["feed_id"], key=row["key"], story_key=row["story_key"],
        title=row["title"], lead=row["lead"], published=parse_ts(row["published"]),
    )


def filters_to_json(filters: Filters) -> str:
    return dumps({k: list(v) for k, v in asdict(filters).items() if v})


def filters_from_json(value: Any) -> Filters:
    data = loads(value, {})
    return Filters(**{k: tuple(v) for k, v in data.items()})


def subscription_from_row(row: Mapping[str, Any]) -> Subscription:
    return Subscription(
        id=row["id"],
        channel=ChannelRef.parse(row["channel"]),
        feed_id=row["feed_id"],
        filters=filters_from_json(row["filters"]),
        disabled_reason=row["disabled_reason"],
    )


def channel_settings_to_json(settings: ChannelSettings) -> str:
    data = asdict(settings)
    data.pop("channel")
    return dumps(data)


def channel_settings_from_json(channel: ChannelRef, value: Any) -> ChannelSettings:
    data = loads(value, {})
    if "roundup_times" in data:
        data["roundup_times"] = tuple(data["roundup_times"])
    if data.get("quiet_hours"):
        data["quiet_hours"] = tuple(data["quiet_hours"])
    return ChannelSettings(channel=channel, **data)
