-- v2: scheduled roundups (see the SQLite migration of the same number).
CREATE TABLE channel_roundups (
    channel      TEXT PRIMARY KEY,
    last_slot_at TIMESTAMPTZ,
    lease_owner  TEXT,
    lease_until  TIMESTAMPTZ
);
ALTER TABLE deliveries ADD COLUMN roundup_key TEXT;
CREATE INDEX deliveries_channel_status ON deliveries(channel, status);
CREATE INDEX deliveries_article ON deliveries(article_id);
