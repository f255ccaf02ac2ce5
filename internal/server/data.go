package server

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/plenary/plenary/internal/export"
	"github.com/plenary/plenary/web"
)

// dumps are the bulk downloads of /data, made on demand: the first request
// after the archive changes starts writing the file (gzipped, into the
// server's dump directory, named by the archive's stamp) and later ones
// send it. The writing runs on its own, not under the request that
// started it: an archive of millions of remarks takes longer than a
// request may wait, so those who cannot wait are told to come back. A
// dump is one file per stamp and format; older ones are removed.
type dumps struct {
	dir string
	log *slog.Logger
	mu  sync.Mutex
	// running are the dumps being written, by file name: closed when done.
	running map[string]chan struct{}
}

// errDumpPending answers a request that gave up waiting for its dump.
var errDumpPending = errors.New("the download is being prepared")

// dumpTimeout bounds the writing of one dump.
const dumpTimeout = 30 * time.Minute

// dataFormats are the downloads /data offers, by file name.
var dataFormats = map[string]string{"remarks.jsonl.gz": "jsonl", "remarks.csv.gz": "csv"}

// dataPage is /data: what can be downloaded and how.
func (s *Server) dataPage(w http.ResponseWriter, r *http.Request) error {
	list, err := s.reads.Sessions(r.Context(), 0)
	if err != nil {
		return err
	}
	v := web.DataPage{Sessions: len(list)}
	for _, sess := range list {
		v.Remarks += sess.Remarks
	}
	w.Header().Set("Cache-Control", cacheShort)
	return s.render(w, r, http.StatusOK, web.Data(web.Page{Title: "Open data", Description: "Download the archive: every remark as JSON Lines or CSV, Akoma Ntoso, the JSON API and feeds.", Canonical: s.absURL("/data")}, v))
}

// dataFile sends a bulk download, making it first if the archive changed.
func (s *Server) dataFile(w http.ResponseWriter, r *http.Request) error {
	name := strings.TrimPrefix(r.URL.Path, "/data/")
	format, ok := dataFormats[name]
	if !ok {
		return statusError(http.StatusNotFound, "There is no such download; /data lists them.")
	}
	stamp, err := s.reads.Stamp(r.Context())
	if err != nil {
		return err
	}
	tag := etag("data", format, stamp)
	if notModified(w, r, tag, cachePage) {
		return nil
	}
	path, err := s.dumps.file(r.Context(), s, format, stamp)
	if errors.Is(err, errDumpPending) {
		w.Header().Del("ETag")
		w.Header().Set("Retry-After", "30")
		return statusError(http.StatusServiceUnavailable, "This download is being prepared from the whole archive. Please try again in a minute.")
	}
	if err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open dump: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("open dump: %w", err)
	}
	h := w.Header()
	h.Set("Content-Type", "application/gzip")
	h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
	h.Set("ETag", tag) // ServeContent answers If-None-Match and Range by it
	// A large archive's dump outlasts the server's 30 s write timeout.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(dumpTimeout))
	http.ServeContent(w, r, name, st.ModTime(), f)
	return nil
}

// file returns the dump of format for stamp, starting to write it when
// missing and waiting for it as long as ctx allows (errDumpPending then).
func (d *dumps) file(ctx context.Context, s *Server, format, stamp string) (string, error) {
	path := filepath.Join(d.dir, "remarks-"+stamp+"."+format+".gz")
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	d.mu.Lock()
	done, ok := d.running[path]
	if !ok {
		if d.running == nil {
			d.running = map[string]chan struct{}{}
		}
		done = make(chan struct{})
		d.running[path] = done
		go d.write(s, format, path, done)
	}
	d.mu.Unlock()
	select {
	case <-done:
	case <-ctx.Done():
		return "", errDumpPending
	}
	if _, err := os.Stat(path); err != nil {
		return "", fmt.Errorf("dump %s was not made (see the log)", filepath.Base(path))
	}
	return path, nil
}

// write makes the dump at path, then removes older ones of its format.
// It runs on its own; a failure is logged here, as no request waits for
// its error, and the next request tries again.
func (d *dumps) write(s *Server, format, path string, done chan struct{}) {
	defer func() {
		d.mu.Lock()
		delete(d.running, path)
		d.mu.Unlock()
		close(done)
	}()
	ctx, cancel := context.WithTimeout(context.Background(), dumpTimeout)
	defer cancel()
	if err := d.writeFile(ctx, s, format, path); err != nil {
		d.log.Error("make a data dump", "file", filepath.Base(path), "err", err)
		return
	}
	old, _ := filepath.Glob(filepath.Join(d.dir, "remarks-*."+format+".gz"))
	for _, o := range old {
		if o != path {
			os.Remove(o) // a previous stamp's dump
		}
	}
}

// writeFile writes the dump beside path and renames it into place.
func (d *dumps) writeFile(ctx context.Context, s *Server, format, path string) error {
	if err := os.MkdirAll(d.dir, 0o755); err != nil {
		return fmt.Errorf("dump directory: %w", err)
	}
	tmp, err := os.CreateTemp(d.dir, ".dump-*")
	if err != nil {
		return fmt.Errorf("dump: %w", err)
	}
	defer os.Remove(tmp.Name()) // after the rename, a no-op
	if err := writeDump(ctx, s, tmp, format); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("dump: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("dump: %w", err)
	}
	return nil
}

// writeDump writes every remark in format, gzipped, to w.
func writeDump(ctx context.Context, s *Server, w io.Writer, format string) error {
	sessions, err := export.Sessions(ctx, s.store, "")
	if err != nil {
		return err
	}
	zw := gzip.NewWriter(w)
	base := s.absURL("")
	if format == "csv" {
		emit, flush := export.CSV(zw)
		if err := export.Rows(ctx, s.store, sessions, base, emit); err != nil {
			return err
		}
		if err := flush(); err != nil {
			return err
		}
	} else if err := export.Rows(ctx, s.store, sessions, base, export.JSONL(zw)); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("dump: %w", err)
	}
	return nil
}
