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
