-- The language an assessment is written in, and its texts in other languages. PostgreSQL.
-- Kept in step with ../sqlite/0004_translations.sql.

ALTER TABLE assessments ADD COLUMN language TEXT NOT NULL DEFAULT 'en';

CREATE TABLE translations (
    assessment_id   BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    lang            TEXT NOT NULL,
    -- The text translated, as mgi_model::TextRef writes it: finding/KEY, summary/DOMAIN, ...
    target          TEXT NOT NULL,
    position        BIGINT NOT NULL,
    text            TEXT NOT NULL,
    -- draft, reviewed or official
    status          TEXT NOT NULL,
    -- mgi_model::fingerprint of the original when it was translated; NULL when not known.
    original_fingerprint TEXT,
    version         BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (assessment_id, lang, target)
);

-- The language of each searchable passage: the assessment's own, or a translation's.
ALTER TABLE search_entries ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
