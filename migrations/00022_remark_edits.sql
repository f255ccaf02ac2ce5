-- +goose Up
-- An admin's correction of who said one remark of a published session:
-- a speaker, or nobody (narration). A publish rewrites a session's
-- remarks, so the correction is kept here by the remark's key, which
-- survives revisions through alignment, and applied again after every
-- publish (archive.applyRemarkEdits). An edit whose key is gone from the
-- current revision stays here and is listed for review.
CREATE TABLE remark_edits (
    session_id bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    remark_key integer NOT NULL CHECK (remark_key > 0),
    -- NULL: the remark is narration, said by nobody.
    speaker_id bigint REFERENCES speakers (id),
    edited_by  text NOT NULL,
    edited_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, remark_key)
);
-- A speaker merge moves the edits of the merged speaker.
CREATE INDEX remark_edits_speaker_idx ON remark_edits (speaker_id);
COMMENT ON TABLE remark_edits IS
    'Attributions an admin corrected, per remark key: re-applied on every publish of the session, overriding the parser and the session''s label assignments; speaker_id NULL marks the remark as narration.';

-- +goose Down
DROP TABLE remark_edits;
