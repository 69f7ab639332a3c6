-- Priorities of a round: what its consultation decided to act on, followed until done or
-- dropped (mgi_model::Priority). SQLite. Kept in step with ../postgres/0010_priorities.sql.
--
-- The record (its words or recommendation, findings, indicators, institutions, target date,
-- status and dated progress notes with their citations) is one JSON text, like the other lists
-- inside a record; nothing reads a priority but with its round.

CREATE TABLE priorities (
    assessment_id   INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    key             TEXT NOT NULL,
    position        INTEGER NOT NULL,
    body            TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (assessment_id, key)
);
