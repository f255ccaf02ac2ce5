-- +goose Up
-- Discarding a pending upload no longer deletes it: nothing an admin
-- uploads is ever lost (DESIGN.md). A discarded upload keeps its source
-- under status 'discarded'; it is neither pending nor public, and the
-- audit log says who discarded it and why.
ALTER TABLE documents DROP CONSTRAINT documents_status_check;
ALTER TABLE documents ADD CONSTRAINT documents_status_check
    CHECK (status IN ('pending', 'published', 'discarded'));
COMMENT ON COLUMN documents.status IS
    'pending: uploaded, awaiting review; published: a revision of a session points at it; discarded: an admin discarded it, or publishing it would have changed nothing. Discarded rows are kept byte for byte but never shown publicly or listed as pending.';

-- +goose Down
-- Re-adding the old constraint fails while discarded uploads exist: going
-- down must not silently delete sources that admins uploaded.
ALTER TABLE documents DROP CONSTRAINT documents_status_check;
ALTER TABLE documents ADD CONSTRAINT documents_status_check
    CHECK (status IN ('pending', 'published'));
COMMENT ON COLUMN documents.status IS
    'pending: uploaded, awaiting review; published: a revision of a session points at it. Discarding a pending upload deletes the row.';
