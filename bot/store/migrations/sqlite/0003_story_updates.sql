-- A sent story that another outlet later covered: its message is edited to say so.
ALTER TABLE deliveries ADD COLUMN needs_update INTEGER NOT NULL DEFAULT 0;
CREATE INDEX deliveries_updates ON deliveries(needs_update) WHERE needs_update = 1;
