-- +goose Up
-- The body that met ("IETF", "QUIC Working Group") is part of a
-- session's header. Uploads may name it, like title, date and location;
-- otherwise publish guesses it from the title (minutes.GuessBody).
ALTER TABLE documents ADD COLUMN body text NOT NULL DEFAULT '';
COMMENT ON COLUMN documents.body IS
    'Body (who met) the uploader gave, overriding the guess from the title; empty: keep the session''s body, or guess it for a new session or one without a body.';
COMMENT ON COLUMN sessions.body IS
    'Who met, shown in the session header. Set by an upload that names it; otherwise guessed from the title when the session has none, so a correction never replaces a body an admin gave with a guess.';

-- +goose Down
COMMENT ON COLUMN sessions.body IS NULL;
ALTER TABLE documents DROP COLUMN body;
