package archive

import "testing"

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
	}
	for _, tt := range tests {
		if got := Slugify(tt.in, tt.max); got != tt.want {
			t.Errorf("Slugify(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}
