package archive

import (
	"slices"
	"testing"
)

// TestSplitPoints checks where a remark may be split: at each sentence or
// line that starts after the first, never inside a number or an
// abbreviation before a lower-case word.
func TestSplitPoints(t *testing.T) {
	for in, want := range map[string][]int{
		"We agree. Ann Lee disagrees.":     {10},
		"Version 3.5 ships. 2026 is next!": {19},
		"See e.g. the draft.":              nil,
		`He said "Yes." Then he left.`:     {15},
		"first line\nsecond line":          {11},
		"No split here":                    nil,
		". Leading dot":                    nil,
		"Ends with a stop.":                nil,
		"Q? A. B!":                         {3, 6},
		"Été fini. Über alles.":            {12},
	} {
		if got := SplitPoints(in); !slices.Equal(got, want) {
			t.Errorf("SplitPoints(%q) = %v, want %v", in, got, want)
		}
	}
}
