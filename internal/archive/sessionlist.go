package archive

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// SessionFilter narrows a list of sessions; zero fields do not filter.
type SessionFilter struct {
	Body     string     // who met, exactly as the session header gives it
	From, To *time.Time // meeting days, inclusive
}

// SessionCursor is where a page of sessions ended: the last session's
// date (nil for a session without one) and id, in the list's order.
type SessionCursor struct {
	Date *time.Time
	ID   int64
}

// SessionsAfter returns up to limit sessions matching f, newest meeting
// first (sessions without a date last), starting after the cursor, or at
// the start when after is nil. The cursor is a position, not an offset,
// so a page costs the same at the end of a long archive as at its start
// and stays right while sessions are published.
func (s *Store) SessionsAfter(ctx context.Context, f SessionFilter, after *SessionCursor, limit int) ([]Session, error) {
	var where []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	if f.Body != "" {
		where = append(where, "s.body = "+arg(f.Body))
	}
	if f.From != nil {
		where = append(where, "s.date >= "+arg(*f.From))
	}
	if f.To != nil {
		where = append(where, "s.date <= "+arg(*f.To))
	}
	switch {
	case after == nil:
	case after.Date == nil:
		// Past the dated sessions: the undated ones, by id.
		where = append(where, "s.date IS NULL AND s.id < "+arg(after.ID))
	default:
		d := arg(*after.Date)
		where = append(where, "(s.date < "+d+" OR s.date = "+d+" AND s.id < "+arg(after.ID)+" OR s.date IS NULL)")
	}
	cond := ""
	if len(where) > 0 {
		cond = "WHERE " + strings.Join(where, " AND ")
	}
	rows, _ := s.pool.Query(ctx, `
		SELECT `+sessionColumns+`
		FROM sessions s
		`+cond+`
		-- sessions_date_idx serves this order; the cursor's condition
		-- starts the scan where the last page ended.
		ORDER BY s.date DESC NULLS LAST, s.id DESC
		LIMIT `+arg(limit), args...)
	list, err := pgx.CollectRows(rows, pgx.RowToStructByName[Session])
	if err != nil {
		return nil, fmt.Errorf("list sessions: %w", err)
	}
	return list, nil
}
