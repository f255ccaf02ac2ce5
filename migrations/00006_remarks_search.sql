-- +goose Up
-- Full-text search over remarks. English stemming suits the corpus; the
-- vector is stored so search reads an index, not the text.
ALTER TABLE remarks ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX remarks_search_idx ON remarks USING gin (search);
COMMENT ON COLUMN remarks.search IS 'to_tsvector(''english'', text); queried with websearch_to_tsquery(''english'', q).';

-- +goose Down
ALTER TABLE remarks DROP COLUMN search;
