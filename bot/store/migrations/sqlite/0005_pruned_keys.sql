-- Keys of pruned articles that their feed still lists: without them such an item would look new
-- again after pruning and be posted a second time. A key is dropped once the feed stops listing it.
CREATE TABLE pruned_keys (
    feed_id     INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    pruned_at   TEXT NOT NULL,
    PRIMARY KEY (feed_id, key)
) WITHOUT ROWID;
