-- Sign-in throttling by name and client address; share links that can be revoked, that end for
-- good when the draft leaves the shared stages, and that count their guests. PostgreSQL.
-- Kept in step with ../sqlite/0005_accounts.sql.

-- Failed sign-ins, counted per (name, client) and per client (accounts.rs states the policy).
-- Replaces login_failures, which counted per name only and kept names as typed, of any length.
DROP TABLE login_failures;
CREATE TABLE sign_in_failures (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The name as typed when it could be a user name (at most 64 characters), else
    -- 'sha256:' and the SHA-256 of what was typed: never more than 71 characters.
    name            TEXT NOT NULL,
    -- The client: an IPv4 address, the /64 network of an IPv6 address, or 'unknown'.
    client          TEXT NOT NULL,
    at              TEXT NOT NULL
);
CREATE INDEX sign_in_failures_by_name ON sign_in_failures (name, client, at);
CREATE INDEX sign_in_failures_by_client ON sign_in_failures (client, at);
CREATE INDEX sign_in_failures_by_time ON sign_in_failures (at);

-- Share links get an id (the workspace revokes by it), the stage they were made in, the number
-- of guests they admitted, and when and why they stopped admitting before their expiry.
ALTER TABLE share_links DROP CONSTRAINT share_links_pkey;
ALTER TABLE share_links ADD COLUMN id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
ALTER TABLE share_links ADD CONSTRAINT share_links_token_hash_key UNIQUE (token_hash);
-- draft-shared or consultation (for links made before this migration: the stage then).
ALTER TABLE share_links ADD COLUMN stage TEXT;
-- Guests admitted (those admitted before this migration are not counted).
ALTER TABLE share_links ADD COLUMN guests BIGINT NOT NULL DEFAULT 0;
-- Set once, never cleared: an ended link never admits anyone again.
ALTER TABLE share_links ADD COLUMN ended_at TEXT;
-- Who revoked it; NULL when it ended because the draft left the shared stages.
ALTER TABLE share_links ADD COLUMN ended_by TEXT;
-- 'revoked' or 'stage'.
ALTER TABLE share_links ADD COLUMN end_reason TEXT;
UPDATE share_links l SET
    stage = a.stage,
    ended_at = CASE WHEN a.stage IN ('draft-shared', 'consultation') THEN NULL
        ELSE to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END,
    end_reason = CASE WHEN a.stage IN ('draft-shared', 'consultation') THEN NULL ELSE 'stage' END
FROM assessments a WHERE a.id = l.assessment_id;
ALTER TABLE share_links ALTER COLUMN stage SET NOT NULL;
CREATE INDEX share_links_by_assessment ON share_links (assessment_id);

-- The link a guest came through (NULL for accounts made by an administrator, and for guests
-- admitted before this migration).
ALTER TABLE users ADD COLUMN share_link_id BIGINT REFERENCES share_links (id) ON DELETE CASCADE;
CREATE INDEX users_by_share_link ON users (share_link_id);

-- Guests of drafts that are no longer shared stay out, even if the draft comes back.
DELETE FROM sessions WHERE user_id IN (
    SELECT u.id FROM users u JOIN assessments a ON a.id = u.assessment_id
    WHERE u.password_hash IS NULL AND a.stage NOT IN ('draft-shared', 'consultation'));
UPDATE users SET expires_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
WHERE password_hash IS NULL AND assessment_id IN (
    SELECT id FROM assessments WHERE stage NOT IN ('draft-shared', 'consultation'));
