package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/server"
)

// runServe migrates, optionally seeds an empty archive, and serves until
// SIGINT or SIGTERM; then it stops the server and the embedded cluster.
func runServe(ctx context.Context, e *cliEnv, args []string) error {
	c := commandFor("serve")
	fs := newFlags(e, c.name, c.args, c.summary)
	addr := fs.String("addr", envOr(e, "PLENARY_ADDR", ":8080"), "address to listen on (env PLENARY_ADDR)")
	seed := fs.String("seed", "", "directory of minutes to ingest when the archive is empty (make run uses examples/)")
	baseURL := fs.String("base-url", e.getenv("PLENARY_BASE_URL"), "public origin for canonical links and feeds, e.g. https://plenary.example (env PLENARY_BASE_URL; default http://localhost:PORT from --addr)")
	dumpDir := fs.String("dump-dir", envOr(e, "PLENARY_DUMP_DIR", filepath.Join(os.TempDir(), "plenary-dumps")), "where /data's downloads are kept between requests (env PLENARY_DUMP_DIR)")
	trustProxy := fs.Bool("trust-proxy", envOr(e, "PLENARY_TRUST_PROXY", "") == "1", "trust X-Forwarded-For/-Proto from a reverse proxy (env PLENARY_TRUST_PROXY=1)")
	if err := parseFlags(e, fs, args); err != nil {
		return ignoreHelp(err)
	}
	log, err := newLogger(e)
	if err != nil {
		return err
	}
	origin, derived, err := resolveBaseURL(*baseURL, *addr)
	if err != nil {
		return err
	}
	if derived {
		log.Info("no public origin configured: links in pages, feed and sitemap use "+origin+
			"; set PLENARY_BASE_URL (or --base-url) to the site's public https origin in production", "base_url", origin)
	}
	memLimit := applyMemoryLimit(e)
	db, err := openDatabase(ctx, e, log, "serve", "addr", *addr, "base_url", origin,
		"trust_proxy", *trustProxy, "seed", *seed, "memory_limit", memLimit, "dump_dir", *dumpDir)
	if err != nil {
		return err
	}
	defer db.Close()
	if *seed != "" {
		if err := seedIfEmpty(ctx, e, db.store, *seed, log); err != nil {
			return err
		}
	}
	reads, err := db.openReads(ctx, e)
	if err != nil {
		return err
	}
	srv := server.New(db.store, log, server.Config{BaseURL: origin, TrustProxy: *trustProxy, DumpDir: *dumpDir, Reads: reads})
	return srv.ListenAndServe(ctx, *addr)
}

// resolveBaseURL checks a configured public origin, or derives one from
// the listen address when none is configured (derived is then true):
// ":8080" → http://localhost:8080, "127.0.0.1:8093" → http://127.0.0.1:8093.
// The server never builds absolute URLs from the request's Host header,
// so there is always an origin.
func resolveBaseURL(configured, addr string) (origin string, derived bool, err error) {
	if configured != "" {
		u, err := url.Parse(configured)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
			strings.Trim(u.Path, "/") != "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
			return "", false, fmt.Errorf("--base-url / PLENARY_BASE_URL %q: want an origin such as https://plenary.example", configured)
		}
		return u.Scheme + "://" + u.Host, false, nil
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", false, fmt.Errorf("--addr %q: want host:port or :port: %w", addr, err)
	}
	switch host {
	case "", "0.0.0.0", "::":
		host = "localhost" // listening everywhere: localhost reaches it
	}
	return "http://" + net.JoinHostPort(host, port), true, nil
}

// seedIfEmpty ingests the example minutes in dir when no session exists,
// all in one transaction like plenary ingest.
func seedIfEmpty(ctx context.Context, e *cliEnv, store *archive.Store, dir string, log *slog.Logger) error {
	existing, err := store.Sessions(ctx, 1)
	if err != nil {
		return err
	}
	if len(existing) > 0 {
		return nil
	}
	names, err := seedFiles(dir)
	if err != nil {
		return err
	}
	uploads, err := readUploads(e, names, archive.Upload{By: "seed"})
	if err != nil {
		return err
	}
	log.Info("archive is empty: loading example minutes", "dir", dir, "files", len(names))
	return ingestAll(ctx, &cliEnv{getenv: e.getenv, stdin: e.stdin, stdout: io.Discard, stderr: e.stderr}, store, uploads)
}

// envOr returns the environment variable or a default.
func envOr(e *cliEnv, key, def string) string {
	if v := e.getenv(key); v != "" {
		return v
	}
	return def
}
