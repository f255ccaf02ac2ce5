package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/internal/export"
	"github.com/plenary/plenary/internal/pgtest"
	"github.com/plenary/plenary/internal/testcorpus"
)

// BenchmarkExportJSONL exports every session of the shared corpus as JSON
// Lines to io.Discard and reports remarks per second:
//
//	go test -run '^$' -bench ExportJSONL -cpu 1 ./cmd/plenary/
func BenchmarkExportJSONL(b *testing.B) {
	ctx := context.Background()
	store := archive.New(pgtest.DB(b))
	dir := filepath.Join(testcorpus.Dir(b), "raw")
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() == "SOURCES.md" {
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := store.Ingest(ctx, archive.Upload{Source: src, Filename: e.Name(), By: "bench"}); err != nil {
			b.Fatalf("%s: %v", e.Name(), err)
		}
	}
	sessions, err := export.Sessions(ctx, store, "")
	if err != nil {
		b.Fatal(err)
	}
	remarks := 0
	for b.Loop() {
		remarks = 0
		emit := export.JSONL(io.Discard)
		if err := export.Rows(ctx, store, sessions, "https://plenary.example", func(r export.Row) error { remarks++; return emit(r) }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(remarks)*float64(b.N)/b.Elapsed().Seconds(), "remarks/s")
}
