-- +goose Up
-- Admins correct a session's header (title, date, location, body) on the
-- site, and uploads may override what the parser reads. Such a human
-- choice must survive the next correction of the minutes, which would
-- otherwise put the parsed header back. pinned lists the fields a human
-- set; a later revision keeps them unless its upload sets them again.
ALTER TABLE sessions ADD COLUMN pinned text[] NOT NULL DEFAULT '{}'
    CHECK (pinned <@ ARRAY['title', 'date', 'location', 'body']);
COMMENT ON COLUMN sessions.pinned IS
    'Header fields (title, date, location, body) an admin or an upload override set; a new revision keeps them instead of the parsed values, unless its upload overrides them itself.';

-- +goose Down
ALTER TABLE sessions DROP COLUMN pinned;
