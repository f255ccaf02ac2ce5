-- +goose Up
-- Ending an admin's login sessions when the password is reset. Sessions
-- are scs blobs keyed by a hashed token, with no column saying whose they
-- are; instead each session remembers the epoch its admin had at login,
-- and every admin request compares it with this column. Raising the epoch
-- (plenary admin passwd) thereby ends all of the admin's sessions at once.
ALTER TABLE admins ADD COLUMN session_epoch integer NOT NULL DEFAULT 0;
COMMENT ON COLUMN admins.session_epoch IS
    'Raised whenever the password changes; a login session carrying an older epoch is refused and destroyed. Starts at 0, which sessions from before this column also carry, so the migration logs nobody out.';

-- +goose Down
ALTER TABLE admins DROP COLUMN session_epoch;
