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

// RemarkPartStarts splits the remarks into parts by id, each the ids from
// a multiple of size up to the next, and returns where each part that
// holds a remark starts. A part so holds at most size remarks (ids are
// unique), and finding the parts is one primary-key probe per part: 40
// probes at 2M remarks, where numbering every remark took 0.7 s.
func (s *Store) RemarkPartStarts(ctx context.Context, size int) ([]int64, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT k * $1::bigint
		FROM generate_series(0, coalesce((SELECT max(id) FROM remarks), -1) / $1) AS k
		-- Republished minutes leave gaps in the ids: skip an empty part.
		WHERE EXISTS (SELECT FROM remarks r WHERE r.id >= k * $1::bigint AND r.id < (k + 1) * $1::bigint)
		ORDER BY k`, size)
	starts, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("sitemap parts: %w", err)
	}
	return starts, nil
}

// SitemapRemarks returns up to limit remarks with ids from from up to
// before to, in id order, with what their sitemap entries need.
func (s *Store) SitemapRemarks(ctx context.Context, from, to int64, limit int) ([]SitemapRemark, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT r.id, s.slug AS session_slug, r.key, s.updated_at
		FROM remarks r -- its primary key: a range scan over the part
		JOIN sessions s ON s.id = r.session_id
		WHERE r.id >= $1 AND r.id < $2
		ORDER BY r.id
		LIMIT $3`, from, to, limit)
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
