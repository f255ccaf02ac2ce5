-- +goose Up
-- People who speak in minutes. One row per person; every spelling seen in
-- minutes is an alias pointing here.
CREATE TABLE speakers (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text NOT NULL CHECK (name <> ''),
    merged_into bigint REFERENCES speakers (id),
    created_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN speakers.merged_into IS
    'Set when an admin merged this speaker into another: the row stays so that /speakers/{slug} of the old slug can redirect. Such a speaker has no remarks and no aliases.';

CREATE TABLE speaker_aliases (
    -- Lower-cased, accent- and punctuation-folded spelling: the lookup key.
    alias_norm text PRIMARY KEY,
    alias      text NOT NULL,
    speaker_id bigint NOT NULL REFERENCES speakers (id) ON DELETE CASCADE
);
CREATE INDEX speaker_aliases_speaker_idx ON speaker_aliases (speaker_id);
COMMENT ON TABLE speaker_aliases IS
    'Every spelling of a speaker name seen in published minutes, folded by archive.NormName, mapped to one speaker.';

-- +goose Down
DROP TABLE speaker_aliases;
DROP TABLE speakers;
