-- +goose Up
-- The agenda of the current revision of a session. Rewritten on publish;
-- older revisions are kept as their source documents.
CREATE TABLE agenda_items (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    number     text NOT NULL DEFAULT '',
    title      text NOT NULL DEFAULT '',
    depth      integer NOT NULL DEFAULT 1 CHECK (depth >= 0),
    anchor     text NOT NULL,
    UNIQUE (session_id, position),
    UNIQUE (session_id, anchor)
);
COMMENT ON COLUMN agenda_items.anchor IS
    'Fragment id on the session page: item-3-1 for item 3.1, item-pN for unnumbered items (N = position).';

-- +goose Down
DROP TABLE agenda_items;
