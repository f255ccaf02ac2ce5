package archive

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// SessionStore keeps admin login sessions in PostgreSQL (table
// admin_sessions). It implements scs.Store and scs.CtxStore, so login
// survives restarts and works across several server processes.
type SessionStore struct {
	store *Store
}

// AdminSessions returns the admin login session store on this archive.
func (s *Store) AdminSessions() *SessionStore { return &SessionStore{store: s} }

// FindCtx returns the data of an unexpired session token.
func (ss *SessionStore) FindCtx(ctx context.Context, token string) ([]byte, bool, error) {
	var b []byte
	err := ss.store.pool.QueryRow(ctx, `
		SELECT data FROM admin_sessions WHERE token = $1 AND expiry > now()`, token).Scan(&b)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("find admin session: %w", err)
	}
	return b, true, nil
}

// CommitCtx stores or replaces a session, sweeping expired ones now and
// then so the table does not grow without bound.
func (ss *SessionStore) CommitCtx(ctx context.Context, token string, b []byte, expiry time.Time) error {
	_, err := ss.store.pool.Exec(ctx, `
		WITH sweep AS (
			-- Expired sessions are useless; drop them while we are here.
			DELETE FROM admin_sessions WHERE expiry < now() - interval '1 hour'
		)
		INSERT INTO admin_sessions (token, data, expiry) VALUES ($1, $2, $3)
		ON CONFLICT (token) DO UPDATE SET data = EXCLUDED.data, expiry = EXCLUDED.expiry`,
		token, b, expiry)
	if err != nil {
		return fmt.Errorf("store admin session: %w", err)
	}
	return nil
}

// DeleteCtx removes a session (logout, token renewal).
func (ss *SessionStore) DeleteCtx(ctx context.Context, token string) error {
	if _, err := ss.store.pool.Exec(ctx, `DELETE FROM admin_sessions WHERE token = $1`, token); err != nil {
		return fmt.Errorf("delete admin session: %w", err)
	}
	return nil
}

// Find is FindCtx without a context, for scs.Store.
func (ss *SessionStore) Find(token string) ([]byte, bool, error) {
	return ss.FindCtx(context.Background(), token)
}

// Commit is CommitCtx without a context, for scs.Store.
func (ss *SessionStore) Commit(token string, b []byte, expiry time.Time) error {
	return ss.CommitCtx(context.Background(), token, b, expiry)
}

// Delete is DeleteCtx without a context, for scs.Store.
func (ss *SessionStore) Delete(token string) error {
	return ss.DeleteCtx(context.Background(), token)
}
