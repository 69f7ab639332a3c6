-- Search by word stems, word beginnings and spelling variants. PostgreSQL.
-- Kept in step with ../sqlite/0008_search_terms.sql.
--
-- The store writes the terms of each passage (`terms`: its words folded, and their stems in the
-- passage's language, see mgi_store's search::terms); the stored tsvector holds them as they
-- are (no parser, no dictionary), so that both backends find the same passages. `domain` is
-- the domain a finding or a summary is about. The index is derived data: it is emptied here and
-- rebuilt from the stored publications when the store opens (search::backfill).

DELETE FROM search_entries;
ALTER TABLE search_entries DROP COLUMN tsv;

ALTER TABLE search_entries ADD COLUMN domain TEXT NOT NULL DEFAULT '';
ALTER TABLE search_entries ADD COLUMN terms TEXT NOT NULL DEFAULT '';
ALTER TABLE search_entries ADD COLUMN tsv tsvector
    GENERATED ALWAYS AS (array_to_tsvector(string_to_array(terms, ' '))) STORED;
CREATE INDEX search_entries_tsv ON search_entries USING GIN (tsv);
-- A passage in another language is looked up by this index; it also serves the assessment's.
CREATE INDEX search_entries_passage ON search_entries (assessment_id, kind, ref, lang);
DROP INDEX search_entries_by_assessment;
