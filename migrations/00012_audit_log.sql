-- +goose Up
-- Who did what in the admin, and when: uploads, publishes, discards,
-- speaker renames and merges, account changes. Append-only.
CREATE TABLE audit_log (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      timestamptz NOT NULL DEFAULT now(),
    actor   text NOT NULL,
    action  text NOT NULL CHECK (action IN ('upload', 'publish', 'discard', 'rename_speaker',
                                            'merge_speakers', 'create_admin', 'set_password')),
    subject text NOT NULL,
    detail  jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
COMMENT ON COLUMN audit_log.actor IS 'Admin username, or "cli"/"seed" for the command line.';
COMMENT ON COLUMN audit_log.subject IS
    'What was acted on, human-readable: "upload 12", "session 2016-11-16-ietf-plenary-session", "speaker jari-arkko".';
COMMENT ON COLUMN audit_log.detail IS
    'Action-specific facts (revision number, kept/new/retired counts, old and new names), for the admin dashboard.';

-- +goose Down
DROP TABLE audit_log;
