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
				got = remarkLines(doc, 0)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMeetbotRecap reads a meeting bot's log published with its summary
// on top: the summary restates the log and is no item or remark.
func TestMeetbotRecap(t *testing.T) {
	src := "== Meeting information ==\n * #ubuntu-meeting: Technical Board meeting, 17 Mar at 21:05\n\n== Meeting summary ==\n\n" +
		"=== Action review ===\nThe discussion about \"Action review\" started at 21:05.\n\n== People present (lines said) ==\n\n * mdeslaur (23)\n * infinity (19)\n\n" +
		"== Full Log ==\n\n 21:05 <mdeslaur> #topic Action review\n\n 21:05 <infinity> nothing from me\n\n 21:06 <mdeslaur> ok, moving on\n"
	doc, err := Parse([]byte(src), Options{Name: "x.txt"})
	if err != nil {
		t.Fatal(err)
	}
	var items []string
	for _, it := range doc.Items {
		items = append(items, it.Title)
		for _, r := range it.Remarks {
			if r.Speaker == nil {
				t.Errorf("narration in %q: %q", it.Title, r.Text)
			}
		}
	}
	if got := strings.Join(items, "|"); got != "Action review" {
		t.Errorf("items %q, want only the log's topic", items)
	}
}

// TestBridgedChat reads a chat log where a handle with a dash speaks
// beside a bridge that relays another network's users by nick@network.
func TestBridgedChat(t *testing.T) {
	src := "tox-user: hello\ntox-user: time to start the meeting\ntoxync: [iphy@irc] hi\ntoxync: [robinli@irc] Hello.\n" +
		"tox-user: what's the progress?\ntoxync: [iphy@irc] zugz fixed a leak\ntox-user: nice\ntoxync: [zugz@irc] tox-user: thanks!\n"
	doc, err := Parse([]byte(src), Options{Name: "IRC"})
	if err != nil {
		t.Fatal(err)
	}
	got := remarkLines(doc, 0)
	want := []string{"tox-user: hello", "tox-user: time to start the meeting", "iphy: hi", "robinli: Hello.", "tox-user: what's the progress?",
		"iphy: zugz fixed a leak", "tox-user: nice", "zugz: tox-user: thanks!"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestHackmdTagAfterThePoint reads HackMD's author tag wherever the
// author typed it, and a heading's adjective as no presenter.
func TestHackmdTagAfterThePoint(t *testing.T) {
	checkTurns(t, []turnCase{
		{"an author tag after the point, with a note inside it", "x.md",
			"# Community call\n\n## Short reports, celebrations, shout-outs\n\nThis is a place to make short announcements.\n\n" +
				"* [x] Shout-out to @Graham for the fixes [name=Peter Parente]\n* [x] IPython 7.5 out ! [name=Matthias, at airport so will stay muted] (Shout out to Matthias)\n" +
				"\n## Agenda Items\n\n* [x] Updates from the nteract project [name=Safia Abdalla]\n    - papermill v1.0 is released.\n",
			[]string{"-: This is a", "Peter Parente: [x] Shout-out to", "Matthias: [x] IPython 7.5",
				"Safia Abdalla: [x] Updates from", "Safia Abdalla: papermill v1.0 is"}},
	})
}
