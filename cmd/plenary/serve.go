package main

import (
	"context"
	"io"
	"log/slog"

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
	baseURL := fs.String("base-url", e.getenv("PLENARY_BASE_URL"), "public origin for canonical links and feeds, e.g. https://plenary.example (env PLENARY_BASE_URL)")
	trustProxy := fs.Bool("trust-proxy", envOr(e, "PLENARY_TRUST_PROXY", "") == "1", "trust X-Forwarded-For/-Proto from a reverse proxy (env PLENARY_TRUST_PROXY=1)")
	if err := parseFlags(e, fs, args); err != nil {
		return ignoreHelp(err)
	}
	log, err := newLogger(e)
	if err != nil {
		return err
	}
	log.Info("config", "addr", *addr, "seed", *seed, "base_url", *baseURL,
		"database_url", maskDSN(e.getenv("DATABASE_URL")), "data_dir", e.getenv("PLENARY_DATA_DIR"))
	db, err := openDatabase(ctx, e, log)
	if err != nil {
		return err
	}
	defer db.Close()
	if *seed != "" {
		if err := seedIfEmpty(ctx, e, db.store, *seed, log); err != nil {
			return err
		}
	}
	srv := server.New(db.store, log, server.Config{BaseURL: *baseURL, TrustProxy: *trustProxy})
	return srv.ListenAndServe(ctx, *addr)
}

// seedIfEmpty ingests the example minutes in dir when no session exists.
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
