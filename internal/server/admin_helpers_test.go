package server

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/pgtest"
)

// adminPassword is the password of the test admin "alice".
const adminPassword = "correct horse battery staple"

// adminEnv is a running site on a fresh database with one admin.
type adminEnv struct {
	t     *testing.T
	ts    *httptest.Server
	srv   *Server
	store *archive.Store
	pool  *pgxpool.Pool
	c     *http.Client // keeps cookies, does not follow redirects
}

// newAdminEnv starts the site on a fresh database with admin alice.
func newAdminEnv(t *testing.T, cfg Config) *adminEnv {
	t.Helper()
	pool := pgtest.DB(t)
	store := archive.New(pool)
	if err := store.CreateAdmin(context.Background(), "alice", adminPassword, "test"); err != nil {
		t.Fatal(err)
	}
	srv := New(store, slog.New(slog.DiscardHandler), cfg)
	ts := httptest.NewServer(srv.Routes())
	t.Cleanup(ts.Close)
	return &adminEnv{t: t, ts: ts, srv: srv, store: store, pool: pool, c: newClient(t)}
}

// newClient returns a client with a cookie jar that does not follow
// redirects, so tests see every 303.
func newClient(t *testing.T) *http.Client {
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// do sends a request and returns the response with its body read.
func (e *adminEnv) do(req *http.Request) (*http.Response, string) {
	e.t.Helper()
	resp, err := e.c.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		e.t.Fatal(err)
	}
	return resp, string(b)
}

// get fetches path.
func (e *adminEnv) get(path string) (*http.Response, string) {
	req, _ := http.NewRequest(http.MethodGet, e.ts.URL+path, nil)
	return e.do(req)
}

// postForm posts a URL-encoded form, with extra headers.
func (e *adminEnv) postForm(path string, form url.Values, hdr ...string) (*http.Response, string) {
	req, _ := http.NewRequest(http.MethodPost, e.ts.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	return e.do(req)
}

// login logs alice in and fails the test unless it works.
func (e *adminEnv) login() {
	e.t.Helper()
	resp, body := e.postForm("/admin/login", url.Values{"username": {"alice"}, "password": {adminPassword}})
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin" {
		e.t.Fatalf("login: %d %s %s", resp.StatusCode, resp.Header.Get("Location"), body)
	}
}

// upload posts the upload form as multipart with a file (when file is
// non-nil) and fields.
func (e *adminEnv) upload(filename string, file []byte, fields map[string]string, hdr ...string) (*http.Response, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		_ = mw.WriteField(k, v)
	}
	if file != nil {
		fw, _ := mw.CreateFormFile("file", filename)
		_, _ = fw.Write(file)
	}
	_ = mw.Close()
	req, _ := http.NewRequest(http.MethodPost, e.ts.URL+"/admin/uploads", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	return e.do(req)
}

// publish uploads src and publishes it, failing the test otherwise.
func (e *adminEnv) publish(src string) {
	e.t.Helper()
	resp, _ := e.upload("test.txt", []byte(src), nil)
	if resp, _ := e.postForm(resp.Header.Get("Location")+"/publish", nil); resp.StatusCode != http.StatusSeeOther {
		e.t.Fatalf("publish = %d", resp.StatusCode)
	}
}

// counts returns the row counts of the archive's tables.
func (e *adminEnv) counts() map[string]int {
	e.t.Helper()
	out := map[string]int{}
	for _, table := range []string{"sessions", "revisions", "documents", "agenda_items", "remarks", "speakers", "speaker_aliases", "retired_keys", "remark_edits", "remark_splits", "remark_joins", "upload_edits"} {
		var n int
		if err := e.pool.QueryRow(context.Background(), "SELECT count(*) FROM "+table).Scan(&n); err != nil {
			e.t.Fatal(err)
		}
		out[table] = n
	}
	return out
}

// sameCounts fails the test when the archive changed.
func (e *adminEnv) sameCounts(before map[string]int) {
	e.t.Helper()
	after := e.counts()
	for k, v := range before {
		if after[k] != v {
			e.t.Errorf("archive changed: %s %d → %d", k, v, after[k])
		}
	}
}

// testMinutes is small valid minutes in the seed style.
const testMinutes = "Test Plenary\n\nWednesday, 12 March 2025\nLisbon, Portugal\n\n1. Open Mic\n\n" +
	"Alice Example said that the first paragraph talks about the weather in Lisbon today.\n\n" +
	"Bob Sample reported that the second paragraph is about budgets and the reserve fund.\n\n" +
	"Carol Person noted that the third paragraph covers the code of conduct review.\n"
