package archive

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
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
	Body    string     // the body that met ("IETF"), exactly; "" for any
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
	// SessionUpdated is when the session's shown revision was published.
	SessionUpdated time.Time `db:"session_updated"`
	Key            int       `db:"key"`
	// ItemNumber and ItemTitle name the remark's agenda item ("" when
	// the minutes had none).
	ItemNumber  string  `db:"item_number"`
	ItemTitle   string  `db:"item_title"`
	SpeakerSlug *string `db:"speaker_slug"`
	SpeakerName string  `db:"speaker_name"`
	// Snippet is plain text with matches between MarkStart and MarkStop.
	Snippet string `db:"snippet"`
	// CutStart and CutEnd say the snippet starts after the remark's
	// first word or ends before its last, so pages can show an ellipsis.
	CutStart bool `db:"cut_start"`
	CutEnd   bool `db:"cut_end"`
	// Total is the number of hits of the whole query, counted up to
	// SearchCountCap+1: more than SearchCountCap means "1,000+".
	Total int `db:"total"`
}

// headlineOptions make ts_headline return a short passage or two, with
// matches wrapped in the private-use markers.
const headlineOptions = `StartSel="` + MarkStart + `", StopSel="` + MarkStop + `", ` +
	`MaxWords=35, MinWords=15`

// SearchCountCap is the most matches a search counts: a broader query
// shows "1,000+ remarks" (Total is then SearchCountCap+1). Counting and
// ranking every match of a common word would read a large part of the
// archive on each request; no reader pages past a thousand hits anyway
// (the server offers 50 pages of 20).
const SearchCountCap = 1000

// Search runs q. A query without search terms (empty, or only stop words
// and punctuation) matches nothing.
//
// Cost is bounded: the GIN index finds the matches, only the newest
// SearchCountCap+1 of them are kept (a top-N sort on the session date,
// which reads no text or search vector), and only those are ranked with
// ts_rank_cd and counted. With more matches than that, relevance order
// ranks the newest thousand, which is what a reader of so broad a query
// gets to see either way.
func (s *Store) Search(ctx context.Context, q SearchQuery) ([]SearchHit, error) {
	return s.search(ctx, q, hasPhrase(q.Text))
}

// search is Search with the choice of plan for phrases made by the
// caller (see searchSQL): the tests run both and compare.
func (s *Store) search(ctx context.Context, q SearchQuery, fence bool) ([]SearchHit, error) {
	var ids filterIDs
	if err := s.pool.QueryRow(ctx, `
		-- The filters' ids first: "speaker_id = (SELECT … slug)" hides the
		-- speaker from the planner, which then guesses its share of rows
		-- (6,685 estimated against 318,000 for the most frequent one).
		SELECT (SELECT id FROM speakers WHERE slug = $1), (SELECT id FROM sessions WHERE slug = $2)`,
		q.Speaker, q.Session).Scan(&ids.speaker, &ids.session); err != nil {
		return nil, fmt.Errorf("search %q: resolve the filters: %w", q.Text, err)
	}
	if q.Speaker != "" && ids.speaker == nil || q.Session != "" && ids.session == nil {
		return nil, nil // no such speaker or session: nothing matches
	}
	sql, args := searchSQL(q, ids, fence)
	// Planned anew for every search, with its words: pgx prepares and
	// caches statements, and after five runs PostgreSQL may switch a
	// prepared statement to a generic plan, blind to the words and dates.
	// For this statement that plan is catastrophic (a date range walked
	// the word's whole posting list once per session: 6.5 s against 14 ms
	// planned with the values, at 1M remarks). Planning costs about 1 ms.
	rows, _ := s.pool.Query(ctx, sql, append([]any{pgx.QueryExecModeExec}, args...)...)
	hits, err := pgx.CollectRows(rows, pgx.RowToStructByName[SearchHit])
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return hits, nil
}

// filterIDs are the ids of a search's speaker and session filters.
type filterIDs struct{ speaker, session *int64 }

// searchSQL builds the statement of Search and its arguments. Filters are
// added only when set, so each shape gets its own plan. fence reads every
// remark holding the words before ordering them, the plan for phrases
// (see below); both plans give the same hits.
func searchSQL(q SearchQuery, ids filterIDs, fence bool) (string, []any) {
	args := []any{q.Text}
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	remarkWhere, sessionWhere := searchFilters(q, ids, arg)
	from := "remarks r"
	if fence {
		// A phrase: every remark holding its words is read to check they
		// are adjacent (the GIN index keeps no positions), which bounds
		// the cost. Left to itself the planner, which prices a phrase as
		// its words' co-occurrence (22,000 remarks estimated, 1,592 true
		// at 1M), walks all sessions by date looking for 1,001 of them:
		// 0.5–1.2 s against 50 ms. OFFSET 0 stops the planner from
		// flattening the subquery back into that walk.
		from = `(SELECT * FROM remarks r WHERE r.search @@ websearch_to_tsquery('english', $1) ` +
			strings.Join(remarkWhere, " ") + ` OFFSET 0) r`
	}
	where := slices.Concat(remarkWhere, sessionWhere)
	order := "rank DESC, date DESC NULLS LAST, sid DESC, position"
	if q.ByDate {
		order = "date DESC NULLS LAST, sid DESC, position"
	}
	// The last SELECT joins remarks again: its columns must name h.
	outer := "h." + strings.ReplaceAll(order, ", ", ", h.")
	return `
		WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
		candidates AS (
			-- remarks_search_idx (GIN) finds the matches; only the newest
			-- cap+1 are kept, so the count below stops at "1,000+". The
			-- tsquery is written out, not taken from q: a CTE used twice
			-- is materialised, and the planner, blind to the words, walked
			-- every remark by date for a rare one (0.6–0.8 s at 1M).
			SELECT r.id, r.key, r.position, s.slug, s.title, s.date, s.id AS sid, s.updated_at
			FROM ` + from + `
			JOIN sessions s ON s.id = r.session_id
			WHERE r.search @@ websearch_to_tsquery('english', $1)
			` + strings.Join(where, "\n\t\t\t") + `
			ORDER BY s.date DESC NULLS LAST, s.id DESC, r.position
			LIMIT ` + arg(SearchCountCap+1) + `
		), hits AS (
			-- ts_rank_cd reads each candidate's search vector: at most cap+1.
			SELECT c.*, ts_rank_cd(r.search, q.q) AS rank,
			       count(*) OVER () AS total
			FROM candidates c CROSS JOIN q
			JOIN remarks r ON r.id = c.id
			ORDER BY ` + order + `
			LIMIT ` + arg(q.Limit) + ` OFFSET ` + arg(q.Offset) + `
		)
		-- ts_headline re-parses the text, so it runs on the page only.
		SELECT h.slug AS session_slug, h.title AS session_title, h.date AS session_date,
		       h.updated_at AS session_updated, h.key,
		       coalesce(ai.number, '') AS item_number, coalesce(ai.title, '') AS item_title,
		       sp.slug AS speaker_slug, coalesce(sp.name, r.speaker_label) AS speaker_name, hl.snippet,
		       -- Unmarked, the snippet is a passage of the text: is any elided?
		       NOT starts_with(r.text, hl.plain) AS cut_start,
		       right(r.text, length(hl.plain)) <> hl.plain AS cut_end,
		       h.total::int AS total
		FROM hits h CROSS JOIN q
		JOIN remarks r ON r.id = h.id
		CROSS JOIN LATERAL (
			SELECT t.snippet, translate(t.snippet, ` + arg(MarkStart+MarkStop) + `, '') AS plain
			FROM (SELECT ts_headline('english', r.text, q.q, ` + arg(headlineOptions) + `) AS snippet) t
		) hl
		LEFT JOIN speakers sp ON sp.id = r.speaker_id
		LEFT JOIN agenda_items ai ON ai.id = r.item_id
		ORDER BY ` + outer, args
}

// searchFilters returns the WHERE conditions of q's filters on remarks
// and on sessions, adding their values with arg.
func searchFilters(q SearchQuery, ids filterIDs, arg func(any) string) (remarks, sessions []string) {
	if ids.speaker != nil {
		remarks = append(remarks, "AND r.speaker_id = "+arg(*ids.speaker))
	}
	if ids.session != nil {
		remarks = append(remarks, "AND r.session_id = "+arg(*ids.session))
	}
	if q.Body != "" {
		sessions = append(sessions, "AND s.body = "+arg(q.Body))
	}
	if q.From != nil {
		sessions = append(sessions, "AND s.date >= "+arg(*q.From))
	}
	if q.To != nil {
		sessions = append(sessions, "AND s.date <= "+arg(*q.To))
	}
	return remarks, sessions
}

// hasPhrase reports whether websearch_to_tsquery makes a phrase of text:
// words in double quotes, or a word with a hyphen, an apostrophe or an
// underscore inside ("co-chair", "O'Brien", "foo_bar").
func hasPhrase(text string) bool {
	if strings.Count(text, `"`) >= 2 {
		return true
	}
	for i := 1; i+1 < len(text); i++ {
		if strings.IndexByte(`-'_`, text[i]) >= 0 && isWordByte(text[i-1]) && isWordByte(text[i+1]) {
			return true
		}
	}
	return false
}

// isWordByte reports a letter, a digit or a byte of a multi-byte letter.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// IsTimeout reports whether err is a query cut off by the server's
// statement_timeout (SQLSTATE 57014) or by a context deadline: the archive
// was too slow, not broken, and the site answers 503.
func IsTimeout(err error) bool {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "57014" { // query_canceled
		return true
	}
	return errors.Is(err, context.DeadlineExceeded)
}
