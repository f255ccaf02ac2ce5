package archive

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// audit appends an entry to the audit log inside the transaction of the
// action it records, so the log never claims what did not happen.
func audit(ctx context.Context, tx pgx.Tx, actor, action, subject string, detail map[string]any) error {
	if detail == nil {
		detail = map[string]any{}
	}
	_, err := tx.Exec(ctx, `
		INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, $2, $3, $4)`,
		actor, action, subject, detail)
	if err != nil {
		return fmt.Errorf("audit %s %s: %w", action, subject, err)
	}
	return nil
}

// AuditEntry is one line of the audit log.
type AuditEntry struct {
	At      time.Time      `db:"at"`
	Actor   string         `db:"actor"`
	Action  string         `db:"action"`
	Subject string         `db:"subject"`
	Detail  map[string]any `db:"detail"`
}

// AuditLog returns the latest limit entries, newest first.
func (s *Store) AuditLog(ctx context.Context, limit int) ([]AuditEntry, error) {
	rows, _ := s.pool.Query(ctx, `
		-- audit_log_at_idx serves this order.
		SELECT at, actor, action, subject, detail
		FROM audit_log ORDER BY at DESC, id DESC LIMIT $1`, limit)
	out, err := pgx.CollectRows(rows, pgx.RowToStructByName[AuditEntry])
	if err != nil {
		return nil, fmt.Errorf("read audit log: %w", err)
	}
	return out, nil
}
