package archive

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// Highlight markers that ts_headline puts around matches in snippets.
// They are private-use code points, which minutes never contain, so the
// server can split a snippet on them and escape every piece of text.
const (
	MarkStart = "\uE000"
	MarkStop  = "\uE001"
)

// SearchQuery is a full-text search over remarks with its filters.
type SearchQuery struct {
	Text    string     // websearch syntax: words, "phrases", OR, -word
	Speaker string     // speaker slug; "" for any
	Session string     // session slug; "" for any
	From    *time.Time // sessions on or after this date
	To      *time.Time // sessions on or before this date
	ByDate  bool       // newest first instead of by relevance
	Limit   int
	Offset  int
}

// SearchHit is one matching remark with a highlighted snippet.
type SearchHit struct {
	SessionSlug  string     `db:"session_slug"`
	SessionTitle string     `db:"session_title"`
	SessionDate  *time.Time `db:"session_date"`
	Key          int        `db:"key"`
	SpeakerSlug  *string    `db:"speaker_slug"`
	SpeakerName  string     `db:"speaker_name"`
	// Snippet is plain text with matches between MarkStart and MarkStop.
	Snippet string `db:"snippet"`
	Total   int    `db:"total"` // number of hits of the whole query
}

// headlineOptions make ts_headline return a short passage or two, with
// matches wrapped in the private-use markers.
const headlineOptions = `StartSel="` + MarkStart + `", StopSel="` + MarkStop + `", ` +
	`MaxWords=35, MinWords=15`

// Search runs q. A query without search terms (empty, or only stop words
// and punctuation) matches nothing.
func (s *Store) Search(ctx context.Context, q SearchQuery) ([]SearchHit, error) {
	var where []string
	args := []any{q.Text}
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	// Filters are added only when set, so each shape gets its own plan.
	if q.Speaker != "" {
		where = append(where, "AND r.speaker_id = (SELECT id FROM speakers WHERE slug = "+arg(q.Speaker)+")")
	}
	if q.Session != "" {
		where = append(where, "AND r.session_id = (SELECT id FROM sessions WHERE slug = "+arg(q.Session)+")")
	}
	if q.From != nil {
		where = append(where, "AND s.date >= "+arg(*q.From))
	}
	if q.To != nil {
		where = append(where, "AND s.date <= "+arg(*q.To))
	}
	order := "rank DESC, date DESC NULLS LAST, sid DESC, position"
	if q.ByDate {
		order = "date DESC NULLS LAST, sid DESC, position"
	}
	sql := `
		WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
		hits AS (
			-- remarks_search_idx (GIN) finds the matches; the window count
			-- gives the total without a second query.
			SELECT r.key, r.position, r.text, r.speaker_id, r.speaker_label,
			       s.slug, s.title, s.date, s.id AS sid,
			       ts_rank_cd(r.search, q.q) AS rank, count(*) OVER () AS total
			FROM q, remarks r
			JOIN sessions s ON s.id = r.session_id
			WHERE r.search @@ q.q
			` + strings.Join(where, "\n\t\t\t") + `
			ORDER BY ` + order + `
			LIMIT ` + arg(q.Limit) + ` OFFSET ` + arg(q.Offset) + `
		)
		-- ts_headline re-parses the text, so it runs on the page only.
		SELECT h.slug AS session_slug, h.title AS session_title, h.date AS session_date,
		       h.key, sp.slug AS speaker_slug,
		       coalesce(sp.name, h.speaker_label) AS speaker_name,
		       ts_headline('english', h.text, q.q, ` + arg(headlineOptions) + `) AS snippet,
		       h.total::int AS total
		FROM hits h CROSS JOIN q
		LEFT JOIN speakers sp ON sp.id = h.speaker_id
		ORDER BY ` + order
	rows, _ := s.pool.Query(ctx, sql, args...)
	hits, err := pgx.CollectRows(rows, pgx.RowToStructByName[SearchHit])
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return hits, nil
}
