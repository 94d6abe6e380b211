-- v2: scheduled roundups. The last roundup slot per channel (and a lease, so two workers never
-- post the same roundup), and the roundup a held outbox row was claimed for (crash recovery:
-- a restarted worker re-posts exactly the claimed rows under the same idempotency key).
CREATE TABLE channel_roundups (
    channel      TEXT PRIMARY KEY,
    last_slot_at TEXT,
    lease_owner  TEXT,
    lease_until  TEXT
);
ALTER TABLE deliveries ADD COLUMN roundup_key TEXT;
CREATE INDEX deliveries_channel_status ON deliveries(channel, status);
CREATE INDEX deliveries_article ON deliveries(article_id);
