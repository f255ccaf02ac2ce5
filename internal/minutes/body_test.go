package minutes

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestGuessBody checks body names read from titles in the styles of the
// corpus and of other minutes, and titles that name no body.
func TestGuessBody(t *testing.T) {
	tests := []struct{ title, want string }{
		{"IETF Plenary Session", "IETF"},
		{"QUIC WG Meeting Minutes - IETF 100 Singapore", "QUIC WG"},
		{"HTTP Working Group Minutes - IETF 119", "HTTP Working Group"},
		{"IETF 124: QUIC Working Group Session Minutes", "QUIC Working Group"},
		{"HTTPbis Minutes IETF 89, London", "HTTPbis"},
		{"IETF97 HTTP WG Minutes", "IETF HTTP WG"},
		{"httpbis minutes - ietf84", "httpbis"},
		{"IETF QUIC WG Interim Meeting Minutes - January 2018", "IETF QUIC WG"},
		{"8th April 2024 101st TC39 Meeting", "TC39"},
		{"W3C Technical Architecture Group face-to-face", "W3C Technical Architecture Group"},
		{"IETF CLUE design team meeting, 19/06/2012", "IETF CLUE design team"},
		{"IPsecME WG", "IPsecME WG"},
		{"TLS Interim Meeting", "TLS"},
		{"Open Web Lighthouse (OWL) Plenary Session", "Open Web Lighthouse (OWL)"},
		{"OWL Transport Working Group — Minutes", "OWL Transport Working Group"},
		{"OWL Architecture Board: Plenary Session Minutes", "OWL Architecture Board"},
		{"Minutes of the Board of Trustees meeting held on 3 May 2024", "Board of Trustees"},
		{"House of Commons Hansard, Tuesday 12 March 2024", "House of Commons"},
		{"RIPE 81 Community Plenary", "RIPE Community"},
		{"Executive Committee Meeting Minutes", "Executive Committee"},
		{"IETF 124 - QUIC Working Group Session Minutes", "QUIC Working Group"},
		{"Minutes of the 42nd Meeting of the Governing Council", "Governing Council"},
		// No body named: dates, meeting words only, or a topic.
		{"July 24, 2012 Meeting Notes", ""},
		{"Call Agenda", ""},
		{"re-ECN congestion transparency", ""},
		{"Sitting of Tuesday 5 March 2024", ""},
		{"", ""},
		{"Minutes", ""},
		{"A very long title about the future of congestion control and its many discontents in plenary", ""},
	}
	for _, tt := range tests {
		if got := GuessBody(tt.title); got != tt.want {
			t.Errorf("GuessBody(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// FuzzGuessBody checks that any title gives a body made of the title's
// own words, in order, and never panics.
func FuzzGuessBody(f *testing.F) {
	for _, s := range []string{"IETF Plenary Session", "IETF97 HTTP WG Minutes", "Minutes of the 42nd Meeting", "", "—:,", "ÅB 12 Møde"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		body := GuessBody(title)
		if body == "" {
			return
		}
		if len(strings.Fields(body)) > maxBodyWords {
			t.Fatalf("GuessBody(%q) = %q: too long", title, body)
		}
		if utf8.ValidString(title) && !utf8.ValidString(body) {
			t.Fatalf("GuessBody(%q) = %q: invalid UTF-8", title, body)
		}
	})
}
