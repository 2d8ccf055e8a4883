-- One schema for SQLite and PostgreSQL; the placeholders give each its types:
-- ${serial} an auto-numbered integer key, ${real} a double.
-- Dates are ISO-8601 text (YYYY-MM-DD): they sort as dates and pandas, R and QGIS read them on both databases.

CREATE TABLE articles (
    id              TEXT PRIMARY KEY,
    url             TEXT UNIQUE,
    source          TEXT,
    published       TEXT,
    title           TEXT,
    text            TEXT NOT NULL,
    -- SHA-256 of the text as read, and of its normalised form (folded, lower case, one space): the second
    -- makes the same story re-read from another file or address a duplicate
    content_hash    TEXT NOT NULL,
    normalized_hash TEXT NOT NULL UNIQUE,
    -- MinHash signature (hex) of the word shingles: near-identical wire copies count as one source
    minhash         TEXT NOT NULL,
    engine_version  TEXT NOT NULL,
    ingested_at     TEXT NOT NULL
);

CREATE TABLE provenance (
    id             ${serial} PRIMARY KEY,
    article_id     TEXT NOT NULL REFERENCES articles (id),
    sentence_index INTEGER NOT NULL,
    start_offset   INTEGER NOT NULL,
    end_offset     INTEGER NOT NULL,
    evidence       TEXT NOT NULL
);
CREATE INDEX provenance_article ON provenance (article_id);

CREATE TABLE incidents (
    id            ${serial} PRIMARY KEY,
    type          TEXT NOT NULL,
    actor         TEXT,
    target        TEXT,
    incident_date TEXT,
    location      TEXT,
    lat           ${real},
    lon           ${real},
    -- independent sources: wire copies of one story count once
    sources       INTEGER NOT NULL,
    confidence    ${real} NOT NULL
);
CREATE INDEX incidents_date ON incidents (incident_date);

CREATE TABLE events (
    id            ${serial} PRIMARY KEY,
    article_id    TEXT NOT NULL REFERENCES articles (id),
    ordinal       INTEGER NOT NULL,
    type          TEXT NOT NULL,
    event_date    TEXT,
    date_text     TEXT,
    actor         TEXT,
    target        TEXT,
    place_text    TEXT,
    count         INTEGER,
    confidence    ${real} NOT NULL,
    provenance_id BIGINT NOT NULL REFERENCES provenance (id),
    incident_id   BIGINT REFERENCES incidents (id),
    UNIQUE (article_id, ordinal)
);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_block ON events (type, actor, event_date);
CREATE INDEX events_incident ON events (incident_id);

-- Coordinates stay null until the gazetteer resolves the name.
CREATE TABLE event_places (
    id             ${serial} PRIMARY KEY,
    event_id       BIGINT NOT NULL REFERENCES events (id),
    ordinal        INTEGER NOT NULL,
    name           TEXT NOT NULL,
    lat            ${real},
    lon            ${real},
    coord_source   TEXT,
    approximate    BOOLEAN NOT NULL,
    uncertainty_km ${real} NOT NULL
);
CREATE INDEX event_places_event ON event_places (event_id);
CREATE INDEX event_places_name ON event_places (name);

CREATE TABLE relations (
    id            ${serial} PRIMARY KEY,
    article_id    TEXT NOT NULL REFERENCES articles (id),
    type          TEXT NOT NULL,
    source_actor  TEXT NOT NULL,
    target_actor  TEXT NOT NULL,
    confidence    ${real} NOT NULL,
    provenance_id BIGINT NOT NULL REFERENCES provenance (id)
);
CREATE INDEX relations_article ON relations (article_id);

CREATE TABLE incident_sources (
    incident_id BIGINT NOT NULL REFERENCES incidents (id),
    article_id  TEXT NOT NULL REFERENCES articles (id),
    source      TEXT,
    -- articles of one incident with the same copy_group are copies of one wire story
    copy_group  INTEGER NOT NULL,
    PRIMARY KEY (incident_id, article_id)
);

CREATE TABLE control_claims (
    id           ${serial} PRIMARY KEY,
    place_name   TEXT NOT NULL,
    lat          ${real},
    lon          ${real},
    coord_source TEXT,
    actor        TEXT NOT NULL,
    claim_date   TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('HOLDS', 'LEAVES', 'CONTESTED')),
    source       TEXT NOT NULL,
    confidence   ${real} NOT NULL
);
CREATE INDEX control_claims_date ON control_claims (claim_date);
