-- What `frontline watch` knows of each feed it polls, so that a restart (or a kill) resumes without
-- duplicates or gaps. Instants are ISO-8601 text in UTC (2026-12-01T19:45:00Z).

CREATE TABLE watched_feeds (
    url           TEXT PRIMARY KEY,
    -- validators of the last feed fully processed, sent back for a conditional GET
    etag          TEXT,
    last_modified TEXT,
    last_poll     TEXT,
    -- the last poll's outcome as printed ("4 new, 16 seen before", "not modified", "failed: HTTP 503 ...")
    last_result   TEXT,
    -- consecutive failed polls, and the instant before which the feed is not polled again (backoff)
    failures      INTEGER NOT NULL DEFAULT 0,
    retry_after   TEXT
);

CREATE TABLE watched_items (
    feed_url   TEXT NOT NULL REFERENCES watched_feeds (url),
    -- the entry's id (RSS guid, Atom id), else its link
    item_key   TEXT NOT NULL,
    link       TEXT,
    first_seen TEXT NOT NULL,
    -- polls at which its page could not be fetched or read
    attempts   INTEGER NOT NULL DEFAULT 0,
    -- NULL while it is to be tried again; 'ingested' (stored, or found already stored), or 'failed' (given up)
    outcome    TEXT,
    -- the id given to its article (one already stored under another id keeps that), or the last failure
    detail     TEXT,
    PRIMARY KEY (feed_url, item_key)
);
