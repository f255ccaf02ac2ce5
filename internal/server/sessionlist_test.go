package server

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestSessionsByYear checks /sessions of an archive too large for one
// page (the limit lowered to 2): it lists the newest year with an index of
// the years and their counts, ?year= lists another (the undated too), a
// year without sessions or not a year is a 404, and ?body= narrows both.
func TestSessionsByYear(t *testing.T) {
	ctx := context.Background()
	store := archive.New(pgtest.DB(t))
	srv := New(store, slog.New(slog.NewTextHandler(io.Discard, nil)), Config{BaseURL: "http://example.com", DumpDir: t.TempDir()})
	srv.sessionsOnePage = 2
	h := srv.Routes()
	for _, m := range []struct{ title, date, body string }{
		{"Alpha Plenary", "12 March 2025", "IETF"},
		{"Beta Plenary", "13 April 2025", "TC39"},
		{"Gamma Plenary", "14 May 2016", "IETF"},
		{"Delta Plenary", "", "IETF"},
	} {
		src := m.title + "\n\n" + m.date + "\n\n1. Item\n\nAnn Lee said that the " + m.title + " met.\n"
		if _, err := store.Ingest(ctx, archive.Upload{Source: []byte(src), Filename: "m.txt", By: "test", Body: m.body}); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		path   string
		code   int
		want   []string
		reject []string
	}{
		{"/sessions", 200, []string{"Alpha Plenary", "Beta Plenary", `href="/sessions?year=2025" aria-current="page">2025</a>`, `href="/sessions?year=2016">2016</a> <span class="count">1</span>`, `href="/sessions?year=undated">Undated</a>`}, []string{"Gamma Plenary", "Delta Plenary"}},
		{"/sessions?year=2016", 200, []string{"Gamma Plenary", `aria-current="page">2016</a>`}, []string{"Alpha Plenary"}},
		{"/sessions?year=undated", 200, []string{"Delta Plenary"}, []string{"Alpha Plenary"}},
		{"/sessions?body=TC39", 200, []string{"Beta Plenary"}, []string{"Alpha Plenary", "Gamma Plenary", "aria-current"}}, // one TC39 session: one page
		{"/sessions?body=IETF&year=2016", 200, []string{"Gamma Plenary", `href="/sessions?body=IETF&amp;year=2025"`}, []string{"Beta Plenary"}},
		{"/sessions?year=1999", 404, []string{"no sessions in 1999"}, nil},
		{"/sessions?year=02016", 404, nil, nil},
		{"/sessions?year=%3Cb%3E", 404, nil, []string{"<b>"}},
	} {
		rec := get(t, h, tc.path)
		body := rec.Body.String()
		if rec.Code != tc.code {
			t.Errorf("GET %s = %d, want %d", tc.path, rec.Code, tc.code)
		}
		for _, w := range tc.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s lacks %q", tc.path, w)
			}
		}
		for _, r := range tc.reject {
			if strings.Contains(body, r) {
				t.Errorf("GET %s has %q", tc.path, r)
			}
		}
	}
}
