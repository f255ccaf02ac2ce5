package main

import (
	"runtime/debug"
	"testing"
)

// TestApplyMemoryLimit checks that serve sets a soft memory limit suited
// to a small container (issue 12, item 8) and leaves one given in
// GOMEMLIMIT alone.
func TestApplyMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	tests := []struct {
		env, want string
		limit     int64
	}{
		{"", "200MiB (default; GOMEMLIMIT overrides)", defaultMemoryLimit},
		{"1GiB", "1GiB (GOMEMLIMIT)", 12345},
	}
	for _, tt := range tests {
		debug.SetMemoryLimit(12345)
		e := &cliEnv{getenv: func(k string) string {
			if k == "GOMEMLIMIT" {
				return tt.env
			}
			return ""
		}}
		if got := applyMemoryLimit(e); got != tt.want {
			t.Errorf("GOMEMLIMIT=%q: says %q, want %q", tt.env, got, tt.want)
		}
		if got := debug.SetMemoryLimit(-1); got != tt.limit {
			t.Errorf("GOMEMLIMIT=%q: limit %d, want %d", tt.env, got, tt.limit)
		}
	}
}
