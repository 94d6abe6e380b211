-- A first poll's backlog (poll.backlog = "seen"): items stored as seen, never built into
-- digests. built = 0 rows are never new again, searchable by headline, never clustered, never
-- delivered, and left out of `/news latest` and `digest`. Existing rows were all built.
ALTER TABLE articles ADD COLUMN built INTEGER NOT NULL DEFAULT 1;
