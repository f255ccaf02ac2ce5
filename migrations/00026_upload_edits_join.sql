-- +goose Up
-- A correction made in a preview may also join a remark onto the one
-- before it (one turn the minutes cut in two).
ALTER TABLE upload_edits ADD COLUMN joined boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN upload_edits.joined IS
    'Join this remark onto the remark before it (same agenda item) when the upload is published; done after the splits.';

-- +goose Down
ALTER TABLE upload_edits DROP COLUMN joined;
