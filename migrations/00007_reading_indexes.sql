-- +goose Up
-- Indexes for the reading site's queries (issue 4).

-- /feed.atom lists sessions newest-created first.
CREATE INDEX sessions_created_idx ON sessions (created_at DESC, id DESC);

-- +goose Down
DROP INDEX sessions_created_idx;
