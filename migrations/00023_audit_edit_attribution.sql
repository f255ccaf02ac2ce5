-- +goose Up
-- The audit log records corrections of a remark's speaker as action
-- 'edit_attribution'.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('upload', 'publish', 'discard', 'rename_speaker', 'merge_speakers',
                      'assign_speaker', 'edit_session', 'edit_attribution', 'create_admin', 'set_password'));
COMMENT ON CONSTRAINT audit_log_action_check ON audit_log IS
    'The admin actions the log knows; assign_speaker: an admin attributed unresolved remarks of a session to a speaker; edit_session: an admin corrected a session''s title, date, location or body; edit_attribution: an admin set who said one remark, or made it narration.';

-- +goose Down
-- Re-adding the old constraint fails while edit_attribution entries
-- exist: going down must not silently delete audit history.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('upload', 'publish', 'discard', 'rename_speaker', 'merge_speakers',
                      'assign_speaker', 'edit_session', 'create_admin', 'set_password'));
COMMENT ON CONSTRAINT audit_log_action_check ON audit_log IS
    'The admin actions the log knows; assign_speaker: an admin attributed unresolved remarks of a session to a speaker; edit_session: an admin corrected a session''s title, date, location or body.';
