-- newsbrief schema v1 (SQLite). Times are UTC text 'YYYY-MM-DDTHH:MM:SS.ffffffZ' (sortable).
CREATE TABLE feeds (
    id              INTEGER PRIMARY KEY,
    url             TEXT NOT NULL UNIQUE,
    name            TEXT,
    title           TEXT,
    interval        INTEGER,
    trusted         INTEGER NOT NULL DEFAULT 0,
    full_text       INTEGER NOT NULL DEFAULT 0,
    etag            TEXT,
    last_modified   TEXT,
    content_hash    TEXT,
    next_fetch_at   TEXT,
    last_fetched_at TEXT,
    last_success_at TEXT,
    error_count     INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    disabled_reason TEXT,
    lease_owner     TEXT,
    lease_until     TEXT,
    created_at      TEXT NOT NULL
);
CREATE INDEX feeds_due ON feeds(next_fetch_at) WHERE disabled_reason IS NULL;

CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    feed_id     INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    story_key   TEXT NOT NULL,
    title       TEXT NOT NULL,
    link        TEXT,
    summary     TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    outlet      TEXT NOT NULL,
    via         TEXT,
    authors     TEXT NOT NULL DEFAULT '[]',
    published   TEXT,
    quotes      TEXT NOT NULL DEFAULT '[]',
    categories  TEXT NOT NULL DEFAULT '[]',
    tags        TEXT NOT NULL DEFAULT '[]',
    relevance   REAL,
    reasons     TEXT NOT NULL DEFAULT '[]',
    fetched_at  TEXT NOT NULL,
    UNIQUE (feed_id, key)
);
CREATE INDEX articles_story ON articles(story_key);
CREATE INDEX articles_fetched ON articles(fetched_at);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, summary, text, outlet, authors, content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, summary, text, outlet, authors)
    VALUES (new.id, new.title, new.summary, new.text, new.outlet, new.authors);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, summary, text, outlet, authors)
    VALUES ('delete', old.id, old.title, old.summary, old.text, old.outlet, old.authors);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, summary, text, outlet, authors)
    VALUES ('delete', old.id, old.title, old.summary, old.text, old.outlet, old.authors);
    INSERT INTO articles_fts(rowid, title, summary, text, outlet, authors)
    VALUES (new.id, new.title, new.summary, new.text, new.outlet, new.authors);
END;

CREATE TABLE subscriptions (
    id              INTEGER PRIMARY KEY,
    channel         TEXT NOT NULL,
    feed_id         INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    filters         TEXT NOT NULL DEFAULT '{}',
    disabled_reason TEXT,
    created_at      TEXT NOT NULL,
    UNIQUE (channel, feed_id)
);
CREATE INDEX subscriptions_feed ON subscriptions(feed_id);

CREATE TABLE channels (
    channel  TEXT PRIMARY KEY,
    settings TEXT NOT NULL
);

CREATE TABLE deliveries (
    id              INTEGER PRIMARY KEY,
    channel         TEXT NOT NULL,
    story_key       TEXT NOT NULL,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    status          TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    lease_owner     TEXT,
    lease_until     TEXT,
    message_id      TEXT,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    UNIQUE (channel, story_key)
);
CREATE INDEX deliveries_due ON deliveries(status, next_attempt_at);
