package archive

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/plenary/plenary/internal/minutes"
)

func TestNormName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jari Arkko", "jari arkko"},
		{"  J.  Arkko ", "j arkko"},
		{"Patrik Fältström", "patrik faltstrom"},
		{"EKR", "ekr"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := NormName(tt.in); got != tt.want {
			t.Errorf("NormName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlugify(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"IETF Plenary Session", 0, "ietf-plenary-session"},
		{"Patrik Fältström", 0, "patrik-faltstrom"},
		{"  --Hello, World!--  ", 0, "hello-world"},
		{"Leslie Daigle's report", 0, "leslie-daigles-report"},
		{"one two three four", 9, "one-two"},
		{"日本語", 0, ""},
		{"", 0, ""},
		{"会議 2", 0, "2"},
		{"abcdefghij", 4, "abcd"},
		{"ab cd ef", 5, "ab-cd"},
		{"ab-", 3, "ab"},
		{"\u212A elvin", 0, "k-elvin"}, // the Kelvin sign folds to ASCII k
	}
	for _, tt := range tests {
		if got := Slugify(tt.in, tt.max); got != tt.want {
			t.Errorf("Slugify(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

// slugPattern is what every slug must look like.
var slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func FuzzSlugify(f *testing.F) {
	for _, seed := range []string{"IETF Plenary Session", "会議", "--a--b--", "Ünïcödé Fältström's", "x\u0301y", "\u212A"} {
		f.Add(seed, 0)
		f.Add(seed, 5)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		max %= 100
		got := Slugify(s, max)
		if got != "" && !slugPattern.MatchString(got) {
			t.Fatalf("Slugify(%q, %d) = %q: not a slug", s, max, got)
		}
		if max > 0 && len(got) > max {
			t.Fatalf("Slugify(%q, %d) = %q: longer than %d", s, max, got, max)
		}
		if again := Slugify(got, 0); again != got {
			t.Fatalf("Slugify is not idempotent: %q → %q → %q", s, got, again)
		}
	})
}

func TestResolveMetaSlug(t *testing.T) {
	day := time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name         string
		u            Upload
		docTitle     string
		docDate      string
		wantSlug     string
		wantFallback bool
		wantErr      string
	}{
		{"title and date", Upload{Filename: "m.txt"}, "IETF Plenary", "2020-01-02", "2020-01-02-ietf-plenary", false, ""},
		{"title only", Upload{Filename: "m.txt"}, "IETF Plenary", "", "ietf-plenary", false, ""},
		{"non-Latin title with date", Upload{Filename: "m.txt"}, "会議", "2020-01-02", "2020-01-02", true, ""},
		{"non-Latin title, date given", Upload{Filename: "m.txt", Date: &day}, "会議", "", "2020-01-02", true, ""},
		{"non-Latin title, no date", Upload{Filename: "plenary-2020.txt"}, "会議", "", "plenary-2020", true, ""},
		{"non-Latin title and file name", Upload{Filename: "会議.txt"}, "会議", "", "session", true, ""},
		{"given slug", Upload{Filename: "m.txt", Slug: "my-slug"}, "会議", "", "my-slug", false, ""},
		{"given slug, invalid", Upload{Filename: "m.txt", Slug: "My Slug"}, "x", "", "", false, "give a slug of lower-case letters, digits and hyphens (--slug / slug field)"},
		{"given slug, non-Latin", Upload{Filename: "m.txt", Slug: "会議"}, "x", "", "", false, "invalid slug"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &minutes.Document{Title: tt.docTitle, Date: tt.docDate}
			m, err := resolveMeta(tt.u, doc)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || m.slug != tt.wantSlug || m.fallback != tt.wantFallback {
				t.Fatalf("slug %q fallback %v err %v; want %q %v", m.slug, m.fallback, err, tt.wantSlug, tt.wantFallback)
			}
		})
	}
}
