package archive

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// YearCount is a year of the archive's sessions and how many it has;
// Year 0 stands for the sessions without a date.
type YearCount struct {
	Year     int `db:"year"`
	Sessions int `db:"sessions"`
}

// SessionYears lists the years that have sessions (of body, when not
// ""), newest first, the undated last: the index of /sessions when the
// archive is too large for one page.
func (s *Store) SessionYears(ctx context.Context, body string) ([]YearCount, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT coalesce(extract(year FROM s.date)::int, 0) AS year, count(*)::int AS sessions
		FROM sessions s
		WHERE $1 = '' OR s.body = $1
		GROUP BY 1
		ORDER BY 1 = 0, 1 DESC`, body)
	out, err := pgx.CollectRows(rows, pgx.RowToStructByName[YearCount])
	if err != nil {
		return nil, fmt.Errorf("count sessions by year: %w", err)
	}
	return out, nil
}

// SessionsInYear lists the sessions of one year (0: the undated), of body
// when not "", newest first.
func (s *Store) SessionsInYear(ctx context.Context, year int, body string) ([]Session, error) {
	// Two statements, so that each range is a sessions_date_idx scan.
	cond := `s.date >= make_date($1, 1, 1) AND s.date < make_date($1 + 1, 1, 1)`
	if year == 0 {
		cond = `s.date IS NULL AND $1 = 0`
	}
	rows, _ := s.pool.Query(ctx, `
		SELECT `+sessionColumns+`
		FROM sessions s
		WHERE `+cond+` AND ($2 = '' OR s.body = $2)
		ORDER BY s.date DESC NULLS LAST, s.id DESC`, year, body)
	out, err := pgx.CollectRows(rows, pgx.RowToStructByName[Session])
	if err != nil {
		return nil, fmt.Errorf("list the sessions of %d: %w", year, err)
	}
	return out, nil
}
