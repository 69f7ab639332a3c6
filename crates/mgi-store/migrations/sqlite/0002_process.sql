-- Accounts, sessions, consultation links, approvals, publications and search. SQLite.
-- Kept in step with ../postgres/0002_process.sql.

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL,
    -- argon2id PHC string; NULL for participants who came through a share link.
    password_hash   TEXT,
    -- A commenter's one assessment.
    assessment_id   INTEGER REFERENCES assessments (id) ON DELETE CASCADE,
    -- Participants invited by link expire with the link.
    expires_at      TEXT,
    created_at      TEXT NOT NULL
);

-- The jurisdictions a government focal point answers for.
CREATE TABLE user_jurisdictions (
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    jurisdiction    TEXT NOT NULL REFERENCES jurisdictions (code),
    PRIMARY KEY (user_id, jurisdiction)
);

-- Signed-in sessions; the cookie holds a random token, the table its SHA-256.
CREATE TABLE sessions (
    token_hash      TEXT PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL
);

-- Failed sign-ins, for the rate limit (shared by every instance on the database).
CREATE TABLE login_failures (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL,
    at              TEXT NOT NULL
);
CREATE INDEX login_failures_by_user ON login_failures (username, at);

-- Links inviting consultation participants to one assessment until they expire.
CREATE TABLE share_links (
    token_hash      TEXT PRIMARY KEY,
    assessment_id   INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    label           TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL
);

-- A government's approval of the content it read, by the content's SHA-256.
CREATE TABLE approvals (
    id              INTEGER PRIMARY KEY,
    assessment_id   INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    content_hash    TEXT NOT NULL,
    approved_by     TEXT NOT NULL,
    approved_at     TEXT NOT NULL
);

-- Frozen snapshots the portal serves; a correction adds a revision with a public note.
CREATE TABLE publications (
    assessment_id   INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    revision        INTEGER NOT NULL,
    published_at    TEXT NOT NULL,
    published_by    TEXT NOT NULL,
    change_note     TEXT NOT NULL,
    content_hash    TEXT NOT NULL,
    snapshot        TEXT NOT NULL,
    PRIMARY KEY (assessment_id, revision)
);

-- The searchable text of the latest publication of each assessment.
CREATE TABLE search_entries (
    id              INTEGER PRIMARY KEY,
    assessment_id   INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    ref             TEXT NOT NULL,
    text            TEXT NOT NULL
);
CREATE INDEX search_entries_by_assessment ON search_entries (assessment_id);

CREATE VIRTUAL TABLE search_fts USING fts5 (
    text, content = 'search_entries', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
    INSERT INTO search_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
    INSERT INTO search_fts (search_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
