-- +goose Up
-- An admin's splits and joins of a published session's remarks. Like the
-- attribution edits (remark_edits), they are kept by remark key and done
-- again after every publish of the session (archive.applyStructureEdits),
-- found by the words where the split falls or the joined remark starts,
-- since a corrected source brings back the remark as the parser reads it.
CREATE TABLE remark_splits (
    session_id   bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    -- The remark split: it keeps its key (and its permalink) for the part
    -- before the split.
    remark_key   integer NOT NULL CHECK (remark_key > 0),
    -- The key of the part after the split, taken from sessions.next_key.
    new_key      integer NOT NULL CHECK (new_key > 0),
    -- The opening words of the part after the split: where to split again.
    second_start text NOT NULL CHECK (second_start <> ''),
    -- Who said the part after the split; NULL: nobody (narration).
    speaker_id   bigint REFERENCES speakers (id),
    edited_by    text NOT NULL,
    edited_at    timestamptz NOT NULL DEFAULT now(),
    -- The last revision the split was made in: older than the session's
    -- revision, the split could not be made again and waits for review.
    applied_revision integer NOT NULL,
    PRIMARY KEY (session_id, new_key)
);
CREATE INDEX remark_splits_speaker_idx ON remark_splits (speaker_id);
COMMENT ON TABLE remark_splits IS
    'Remarks an admin split in two at a sentence: re-applied on every publish while the remark and the words of second_start survive.';

CREATE TABLE remark_joins (
    session_id   bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    -- The remark joined onto the one before it; its key is retired and
    -- its permalink leads to into_key.
    remark_key   integer NOT NULL CHECK (remark_key > 0),
    into_key     integer NOT NULL CHECK (into_key > 0),
    -- The joined remark's opening words: the remark after into_key that
    -- starts with them is joined again after a publish, whatever key the
    -- new revision gave it.
    joined_start text NOT NULL CHECK (joined_start <> ''),
    edited_by    text NOT NULL,
    edited_at    timestamptz NOT NULL DEFAULT now(),
    applied_revision integer NOT NULL, -- as remark_splits.applied_revision
    PRIMARY KEY (session_id, remark_key)
);
COMMENT ON TABLE remark_joins IS
    'Remarks an admin joined onto the remark before them: re-applied on every publish while both survive next to each other.';

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('upload', 'publish', 'discard', 'rename_speaker', 'merge_speakers',
                      'assign_speaker', 'edit_session', 'edit_attribution', 'split_remark', 'join_remark',
                      'create_admin', 'set_password'));
COMMENT ON CONSTRAINT audit_log_action_check ON audit_log IS
    'The admin actions the log knows; assign_speaker: an admin attributed unresolved remarks of a session to a speaker; edit_session: an admin corrected a session''s title, date, location or body; edit_attribution: an admin set who said one remark, or made it narration; split_remark and join_remark: an admin split a remark in two or joined it onto the one before.';

-- +goose Down
-- Going down fails while split or join entries exist in the audit log:
-- audit history is not silently deleted.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('upload', 'publish', 'discard', 'rename_speaker', 'merge_speakers',
                      'assign_speaker', 'edit_session', 'edit_attribution', 'create_admin', 'set_password'));
DROP TABLE remark_joins;
DROP TABLE remark_splits;
