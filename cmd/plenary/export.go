package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/plenary/plenary/internal/akn"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/export"
)

// runExport writes the archive for bulk use into DIR: remarks.jsonl or
// remarks.csv (one row per remark), or one SLUG.akn.xml per session. Each
// file is written beside its final name and renamed into place, so a
// reader of DIR never sees half a file, and a failed export leaves the
// previous files as they were.
func runExport(ctx context.Context, e *cliEnv, args []string) error {
	c := commandFor("export")
	fs := newFlags(e, c.name, c.args, c.summary)
	format := fs.String("format", "", "jsonl, csv or akn")
	slug := fs.String("session", "", "export only the session with this slug")
	baseURL := fs.String("base-url", e.getenv("PLENARY_BASE_URL"), "public origin for permalinks, e.g. https://plenary.example (env PLENARY_BASE_URL; default: paths)")
	if err := parseFlags(e, fs, args); err != nil {
		return ignoreHelp(err)
	}
	if fs.NArg() != 1 || *format != "jsonl" && *format != "csv" && *format != "akn" {
		fmt.Fprintln(e.stderr, "plenary export: give --format jsonl, csv or akn and one DIR")
		return errUsage
	}
	base := strings.TrimRight(*baseURL, "/")
	if base != "" {
		origin, _, err := resolveBaseURL(base, "")
		if err != nil {
			return err
		}
		base = origin
	}
	dir := fs.Arg(0)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	log, err := newLogger(e)
	if err != nil {
		return err
	}
	db, err := openDatabase(ctx, e, log, "export", "format", *format, "session", *slug, "dir", dir)
	if err != nil {
		return err
	}
	defer db.Close()
	sessions, err := export.Sessions(ctx, db.store, *slug)
	if errors.Is(err, archive.ErrNotFound) {
		return fmt.Errorf("export: no session %q", *slug)
	} else if err != nil {
		return err
	}
	n, err := exportTo(ctx, db.store, *format, dir, base, sessions)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "exported %d sessions as %s to %s (%d files)\n", len(sessions), *format, dir, n)
	return nil
}

// exportTo writes the files of one format and returns how many.
func exportTo(ctx context.Context, store *archive.Store, format, dir, base string, sessions []archive.Session) (int, error) {
	switch format {
	case "jsonl":
		return 1, writeFile(filepath.Join(dir, "remarks.jsonl"), func(w io.Writer) error {
			return export.Rows(ctx, store, sessions, base, export.JSONL(w))
		})
	case "csv":
		return 1, writeFile(filepath.Join(dir, "remarks.csv"), func(w io.Writer) error {
			emit, flush := export.CSV(w)
			if err := export.Rows(ctx, store, sessions, base, emit); err != nil {
				return err
			}
			return flush()
		})
	}
	for _, s := range sessions {
		items, err := store.AgendaItems(ctx, s.ID)
		if err != nil {
			return 0, err
		}
		remarks, err := store.Remarks(ctx, s.ID)
		if err != nil {
			return 0, err
		}
		err = writeFile(filepath.Join(dir, s.Slug+".akn.xml"), func(w io.Writer) error {
			return akn.Write(w, akn.FromSession(base, s, items, remarks))
		})
		if err != nil {
			return 0, err
		}
	}
	return len(sessions), nil
}

// writeFile writes name through fill into a temporary file beside it and
// renames it into place once complete.
func writeFile(name string, fill func(io.Writer) error) (err error) {
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := fill(f); err != nil {
		return fmt.Errorf("export %s: %w", name, err)
	}
	if err := f.Chmod(0o644); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(f.Name(), name); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
