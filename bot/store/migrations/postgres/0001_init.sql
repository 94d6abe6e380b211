-- newsbrief schema v1 (PostgreSQL). Same shape as the SQLite schema; timestamptz, jsonb,
-- and a generated tsvector column with a GIN index for search.
CREATE TABLE feeds (
    id              BIGSERIAL PRIMARY KEY,
    url             TEXT NOT NULL UNIQUE,
    name            TEXT,
    title           TEXT,
    interval        INTEGER,
    trusted         BOOLEAN NOT NULL DEFAULT FALSE,
    full_text       BOOLEAN NOT NULL DEFAULT FALSE,
    etag            TEXT,
    last_modified   TEXT,
    content_hash    TEXT,
    next_fetch_at   TIMESTAMPTZ,
    last_fetched_at TIMESTAMPTZ,
    last_success_at TIMESTAMPTZ,
    error_count     INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    disabled_reason TEXT,
    lease_owner     TEXT,
    lease_until     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX feeds_due ON feeds(next_fetch_at) WHERE disabled_reason IS NULL;

CREATE TABLE articles (
    id          BIGSERIAL PRIMARY KEY,
    feed_id     BIGINT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    story_key   TEXT NOT NULL,
    title       TEXT NOT NULL,
    link        TEXT,
    summary     TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    outlet      TEXT NOT NULL,
    via         TEXT,
    authors     JSONB NOT NULL DEFAULT '[]',
    published   TIMESTAMPTZ,
    quotes      JSONB NOT NULL DEFAULT '[]',
    categories  JSONB NOT NULL DEFAULT '[]',
    tags        JSONB NOT NULL DEFAULT '[]',
    relevance   DOUBLE PRECISION,
    reasons     JSONB NOT NULL DEFAULT '[]',
    fetched_at  TIMESTAMPTZ NOT NULL,
    search      TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A')
        || setweight(to_tsvector('english', summary), 'B')
        || setweight(to_tsvector('english', outlet), 'C')
        || setweight(to_tsvector('english', text), 'D')
    ) STORED,
    UNIQUE (feed_id, key)
);
CREATE INDEX articles_story ON articles(story_key);
CREATE INDEX articles_fetched ON articles(fetched_at);
CREATE INDEX articles_search ON articles USING GIN (search);
CREATE INDEX articles_key_prefix ON articles(key text_pattern_ops);
CREATE INDEX articles_story_prefix ON articles(story_key text_pattern_ops);

CREATE TABLE subscriptions (
    id              BIGSERIAL PRIMARY KEY,
    channel         TEXT NOT NULL,
    feed_id         BIGINT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    filters         JSONB NOT NULL DEFAULT '{}',
    disabled_reason TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (channel, feed_id)
);
CREATE INDEX subscriptions_feed ON subscriptions(feed_id);

CREATE TABLE channels (
    channel  TEXT PRIMARY KEY,
    settings JSONB NOT NULL
);

CREATE TABLE deliveries (
    id              BIGSERIAL PRIMARY KEY,
    channel         TEXT NOT NULL,
    story_key       TEXT NOT NULL,
    article_id      BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    status          TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    lease_owner     TEXT,
    lease_until     TIMESTAMPTZ,
    message_id      TEXT,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    UNIQUE (channel, story_key)
);
CREATE INDEX deliveries_due ON deliveries(status, next_attempt_at);
