-- +goose Up
-- Every source ever uploaded or ingested, byte for byte. Nothing an admin
-- uploads is lost: published revisions point here, pending uploads live here.
CREATE TABLE documents (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    filename    text NOT NULL DEFAULT '',
    format      text NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
    source      bytea NOT NULL CHECK (octet_length(source) > 0),
    sha256      bytea NOT NULL CHECK (octet_length(sha256) = 32),
    uploaded_by text NOT NULL DEFAULT '',
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    warnings    jsonb NOT NULL DEFAULT '[]',
    -- What the uploader asked for, overriding what the parser found; empty
    -- means "take the parser's value".
    target_slug text NOT NULL DEFAULT '',
    title       text NOT NULL DEFAULT '',
    date        date,
    location    text NOT NULL DEFAULT '',
    status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'published'))
);
CREATE INDEX documents_sha256_idx ON documents (sha256);
CREATE INDEX documents_pending_idx ON documents (uploaded_at DESC) WHERE status = 'pending';
COMMENT ON COLUMN documents.sha256 IS 'SHA-256 of source; lets ingest of an already published file be a no-op.';
COMMENT ON COLUMN documents.target_slug IS
    'Slug of the session the uploader asked to publish to (an existing one: a correction); empty: derive it from the date and title.';
COMMENT ON COLUMN documents.title IS 'Title the uploader gave, overriding the parsed one; empty: use the parsed title.';
COMMENT ON COLUMN documents.date IS 'Session date the uploader gave, overriding the parsed one; NULL: use the parsed date.';
COMMENT ON COLUMN documents.location IS 'Location the uploader gave, overriding the parsed one; empty: use the parsed location.';
COMMENT ON COLUMN documents.status IS
    'pending: uploaded, awaiting review; published: a revision of a session points at it. Discarding a pending upload deletes the row.';

-- +goose Down
DROP TABLE documents;
