// Package export writes the archive for bulk use (`plenary export`): every
// remark as JSON Lines or CSV, one row per remark with its session and
// speaker, or every session as an Akoma Ntoso file. Rows come from the
// same store queries as the pages, session by session, so an archive of
// millions of remarks streams through a bounded amount of memory.
// docs/export.md documents the columns.
package export

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/plenary/plenary/internal/archive"
)

// Row is one remark with its session and speaker. Field names are the
// JSON keys and, in this order, the CSV header.
type Row struct {
	Session      string  `json:"session"`
	SessionTitle string  `json:"session_title"`
	SessionDate  string  `json:"session_date"` // YYYY-MM-DD, or "" when the minutes give none
	Body         string  `json:"body"`
	Revision     int     `json:"revision"`
	ItemNumber   string  `json:"item_number"`
	ItemTitle    string  `json:"item_title"`
	Remark       int     `json:"remark"`  // the remark's key, stable across revisions
	Speaker      *string `json:"speaker"` // the speaker's slug; null for narration or an unresolved label
	SpeakerName  string  `json:"speaker_name"`
	Affiliation  string  `json:"affiliation"`
	Text         string  `json:"text"`
	Permalink    string  `json:"permalink"`
}

// Header is the CSV header row.
var Header = []string{"session", "session_title", "session_date", "body", "revision", "item_number", "item_title",
	"remark", "speaker", "speaker_name", "affiliation", "text", "permalink"}

// Sessions returns the sessions to export: all of them, oldest first, or
// the one with slug (archive.ErrNotFound when there is none).
func Sessions(ctx context.Context, store *archive.Store, slug string) ([]archive.Session, error) {
	if slug != "" {
		s, err := store.SessionBySlug(ctx, slug)
		if err != nil {
			return nil, err
		}
		return []archive.Session{s}, nil
	}
	list, err := store.Sessions(ctx, 0)
	if err != nil {
		return nil, err
	}
	for i, j := 0, len(list)-1; i < j; i, j = i+1, j-1 {
		list[i], list[j] = list[j], list[i] // newest first from the store
	}
	return list, nil
}

// Rows calls emit for every remark of sessions, in session and then
// remark order. base is the site's public origin for permalinks ("" for
// paths).
func Rows(ctx context.Context, store *archive.Store, sessions []archive.Session, base string, emit func(Row) error) error {
	for _, s := range sessions {
		items, err := store.AgendaItems(ctx, s.ID)
		if err != nil {
			return err
		}
		remarks, err := store.Remarks(ctx, s.ID)
		if err != nil {
			return err
		}
		byID := make(map[int64]archive.AgendaItem, len(items))
		for _, it := range items {
			byID[it.ID] = it
		}
		date := ""
		if s.Date != nil {
			date = s.Date.Format("2006-01-02")
		}
		for _, rm := range remarks {
			it := byID[rm.ItemID]
			r := Row{Session: s.Slug, SessionTitle: s.Title, SessionDate: date, Body: s.Body, Revision: s.Revision,
				ItemNumber: it.Number, ItemTitle: it.Title, Remark: rm.Key, Speaker: rm.SpeakerSlug,
				SpeakerName: rm.SpeakerName, Affiliation: rm.Affiliation, Text: rm.Text,
				Permalink: base + "/sessions/" + s.Slug + "/remarks/" + strconv.Itoa(rm.Key)}
			if err := emit(r); err != nil {
				return err
			}
		}
	}
	return nil
}

// JSONL returns an emit func writing each row as one line of JSON.
func JSONL(w io.Writer) func(Row) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // the text as written: "<" stays "<"
	return func(r Row) error {
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("write json lines: %w", err)
		}
		return nil
	}
}

// CSV returns an emit func writing rows under Header, and a flush to call
// at the end. A cell that a spreadsheet would run as a formula ("=1+1",
// "+44…", "@SUM") is written with a leading apostrophe, as OWASP advises
// for CSV meant to be opened in one; the JSON Lines keep the text as is.
func CSV(w io.Writer) (emit func(Row) error, flush func() error) {
	cw := csv.NewWriter(w)
	wroteHeader := false
	emit = func(r Row) error {
		if !wroteHeader {
			wroteHeader = true
			if err := cw.Write(Header); err != nil {
				return fmt.Errorf("write csv: %w", err)
			}
		}
		speaker := ""
		if r.Speaker != nil {
			speaker = *r.Speaker
		}
		rec := []string{r.Session, r.SessionTitle, r.SessionDate, r.Body, strconv.Itoa(r.Revision), r.ItemNumber, r.ItemTitle,
			strconv.Itoa(r.Remark), speaker, r.SpeakerName, r.Affiliation, r.Text, r.Permalink}
		for i, c := range rec {
			rec[i] = defuse(c)
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
		return nil
	}
	flush = func() error {
		if !wroteHeader {
			if err := cw.Write(Header); err != nil {
				return fmt.Errorf("write csv: %w", err)
			}
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
		return nil
	}
	return emit, flush
}

// defuse prefixes a cell that opens like a spreadsheet formula.
func defuse(c string) string {
	if c != "" && (c[0] == '=' || c[0] == '+' || c[0] == '-' || c[0] == '@' || c[0] == '\t' || c[0] == '\r') {
		return "'" + c
	}
	return c
}
