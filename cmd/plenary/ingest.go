package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/minutes"
)

// runIngest parses and publishes each FILE, the same path an admin upload
// and publish takes. Every file is read and parsed before the database is
// opened, and all of them are published in one transaction
// (archive.Store.IngestAll), so one bad file in the list, whether the
// parser or the archive refuses it, leaves the archive untouched.
func runIngest(ctx context.Context, e *cliEnv, args []string) error {
	c := commandFor("ingest")
	fs := newFlags(e, c.name, c.args, c.summary)
	slug := fs.String("slug", "", "target session slug (an existing slug publishes a correction); one FILE only")
	title := fs.String("title", "", "session title, overriding the parsed one")
	date := fs.String("date", "", "session date YYYY-MM-DD, overriding the parsed one")
	location := fs.String("location", "", "session location, overriding the parsed one")
	body := fs.String("body", "", "who met (\"IETF\"), overriding the guess from the title")
	if err := parseFlags(e, fs, args); err != nil {
		return ignoreHelp(err)
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "plenary ingest: give at least one FILE")
		return errUsage
	}
	if fs.NArg() > 1 && (*slug != "" || *title != "" || *date != "" || *location != "" || *body != "") {
		fmt.Fprintln(e.stderr, "plenary ingest: --slug, --title, --date, --location and --body need exactly one FILE")
		return errUsage
	}
	base := archive.Upload{Slug: *slug, Title: *title, Location: *location, Body: *body, By: "cli"}
	if *date != "" {
		d, err := time.Parse(time.DateOnly, *date)
		if err != nil {
			return fmt.Errorf("--date %q: want YYYY-MM-DD", *date)
		}
		base.Date = &d
	}
	uploads, err := readUploads(e, fs.Args(), base)
	if err != nil {
		return err
	}
	log, err := newLogger(e)
	if err != nil {
		return err
	}
	db, err := openDatabase(ctx, e, log, "ingest", "files", len(uploads), "slug", *slug)
	if err != nil {
		return err
	}
	defer db.Close()
	return ingestAll(ctx, e, db.store, uploads)
}

// readUploads reads and pre-parses every file so that bad input is refused
// before the database is touched.
func readUploads(e *cliEnv, names []string, base archive.Upload) ([]archive.Upload, error) {
	uploads := make([]archive.Upload, 0, len(names))
	for _, name := range names {
		src, err := readSource(e, name)
		if err != nil {
			return nil, err
		}
		if _, err := minutes.Parse(src, minutes.Options{Name: name}); err != nil {
			return nil, fmt.Errorf("%s: %w; nothing was ingested", name, err)
		}
		u := base
		u.Source, u.Filename = src, filepath.Base(name)
		uploads = append(uploads, u)
	}
	return uploads, nil
}

// ingestAll publishes the uploads in one transaction and reports each on
// stdout; on error nothing was published, and the error says so.
func ingestAll(ctx context.Context, e *cliEnv, store *archive.Store, uploads []archive.Upload) error {
	published, err := store.IngestAll(ctx, uploads)
	if err != nil {
		var ie *archive.InputError
		if !errors.As(err, &ie) {
			err = fmt.Errorf("ingest %w", err) // "ingest FILE: cause"
		}
		return fmt.Errorf("%w; nothing was ingested", err)
	}
	for i, p := range published {
		name := uploads[i].Filename
		if p.Unchanged {
			fmt.Fprintf(e.stdout, "%s: unchanged, already published as /sessions/%s\n", name, p.Slug)
			continue
		}
		fmt.Fprintf(e.stdout, "%s: published /sessions/%s revision %d (%d remarks)\n", name, p.Slug, p.Revision, p.Remarks)
	}
	return nil
}

// seedFiles lists the minutes files in dir, sorted, for serve --seed.
func seedFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read seed directory: %w", err)
	}
	var names []string
	for _, ent := range entries {
		switch filepath.Ext(ent.Name()) {
		case ".txt", ".md", ".markdown", ".html", ".htm", ".rst", ".vtt", ".srt":
			names = append(names, filepath.Join(dir, ent.Name()))
		}
	}
	sort.Strings(names)
	return names, nil
}
