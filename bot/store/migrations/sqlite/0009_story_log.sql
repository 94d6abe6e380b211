-- The order built articles were committed in, for the story index (`story_rows` after a
-- position). An article's row is inserted before the ingest lock is taken (its text indexed for
-- search outside the lock); its log row is written under the lock, in the same transaction, so
-- log positions follow commit order across workers where row ids need not. AUTOINCREMENT: a
-- position is never reused after pruning.
CREATE TABLE story_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE
);
INSERT INTO story_log (article_id) SELECT id FROM articles WHERE built ORDER BY id;
