package main

import (
	"strings"
	"testing"
)

func TestReadPassword(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{"correct horse battery\n", "correct horse battery", ""},
		{"correct horse battery\r\n", "correct horse battery", ""},
		{"no newline at all", "no newline at all", ""},
		{"short\n", "", "at least 12"},
		{"", "", "no password on stdin"},
	}
	for _, tt := range tests {
		got, err := readPassword(strings.NewReader(tt.in))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("readPassword(%q) error = %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("readPassword(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}
