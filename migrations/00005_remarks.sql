-- +goose Up
-- What was said: the remarks of the current revision of each session.
CREATE TABLE remarks (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id  bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    item_id     bigint NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
    key         integer NOT NULL CHECK (key > 0),
    position    integer NOT NULL,
    speaker_id  bigint REFERENCES speakers (id),
    -- The name as the minutes print it (or as the parser resolved it); kept
    -- even when speaker_id is null so an admin can resolve it later.
    speaker_label text NOT NULL DEFAULT '',
    affiliation text NOT NULL DEFAULT '',
    text        text NOT NULL,
    UNIQUE (session_id, key),
    UNIQUE (session_id, position)
);
COMMENT ON COLUMN remarks.key IS
    'Stable per-session identifier used in permalinks (#r{key}, /remarks/{key}). Survives corrections through revision alignment.';
-- A speaker page lists a speaker's remarks grouped by session.
CREATE INDEX remarks_speaker_idx ON remarks (speaker_id, session_id, position) WHERE speaker_id IS NOT NULL;
CREATE INDEX remarks_item_idx ON remarks (item_id);

-- Keys of remarks removed by a correction, and where their links now lead.
CREATE TABLE retired_keys (
    session_id bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    key        integer NOT NULL,
    successor  integer NOT NULL,
    revision   integer NOT NULL,
    PRIMARY KEY (session_id, key)
);
COMMENT ON COLUMN retired_keys.successor IS
    'Key of the nearest surviving remark in the revision that removed this one; a permalink to the retired key redirects there with a notice.';

-- +goose Down
DROP TABLE retired_keys;
DROP TABLE remarks;
