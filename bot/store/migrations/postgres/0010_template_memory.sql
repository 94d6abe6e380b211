-- Feed-level template detection between polls (bot/content/boilerplate.py, `learn`): a compact
-- record of the feed's recent items (their headline, the marks of their edges, the hashes of
-- their sentence keys when an edge recurred), so one new item's footer is told from the
-- items before it. Empty until the feed is polled; a few KB at most.
ALTER TABLE feeds ADD COLUMN template_memory BYTEA;
