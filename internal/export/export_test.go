package export

import (
	"bytes"
	"strings"
	"testing"
)

// TestDefuse checks the cells a spreadsheet would run as formulas.
func TestDefuse(t *testing.T) {
	for in, want := range map[string]string{"=1+1": "'=1+1", "+44 20": "'+44 20", "-x": "'-x", "@SUM(A1)": "'@SUM(A1)",
		"\tx": "'\tx", "plain": "plain", "": "", "a=b": "a=b"} {
		if got := defuse(in); got != want {
			t.Errorf("defuse(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCSVEmpty checks that an archive with no remarks still gets its
// header row, so the file always says what its columns are.
func TestCSVEmpty(t *testing.T) {
	var buf bytes.Buffer
	_, flush := CSV(&buf)
	if err := flush(); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(buf.String()); got != strings.Join(Header, ",") {
		t.Errorf("empty CSV %q", got)
	}
}
