-- A publication made despite what was not ready (mgi_model::readiness): the administrator's
-- written reason, NULL for a publication nothing blocked. SQLite.
-- Kept in step with ../postgres/0006_publication_override.sql.
ALTER TABLE publications ADD COLUMN override_reason TEXT;
