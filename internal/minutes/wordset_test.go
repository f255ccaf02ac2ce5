package minutes

import (
	"strings"
	"testing"
)

// TestWordTable checks exact and case-folded lookups against the list.
func TestWordTable(t *testing.T) {
	set := wordSet(`said asked I'm next-steps`)
	tests := []struct {
		w         string
		has, fold bool
	}{
		{"said", true, true},
		{"Said", false, true},
		{"ASKED", false, true},
		{"I'm", true, false}, // hasFold is for sets of lower-case words
		{"i'm", false, false},
		{"next-steps", true, true},
		{"sai", false, false},
		{"saidx", false, false},
		{"", false, false},
		{"SAÏD", false, false},
	}
	for _, tt := range tests {
		if got := set.has(tt.w); got != tt.has {
			t.Errorf("has(%q) = %v", tt.w, got)
		}
		if got := set.hasFold(tt.w); got != tt.fold {
			t.Errorf("hasFold(%q) = %v", tt.w, got)
		}
	}
	if !inSetKey(metaLabels, "Minute Takers") || inSetKey(metaLabels, "Martin Thomson") {
		t.Error("inSetKey: multi-word keys")
	}
}

// TestCountWords compares the word counter (eight bytes at a time) with
// a plain split, across chunk boundaries.
func TestCountWords(t *testing.T) {
	for _, s := range []string{"", "a", " a ", "hello world  foo\tbar\nbaz", "   ",
		"abcdefgh ijklmnop", "abcdefg hijklmnop qrstuvwx", " abcdefghijklmnopqrstuvw x",
		"abcdefgh\nijklmnop\n\n\n\n\n\n\n\nq", strings.Repeat("ab ", 33), strings.Repeat("abcdefg ", 9) + "x", "        x"} {
		want := len(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }))
		if got := countWords(s); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestIsBinary compares the byte-level binary test with a rune-by-rune
// count of control characters.
func TestIsBinary(t *testing.T) {
	ref := func(s string) bool {
		ctrl, n := 0, 0
		for _, r := range s {
			n++
			if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' || r >= 0x7F && r < 0xA0 || r == 0xFFFD {
				ctrl++
			}
		}
		return n > 0 && ctrl*10 > n
	}
	for _, s := range []string{"hello world, this is text\n", "\x01\x02\x03abcdefgh", "abcdefghijklmnop\x7f\x7f\x7f",
		"é\u0085\u0085\u0085abcdefghij", "\ufffd\ufffdabcdefghijklmnopq", "abcdefgh\x01\x01",
		strings.Repeat("a", 51) + "\x01\x02\x03\x04\x05\x06"} {
		if got := isBinary(s); got != ref(s) {
			t.Errorf("isBinary(%q) = %v, want %v", s, got, ref(s))
		}
	}
}

// TestSetextAfterRawParagraphs checks that Markdown setext headings still
// read as headings although paragraphs are turned into raw nodes.
func TestSetextAfterRawParagraphs(t *testing.T) {
	blocks := readMarkdownBlocks("Intro text\n\nAgenda item\n===========\n\n- item one\n  more\n- item two\n\nLast para\n---\n")
	var kinds []string
	for _, b := range blocks {
		kinds = append(kinds, []string{"para", "heading", "item", "code", "table", "break"}[b.kind]+":"+strings.Join(b.lines, "/"))
	}
	want := "para:Intro text|heading:Agenda item|item:item one/more|item:item two|heading:Last para"
	if got := strings.Join(kinds, "|"); got != want {
		t.Errorf("blocks = %s\nwant     %s", got, want)
	}
}
