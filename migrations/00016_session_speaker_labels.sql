-- +goose Up
-- Speakers an admin assigned, in one session, to remarks the parser could
-- not attribute (/admin/speakers). A publish rewrites a session's remarks,
-- so an assignment made only on the remarks would be lost with the next
-- correction; kept here, every later revision of the session applies it
-- again (archive.applySpeakerLabels). The mapping is per session on
-- purpose: a printed label such as a bare first name ("Andrew") means one
-- person in one meeting and someone else in another, so it must never
-- become a global speaker alias.
CREATE TABLE session_speaker_labels (
    session_id  bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    -- The label exactly as remarks.speaker_label holds it; '' for a remark
    -- that names nobody, which is then identified by remark_key.
    label       text NOT NULL,
    remark_key  integer NOT NULL DEFAULT 0,
    speaker_id  bigint NOT NULL REFERENCES speakers (id),
    assigned_by text NOT NULL,
    assigned_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, label, remark_key),
    -- A labelled mapping covers every remark with that label; an unnamed
    -- remark is mapped alone, by its key.
    CHECK ((label = '') = (remark_key > 0))
);
-- A speaker merge moves the mappings of the merged speaker.
CREATE INDEX session_speaker_labels_speaker_idx ON session_speaker_labels (speaker_id);
COMMENT ON TABLE session_speaker_labels IS
    'Per-session speaker assignments made by an admin for remarks the parser left without a speaker. Applied again on every publish of the session so that a correction keeps them; deliberately not speaker_aliases, which are global.';
COMMENT ON COLUMN session_speaker_labels.label IS
    'Printed speaker label (remarks.speaker_label, exact): every remark of the session with this label gets the speaker. Empty for a remark that names nobody (see remark_key).';
COMMENT ON COLUMN session_speaker_labels.remark_key IS
    'For label = '''': the key of the one unnamed remark assigned. Keys survive corrections through revision alignment, so the assignment follows the remark. 0 for a label mapping.';

-- +goose Down
DROP TABLE session_speaker_labels;
