-- +goose Up
-- An admin's corrections of a pending upload, made in its preview before
-- publishing: who said a remark, and where to split it. They are kept by
-- the remark's number in the upload's parse (the source never changes)
-- and, at publish, become the published session's edits of those
-- remarks' keys (remark_edits, remark_splits), which later revisions keep.
CREATE TABLE upload_edits (
    document_id      bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    -- The remark's number in the preview, 1 for the first.
    remark_index     integer NOT NULL CHECK (remark_index > 0),
    -- attributed: the admin said who said the remark; speaker_id NULL
    -- then means nobody (narration).
    attributed       boolean NOT NULL DEFAULT false,
    speaker_id       bigint REFERENCES speakers (id),
    -- split_at: split the remark before this byte of its text, the
    -- second part said by split_speaker_id (NULL: nobody).
    split_at         integer CHECK (split_at > 0),
    split_speaker_id bigint REFERENCES speakers (id),
    edited_by        text NOT NULL,
    edited_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (document_id, remark_index)
);
CREATE INDEX upload_edits_speaker_idx ON upload_edits (speaker_id);
CREATE INDEX upload_edits_split_speaker_idx ON upload_edits (split_speaker_id);
COMMENT ON TABLE upload_edits IS
    'Corrections made in an upload''s preview, by remark number; applied when the upload is published.';

-- +goose Down
DROP TABLE upload_edits;
