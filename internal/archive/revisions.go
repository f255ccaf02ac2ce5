package archive

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Revision is one published revision of a session and its source.
type Revision struct {
	Number      int       `db:"number"`
	PublishedAt time.Time `db:"published_at"`
	PublishedBy string    `db:"published_by"`
	DocumentID  int64     `db:"document_id"`
	Filename    string    `db:"filename"`
	Format      string    `db:"format"`
	Bytes       int       `db:"bytes"`
	SHA256      []byte    `db:"sha256"`
}

// Revisions returns every revision of session slug, newest first, or
// ErrNotFound when there is no such session.
func (s *Store) Revisions(ctx context.Context, slug string) ([]Revision, error) {
	var id int64
	if err := s.pool.QueryRow(ctx, `SELECT id FROM sessions WHERE slug = $1`, slug).Scan(&id); err != nil {
		return nil, notFound(err, "session "+slug)
	}
	rows, _ := s.pool.Query(ctx, `
		SELECT r.number, r.published_at, r.published_by, r.document_id,
		       d.filename, d.format, octet_length(d.source) AS bytes, d.sha256
		FROM revisions r JOIN documents d ON d.id = r.document_id
		WHERE r.session_id = $1
		ORDER BY r.number DESC`, id)
	out, err := pgx.CollectRows(rows, pgx.RowToStructByName[Revision])
	if err != nil {
		return nil, fmt.Errorf("list revisions of %s: %w", slug, err)
	}
	return out, nil
}

// SourceFile is a stored source, byte for byte.
type SourceFile struct {
	Filename string `db:"filename"`
	Format   string `db:"format"`
	Source   []byte `db:"source"`
}

// RevisionSource returns the source of revision n of session slug.
func (s *Store) RevisionSource(ctx context.Context, slug string, n int) (SourceFile, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT d.filename, d.format, d.source
		FROM sessions s
		JOIN revisions r ON r.session_id = s.id
		JOIN documents d ON d.id = r.document_id
		WHERE s.slug = $1 AND r.number = $2`, slug, n)
	f, err := pgx.CollectExactlyOneRow(rows, pgx.RowToStructByName[SourceFile])
	if err != nil {
		return f, notFound(err, fmt.Sprintf("revision %d of %s", n, slug))
	}
	return f, nil
}
