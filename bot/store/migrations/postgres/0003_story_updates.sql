-- A sent story that another outlet later covered: its message is edited to say so.
ALTER TABLE deliveries ADD COLUMN needs_update BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX deliveries_updates ON deliveries(needs_update) WHERE needs_update;
