-- mgi schema, PostgreSQL. Kept in step with ../sqlite/0001_init.sql: same tables, columns and
-- constraints; only the types and identity columns differ.

CREATE TABLE jurisdictions (
    code        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('country', 'locality')),
    name        TEXT NOT NULL,
    region      TEXT NOT NULL,
    subregion   TEXT,
    version     BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE assessments (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction        TEXT NOT NULL REFERENCES jurisdictions (code),
    year                BIGINT NOT NULL,
    framework_set       TEXT NOT NULL,
    framework_version   BIGINT NOT NULL,
    stage               TEXT NOT NULL,
    version             BIGINT NOT NULL DEFAULT 1,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (jurisdiction, year)
);

CREATE TABLE summaries (
    assessment_id   BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    domain          TEXT NOT NULL,
    position        BIGINT NOT NULL,
    text            TEXT NOT NULL,
    version         BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (assessment_id, domain)
);

CREATE TABLE sources (
    assessment_id   BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    key             TEXT NOT NULL,
    position        BIGINT NOT NULL,
    issuer          TEXT NOT NULL,
    title           TEXT NOT NULL,
    year            BIGINT,
    kind            TEXT NOT NULL,
    amended         TEXT NOT NULL,
    url             TEXT,
    online          BOOLEAN NOT NULL,
    language        TEXT,
    note            TEXT,
    version         BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (assessment_id, key)
);

CREATE TABLE answers (
    assessment_id   BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    indicator       TEXT NOT NULL,
    position        BIGINT NOT NULL,
    value           TEXT NOT NULL,
    narrative       TEXT NOT NULL,
    status          TEXT NOT NULL,
    confidence      TEXT,
    notes           TEXT NOT NULL,
    version         BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (assessment_id, indicator)
);

CREATE TABLE findings (
    assessment_id   BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    key             TEXT NOT NULL,
    position        BIGINT NOT NULL,
    domain          TEXT NOT NULL,
    kind            TEXT NOT NULL,
    text            TEXT NOT NULL,
    indicators      TEXT NOT NULL,
    footnotes       TEXT NOT NULL,
    suggested       TEXT NOT NULL,
    version         BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (assessment_id, key)
);

-- Evidence: a source of the register cited by an answer or a finding, with a pinpoint.
CREATE TABLE citations (
    assessment_id   BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    owner_kind      TEXT NOT NULL CHECK (owner_kind IN ('answer', 'finding')),
    owner_key       TEXT NOT NULL,
    position        BIGINT NOT NULL,
    source_key      TEXT NOT NULL,
    pinpoint        TEXT,
    PRIMARY KEY (assessment_id, owner_kind, owner_key, position),
    FOREIGN KEY (assessment_id, source_key) REFERENCES sources (assessment_id, key)
);

CREATE TABLE context_figures (
    assessment_id   BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    position        BIGINT NOT NULL,
    measure         TEXT NOT NULL,
    value           DOUBLE PRECISION NOT NULL,
    unit            TEXT NOT NULL,
    year            BIGINT NOT NULL,
    sex             TEXT,
    age_group       TEXT,
    source_key      TEXT NOT NULL,
    version         BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (assessment_id, position),
    FOREIGN KEY (assessment_id, source_key) REFERENCES sources (assessment_id, key)
);

CREATE TABLE conventions (
    assessment_id   BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    indicator       TEXT NOT NULL,
    position        BIGINT NOT NULL,
    name            TEXT NOT NULL,
    ratified        BOOLEAN NOT NULL,
    year            BIGINT,
    version         BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (assessment_id, indicator)
);

CREATE TABLE consultations (
    assessment_id   BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    key             TEXT NOT NULL,
    position        BIGINT NOT NULL,
    title           TEXT NOT NULL,
    start_date      TEXT NOT NULL,
    end_date        TEXT NOT NULL,
    place           TEXT NOT NULL,
    participants    BIGINT,
    more_than       BOOLEAN NOT NULL,
    description     TEXT NOT NULL,
    key_findings    TEXT NOT NULL,
    recommendations TEXT NOT NULL,
    footnotes       TEXT NOT NULL,
    version         BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (assessment_id, key)
);

CREATE TABLE comments (
    assessment_id   BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    key             TEXT NOT NULL,
    position        BIGINT NOT NULL,
    author          TEXT NOT NULL,
    anchor_kind     TEXT NOT NULL,
    anchor_ref      TEXT,
    visibility      TEXT NOT NULL,
    state           TEXT NOT NULL,
    text            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    version         BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (assessment_id, key)
);

-- Every change: who, when, what, old -> new. Kept when an assessment is deleted.
CREATE TABLE audit (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              TEXT NOT NULL,
    actor           TEXT NOT NULL,
    jurisdiction    TEXT NOT NULL,
    year            BIGINT NOT NULL,
    entity          TEXT NOT NULL,
    entity_key      TEXT NOT NULL,
    field           TEXT NOT NULL,
    old_value       TEXT,
    new_value       TEXT
);

CREATE INDEX audit_by_assessment ON audit (jurisdiction, year, id);
