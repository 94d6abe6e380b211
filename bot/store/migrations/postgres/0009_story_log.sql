-- The order built articles were committed in, for the story index (`story_rows` after a
-- position). An article's row (and its tsvector) is inserted before the ingest lock is taken;
-- its log row is written under the lock, in the same transaction, so log positions follow commit
-- order across workers where row ids (taken before the lock) do not.
CREATE TABLE story_log (
    seq        BIGSERIAL PRIMARY KEY,
    article_id BIGINT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE
);
INSERT INTO story_log (article_id) SELECT id FROM articles WHERE built ORDER BY id;
