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
// and publish takes. Every file is checked before anything is written, so
// one bad file in the list leaves the archive untouched.
func runIngest(ctx context.Context, e *cliEnv, args []string) error {
	c := commandFor("ingest")
	fs := newFlags(e, c.name, c.args, c.summary)
	slug := fs.String("slug", "", "target session slug (an existing slug publishes a correction); one FILE only")
	title := fs.String("title", "", "session title, overriding the parsed one")
	date := fs.String("date", "", "session date YYYY-MM-DD, overriding the parsed one")
	location := fs.String("location", "", "session location, overriding the parsed one")
	if err := parseFlags(e, fs, args); err != nil {
		return ignoreHelp(err)
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "plenary ingest: give at least one FILE")
		return errUsage
	}
	if fs.NArg() > 1 && (*slug != "" || *title != "" || *date != "" || *location != "") {
		fmt.Fprintln(e.stderr, "plenary ingest: --slug, --title, --date and --location need exactly one FILE")
		return errUsage
	}
	base := archive.Upload{Slug: *slug, Title: *title, Location: *location, By: "cli"}
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
	db, err := openDatabase(ctx, e, log)
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

// ingestAll publishes the uploads in order and reports each on stdout.
func ingestAll(ctx context.Context, e *cliEnv, store *archive.Store, uploads []archive.Upload) error {
	for _, u := range uploads {
		p, err := store.Ingest(ctx, u)
		var ie *archive.InputError
		if errors.As(err, &ie) {
			return fmt.Errorf("%s: %w", u.Filename, err)
		}
		if err != nil {
			return fmt.Errorf("ingest %s: %w", u.Filename, err)
		}
		if p.Unchanged {
			fmt.Fprintf(e.stdout, "%s: unchanged, already published as /sessions/%s\n", u.Filename, p.Slug)
			continue
		}
		fmt.Fprintf(e.stdout, "%s: published /sessions/%s revision %d (%d remarks)\n", u.Filename, p.Slug, p.Revision, p.Remarks)
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
		case ".txt", ".md", ".markdown", ".html", ".htm":
			names = append(names, filepath.Join(dir, ent.Name()))
		}
	}
	sort.Strings(names)
	return names, nil
}
