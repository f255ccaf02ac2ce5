package archive

import (
	"hash/maphash"
	"slices"
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
	oldOf   []int       // index into old of each new remark's predecessor, -1 if new
	retired map[int]int // removed old key → key of the nearest survivor
	next    int         // the session's next free key afterwards
}

// alignKeys gives each new remark the key of the old remark it continues
// (sequence alignment on normalised text, where a remark edited but still
// mostly the same counts as a match; a paragraph moved elsewhere keeps its
// key too) and fresh keys from next to the rest. Old remarks left
// unmatched are retired towards their nearest survivor. Keys are never
// reused: next only grows.
func alignKeys(old []keyedText, texts []string, next int) alignment {
	oldTexts := make([]string, len(old))
	for i, o := range old {
		oldTexts[i] = o.Text
	}
	pairs := matchTexts(oldTexts, texts)
	al := alignment{keys: make([]int, len(texts)), oldOf: pairs, retired: map[int]int{}, next: next}
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
// to old index i (the one before it when two are equally close), or 0 when
// nothing survived, so a removed remark's link lands where it stood.
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

// minSimilarity is how alike two remarks must be to count as one edited
// remark: a fixed typo or a changed sentence keeps the key, a new paragraph
// that merely shares common words does not.
const minSimilarity = 0.5

// moveSimilarity is how alike an out-of-order pair must be to count as a
// moved remark rather than one removed and another inserted. It is higher
// than minSimilarity because order no longer vouches for the match.
const moveSimilarity = 0.8

// maxDPCells bounds the similarity table of one gap between anchors; a
// larger gap (a wholesale rewrite of thousands of remarks) is aligned
// greedily within a window instead, in linear time and memory.
const maxDPCells = 1 << 20

// greedyWindow is how far ahead in the old remarks the greedy fallback
// looks for each new remark's counterpart.
const greedyWindow = 64

// normText is a remark prepared for alignment once, so comparing two
// remarks allocates nothing: its normalised words as sorted ids (a
// multiset) and a hash of the word sequence for exact matches.
type normText struct {
	hash uint64
	toks []int32
}

// aligner holds both sides of an alignment, prepared.
type aligner struct {
	a, b []normText
	out  []int // new index → old index, -1 unmatched
	used []bool
}

// matchTexts returns for each new text the index of its old counterpart
// or -1. Texts identical after normalisation and unique on both sides are
// anchors (patience diff); the gaps between anchors are aligned by a
// weighted longest common subsequence of word-Dice similarity; finally
// unmatched remarks that reappear elsewhere are paired as moves.
func matchTexts(old, texts []string) []int {
	seed := maphash.MakeSeed()
	dict := make(map[string]int32)
	al := &aligner{a: prepare(old, dict, seed), b: prepare(texts, dict, seed)}
	al.out = make([]int, len(texts))
	for j := range al.out {
		al.out[j] = -1
	}
	al.used = make([]bool, len(old))
	pi, pj := 0, 0
	for _, an := range al.anchors() {
		al.alignGap(pi, an[0], pj, an[1])
		al.pair(an[0], an[1])
		pi, pj = an[0]+1, an[1]+1
	}
	al.alignGap(pi, len(old), pj, len(texts))
	al.matchMoves()
	return al.out
}

// prepare normalises texts into word-id multisets and sequence hashes.
func prepare(texts []string, dict map[string]int32, seed maphash.Seed) []normText {
	out := make([]normText, len(texts))
	for i, t := range texts {
		ws := words(t)
		var h maphash.Hash
		h.SetSeed(seed)
		toks := make([]int32, len(ws))
		for k, w := range ws {
			id, ok := dict[w]
			if !ok {
				id = int32(len(dict))
				dict[w] = id
			}
			toks[k] = id
			_, _ = h.WriteString(w)
			_ = h.WriteByte(0)
		}
		slices.Sort(toks)
		out[i] = normText{hash: h.Sum64(), toks: toks}
	}
	return out
}

// pair records that new remark j continues old remark i.
func (al *aligner) pair(i, j int) {
	al.out[j] = i
	al.used[i] = true
}

// anchors returns (old, new) index pairs of texts that occur exactly once
// on each side, keeping the longest run that is in order on both sides.
func (al *aligner) anchors() [][2]int {
	count := func(ts []normText) map[uint64]int {
		m := make(map[uint64]int, len(ts))
		for i, t := range ts {
			if _, dup := m[t.hash]; dup {
				m[t.hash] = -1
			} else {
				m[t.hash] = i
			}
		}
		return m
	}
	inOld, inNew := count(al.a), count(al.b)
	var cand [][2]int // in new order
	for j, t := range al.b {
		if inNew[t.hash] == j {
			if i, ok := inOld[t.hash]; ok && i >= 0 {
				cand = append(cand, [2]int{i, j})
			}
		}
	}
	return longestIncreasing(cand)
}

// longestIncreasing returns the longest subsequence of cand (sorted by new
// index) whose old indexes increase, by patience sorting in O(k log k).
func longestIncreasing(cand [][2]int) [][2]int {
	var tails []int // index into cand of the smallest tail per length
	prev := make([]int, len(cand))
	for k, c := range cand {
		pos, _ := slices.BinarySearchFunc(tails, c[0], func(t, target int) int { return cand[t][0] - target })
		if pos > 0 {
			prev[k] = tails[pos-1]
		} else {
			prev[k] = -1
		}
		if pos == len(tails) {
			tails = append(tails, k)
		} else {
			tails[pos] = k
		}
	}
	out := make([][2]int, len(tails))
	for k, p := len(tails)-1, -1; k >= 0; k-- {
		if k == len(tails)-1 {
			p = tails[k]
		}
		out[k] = cand[p]
		p = prev[p]
	}
	return out
}

// alignGap aligns old[i0:i1] with new[j0:j1], exactly when the table is
// small and greedily when it is not.
func (al *aligner) alignGap(i0, i1, j0, j1 int) {
	n, m := i1-i0, j1-j0
	if n == 0 || m == 0 {
		return
	}
	if n*m > maxDPCells {
		al.greedy(i0, i1, j0, j1)
		return
	}
	// score[i*(m+1)+j]: best summed similarity of old[i0+i:i1], new[j0+j:j1].
	w := m + 1
	score := make([]float32, (n+1)*w)
	sims := make([]float32, n*m) // computed once, reused by the traceback
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			s := similarity(al.a[i0+i].toks, al.b[j0+j].toks)
			sims[i*m+j] = s
			best := max(score[(i+1)*w+j], score[i*w+j+1])
			if s >= minSimilarity {
				best = max(best, score[(i+1)*w+j+1]+s)
			}
			score[i*w+j] = best
		}
	}
	for i, j := 0, 0; i < n && j < m; {
		if s := sims[i*m+j]; s >= minSimilarity && score[i*w+j] == score[(i+1)*w+j+1]+s {
			al.pair(i0+i, j0+j)
			i, j = i+1, j+1
		} else if score[(i+1)*w+j] >= score[i*w+j+1] {
			i++
		} else {
			j++
		}
	}
}

// greedy pairs each new remark in order with the most similar old remark
// in a window ahead of the last match.
func (al *aligner) greedy(i0, i1, j0, j1 int) {
	p := i0
	for j := j0; j < j1 && p < i1; j++ {
		best, bestI := float32(minSimilarity), -1
		for i := p; i < min(i1, p+greedyWindow); i++ {
			if s := similarity(al.a[i].toks, al.b[j].toks); s >= best {
				best, bestI = s, i
				if s == 1 {
					break
				}
			}
		}
		if bestI >= 0 {
			al.pair(bestI, j)
			p = bestI + 1
		}
	}
}

// matchMoves pairs remarks left over by the in-order alignment that moved:
// first identical texts, then, when few remain, near-identical ones.
func (al *aligner) matchMoves() {
	free := map[uint64][]int{}
	var oldLeft []int
	for i, t := range al.a {
		if !al.used[i] {
			free[t.hash] = append(free[t.hash], i)
			oldLeft = append(oldLeft, i)
		}
	}
	var newLeft []int
	for j, t := range al.b {
		if al.out[j] >= 0 {
			continue
		}
		if is := free[t.hash]; len(is) > 0 {
			al.pair(is[0], j)
			free[t.hash] = is[1:]
			continue
		}
		newLeft = append(newLeft, j)
	}
	if len(oldLeft)*len(newLeft) > maxDPCells {
		return
	}
	for _, j := range newLeft {
		best, bestI := float32(moveSimilarity), -1
		for _, i := range oldLeft {
			if s := similarity(al.a[i].toks, al.b[j].toks); !al.used[i] && s >= best {
				best, bestI = s, i
			}
		}
		if bestI >= 0 {
			al.pair(bestI, j)
		}
	}
}

// similarity is the Dice coefficient of two sorted word-id multisets,
// computed by merging without allocating. Pairs too different in length
// to reach minSimilarity are rejected without merging.
func similarity(a, b []int32) float32 {
	la, lb := len(a), len(b)
	if la == 0 && lb == 0 {
		return 1
	}
	if 4*min(la, lb) < la+lb { // 2·min/(la+lb) < 0.5: cannot match
		return 0
	}
	common := 0
	for i, j := 0, 0; i < la && j < lb; {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float32(common) / float32(la+lb)
}

// words normalises a remark for alignment: lower-case words, no punctuation.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
