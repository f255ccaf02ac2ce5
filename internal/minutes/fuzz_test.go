package minutes

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that Parse never panics and that every remark it
// returns has text, and that failures are one of the sentinel errors.
func FuzzParse(f *testing.F) {
	seeds := []string{
		"", " \n\t", "\x00\x01\x02", "1. Welcome\n\nJari Arkko welcomed everyone.\n",
		"EKR: Eric Rescorla\n\nEKR: hello\n???: who\n", "# Title\n\n## Item\n\n**Bob:** hi\n- Alice: yes\n",
		"<html><body><h1>Minutes</h1><p>Bob said that it works.</p></body></html>",
		"\xef\xbb\xbfA\r\nB: c\r\n", "caf\xe9 said that\n", "**", "[a](", "3.1. X\n\n>> JOHN DOE: hi",
		"---\ntitle: x\n---\n<pre>\nBob: hi\n</pre>\n", "| Name | Abbreviation |\n|---|---|\n| Ann Lee | AL |\n\nAL: hi",
	}
	for _, s := range seeds {
		f.Add([]byte(s), "x.txt")
		f.Add([]byte(s), "x.md")
		f.Add([]byte(s), "x.html")
	}
	if c := os.Getenv("PLENARY_CORPUS"); c != "" || true {
		if c == "" {
			c = "../../../shared/corpus"
		}
		files, _ := filepath.Glob(filepath.Join(c, "raw", "*"))
		for _, p := range files {
			if src, err := os.ReadFile(p); err == nil && len(src) < 64<<10 {
				f.Add(src, filepath.Base(p))
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte, name string) {
		doc, err := Parse(src, Options{Name: name, KnownSpeakers: []string{"Eric Rescorla"}})
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrEncoding) && !errors.Is(err, ErrNoRemarks) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		for _, it := range doc.Items {
			for _, r := range it.Remarks {
				if r.Text == "" {
					t.Fatalf("empty remark in item %q", it.Title)
				}
			}
		}
	})
}
