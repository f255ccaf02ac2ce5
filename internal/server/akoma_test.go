package server

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/plenary/plenary/internal/testcorpus"
)

// TestSessionAkn publishes every document of the shared corpus and checks
// that each session's /sessions/{slug}.akn.xml is valid Akoma Ntoso 3.0
// (xmllint against the schema), revalidates by ETag, and does not take
// the session page's address.
func TestSessionAkn(t *testing.T) {
	t.Parallel()
	store, h := newSite(t)
	entries, err := os.ReadDir(corpusDir(t))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && e.Name() != "SOURCES.md" {
			names = append(names, e.Name())
		}
	}
	ingestCorpus(t, store, names...)
	list, err := store.Sessions(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) < len(names) {
		t.Fatalf("%d sessions from %d documents", len(list), len(names))
	}
	docs := map[string][]byte{}
	for _, sess := range list {
		rec := get(t, h, "/sessions/"+sess.Slug+".akn.xml")
		if rec.Code != 200 || rec.Header().Get("Content-Type") != "application/akn+xml; charset=utf-8" {
			t.Fatalf("%s: %d %q", sess.Slug, rec.Code, rec.Header().Get("Content-Type"))
		}
		body := rec.Body.String()
		if !strings.Contains(body, `<FRBRuri value="http://example.com/sessions/`+sess.Slug+`">`) || sess.Remarks > 0 && !strings.Contains(body, "<speech ") && !strings.Contains(body, "<narrative ") {
			t.Errorf("%s: no identification or no remarks", sess.Slug)
		}
		docs[sess.Slug+".akn.xml"] = rec.Body.Bytes()
	}
	testcorpus.CheckAkn(t, docs)

	slug := list[0].Slug
	first := get(t, h, "/sessions/"+slug+".akn.xml")
	if again := get(t, h, "/sessions/"+slug+".akn.xml", "If-None-Match: "+first.Header().Get("ETag")); again.Code != 304 {
		t.Errorf("revalidation: %d, want 304", again.Code)
	}
	if page := get(t, h, "/sessions/"+slug); page.Code != 200 || !strings.HasPrefix(page.Header().Get("Content-Type"), "text/html") {
		t.Errorf("session page: %d %q", page.Code, page.Header().Get("Content-Type"))
	}
	if rec := get(t, h, "/sessions/no-such-session.akn.xml"); rec.Code != 404 {
		t.Errorf("unknown session: %d, want 404", rec.Code)
	}
}
