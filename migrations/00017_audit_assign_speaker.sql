-- +goose Up
-- The audit log records speaker assignments of unresolved remarks
-- (/admin/speakers) as action 'assign_speaker', like renames and merges.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('upload', 'publish', 'discard', 'rename_speaker', 'merge_speakers',
                      'assign_speaker', 'create_admin', 'set_password'));
COMMENT ON CONSTRAINT audit_log_action_check ON audit_log IS
    'The admin actions the log knows; assign_speaker: an admin attributed unresolved remarks of a session to a speaker.';

-- +goose Down
-- Re-adding the old constraint fails while assign_speaker entries exist:
-- going down must not silently delete audit history.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('upload', 'publish', 'discard', 'rename_speaker',
                      'merge_speakers', 'create_admin', 'set_password'));
