package server

import (
	"io"
	"log/slog"
	"regexp"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// locs returns the <loc> values of a sitemap or index.
func locs(body string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`<loc>([^<]*)</loc>`).FindAllStringSubmatch(body, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestSitemapParts checks the sitemap lists every page once, remark pages
// included, first as one file, then (as if the archive were huge) as an
// index whose parts, pages by number and remarks by id, hold at most the
// limit each and together the same URLs; parts past the end are 404.
func TestSitemapParts(t *testing.T) {
	t.Parallel()
	store := archive.New(pgtest.DB(t))
	srv := New(store, slog.New(slog.NewTextHandler(io.Discard, nil)), Config{BaseURL: "http://example.com"})
	ingestCorpus(t, store, "ietf97-plenary.txt")
	h := srv.Routes()
	whole := get(t, h, "/sitemap.xml").Body.String()
	all := locs(whole)
	if len(all) < 90 || !strings.Contains(whole, "<urlset") || !strings.Contains(whole, "<loc>http://example.com/sessions/"+seedSlug+"/remarks/42</loc>") {
		t.Fatalf("sitemap with %d URLs:\n%.300s", len(all), whole)
	}
	srv.sitemapMax = 4
	index := get(t, h, "/sitemap.xml").Body.String()
	parts := locs(index)
	if !strings.Contains(index, "<sitemapindex") || !strings.Contains(index, "<loc>http://example.com/sitemap.xml?part=1</loc>") ||
		!strings.Contains(index, "<loc>http://example.com/sitemap.xml?remarks=1</loc>") {
		t.Fatalf("index:\n%.400s", index)
	}
	var union []string
	for _, p := range parts {
		rec := get(t, h, strings.TrimPrefix(p, "http://example.com"))
		got := locs(rec.Body.String())
		if rec.Code != 200 || len(got) == 0 || len(got) > 4 {
			t.Errorf("%s: %d with %d URLs", p, rec.Code, len(got))
		}
		union = append(union, got...)
	}
	if strings.Join(union, "\n") != strings.Join(all, "\n") {
		t.Errorf("parts list %d URLs, the whole sitemap %d", len(union), len(all))
	}
	for _, path := range []string{"/sitemap.xml?part=999", "/sitemap.xml?remarks=999", "/sitemap.xml?part=0", "/sitemap.xml?part=x", "/sitemap.xml?part=1&remarks=1"} {
		if rec := get(t, h, path); rec.Code != 404 {
			t.Errorf("%s: %d, want 404", path, rec.Code)
		}
	}
}
