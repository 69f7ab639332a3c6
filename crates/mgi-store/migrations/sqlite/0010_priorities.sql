-- Priorities of a round: what its consultation decided to act on, followed until done or
-- dropped (mgi_model::Priority). SQLite. Kept in step with ../postgres/0010_priorities.sql.
--
-- The status and the year of the earlier round it was set in (none: this round) are columns, for the lists that follow priorities
-- across rounds; the rest of the record (its words or recommendation, findings, indicators,
-- institutions, target date and dated progress notes with their citations) is one JSON text,
-- like the other lists inside a record.

CREATE TABLE priorities (
    assessment_id   INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    key             TEXT NOT NULL,
    position        INTEGER NOT NULL,
    status          TEXT NOT NULL,
    since           INTEGER,
    body            TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (assessment_id, key)
);
