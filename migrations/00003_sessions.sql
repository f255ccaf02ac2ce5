-- +goose Up
-- A meeting whose minutes are published, and the revisions of its minutes.
CREATE TABLE sessions (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug       text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title      text NOT NULL CHECK (title <> ''),
    body       text NOT NULL DEFAULT '',
    date       date,
    location   text NOT NULL DEFAULT '',
    revision   integer NOT NULL DEFAULT 0,
    next_key   integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- /sessions and / list newest first.
CREATE INDEX sessions_date_idx ON sessions (date DESC NULLS LAST, id DESC);
COMMENT ON COLUMN sessions.revision IS
    'Number of the revision the public pages show (the latest published). Also the basis of the pages'' ETag.';
COMMENT ON COLUMN sessions.next_key IS
    'Next remark key to hand out. Keys are never reused, even after a remark is removed, so an old permalink never silently points at other words.';

CREATE TABLE revisions (
    session_id   bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    number       integer NOT NULL CHECK (number > 0),
    document_id  bigint NOT NULL REFERENCES documents (id),
    published_by text NOT NULL DEFAULT '',
    published_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, number)
);
CREATE INDEX revisions_document_idx ON revisions (document_id);

-- +goose Down
DROP TABLE revisions;
DROP TABLE sessions;
