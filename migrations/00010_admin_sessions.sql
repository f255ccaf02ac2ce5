-- +goose Up
-- Server-side login sessions of admins (the scs session store). Named
-- admin_sessions because "sessions" are the meetings of the archive.
CREATE TABLE admin_sessions (
    token  text PRIMARY KEY,
    data   bytea NOT NULL,
    expiry timestamptz NOT NULL
);
-- Expired sessions are swept by expiry.
CREATE INDEX admin_sessions_expiry_idx ON admin_sessions (expiry);
COMMENT ON COLUMN admin_sessions.token IS
    'SHA-256 of the cookie token (scs HashTokenInStore), so a leaked table does not hand out live sessions.';

-- +goose Down
DROP TABLE admin_sessions;
