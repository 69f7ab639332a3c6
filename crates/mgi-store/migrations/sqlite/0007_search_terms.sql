-- Search by word stems, word beginnings and spelling variants. SQLite.
-- Kept in step with ../postgres/0007_search_terms.sql.
--
-- The store writes the terms of each passage (`terms`: its words folded and stemmed in the
-- passage's language, see mgi_store's search::terms) and FTS5 indexes them as they are, so that
-- both backends find the same passages. `domain` is the domain a finding or a summary is about.
-- The index is derived data: it is emptied here and rebuilt from the stored publications when
-- the store opens (search::backfill).

DROP TRIGGER search_entries_ai;
DROP TRIGGER search_entries_ad;
DROP TABLE search_fts;
DELETE FROM search_entries;

ALTER TABLE search_entries ADD COLUMN domain TEXT NOT NULL DEFAULT '';
ALTER TABLE search_entries ADD COLUMN terms TEXT NOT NULL DEFAULT '';
-- A passage in another language is looked up by this index; it also serves the assessment's.
CREATE INDEX search_entries_passage ON search_entries (assessment_id, kind, ref, lang);
DROP INDEX search_entries_by_assessment;

-- The terms are words of letters and digits separated by single spaces, already in lower case:
-- the ascii tokenizer splits them at the spaces and keeps every other character. The language
-- is indexed too: a query looks for each language's stems in that language's passages.
CREATE VIRTUAL TABLE search_fts USING fts5 (
    terms, lang, content = 'search_entries', content_rowid = 'id', tokenize = 'ascii'
);
CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
    INSERT INTO search_fts (rowid, terms, lang) VALUES (new.id, new.terms, new.lang);
END;
CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
    INSERT INTO search_fts (search_fts, rowid, terms, lang) VALUES ('delete', old.id, old.terms, old.lang);
END;
