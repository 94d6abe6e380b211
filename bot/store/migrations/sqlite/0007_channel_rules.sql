-- Issue 21: channels that run themselves.
-- A subscription's own presentation (format, quotes, tags, mention, webhook name and avatar).
ALTER TABLE subscriptions ADD COLUMN options TEXT NOT NULL DEFAULT '{}';
-- The Slack workspace / Discord server a channel belongs to (learnt from its commands): where
-- its feed alerts go is a setting of the workspace.
ALTER TABLE channels ADD COLUMN workspace TEXT;
-- Per workspace/server: who may subscribe, where feed alerts go.
CREATE TABLE workspaces (
    workspace TEXT PRIMARY KEY,
    settings  TEXT NOT NULL
);
-- Notices (a feed a channel follows broke or recovered): their own outbox, never stories.
-- dedupe_key is feed + channel + UTC day: at most one notice per feed per day per channel.
CREATE TABLE notices (
    id              INTEGER PRIMARY KEY,
    dedupe_key      TEXT NOT NULL UNIQUE,
    channel         TEXT NOT NULL,
    feed_id         INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    text            TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending',
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    lease_owner     TEXT,
    lease_until     TEXT,
    leased_at       TEXT,
    first_leased_at TEXT,
    message_id      TEXT,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    sent_at         TEXT
);
CREATE INDEX notices_due ON notices(status, next_attempt_at);
CREATE INDEX notices_feed_channel ON notices(feed_id, channel, id);
