-- The portal index, change-log notes between rounds, and API tokens. SQLite.
-- Kept in step with ../postgres/0003_rounds_open_data.sql.

-- The latest revision of each published assessment, flattened for the explorer and the
-- aggregate views. Written with the publication, in the same transaction, like the search index.
CREATE TABLE published_rounds (
    assessment_id   INTEGER PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
    jurisdiction    TEXT NOT NULL REFERENCES jurisdictions (code),
    kind            TEXT NOT NULL,
    region          TEXT NOT NULL,
    year            INTEGER NOT NULL,
    revision        INTEGER NOT NULL,
    -- 1 for the latest published round of its jurisdiction, 0 for earlier rounds.
    latest          INTEGER NOT NULL
);
CREATE INDEX published_rounds_latest ON published_rounds (latest, kind, region);
CREATE INDEX published_rounds_by_jurisdiction ON published_rounds (jurisdiction, year);

CREATE TABLE published_answers (
    assessment_id   INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    indicator       TEXT NOT NULL,
    value           TEXT NOT NULL,
    narrative       TEXT NOT NULL,
    -- JSON list of the cited sources as printed: issuer, title, year, pinpoint.
    citations       TEXT NOT NULL,
    -- Copied from published_rounds so that the aggregates read this table alone.
    latest          INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    region          TEXT NOT NULL,
    PRIMARY KEY (assessment_id, indicator)
);
CREATE INDEX published_answers_by_indicator ON published_answers (indicator, value);
-- Covers the GCM tallies and the SDG readings (latest rounds of one level).
CREATE INDEX published_answers_tally ON published_answers (latest, kind, region, indicator, value, assessment_id);

-- One row per finding and indicator it speaks to.
CREATE TABLE published_findings (
    assessment_id   INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    finding_key     TEXT NOT NULL,
    indicator       TEXT NOT NULL,
    kind            TEXT NOT NULL,
    text            TEXT NOT NULL,
    citations       TEXT NOT NULL,
    PRIMARY KEY (assessment_id, finding_key, indicator)
);
CREATE INDEX published_findings_by_indicator ON published_findings (indicator);

-- An analyst's note on one line of the change log between two rounds.
CREATE TABLE round_notes (
    id              INTEGER PRIMARY KEY,
    jurisdiction    TEXT NOT NULL REFERENCES jurisdictions (code),
    from_year       INTEGER NOT NULL,
    to_year         INTEGER NOT NULL,
    indicator       TEXT NOT NULL,
    note            TEXT NOT NULL,
    author          TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    UNIQUE (jurisdiction, from_year, to_year, indicator)
);

-- Tokens for the HTTP API, issued to a user and carrying that user's role and scope.
CREATE TABLE api_tokens (
    token_hash      TEXT PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label           TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    revoked         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);
