-- Search by word stems, word beginnings and spelling variants. SQLite.
-- Kept in step with ../postgres/0008_search_terms.sql.
--
-- The store writes the terms of each passage (`terms`: its words folded, and their stems in the
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

-- The terms are separated by single spaces and hold no space nor other ASCII punctuation, and
-- are already in lower case: the ascii tokenizer splits them at the spaces and keeps every
-- other character. A stem's term starts with three characters (a mark and its language): the
-- beginnings of 6 to 11 characters, those of stems beginning with 3 to 8 letters, are indexed
-- as well, so that a word looked for as the beginning of stems reads one list instead of
-- merging those of every stem it begins.
CREATE VIRTUAL TABLE search_fts USING fts5 (
    terms, content = 'search_entries', content_rowid = 'id', tokenize = 'ascii',
    prefix = '6 7 8 9 10 11'
);
CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
    INSERT INTO search_fts (rowid, terms) VALUES (new.id, new.terms);
END;
CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
    INSERT INTO search_fts (search_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
END;
