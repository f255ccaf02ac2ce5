package server

import (
	"io"
	"log/slog"
	"strconv"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// TestSitemapParts checks that a sitemap longer than one file allows
// becomes an index of parts, that the parts together list every URL
// once, and that parts past the end are 404.
func TestSitemapParts(t *testing.T) {
	t.Parallel()
	store := archive.New(pgtest.DB(t))
	srv := New(store, slog.New(slog.NewTextHandler(io.Discard, nil)), Config{BaseURL: "http://example.com"})
	ingestCorpus(t, store, "ietf97-plenary.txt")
	h := srv.Routes()
	whole := get(t, h, "/sitemap.xml").Body.String()
	all := strings.Count(whole, "<url>")
	if all < 10 || !strings.Contains(whole, "<urlset") {
		t.Fatalf("sitemap with %d URLs:\n%.300s", all, whole)
	}
	srv.sitemapMax = 4 // as if the archive were huge
	parts := (all + 3) / 4
	tests := []struct {
		path   string
		status int
		want   []string
		urls   int
	}{
		{"/sitemap.xml", 200, []string{"<sitemapindex", "<loc>http://example.com/sitemap.xml?part=1</loc>"}, 0},
		{"/sitemap.xml?part=1", 200, []string{"<urlset", "<loc>http://example.com/</loc>"}, 4},
		{"/sitemap.xml?part=" + strconv.Itoa(parts), 200, []string{"<urlset"}, all - 4*(parts-1)},
		{"/sitemap.xml?part=" + strconv.Itoa(parts+1), 404, nil, 0},
		{"/sitemap.xml?part=0", 404, nil, 0},
		{"/sitemap.xml?part=x", 404, nil, 0},
	}
	for _, tc := range tests {
		rec := get(t, h, tc.path)
		body := rec.Body.String()
		if rec.Code != tc.status {
			t.Errorf("%s: status %d, want %d", tc.path, rec.Code, tc.status)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: lacks %q", tc.path, w)
			}
		}
		if n := strings.Count(body, "<url>"); tc.status == 200 && n != tc.urls {
			t.Errorf("%s: %d URLs, want %d", tc.path, n, tc.urls)
		}
	}
	if n := strings.Count(get(t, h, "/sitemap.xml").Body.String(), "<sitemap>"); n != parts {
		t.Errorf("index lists %d parts, want %d", n, parts)
	}
}
