-- The feed entry's own content hash, so an item edited after posting is noticed.
ALTER TABLE articles ADD COLUMN entry_hash TEXT;
