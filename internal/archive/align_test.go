package archive

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// synthRemarks returns n distinct remarks of about 30 words.
func synthRemarks(n int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, 1))
	vocab := strings.Fields("the working group agreed that draft review chair area director consensus list " +
		"mailing question answer transport security routing internet protocol registry document " +
		"meeting plenary remote participation fee venue host sponsor budget report next steps")
	out := make([]string, n)
	for i := range out {
		ws := make([]string, 30)
		for k := range ws {
			ws[k] = vocab[r.IntN(len(vocab))]
		}
		out[i] = fmt.Sprintf("Speaker %d said %s.", i, strings.Join(ws, " "))
	}
	return out
}

// keyed numbers texts 1..n as the old revision.
func keyed(texts []string) []keyedText {
	out := make([]keyedText, len(texts))
	for i, t := range texts {
		out[i] = keyedText{Key: i + 1, Text: t}
	}
	return out
}

func TestAlignKeysLarge(t *testing.T) {
	old := synthRemarks(3000, 1)
	// Edit every tenth remark a little, drop every 97th, insert every 50th.
	var texts []string
	var want []int // expected key per new remark, 0 = fresh
	for i, s := range old {
		if i%97 == 5 {
			continue
		}
		if i%50 == 7 {
			texts = append(texts, fmt.Sprintf("Inserted remark %d about something else entirely, nothing shared.", i))
			want = append(want, 0)
		}
		if i%10 == 3 {
			s = strings.Replace(s, " said ", " noted ", 1)
		}
		texts = append(texts, s)
		want = append(want, i+1)
	}
	al := alignKeys(keyed(old), texts, len(old)+1)
	next := len(old) + 1
	for j, w := range want {
		if w == 0 {
			w = next
			next++
		}
		if al.keys[j] != w {
			t.Fatalf("new remark %d got key %d, want %d", j, al.keys[j], w)
		}
	}
	if len(al.retired) != 31 {
		t.Errorf("retired %d keys, want 31", len(al.retired))
	}
	if al.next != next {
		t.Errorf("next = %d, want %d", al.next, next)
	}
}

// TestAlignKeysRewrite makes every remark differ slightly, so there is no
// anchor and the whole revision is one gap: too big for the table, it is
// aligned greedily and still keeps every key.
func TestAlignKeysRewrite(t *testing.T) {
	old := synthRemarks(2000, 2)
	texts := make([]string, len(old))
	for i, s := range old {
		texts[i] = s + " (corrected)"
	}
	al := alignKeys(keyed(old), texts, len(old)+1)
	for j, k := range al.keys {
		if k != j+1 {
			t.Fatalf("remark %d got key %d, want %d", j, k, j+1)
		}
	}
}

func TestAlignKeysDuplicatesAndMoves(t *testing.T) {
	old := []string{"Agreed.", "A long remark about budgets and fees.", "Agreed.", "Another about venues and hotels nearby.", "Agreed."}
	texts := []string{"Another about venues and hotels nearby.", "Agreed.", "A long remark about budgets and fees.", "Agreed.", "Agreed."}
	al := alignKeys(keyed(old), texts, 6)
	got := slices.Clone(al.keys)
	slices.Sort(got)
	if !slices.Equal(got, []int{1, 2, 3, 4, 5}) {
		t.Errorf("keys = %v, want a permutation of 1..5 (everything moved, nothing new)", al.keys)
	}
	if len(al.retired) != 0 || al.next != 6 {
		t.Errorf("retired %v next %d, want none and 6", al.retired, al.next)
	}
}

func BenchmarkAlignKeys(b *testing.B) {
	for _, n := range []int{500, 5000} {
		old := synthRemarks(n, 3)
		texts := slices.Clone(old)
		for i := 0; i < len(texts); i += 7 {
			texts[i] += " edited"
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				alignKeys(keyed(old), texts, n+1)
			}
		})
	}
}

// FuzzAlignKeys checks the invariants of an alignment on arbitrary old and
// new revisions: every new remark has a key, keys are unique, an old key
// is reused at most once, fresh keys are at least next (and next only
// grows past them), and every removed old key is retired to a key the new
// revision has.
func FuzzAlignKeys(f *testing.F) {
	f.Add("a b c\nd e f\ng h i", "a b c\ng h i\nnew one", 4)
	f.Add("same\nsame\nsame", "same\nsame", 10)
	f.Add("", "x", 1)
	f.Add("one two three", "", 2)
	f.Fuzz(func(t *testing.T, oldSrc, newSrc string, gap int) {
		old := keyed(splitLines(oldSrc, 200))
		next := len(old) + 1 + min(max(gap, 0), 1000)
		texts := splitLines(newSrc, 200)
		al := alignKeys(old, texts, next)
		checkAlignment(t, old, texts, next, al)
	})
}

// splitLines makes fuzz input into at most n remarks.
func splitLines(s string, n int) []string {
	if s == "" {
		return nil
	}
	lines := strings.Split(s, "\n")
	return lines[:min(len(lines), n)]
}

// checkAlignment fails t when al breaks an invariant of alignKeys.
func checkAlignment(t *testing.T, old []keyedText, texts []string, next int, al alignment) {
	t.Helper()
	if len(al.keys) != len(texts) {
		t.Fatalf("%d keys for %d remarks", len(al.keys), len(texts))
	}
	oldKeys := map[int]bool{}
	for _, o := range old {
		oldKeys[o.Key] = true
	}
	seen := map[int]bool{}
	for _, k := range al.keys {
		if seen[k] {
			t.Fatalf("key %d given twice: %v", k, al.keys)
		}
		seen[k] = true
		if !oldKeys[k] && (k < next || k >= al.next) {
			t.Fatalf("fresh key %d outside [%d, %d)", k, next, al.next)
		}
	}
	if al.next < next {
		t.Fatalf("next went down: %d → %d", next, al.next)
	}
	for _, o := range old {
		succ, retired := al.retired[o.Key]
		switch {
		case seen[o.Key] && retired:
			t.Fatalf("key %d both kept and retired", o.Key)
		case !seen[o.Key] && len(texts) > 0 && !retired:
			t.Fatalf("key %d neither kept nor retired", o.Key)
		case retired && !seen[succ]:
			t.Fatalf("key %d retired to %d, which the new revision lacks", o.Key, succ)
		}
	}
}
