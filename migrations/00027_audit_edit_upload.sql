-- +goose Up
-- The audit log records corrections made in an upload's preview as
-- action 'edit_upload'.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('upload', 'publish', 'discard', 'rename_speaker', 'merge_speakers',
                      'assign_speaker', 'edit_session', 'edit_attribution', 'split_remark', 'join_remark',
                      'edit_upload', 'create_admin', 'set_password'));
COMMENT ON CONSTRAINT audit_log_action_check ON audit_log IS
    'The admin actions the log knows; assign_speaker: an admin attributed unresolved remarks of a session to a speaker; edit_session: an admin corrected a session''s title, date, location or body; edit_attribution: an admin set who said one remark, or made it narration; split_remark and join_remark: an admin split a remark in two or joined it onto the one before; edit_upload: an admin corrected a remark in an upload''s preview (speaker, split, join, or undoing those).';

-- +goose Down
-- Fails while edit_upload entries exist: audit history is not silently
-- deleted.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('upload', 'publish', 'discard', 'rename_speaker', 'merge_speakers',
                      'assign_speaker', 'edit_session', 'edit_attribution', 'split_remark', 'join_remark',
                      'create_admin', 'set_password'));
COMMENT ON CONSTRAINT audit_log_action_check ON audit_log IS
    'The admin actions the log knows; assign_speaker: an admin attributed unresolved remarks of a session to a speaker; edit_session: an admin corrected a session''s title, date, location or body; edit_attribution: an admin set who said one remark, or made it narration; split_remark and join_remark: an admin split a remark in two or joined it onto the one before.';
