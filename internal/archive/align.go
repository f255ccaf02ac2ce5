package archive

import (
	"strings"
	"unicode"
)

// keyedText is a remark of the previous revision as alignment sees it.
type keyedText struct {
	Key  int    `db:"key"`
	Text string `db:"text"`
}

// alignment is the outcome of aligning a new revision with the old one.
type alignment struct {
	keys    []int       // key of each new remark
	retired map[int]int // removed old key → key of the nearest survivor
	next    int         // the session's next free key afterwards
}

// alignKeys gives each new remark the key of the old remark it continues
// (sequence alignment on normalised text, where a remark edited but still
// mostly the same counts as a match) and fresh keys from next to the rest.
// Old remarks left unmatched are retired towards their nearest survivor.
func alignKeys(old []keyedText, texts []string, next int) alignment {
	pairs := lcsAlign(old, texts)
	al := alignment{keys: make([]int, len(texts)), retired: map[int]int{}, next: next}
	matchedOld := make([]int, len(old)) // old index → new index+1
	for newIdx, oldIdx := range pairs {
		if oldIdx >= 0 {
			al.keys[newIdx] = old[oldIdx].Key
			matchedOld[oldIdx] = newIdx + 1
		}
	}
	for i := range al.keys {
		if al.keys[i] == 0 {
			al.keys[i] = al.next
			al.next++
		}
	}
	if len(texts) == 0 {
		return al
	}
	for i, o := range old {
		if matchedOld[i] == 0 {
			al.retired[o.Key] = al.keys[nearestSurvivor(matchedOld, i)]
		}
	}
	return al
}

// nearestSurvivor returns the new index of the closest matched old remark
// before i (or after, at the start), or 0 when nothing survived.
func nearestSurvivor(matchedOld []int, i int) int {
	for d := 1; d < len(matchedOld); d++ {
		if j := i - d; j >= 0 && matchedOld[j] > 0 {
			return matchedOld[j] - 1
		}
		if j := i + d; j < len(matchedOld) && matchedOld[j] > 0 {
			return matchedOld[j] - 1
		}
	}
	return 0
}

// lcsAlign returns for each new text the index of its old counterpart or -1.
// It maximises the summed similarity of matched pairs in order (a weighted
// longest common subsequence), so a reordering keeps the longest in-order
// run and treats the rest as removed and inserted.
func lcsAlign(old []keyedText, texts []string) []int {
	n, m := len(old), len(texts)
	a := make([][]string, n)
	for i, o := range old {
		a[i] = words(o.Text)
	}
	b := make([][]string, m)
	for j, t := range texts {
		b[j] = words(t)
	}
	// score[i][j]: best total for old[i:], new[j:].
	score := make([][]float64, n+1)
	for i := range score {
		score[i] = make([]float64, m+1)
	}
	sim := func(i, j int) float64 { return similarity(a[i], b[j]) }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			best := max(score[i+1][j], score[i][j+1])
			if s := sim(i, j); s >= minSimilarity {
				best = max(best, score[i+1][j+1]+s)
			}
			score[i][j] = best
		}
	}
	out := make([]int, m)
	for j := range out {
		out[j] = -1
	}
	for i, j := 0, 0; i < n && j < m; {
		if s := sim(i, j); s >= minSimilarity && score[i][j] == score[i+1][j+1]+s {
			out[j] = i
			i, j = i+1, j+1
		} else if score[i+1][j] >= score[i][j+1] {
			i++
		} else {
			j++
		}
	}
	return out
}

// minSimilarity is how alike two remarks must be to count as one edited
// remark: a fixed typo or a changed sentence keeps the key, a new paragraph
// that merely shares common words does not.
const minSimilarity = 0.5

// similarity is the Dice coefficient of two word multisets.
func similarity(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	counts := make(map[string]int, len(a))
	for _, w := range a {
		counts[w]++
	}
	common := 0
	for _, w := range b {
		if counts[w] > 0 {
			counts[w]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// words normalises a remark for alignment: lower-case words, no punctuation.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
