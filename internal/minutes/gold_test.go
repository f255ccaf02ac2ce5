package minutes

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// goldThresholds are the token-weighted targets of issue 3.
var goldThresholds = map[string]float64{
	"attribution": 0.97, "turns": 0.95, "agenda_f1": 0.95, "coverage": 0.99,
}

// goldMetrics are the metrics of score.py the test reports.
var goldMetrics = []string{"attribution", "turns", "coverage", "spurious", "agenda_f1", "item_acc"}

// TestGold parses every gold-annotated document, scores the JSON with the
// corpus's score.py and checks the token-weighted totals.
func TestGold(t *testing.T) {
	corpus := corpusDir(t)
	py := python(t)
	golds, _ := filepath.Glob(filepath.Join(corpus, "gold", "*.gold.txt"))
	if len(golds) == 0 {
		skipOrFail(t, "no gold files in "+corpus)
	}
	raw := func(name string) string { return filepath.Join(corpus, "raw", name) }
	total := scoreSet(t, py, corpus, golds, raw)
	for k, min := range goldThresholds {
		if got := total[k]; got < min {
			t.Errorf("%s = %.4f, want >= %.2f", k, got, min)
		}
	}
}

// scoreSet scores every gold file against the parse of its raw document
// (found by raw from the document's name), logs each file's metrics and
// returns the token-weighted totals.
func scoreSet(t *testing.T, py, corpus string, golds []string, raw func(string) string) map[string]float64 {
	t.Helper()
	dump := os.Getenv("PLENARY_DUMP") // keep predictions for diffing
	tmp := t.TempDir()
	total := map[string]float64{}
	weight := 0.0
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.txt")
		m, tokens := scoreOne(t, py, corpus, g, raw(name), name, tmp, dump)
		if m == nil {
			continue
		}
		t.Logf("%-45s tokens=%5.0f attr=%.3f turns=%.3f cov=%.3f spur=%.3f agenda=%.3f item=%.3f",
			name, tokens, m["attribution"], m["turns"], m["coverage"], m["spurious"], m["agenda_f1"], m["item_acc"])
		for _, k := range goldMetrics {
			total[k] += m[k] * tokens
		}
		weight += tokens
	}
	if weight == 0 {
		t.Fatal("no gold tokens scored")
	}
	var line strings.Builder
	for _, k := range goldMetrics {
		total[k] /= weight
		fmt.Fprintf(&line, " %s=%.4f", k, total[k])
	}
	t.Logf("TOTAL%s", line.String())
	return total
}

// scoreOne parses one raw document, writes its JSON and returns the
// metrics of score.py and the gold token count (the weight).
func scoreOne(t *testing.T, py, corpus, gold, raw, name, tmp, dump string) (map[string]float64, float64) {
	t.Helper()
	src, err := os.ReadFile(raw)
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return nil, 0
	}
	doc, err := Parse(src, Options{Name: name})
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return nil, 0
	}
	js, err := json.MarshalIndent(doc, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	pred := filepath.Join(tmp, name+".json")
	if dump != "" {
		pred = filepath.Join(dump, name+".json")
	}
	if err := os.WriteFile(pred, js, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, filepath.Join(corpus, "score.py"), gold, pred).Output()
	if err != nil {
		t.Fatalf("score.py %s: %v", name, err)
	}
	var m map[string]float64
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatalf("score.py output %q: %v", out, err)
	}
	script := "import sys; sys.path.insert(0, sys.argv[1]); from gold import parse; " +
		"print(len(parse(open(sys.argv[2], encoding='utf-8').read())[1]))"
	out, err = exec.Command(py, "-c", script, corpus, gold).Output()
	if err != nil {
		t.Fatalf("gold token count %s: %v", name, err)
	}
	var tokens float64
	if _, err := fmt.Sscan(string(out), &tokens); err != nil {
		t.Fatal(err)
	}
	return m, tokens
}
