package archive

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/plenary/plenary/internal/minutes"
)

// isBlank reports a remark with no visible text; such remarks are dropped.
func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// knownAliases returns which folded speaker names of flat are known aliases.
func (s *Store) knownAliases(ctx context.Context, flat []flatRemark) (map[string]bool, error) {
	var norms []string
	for _, f := range flat {
		if f.remark.Speaker != nil {
			norms = append(norms, NormName(*f.remark.Speaker))
		}
	}
	rows, _ := s.pool.Query(ctx, `
		SELECT alias_norm FROM speaker_aliases WHERE alias_norm = ANY($1)`, norms)
	found, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("look up speaker aliases: %w", err)
	}
	known := make(map[string]bool, len(found))
	for _, n := range found {
		known[n] = true
	}
	return known, nil
}

// warnings lists what an admin should check before publishing.
func (s *Store) warnings(ctx context.Context, doc *minutes.Document, flat []flatRemark, known map[string]bool) ([]PreviewWarning, error) {
	var out []PreviewWarning
	for _, w := range doc.Warnings {
		out = append(out, PreviewWarning{Kind: "parser", Message: w.Message, Line: w.Line})
	}
	out = append(out, noSpeakerWarnings(flat)...)
	out = append(out, emptyItemWarnings(doc.Items)...)
	out = append(out, bareNameWarnings(flat)...)
	names := newNames(flat, known)
	for _, n := range names {
		if why := suspiciousName(n); why != "" {
			out = append(out, PreviewWarning{Kind: "suspicious-name", Message: fmt.Sprintf("%q looks odd for a name: %s.", n, why)})
		}
	}
	if len(names) == 0 {
		return out, nil
	}
	rows, _ := s.pool.Query(ctx, `
		SELECT a.alias, sp.name FROM speaker_aliases a JOIN speakers sp ON sp.id = a.speaker_id`)
	aliases, err := pgx.CollectRows(rows, pgx.RowToStructByPos[aliasName])
	if err != nil {
		return nil, fmt.Errorf("read speaker aliases: %w", err)
	}
	for _, n := range names {
		msg := fmt.Sprintf("New speaker %q: no speaker of that name yet.", n)
		if near := closestNames(n, aliases, 3); len(near) > 0 {
			msg += " Closest known: " + strings.Join(near, ", ") + "."
		}
		out = append(out, PreviewWarning{Kind: "new-speaker", Message: msg})
	}
	return out, nil
}

// noSpeakerWarnings lists the remarks nobody is identified as saying.
func noSpeakerWarnings(flat []flatRemark) []PreviewWarning {
	var idx []string
	for i, f := range flat {
		if f.remark.Speaker == nil {
			idx = append(idx, fmt.Sprint(i+1))
		}
	}
	if len(idx) == 0 {
		return nil
	}
	if len(idx) > 30 {
		idx = append(idx[:30], "…")
	}
	return []PreviewWarning{{Kind: "no-speaker", Message: fmt.Sprintf(
		"%d of %d paragraphs have no speaker (remarks %s).", len(idx), len(flat), strings.Join(idx, ", "))}}
}

// emptyItemWarnings lists agenda items with no remarks and no sub-items.
func emptyItemWarnings(items []minutes.Item) []PreviewWarning {
	var out []PreviewWarning
	for i, it := range items {
		if len(it.Remarks) > 0 || (i+1 < len(items) && items[i+1].Depth > it.Depth) {
			continue
		}
		if it.Number == "" && it.Title == "" {
			continue // the leading item that holds remarks before the first heading
		}
		out = append(out, PreviewWarning{Kind: "empty-item", Message: fmt.Sprintf("Agenda item %s has no remarks.", strings.TrimSpace(it.Number+" "+it.Title))})
	}
	return out
}

// speakerNames returns the distinct speaker names of flat (by NormName),
// as first printed, in reading order.
func speakerNames(flat []flatRemark) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range flat {
		if f.remark.Speaker == nil {
			continue
		}
		n := strings.TrimSpace(*f.remark.Speaker)
		if k := NormName(n); !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

// newNames returns the distinct speaker names of flat that match no alias
// and are not one bare word (bareNameWarnings speaks of those).
func newNames(flat []flatRemark, known map[string]bool) []string {
	var out []string
	for _, n := range speakerNames(flat) {
		if !known[NormName(n)] && !bareName(n) {
			out = append(out, n)
		}
	}
	return out
}

// suspiciousName says why a speaker name may be a parse error, or "".
func suspiciousName(n string) string {
	words := strings.Fields(n)
	switch {
	case strings.ContainsFunc(n, unicode.IsDigit):
		return "it contains digits"
	case strings.ContainsAny(n, ":;()[]{}<>/\\@#|=*\"?!"):
		return "it contains punctuation"
	case len(words) > 4 || utf8.RuneCountInString(n) > 40:
		return "it is long, perhaps part of a sentence"
	case !strings.ContainsFunc(n, unicode.IsUpper):
		return "it has no capital letter"
	case len(words) == 1 && utf8.RuneCountInString(n) > 4:
		return "it is a single word, perhaps a first name only"
	}
	return ""
}

// aliasName is a known spelling and the name of its speaker.
type aliasName struct {
	Alias, Name string
}

// closestNames returns up to k distinct speaker names whose aliases are
// most like n by trigram similarity (as pg_trgm computes it), best first.
func closestNames(n string, aliases []aliasName, k int) []string {
	tn := trigrams(n)
	best := map[string]float64{}
	for _, a := range aliases {
		if s := trigramSimilarity(tn, trigrams(a.Alias)); s >= 0.3 && s > best[a.Name] {
			best[a.Name] = s
		}
	}
	out := make([]string, 0, len(best))
	for name := range best {
		out = append(out, name)
	}
	slices.SortFunc(out, func(a, b string) int {
		return cmp.Or(cmp.Compare(best[b], best[a]), strings.Compare(a, b))
	})
	return out[:min(k, len(out))]
}

// trigrams returns the set of letter trigrams of s's words, each padded as
// pg_trgm pads them ("  w", " wo", …, "rd ").
func trigrams(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(NormName(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		rs := []rune("  " + w + " ")
		for i := 0; i+3 <= len(rs); i++ {
			out[string(rs[i:i+3])] = true
		}
	}
	return out
}

// trigramSimilarity is |a∩b| / |a∪b|.
func trigramSimilarity(a, b map[string]bool) float64 {
	common := 0
	for t := range a {
		if b[t] {
			common++
		}
	}
	union := len(a) + len(b) - common
	if union == 0 {
		return 0
	}
	return float64(common) / float64(union)
}

// bareNameWarnings says what becomes of each one-word speaker name
// (barenames.go): the full name these minutes give it, or no speaker page.
func bareNameWarnings(flat []flatRemark) []PreviewWarning {
	var out []PreviewWarning
	for _, n := range speakerNames(flat) {
		if !bareName(n) {
			continue
		}
		msg := fmt.Sprintf("%q is one word: its remarks go to the one speaker of this body so called, or to no speaker page (the name shows as printed); assign them after publishing on the Speakers page.", n)
		if owner := bareOwner(n, flat); owner != "" {
			msg = fmt.Sprintf("%q is taken to be %s, named in these minutes.", n, owner)
		}
		out = append(out, PreviewWarning{Kind: "bare-name", Message: msg})
	}
	return out
}
