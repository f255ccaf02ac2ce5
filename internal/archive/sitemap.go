package archive

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// SitemapRemark is a remark page as the sitemap lists it.
type SitemapRemark struct {
	ID          int64     `db:"id"`
	SessionSlug string    `db:"session_slug"`
	Key         int       `db:"key"`
	UpdatedAt   time.Time `db:"updated_at"` // its session's published revision
}

// RemarkPartStarts splits every remark, in id order, into parts of size
// and returns the id each part starts at: one index-only pass over the
// remarks' primary key, so the sitemap can name its parts and each part
// can start where it begins, without an OFFSET into millions of rows.
func (s *Store) RemarkPartStarts(ctx context.Context, size int) ([]int64, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT id FROM (
			-- row_number over the primary key: the first remark of each
			-- run of size remarks starts a part.
			SELECT id, row_number() OVER (ORDER BY id) AS n FROM remarks
		) t
		WHERE (n - 1) % $1 = 0
		ORDER BY id`, size)
	starts, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("sitemap parts: %w", err)
	}
	return starts, nil
}

// SitemapRemarks returns up to limit remarks from id from on, in id order,
// with what their sitemap entries need.
func (s *Store) SitemapRemarks(ctx context.Context, from int64, limit int) ([]SitemapRemark, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT r.id, s.slug AS session_slug, r.key, s.updated_at
		FROM remarks r -- its primary key: a range scan from the part's start
		JOIN sessions s ON s.id = r.session_id
		WHERE r.id >= $1
		ORDER BY r.id
		LIMIT $2`, from, limit)
	list, err := pgx.CollectRows(rows, pgx.RowToStructByName[SitemapRemark])
	if err != nil {
		return nil, fmt.Errorf("sitemap remarks: %w", err)
	}
	return list, nil
}

// SitemapPage is a session or speaker page as the sitemap lists it;
// UpdatedAt is zero for a speaker.
type SitemapPage struct {
	Path      string    `db:"path"`
	UpdatedAt time.Time `db:"updated_at"`
}

// SitemapPages lists the session pages, newest session first, then the
// pages of the speakers who have remarks, by name: only what the sitemap
// needs, without the remark counts Sessions and Speakers add (at 1M
// remarks those were 0.4 s of every sitemap request).
func (s *Store) SitemapPages(ctx context.Context) ([]SitemapPage, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT path, updated_at FROM (
			SELECT 1 AS kind, row_number() OVER (ORDER BY date DESC NULLS LAST, id DESC) AS n,
			       '/sessions/' || slug AS path, updated_at
			FROM sessions
			UNION ALL
			-- One remarks_speaker_idx probe per speaker, no count.
			SELECT 2, row_number() OVER (ORDER BY lower(sp.name), sp.id),
			       '/speakers/' || sp.slug, 'epoch'::timestamptz
			FROM speakers sp
			WHERE sp.merged_into IS NULL AND EXISTS (SELECT FROM remarks r WHERE r.speaker_id = sp.id)
		) p
		ORDER BY kind, n`)
	out, err := pgx.CollectRows(rows, pgx.RowToStructByName[SitemapPage])
	if err != nil {
		return nil, fmt.Errorf("list the sitemap's pages: %w", err)
	}
	return out, nil
}
