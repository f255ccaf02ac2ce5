package minutes

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
		err  error
	}{
		{"utf8", []byte("Bob: hi"), "Bob: hi", nil},
		{"bom", []byte("\xef\xbb\xbfBob: hi"), "Bob: hi", nil},
		{"crlf", []byte("a\r\nb\rc"), "a\nb\nc", nil},
		{"latin1", []byte("caf\xe9 cr\xe8me"), "café crème", nil},
		{"cp1252 quotes", []byte("\x93quoted\x94"), "“quoted”", nil},
		{"utf16le", []byte("\xff\xfeh\x00i\x00"), "hi", nil},
		{"empty", nil, "", ErrEmpty},
		{"whitespace", []byte(" \n\t\r\n"), "", ErrEmpty},
		{"nul", []byte("abc\x00def"), "", ErrBinary},
		{"control", bytes.Repeat([]byte{1, 2, 3, 'a'}, 20), "", ErrBinary},
	}
	for _, tt := range tests {
		got, err := decode(tt.in)
		if !errors.Is(err, tt.err) || got != tt.want {
			t.Errorf("%s: decode = %q, %v; want %q, %v", tt.name, got, err, tt.want, tt.err)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for name, in := range map[string]string{
		"empty":        "",
		"binary":       "\x00\x01PNG",
		"no structure": "lorem ipsum dolor sit amet\n",
	} {
		if _, err := Parse([]byte(in), Options{}); err == nil {
			t.Errorf("%s: Parse succeeded, want error", name)
		} else if strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %q is not one line", name, err)
		}
	}
}

func TestHeadings(t *testing.T) {
	tests := []struct {
		line, num, title string
		ok               bool
	}{
		{"3.1. IETF-wide issues", "3.1", "IETF-wide issues", true},
		{"4.1 AWB Presents changes", "4.1", "AWB Presents changes", true},
		{"A. Patterns discussion", "A", "Patterns discussion", true},
		{"1. This is a sentence.", "", "", false},
		{"2016 was a year", "", "", false},
		{"1/ Last week's stats", "1", "Last week's stats", true},                                               // Fedora's meetbot topics
		{"01- Sliding Window FEC codec (Vincent Roca)", "01", "Sliding Window FEC codec (Vincent Roca)", true}, // IRTF NWCRG's minutes
		{"2019- plans", "", "", false},                                                                         // a year, not a number
		{"07/16/2020 ESLint TSC Meeting", "", "", false},
		{"0.10 maintenance", "", "", false},     // a version, Node.js LTS minutes
		{"5 min Administration", "", "", false}, // a timebox, IETF ADD's agenda
	}
	for _, tt := range tests {
		n, ti, ok := splitNumbered(tt.line)
		if ok != tt.ok || n != tt.num || ti != tt.title {
			t.Errorf("splitNumbered(%q) = %q, %q, %v", tt.line, n, ti, ok)
		}
	}
	var q numSeq
	for _, step := range []struct {
		num string
		ok  bool
	}{{"1", true}, {"2", true}, {"3", true}, {"3.1", true}, {"3.2", true}, {"1", false}, {"4", true}, {"7.3", false}} {
		if got := q.accept(step.num); got != step.ok {
			t.Errorf("accept(%s) = %v, want %v", step.num, got, step.ok)
		}
	}
	for in, want := range map[string]string{
		"[PR: sync](https://x/y) - @cynthia":                                              "PR: sync - @cynthia",
		"**[draft-ietf-happy-v3-01](https://x/)**, _Tommy Pauly, Nidhi Jaju_, 70 minutes": "draft-ietf-happy-v3-01, Tommy Pauly, Nidhi Jaju, 70 minutes",
		"*Update* on snake_case v3_01 and 2*3":                                            "Update on snake_case v3_01 and 2*3",
	} {
		if got := cleanTitle(in); got != want {
			t.Errorf("cleanTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLabels(t *testing.T) {
	tests := []struct {
		line string
		kind labelKind
		name string
	}{
		{"EKR: logistics", lPerson, "EKR"},
		{"**Christian Huitema:** Offered", lPerson, "Christian Huitema"},
		{"**Lars Eggert**: yes", lPerson, "Lars Eggert"},
		{"mt: sure", lPerson, "mt"},
		{"???: When", lUnknown, "???"},
		{"Chair: document adoption", lRole, "Chair"},
		{">>JOHN SMITH: Thank you", lPerson, "JOHN SMITH"},
		{"Mark Nottingham (from floor): Agree", lPerson, "Mark Nottingham"},
		{"**Ossification (Ted Hardie):** Raised", lPerson, "Ted Hardie"},
		{"RESOLVED: We should", lOutcome, "RESOLVED"},
		{"Presenter: Samina Husain", lMeta, "Presenter"},
		{"<mnot> hello", lPerson, "mnot"},
	}
	for _, tt := range tests {
		l, ok := parseLabel(tt.line)
		if !ok || l.kind != tt.kind || l.name != tt.name {
			t.Errorf("parseLabel(%q) = %+v, %v", tt.line, l, ok)
		}
	}
	for _, line := range []string{"See https://example.com", "At 10:30 we met", "This is prose: with a colon later on in the sentence"} {
		if l, ok := parseLabel(line); ok && l.kind == lPerson {
			t.Errorf("parseLabel(%q) = %+v, want no person", line, l)
		}
	}
}

func TestReported(t *testing.T) {
	tests := []struct {
		sent, name string
		kind       labelKind
	}{
		{"Olaf Kolkman observed that in the passage", "Olaf Kolkman", lPerson},
		{"On behalf of the Internet Society, Gonzalo Camarillo presented the award", "Gonzalo Camarillo", lPerson},
		{"Nick Sullivan from CloudFlare delivered a presentation", "Nick Sullivan", lPerson},
		{"Spencer Dawkins (AD) explained that", "Spencer Dawkins", lPerson},
		{"An unidentified IETFer said that", "", lUnknown},
		{"The chairs started the charter review", "The chairs", lRole},
	}
	for _, tt := range tests {
		r, ok := findReported(tt.sent)
		if !ok || r.name != tt.name || r.kind != tt.kind {
			t.Errorf("findReported(%q) = %+v, %v", tt.sent, r, ok)
		}
	}
	for _, s := range []string{"The IETF did not meet the projections", "Overall expenses are down", "In Andrew Sullivan's presentation, it was clear"} {
		if r, ok := findReported(s); ok && !r.weak {
			t.Errorf("findReported(%q) = %+v, want none or only a weak candidate", s, r)
		}
	}
	// A verb known by its form alone makes a weak candidate, which counts
	// only for a person the document names (registry.person).
	for _, tt := range []struct{ sent, name string }{
		{"Mirja chimes in to say that", "Mirja"},
		{"Stephen doesn't agree as there", "Stephen"},
		{"Colin recalls a redaction", "Colin"},
		{"Danny lastly shares there will be", "Danny"},
	} {
		if r, ok := findReported(tt.sent); !ok || !r.weak || r.name != tt.name {
			t.Errorf("findReported(%q) = %+v, %v, want weak %q", tt.sent, r, ok, tt.name)
		}
	}
}

// TestPersonGate checks that a weak subject needs a person the document
// names: the attendance makes "Mirja" one, nothing makes "Node" one.
func TestPersonGate(t *testing.T) {
	reg := newRegistry(nil)
	reg.addFull("Mirja Kühlewind", -1)
	reg.addFull("Stephen Farrell", -1)
	for name, want := range map[string]bool{"Mirja": true, "Stephen Farrell": true, "Node": false, "Seemingly": false, "School": false} {
		if got := reg.person(name, 3); got != want {
			t.Errorf("person(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestResolution(t *testing.T) {
	reg := newRegistry([]string{"Mark Nottingham"})
	for _, l := range []string{"EKR: Eric Rescorla", "Yehuda Katz (YK), Luke Hoban (LH)", "| Waldemar Horwat | WH | Invited Expert |"} {
		collectLine(&block{lines: []string{l}}, 0, 0, reg)
	}
	reg.addFull("Martin Duke", 1)
	reg.addFull("Martin Thomson", 5)
	tests := []struct {
		short string
		pos   int
		want  string
	}{
		{"EKR", 9, "Eric Rescorla"}, {"YK", 9, "Yehuda Katz"}, {"WH", 9, "Waldemar Horwat"},
		{"Martin", 3, "Martin Duke"}, {"Martin", 7, "Martin Thomson"}, {"Martin", 0, "Martin Duke"},
		{"Mark", 0, "Mark Nottingham"}, {"Zed", 0, "Zed"},
	}
	for _, tt := range tests {
		if got := reg.resolve(tt.short, tt.pos); got != tt.want {
			t.Errorf("resolve(%q, %d) = %q, want %q", tt.short, tt.pos, got, tt.want)
		}
	}
}

func TestParseStyles(t *testing.T) {
	src := "IETF Plenary\r\nWednesday, 16 November 2016\r\nSeoul, South Korea\r\n\r\n" +
		"1. Welcome\r\n\r\nJari Arkko welcomed everyone. Andrew Sullivan replied that it was late.\r\n\r\n" +
		"2. Open mic\r\n\r\nAn unidentified participant said hello.\r\n"
	doc := mustParse(t, src, "m.txt")
	if doc.Title != "IETF Plenary" || doc.Date != "2016-11-16" || doc.Location != "Seoul, South Korea" {
		t.Errorf("header = %q %q %q", doc.Title, doc.Date, doc.Location)
	}
	if len(doc.Items) != 2 || len(doc.Items[0].Remarks) != 2 {
		t.Fatalf("items = %+v", doc.Items)
	}
	if r := doc.Items[0].Remarks[1]; r.Speaker == nil || *r.Speaker != "Andrew Sullivan" {
		t.Errorf("second remark = %+v", r)
	}
	if r := doc.Items[1].Remarks[0]; r.Speaker != nil {
		t.Errorf("unidentified speaker = %q", *r.Speaker)
	}
	var out bytes.Buffer
	if err := WriteText(&out, doc); err != nil || !strings.Contains(out.String(), "[Andrew Sullivan]") {
		t.Errorf("WriteText = %q, %v", out.String(), err)
	}
}
