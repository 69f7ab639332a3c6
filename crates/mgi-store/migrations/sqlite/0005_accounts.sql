-- Sign-in throttling by name and client address; share links that can be revoked, that end for
-- good when the draft leaves the shared stages, and that count their guests. SQLite.
-- Kept in step with ../postgres/0005_accounts.sql.

-- Failed sign-ins, counted per (name, client) and per client (accounts.rs states the policy).
-- Replaces login_failures, which counted per name only and kept names as typed, of any length.
DROP TABLE login_failures;
CREATE TABLE sign_in_failures (
    id              INTEGER PRIMARY KEY,
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
CREATE TABLE share_links_new (
    id              INTEGER PRIMARY KEY,
    token_hash      TEXT NOT NULL UNIQUE,
    assessment_id   INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    label           TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    -- draft-shared or consultation (for links made before this migration: the stage then).
    stage           TEXT NOT NULL,
    -- Guests admitted (those admitted before this migration are not counted).
    guests          INTEGER NOT NULL DEFAULT 0,
    -- Set once, never cleared: an ended link never admits anyone again.
    ended_at        TEXT,
    -- Who revoked it; NULL when it ended because the draft left the shared stages.
    ended_by        TEXT,
    -- 'revoked' or 'stage'.
    end_reason      TEXT
);
INSERT INTO share_links_new
    (token_hash, assessment_id, label, created_by, created_at, expires_at, stage, guests,
     ended_at, ended_by, end_reason)
SELECT l.token_hash, l.assessment_id, l.label, l.created_by, l.created_at, l.expires_at, a.stage,
    0,
    CASE WHEN a.stage IN ('draft-shared', 'consultation') THEN NULL
        ELSE strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END,
    NULL,
    CASE WHEN a.stage IN ('draft-shared', 'consultation') THEN NULL ELSE 'stage' END
FROM share_links l JOIN assessments a ON a.id = l.assessment_id;
DROP TABLE share_links;
ALTER TABLE share_links_new RENAME TO share_links;
CREATE INDEX share_links_by_assessment ON share_links (assessment_id);

-- The link a guest came through (NULL for accounts made by an administrator, and for guests
-- admitted before this migration).
ALTER TABLE users ADD COLUMN share_link_id INTEGER REFERENCES share_links (id) ON DELETE CASCADE;
CREATE INDEX users_by_share_link ON users (share_link_id);

-- Guests of drafts that are no longer shared stay out, even if the draft comes back.
DELETE FROM sessions WHERE user_id IN (
    SELECT u.id FROM users u JOIN assessments a ON a.id = u.assessment_id
    WHERE u.password_hash IS NULL AND a.stage NOT IN ('draft-shared', 'consultation'));
UPDATE users SET expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE password_hash IS NULL AND assessment_id IN (
    SELECT id FROM assessments WHERE stage NOT IN ('draft-shared', 'consultation'));
