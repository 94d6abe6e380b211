-- What a worker needs to know that an outbox row (or a roundup) may already have been posted:
-- a lease that began before the current one and never ended in "sent", "failed" or "not sent".
-- leased_at: when the current (or last) lease began; first_leased_at: when the first lease that
-- may have posted the row began (NULL: never leased, or known not to be posted). A row leased
-- again with first_leased_at < leased_at is checked against the platform before a resend.
ALTER TABLE deliveries ADD COLUMN leased_at TEXT;
ALTER TABLE deliveries ADD COLUMN first_leased_at TEXT;
-- When the roundup whose rows are tagged now was first claimed (a resumed claim may be posted).
ALTER TABLE channel_roundups ADD COLUMN claimed_at TEXT;
-- Workers that took a name (see bot/store/worker_names.py): only their leases are ever released
-- early by another worker, once nobody holds the name any more (the worker died).
CREATE TABLE workers (
    name        TEXT PRIMARY KEY,
    host        TEXT NOT NULL,
    pid         INTEGER NOT NULL,
    started_at  TEXT NOT NULL
);
-- Releasing a worker's leases (at its restart, or when it died) finds its rows without a scan.
CREATE INDEX deliveries_lease_owner ON deliveries(lease_owner) WHERE lease_owner IS NOT NULL;
