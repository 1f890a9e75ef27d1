//! The schema as ordered migrations. Migration `i` (0-based) brings a
//! database from `PRAGMA user_version = i` to `i + 1`; each runs in its own
//! transaction together with the version bump. Never edit a migration that
//! has shipped: append a new one. `docs/schema.md` documents every column.

pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: the first schema.
    r#"
CREATE TABLE documents (
    doc          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    external_id  TEXT,
    url          TEXT,
    source       TEXT,
    title        TEXT,
    published    TEXT,
    language     TEXT NOT NULL,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL,
    story_id     INTEGER REFERENCES documents(doc),
    minhash      BLOB
);
CREATE INDEX documents_story ON documents(story_id);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE document_lsh (
    bucket INTEGER NOT NULL,
    doc    INTEGER NOT NULL REFERENCES documents(doc),
    PRIMARY KEY (bucket, doc)
) WITHOUT ROWID;

CREATE TABLE sentences (
    sid        INTEGER PRIMARY KEY,
    doc        INTEGER NOT NULL REFERENCES documents(doc),
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    UNIQUE (doc, idx)
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text,
    content = 'sentences',
    content_rowid = 'sid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.sid, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.sid, old.text);
END;

CREATE TABLE entities (
    entity   INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL,
    kind     TEXT NOT NULL,
    code     TEXT,
    sector   TEXT,
    office   TEXT
);
CREATE UNIQUE INDEX entities_identity ON entities(kind, name_key, ifnull(code, ''));
CREATE INDEX entities_code ON entities(code);

CREATE TABLE document_entity (
    doc      INTEGER NOT NULL REFERENCES documents(doc),
    entity   INTEGER NOT NULL REFERENCES entities(entity),
    mentions INTEGER NOT NULL,
    PRIMARY KEY (doc, entity)
) WITHOUT ROWID;
CREATE INDEX document_entity_entity ON document_entity(entity);

CREATE TABLE events (
    event            INTEGER PRIMARY KEY,
    type             TEXT NOT NULL,
    mode             TEXT,
    status           TEXT NOT NULL,
    negated          INTEGER NOT NULL,
    date             TEXT,
    enddate          TEXT,
    date_lo          TEXT,
    date_hi          TEXT,
    date_key         TEXT NOT NULL,
    anchor           TEXT,
    win_lo           TEXT,
    win_hi           TEXT,
    location_name    TEXT,
    location_country TEXT,
    lat              REAL,
    lon              REAL,
    parties_key      TEXT NOT NULL,
    topics           TEXT NOT NULL DEFAULT '[]',
    context          TEXT NOT NULL DEFAULT '[]',
    first_reported   TEXT,
    first_report     INTEGER,
    n_documents      INTEGER NOT NULL DEFAULT 0,
    n_sources        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_match ON events(type, parties_key, win_lo);
CREATE INDEX events_date ON events(date_key);
CREATE INDEX events_type_date ON events(type, date_key);
CREATE INDEX events_status_date ON events(status, date_key);

CREATE TABLE event_reports (
    report     INTEGER PRIMARY KEY,
    event      INTEGER NOT NULL REFERENCES events(event),
    doc        INTEGER NOT NULL REFERENCES documents(doc),
    report_id  TEXT NOT NULL,
    status     TEXT NOT NULL,
    negated    INTEGER NOT NULL,
    mode       TEXT,
    date       TEXT,
    enddate    TEXT,
    date_text  TEXT,
    claimed_by TEXT,
    location   TEXT,
    actors     TEXT NOT NULL,
    recipients TEXT NOT NULL,
    topics     TEXT NOT NULL,
    context    TEXT NOT NULL,
    event_text TEXT NOT NULL
);
CREATE INDEX event_reports_event ON event_reports(event);
CREATE INDEX event_reports_doc ON event_reports(doc);

CREATE TABLE event_mentions (
    report     INTEGER NOT NULL REFERENCES event_reports(report),
    event      INTEGER NOT NULL REFERENCES events(event),
    sentence   INTEGER NOT NULL,
    sid        INTEGER REFERENCES sentences(sid),
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL
);
CREATE INDEX event_mentions_report ON event_mentions(report);
CREATE INDEX event_mentions_sid ON event_mentions(sid, event);

CREATE TABLE event_parties (
    event  INTEGER NOT NULL REFERENCES events(event),
    role   TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    entity INTEGER NOT NULL REFERENCES entities(entity),
    PRIMARY KEY (event, role, entity)
) WITHOUT ROWID;
CREATE INDEX event_parties_entity ON event_parties(entity);

CREATE TABLE event_codes (
    code     TEXT NOT NULL,
    date_key TEXT NOT NULL,
    event    INTEGER NOT NULL REFERENCES events(event),
    PRIMARY KEY (code, date_key, event)
) WITHOUT ROWID;

CREATE TABLE event_dyads (
    code_a   TEXT NOT NULL,
    code_b   TEXT NOT NULL,
    date_key TEXT NOT NULL,
    event    INTEGER NOT NULL REFERENCES events(event),
    PRIMARY KEY (code_a, code_b, date_key, event)
) WITHOUT ROWID;

CREATE TABLE event_topics (
    topic TEXT NOT NULL,
    event INTEGER NOT NULL REFERENCES events(event),
    PRIMARY KEY (topic, event)
) WITHOUT ROWID;

CREATE TABLE quotes (
    quote      INTEGER PRIMARY KEY,
    doc        INTEGER NOT NULL REFERENCES documents(doc),
    speaker    INTEGER REFERENCES entities(entity),
    text       TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE ingest_errors (
    error  INTEGER PRIMARY KEY,
    path   TEXT NOT NULL,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL
);
"#,
    // 2: where each entity is mentioned in a document.
    r#"
ALTER TABLE document_entity ADD COLUMN spans TEXT;
"#,
    // 3: the store writes the FTS rows of new sentences itself (see
    // insert.rs): a trigger made every sentence INSERT open a statement
    // savepoint, at which FTS5 flushes its pending index.
    r#"
DROP TRIGGER sentences_ai;
"#,
    // 4: a document without a source name is one source with the other
    // copies of its story (50 copies of one article are not 50 sources).
    r#"
UPDATE events SET n_sources =
    (SELECT COUNT(DISTINCT coalesce(d.source, 'story:' || d.story_id))
     FROM event_reports r JOIN documents d ON d.doc = r.doc
     WHERE r.event = events.event);
"#,
];
