-- The portal index carries each published text's current translations, so that the explorer
-- shows a reader the text in their language (a JSON object: language code → text), and the
-- language the assessment is written in. SQLite.
-- Kept in step with ../postgres/0007_portal_translations.sql.
ALTER TABLE published_rounds ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE published_answers ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE published_findings ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
-- Rows written before carry no translation: emptied here, they are written again from the
-- publications when the store opens (portal_index::backfill).
DELETE FROM published_findings;
DELETE FROM published_answers;
DELETE FROM published_rounds;
