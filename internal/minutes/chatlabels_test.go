package minutes

import (
	"strings"
	"testing"
)

// TestSenderOverStamp reads a chat export that prints the sender, the
// time and the message as three blocks.
func TestSenderOverStamp(t *testing.T) {
	msg := func(who, at, text string) string {
		return `<div class="message"><div class="username">` + who + "\n</div><a href=\"#x\"><div class=\"time\">" + at +
			"</div></a><div class=\"msg\"><p>" + text + "</p></div></div>\n"
	}
	tests := []struct {
		name, src string
		want      []string
	}{
		{"three messages or more: each name labels its message",
			"<html><body>" + msg("Zan", "2019-07-07 16:00:59", "I'm present.") + msg("Timo Bakx", "2019-07-07 16:01:58", "Who else is here?") +
				msg("Lynn", "16:02", "I'm here-ish") + msg("lsmith77 (he/him)", "2019-07-07 16:03:48", "Me too.") + "</body></html>",
			[]string{"Zan: I'm present.", "Timo Bakx: Who else is here?", "Lynn: I'm here-ish", "lsmith77: Me too."}},
		{"two are no pattern",
			"<html><body>" + msg("Zan", "2019-07-07 16:00:59", "I'm present.") + msg("Timo Bakx", "2019-07-07 16:01:58", "Who else is here?") + "</body></html>",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse([]byte(tt.src), Options{Name: "x.html"})
			if err != nil && tt.want != nil {
				t.Fatal(err)
			}
			var got []string
			if doc != nil {
				for _, it := range doc.Items {
					for _, r := range it.Remarks {
						if r.Speaker != nil {
							got = append(got, *r.Speaker+": "+r.Text)
						}
					}
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
