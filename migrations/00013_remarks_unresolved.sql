-- +goose Up
-- /admin/speakers lists remarks whose speaker was not resolved to a
-- speaker; a partial index keeps that cheap however large remarks grows.
CREATE INDEX remarks_unresolved_idx ON remarks (session_id, position) WHERE speaker_id IS NULL;

-- +goose Down
DROP INDEX remarks_unresolved_idx;
