-- Accounts, sessions, consultation links, approvals, publications and search. PostgreSQL.
-- Kept in step with ../sqlite/0002_process.sql.

CREATE TABLE users (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL,
    password_hash   TEXT,
    assessment_id   BIGINT REFERENCES assessments (id) ON DELETE CASCADE,
    expires_at      TEXT,
    created_at      TEXT NOT NULL
);

CREATE TABLE user_jurisdictions (
    user_id         BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    jurisdiction    TEXT NOT NULL REFERENCES jurisdictions (code),
    PRIMARY KEY (user_id, jurisdiction)
);

CREATE TABLE sessions (
    token_hash      TEXT PRIMARY KEY,
    user_id         BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL
);

CREATE TABLE login_failures (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        TEXT NOT NULL,
    at              TEXT NOT NULL
);
CREATE INDEX login_failures_by_user ON login_failures (username, at);

CREATE TABLE share_links (
    token_hash      TEXT PRIMARY KEY,
    assessment_id   BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    label           TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL
);

CREATE TABLE approvals (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assessment_id   BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    content_hash    TEXT NOT NULL,
    approved_by     TEXT NOT NULL,
    approved_at     TEXT NOT NULL
);

CREATE TABLE publications (
    assessment_id   BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    revision        BIGINT NOT NULL,
    published_at    TEXT NOT NULL,
    published_by    TEXT NOT NULL,
    change_note     TEXT NOT NULL,
    content_hash    TEXT NOT NULL,
    snapshot        TEXT NOT NULL,
    PRIMARY KEY (assessment_id, revision)
);

CREATE TABLE search_entries (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assessment_id   BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    ref             TEXT NOT NULL,
    text            TEXT NOT NULL
);
CREATE INDEX search_entries_by_assessment ON search_entries (assessment_id);
CREATE INDEX search_entries_text ON search_entries USING GIN (to_tsvector('simple', text));
