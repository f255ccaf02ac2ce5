package archive

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Speaker is a person with a speaker page.
type Speaker struct {
	ID   int64  `db:"id"`
	Slug string `db:"slug"`
	Name string `db:"name"`
	// MergedInto is the slug of the speaker this one was merged into, nil
	// for a live speaker; /speakers/{old} redirects there.
	MergedInto *string `db:"merged_into"`
	Remarks    int     `db:"remarks"`
}

// SpeakerRemark is a remark on a speaker page, with its session.
type SpeakerRemark struct {
	SessionSlug  string     `db:"session_slug"`
	SessionTitle string     `db:"session_title"`
	SessionDate  *time.Time `db:"session_date"`
	// SessionUpdated is when the revision shown was published.
	SessionUpdated time.Time `db:"session_updated"`
	Key            int       `db:"key"`
	// Item is the remark's agenda item, "3.1 IETF-wide issues"; "" when
	// the minutes had none.
	Item        string `db:"item"`
	Affiliation string `db:"affiliation"`
	Text        string `db:"text"`
}

// Speakers lists every speaker who has remarks, alphabetically, with the
// number of their remarks.
func (s *Store) Speakers(ctx context.Context) ([]Speaker, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT sp.id, sp.slug, sp.name, NULL::text AS merged_into, c.remarks::int
		-- The counts the triggers keep (migration 00028): one row per
		-- speaker, where counting the remarks took 0.9 s at 2M.
		FROM speaker_remark_counts c
		JOIN speakers sp ON sp.id = c.speaker_id
		WHERE c.remarks > 0
		ORDER BY lower(sp.name), sp.id`)
	list, err := pgx.CollectRows(rows, pgx.RowToStructByName[Speaker])
	if err != nil {
		return nil, fmt.Errorf("list speakers: %w", err)
	}
	return list, nil
}

// SpeakerBySlug returns a speaker, including one merged into another (see
// MergedInto), or ErrNotFound.
func (s *Store) SpeakerBySlug(ctx context.Context, slug string) (Speaker, error) {
	if unusableKey(slug) {
		return Speaker{}, ErrNotFound
	}
	rows, _ := s.pool.Query(ctx, `
		SELECT sp.id, sp.slug, sp.name, m.slug AS merged_into,
		       coalesce((SELECT c.remarks FROM speaker_remark_counts c WHERE c.speaker_id = sp.id), 0)::int AS remarks
		FROM speakers sp -- unique index on slug
		LEFT JOIN speakers m ON m.id = sp.merged_into
		WHERE sp.slug = $1`, slug)
	sp, err := pgx.CollectExactlyOneRow(rows, pgx.RowToStructByName[Speaker])
	if err != nil {
		return Speaker{}, notFound(err, "speaker "+slug)
	}
	return sp, nil
}

// SpeakerRemarks returns a page of a speaker's remarks, grouped by
// session, newest session first, in order within a session.
func (s *Store) SpeakerRemarks(ctx context.Context, speakerID int64, limit, offset int) ([]SpeakerRemark, error) {
	rows, _ := s.pool.Query(ctx, `
		WITH per AS (
			-- remarks_speaker_idx (speaker_id, session_id, position) counts
			-- the speaker's remarks per session without reading one.
			SELECT session_id, count(*) AS n FROM remarks WHERE speaker_id = $1 GROUP BY session_id
		), placed AS (
			-- Sessions newest first, each with how many of the speaker's
			-- remarks come before it: a deep page skips whole sessions
			-- instead of reading (OFFSET) every remark before it.
			SELECT p.session_id, p.n, (sum(p.n) OVER (ORDER BY s.date DESC NULLS LAST, s.id DESC) - p.n)::bigint AS before
			FROM per p JOIN sessions s ON s.id = p.session_id
		)
		SELECT s.slug AS session_slug, s.title AS session_title, s.date AS session_date,
		       s.updated_at AS session_updated, r.key, r.affiliation, r.text,
		       trim(coalesce(ai.number, '') || ' ' || coalesce(ai.title, '')) AS item
		FROM placed pl
		JOIN sessions s ON s.id = pl.session_id
		CROSS JOIN LATERAL (
			SELECT r.key, r.affiliation, r.text, r.item_id, r.position,
			       pl.before + row_number() OVER (ORDER BY r.position) - 1 AS i
			FROM remarks r WHERE r.speaker_id = $1 AND r.session_id = pl.session_id
		) r
		LEFT JOIN agenda_items ai ON ai.id = r.item_id
		-- Only the sessions the page falls in, then only its remarks.
		WHERE pl.before < $3::bigint + $2::bigint AND pl.before + pl.n > $3::bigint
		  AND r.i >= $3::bigint AND r.i < $3::bigint + $2::bigint
		ORDER BY s.date DESC NULLS LAST, s.id DESC, r.position`, speakerID, limit, offset)
	list, err := pgx.CollectRows(rows, pgx.RowToStructByName[SpeakerRemark])
	if err != nil {
		return nil, fmt.Errorf("remarks of speaker %d: %w", speakerID, err)
	}
	return list, nil
}
