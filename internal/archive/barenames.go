package archive

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/jackc/pgx/v5"
)

// Minutes often name a speaker by one word: a first name ("Mark:"), a
// surname ("Kinnear:"). Made a speaker of its own, that word would gather
// every Mark of every body on one page. So a bare name is linked to a
// speaker only when the minutes themselves or the body's other sessions
// make it unambiguous; otherwise its remarks keep the printed name and no
// speaker (an admin can assign them per session, /admin/speakers).

// bareName reports whether a printed speaker name is one capitalised
// word of letters: a given name or a surname, not initials ("DE"), a
// lower-case handle ("mnot") or a camel-case one ("MartinDuke"), which
// name one person consistently.
func bareName(name string) bool {
	name = strings.TrimSpace(name)
	if name == "" || strings.ContainsFunc(name, unicode.IsSpace) {
		return false
	}
	lower, prev := false, rune(0)
	for i, r := range name {
		after := prev
		prev = r
		switch {
		case i == 0 && !unicode.IsUpper(r):
			return false
		case i > 0 && unicode.IsUpper(r) && after != '-':
			return false // initials or a camel-case handle ("Jean-Luc" is neither)
		case unicode.IsLower(r):
			lower = true
		case r != '-' && r != '\'' && r != '’' && !unicode.IsLetter(r):
			return false
		}
	}
	return lower
}

// bareOwner returns the full name a bare name stands for in these minutes,
// or "" when they do not settle it: the one multi-word speaker name of the
// document whose first or last word it is.
func bareOwner(bare string, flat []flatRemark) string {
	b := NormName(bare)
	owner := ""
	for _, f := range flat {
		if f.remark.Speaker == nil {
			continue
		}
		words := strings.Fields(NormName(*f.remark.Speaker))
		if len(words) < 2 || words[0] != b && words[len(words)-1] != b {
			continue
		}
		name := strings.TrimSpace(*f.remark.Speaker)
		if owner != "" && NormName(owner) != NormName(name) {
			return "" // two people it could be
		}
		owner = name
	}
	return owner
}

// bodySpeaker returns the one speaker of the body's published sessions
// whose multi-word name starts or ends with bare, or false when there is
// none or more than one.
func bodySpeaker(ctx context.Context, tx pgx.Tx, body, bare string) (int64, bool, error) {
	if body == "" {
		return 0, false, nil
	}
	rows, _ := tx.Query(ctx, `
		-- The body's speakers (through their remarks), compared word-wise
		-- on the folded name; LIMIT 2 tells one from several.
		SELECT DISTINCT sp.id FROM sessions s
		JOIN remarks r ON r.session_id = s.id
		JOIN speakers sp ON sp.id = r.speaker_id
		WHERE s.body = $1 AND sp.merged_into IS NULL AND sp.name LIKE '% %'
		  AND (lower(split_part(sp.name, ' ', 1)) = $2 OR lower(regexp_replace(sp.name, '^.* ', '')) = $2)
		LIMIT 2`, body, NormName(bare))
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return 0, false, fmt.Errorf("look up %q among the speakers of %s: %w", bare, body, err)
	}
	if len(ids) != 1 {
		return 0, false, nil
	}
	return ids[0], true, nil
}
