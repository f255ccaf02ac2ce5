//go:build chaos

package chaos

import (
	"context"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/plenary/plenary/internal/minutes"
)

// checkArchive checks, after the run, that no publish the admin was told
// succeeded is missing and that every session is whole: its revision is
// its latest published one, its remarks and agenda items are numbered
// without gaps, and it holds exactly the remarks a parse of that
// revision's source gives (a half-written session would hold fewer).
func checkArchive(ctx context.Context, t *testing.T, url string, pub publishStats) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("connect after the run: %v", err)
	}
	defer conn.Close(context.Background())
	var sessions, revisions, remarks, speakers, documents int
	err = conn.QueryRow(ctx, `
		SELECT (SELECT count(*) FROM sessions), (SELECT count(*) FROM revisions),
		       (SELECT count(*) FROM remarks), (SELECT count(*) FROM speakers),
		       (SELECT count(*) FROM documents)`).Scan(&sessions, &revisions, &remarks, &speakers, &documents)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("chaos: archive: %d sessions, %d revisions, %d remarks, %d speakers, %d documents\n", sessions, revisions, remarks, speakers, documents)

	var rev int
	err = conn.QueryRow(ctx, `SELECT coalesce((SELECT revision FROM sessions WHERE slug = $1), 0)`, publishSlug).Scan(&rev)
	if err != nil {
		t.Fatal(err)
	}
	if rev < pub.republished || rev > pub.republished+pub.unknown {
		t.Errorf("%s is at revision %d after %d acknowledged publishes (and %d of unknown outcome): a publish was lost", publishSlug, rev, pub.republished, pub.unknown)
	}
	for _, slug := range pub.created {
		var n int
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM sessions WHERE slug = $1`, slug).Scan(&n); err != nil || n != 1 {
			t.Errorf("published session %s is missing (%v)", slug, err)
		}
	}
	whole, broken := checkSessions(ctx, t, conn)
	fmt.Printf("chaos: %d sessions whole, %d not\n", whole, broken)
	if broken > 0 {
		t.Errorf("%d sessions are not whole", broken)
	}
}

// checkSessions checks each session against its current revision's
// source and returns how many passed and failed.
func checkSessions(ctx context.Context, t *testing.T, conn *pgx.Conn) (whole, broken int) {
	rows, err := conn.Query(ctx, `
		-- Each session with its latest revision number, the source of the
		-- revision it says is current, and how its rows are numbered.
		SELECT s.slug, s.revision,
		       (SELECT max(number) FROM revisions v WHERE v.session_id = s.id) AS latest,
		       d.source, d.filename,
		       (SELECT count(*) FROM remarks r WHERE r.session_id = s.id) AS remarks,
		       (SELECT coalesce(max(position) - min(position) + 1, 0) FROM remarks r WHERE r.session_id = s.id) AS remark_span,
		       (SELECT count(*) FROM agenda_items a WHERE a.session_id = s.id) AS items,
		       (SELECT coalesce(max(position) - min(position) + 1, 0) FROM agenda_items a WHERE a.session_id = s.id) AS item_span
		FROM sessions s
		LEFT JOIN revisions v ON v.session_id = s.id AND v.number = s.revision
		LEFT JOIN documents d ON d.id = v.document_id
		ORDER BY s.slug`)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Slug                                 string
		Revision                             int
		Latest                               *int
		Source                               []byte
		Filename                             *string
		Remarks, RemarkSpan, Items, ItemSpan int64
	}
	all, err := pgx.CollectRows(rows, pgx.RowToStructByName[row])
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range all {
		problem := ""
		switch {
		case r.Latest == nil || *r.Latest != r.Revision || r.Source == nil:
			problem = fmt.Sprintf("revision %d is not its latest published revision", r.Revision)
		case r.Remarks == 0 || r.Remarks != r.RemarkSpan || r.Items != r.ItemSpan:
			problem = fmt.Sprintf("%d remarks over %d positions, %d items over %d", r.Remarks, r.RemarkSpan, r.Items, r.ItemSpan)
		default:
			doc, err := minutes.Parse(r.Source, minutes.Options{Name: *r.Filename})
			if err != nil {
				problem = "its source no longer parses: " + err.Error()
				break
			}
			n := 0
			for _, it := range doc.Items {
				n += len(it.Remarks)
			}
			if int64(n) != r.Remarks {
				problem = fmt.Sprintf("holds %d remarks, its source parses into %d", r.Remarks, n)
			}
		}
		if problem != "" {
			broken++
			fmt.Printf("chaos: session %s is not whole: %s\n", r.Slug, problem)
		} else {
			whole++
		}
	}
	return whole, broken
}
