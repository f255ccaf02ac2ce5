package archive

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// SpeakerChoice is a current speaker an admin may pick.
type SpeakerChoice struct {
	Slug string `db:"slug" json:"slug"`
	Name string `db:"name" json:"name"`
}

// SuggestSpeakers returns up to limit current speakers whose name, a
// spelling of it, or slug contains q: what someone typing part of a name
// into a speaker field most likely means, names starting with q first.
// With published, only speakers of published remarks: readers must not
// see the names an admin typed into a pending upload's preview.
func (s *Store) SuggestSpeakers(ctx context.Context, q string, limit int, published bool) ([]SpeakerChoice, error) {
	q = strings.Join(strings.Fields(q), " ")
	if q == "" || limit <= 0 {
		return nil, nil
	}
	like := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(q)
	rows, _ := s.pool.Query(ctx, `
		-- Speakers number in the thousands at most: a scan is cheap, and
		-- matching the printed spellings finds "Chair" or a maiden name.
		SELECT sp.slug, sp.name FROM speakers sp
		WHERE sp.merged_into IS NULL
		  AND (sp.name ILIKE '%' || $1 || '%' OR sp.slug LIKE '%' || lower($1) || '%'
		       OR EXISTS (SELECT FROM speaker_aliases a WHERE a.speaker_id = sp.id AND a.alias_norm LIKE '%' || $2 || '%'))
		  AND (NOT $4 OR EXISTS (SELECT FROM remarks r WHERE r.speaker_id = sp.id))
		ORDER BY sp.name ILIKE $1 || '%' DESC, sp.name, sp.slug
		LIMIT $3`, like, strings.NewReplacer(`%`, `\%`, `_`, `\_`).Replace(NormName(q)), limit, published)
	out, err := pgx.CollectRows(rows, pgx.RowToStructByName[SpeakerChoice])
	if err != nil {
		return nil, fmt.Errorf("suggest speakers for %q: %w", q, err)
	}
	return out, nil
}

// speakerNamed finds the one current speaker an admin named by name (or
// a printed spelling of it) where a slug was asked for; ErrNotFound when
// none is, an InputError when several are.
func speakerNamed(ctx context.Context, tx pgx.Tx, name string) (string, error) {
	rows, _ := tx.Query(ctx, `
		SELECT DISTINCT sp.slug FROM speakers sp
		LEFT JOIN speaker_aliases a ON a.speaker_id = sp.id
		WHERE sp.merged_into IS NULL AND (lower(sp.name) = lower($1) OR a.alias_norm = $2)
		ORDER BY sp.slug LIMIT 3`, strings.Join(strings.Fields(name), " "), NormName(name))
	slugs, err := pgx.CollectRows(rows, pgx.RowTo[string])
	switch {
	case err != nil:
		return "", fmt.Errorf("look up speaker %q: %w", name, err)
	case len(slugs) == 0:
		return "", fmt.Errorf("speaker %q: %w", name, ErrNotFound)
	case len(slugs) > 1:
		return "", &InputError{Err: fmt.Errorf("several speakers are called %q (%s): choose one by its slug", name, strings.Join(slugs, ", "))}
	}
	return slugs[0], nil
}

// errNoSpeaker is the refusal of a speaker field that names nobody.
func errNoSpeaker(what string) error {
	return &InputError{Err: missing(fmt.Sprintf(
		"there is no speaker %s: choose one from the list, or type a name to create a new speaker", what))}
}

// SpeakerNamed returns the current speaker of published remarks that
// what a reader typed names: its slug, its name, or a spelling printed
// for it. ErrNotFound when none does; an InputError when the name is
// several speakers'.
func (s *Store) SpeakerNamed(ctx context.Context, what string) (SpeakerChoice, error) {
	what = strings.Join(strings.Fields(what), " ")
	rows, _ := s.pool.Query(ctx, `
		SELECT sp.slug, sp.name FROM speakers sp
		WHERE sp.merged_into IS NULL
		  AND (sp.slug = $1 OR lower(sp.name) = lower($1)
		       OR EXISTS (SELECT FROM speaker_aliases a WHERE a.speaker_id = sp.id AND a.alias_norm = $2))
		  AND EXISTS (SELECT FROM remarks r WHERE r.speaker_id = sp.id)
		-- A slug is exact: it wins over a name that is also someone's.
		ORDER BY sp.slug = $1 DESC, sp.slug
		LIMIT 3`, what, NormName(what))
	found, err := pgx.CollectRows(rows, pgx.RowToStructByName[SpeakerChoice])
	switch {
	case err != nil:
		return SpeakerChoice{}, fmt.Errorf("find speaker %q: %w", what, err)
	case len(found) == 0:
		return SpeakerChoice{}, fmt.Errorf("speaker %q: %w", what, ErrNotFound)
	case len(found) > 1 && found[0].Slug != what:
		var slugs []string
		for _, f := range found {
			slugs = append(slugs, f.Slug)
		}
		return SpeakerChoice{}, &InputError{Err: fmt.Errorf("several speakers are called %q (%s)", what, strings.Join(slugs, ", "))}
	}
	return found[0], nil
}

// Bodies lists the bodies whose sessions the archive has ("IETF",
// "TC39"), for the pickers of search and /sessions.
func (s *Store) Bodies(ctx context.Context) ([]string, error) {
	rows, _ := s.pool.Query(ctx, `SELECT DISTINCT body FROM sessions WHERE body <> '' ORDER BY body`)
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("list bodies: %w", err)
	}
	return out, nil
}
