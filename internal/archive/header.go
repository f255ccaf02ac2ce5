package archive

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
)

// SessionHeader is what a session page shows above the agenda, as an
// admin corrects it on the site (EditSession).
type SessionHeader struct {
	Title    string
	Body     string // who met ("IETF")
	Location string
	Date     *time.Time // nil: unknown
}

// Names of header fields in sessions.pinned.
const (
	pinTitle    = "title"
	pinDate     = "date"
	pinLocation = "location"
	pinBody     = "body"
)

// Lengths, in characters, of what admins type: a session title, and a
// header field or a speaker name.
const (
	maxTitleRunes = 300
	maxFieldRunes = 200
)

// storedHeader is a session's header with the fields a human pinned.
type storedHeader struct {
	SessionHeader
	id     int64
	pinned []string
	exists bool
}

// rowQuerier is the pool or a transaction, for a read that runs in
// either (uniqueFallbackSlug).
type rowQuerier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// lockHeader reads the header of session slug, locking the row for the
// rest of tx; exists is false when there is no such session.
func lockHeader(ctx context.Context, tx pgx.Tx, slug string) (storedHeader, error) {
	var h storedHeader
	err := tx.QueryRow(ctx, `SELECT id, title, body, location, date, pinned FROM sessions WHERE slug = $1 FOR UPDATE`,
		slug).Scan(&h.id, &h.Title, &h.Body, &h.Location, &h.Date, &h.pinned)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return h, nil
	case err != nil:
		return h, fmt.Errorf("header of session %s: %w", slug, err)
	}
	h.exists = true
	return h, nil
}

// settle decides the header a publish of m leaves on a session whose
// stored header is cur. What the upload gives wins and is pinned; a field
// pinned earlier (by an admin's edit or an earlier override) keeps its
// value; the rest comes from the parse. The body guess only fills an
// empty body, so it never replaces one someone gave.
func (m sessionMeta) settle(cur storedHeader) sessionMeta {
	pinned := map[string]bool{}
	for _, p := range cur.pinned {
		pinned[p] = true
	}
	keep := func(given bool, field string) bool {
		if given {
			pinned[field] = true
		}
		return !given && pinned[field]
	}
	if keep(m.titleGiven, pinTitle) {
		m.title = cur.Title
	}
	if keep(m.dateGiven, pinDate) {
		m.date = cur.Date
	}
	if keep(m.locationGiven, pinLocation) {
		m.location = cur.Location
	}
	if keep(m.bodyGiven, pinBody) || !m.bodyGiven && cur.Body != "" {
		m.body = cur.Body
	}
	m.pinned = make([]string, 0, len(pinned))
	for p := range pinned {
		m.pinned = append(m.pinned, p)
	}
	slices.Sort(m.pinned)
	return m
}

// EditSession corrects the header of session slug. Fields that change
// are pinned, so later corrections of the minutes keep them (see
// sessions.pinned); the slug stays, so no link breaks. Input the archive
// refuses is an *InputError, an unknown session ErrNotFound; either way
// nothing changes.
func (s *Store) EditSession(ctx context.Context, slug string, h SessionHeader, actor string) error {
	h, err := cleanHeader(h)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx pgx.Tx) error {
		if err := serialisePublish(ctx, tx); err != nil { // not half-way through a publish
			return err
		}
		cur, err := lockHeader(ctx, tx, slug)
		if err != nil {
			return err
		}
		if !cur.exists {
			return fmt.Errorf("session %s: %w", slug, ErrNotFound)
		}
		changed := changedFields(cur.SessionHeader, h)
		if len(changed) == 0 {
			return nil
		}
		_, err = tx.Exec(ctx, `
			-- changed_at moves the page's ETag: the header is on the page.
			UPDATE sessions
			SET title = $2, body = $3, location = $4, date = $5, changed_at = now(),
			    pinned = ARRAY(SELECT DISTINCT p FROM unnest(pinned || $6::text[]) p ORDER BY p)
			WHERE slug = $1`, slug, h.Title, h.Body, h.Location, h.Date, changed)
		if err != nil {
			return fmt.Errorf("edit session %s: %w", slug, err)
		}
		return audit(ctx, tx, actor, "edit_session", "session "+slug, map[string]any{
			"changed": changed, "from": headerDetail(cur.SessionHeader), "to": headerDetail(h),
		})
	})
}

// cleanHeader normalises spaces and refuses a header the site cannot show.
func cleanHeader(h SessionHeader) (SessionHeader, error) {
	for _, f := range []*string{&h.Title, &h.Body, &h.Location} {
		*f = singleSpaced(*f)
		if !utf8.ValidString(*f) || strings.IndexFunc(*f, unicode.IsControl) >= 0 {
			// A NUL or another control character: PostgreSQL refuses the
			// one, pages would print the others raw into <title>.
			return h, &InputError{Err: errors.New("the header contains characters that are not text")}
		}
	}
	switch {
	case h.Title == "":
		return h, &InputError{Err: errors.New("give the session a title")}
	case utf8.RuneCountInString(h.Title) > maxTitleRunes:
		return h, &InputError{Err: fmt.Errorf("the title is longer than %d characters", maxTitleRunes)}
	case utf8.RuneCountInString(h.Body) > maxFieldRunes || utf8.RuneCountInString(h.Location) > maxFieldRunes:
		return h, &InputError{Err: fmt.Errorf("the body and the location take at most %d characters each", maxFieldRunes)}
	case h.Date != nil && (h.Date.Year() < 1000 || h.Date.Year() > 9999):
		return h, &InputError{Err: errors.New("give a date between the years 1000 and 9999")}
	}
	return h, nil
}

// changedFields names the fields of b that differ from a.
func changedFields(a, b SessionHeader) []string {
	var out []string
	if a.Body != b.Body {
		out = append(out, pinBody)
	}
	if !sameDate(a.Date, b.Date) {
		out = append(out, pinDate)
	}
	if a.Location != b.Location {
		out = append(out, pinLocation)
	}
	if a.Title != b.Title {
		out = append(out, pinTitle)
	}
	return out
}

func sameDate(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Format(time.DateOnly) == b.Format(time.DateOnly)
}

// headerDetail is a header as the audit log records it.
func headerDetail(h SessionHeader) map[string]any {
	d := map[string]any{"title": h.Title, "body": h.Body, "location": h.Location, "date": nil}
	if h.Date != nil {
		d["date"] = h.Date.Format(time.DateOnly)
	}
	return d
}
