package minutes

import "testing"

// TestFrontMatter checks that front matter is metadata: the '#' title
// outranks an italic note, roster lines are not turns, and the names and
// initials they give resolve later labels.
func TestFrontMatter(t *testing.T) {
	tests := []struct {
		rule, name, src, title string
		want                   []string
	}{
		{"heading title, Present list resolves first names", "x.md",
			"# OWL Board: Plenary Session Minutes\n\nDate: 20 May 2025\n\nPresent: Ada Nwosu, Felix Moreau\n\nScribe: Felix Moreau\n\n_Fictional minutes._\n\n## Review\n\nAda: Fine.\n\n## Plan\n\nFelix: Agreed.\n",
			"OWL Board: Plenary Session Minutes", []string{"Ada Nwosu: Fine.", "Felix Moreau: Agreed."}},
		{"chairs bullet is metadata and its initials resolve", "x.md",
			"# WG Minutes\n\n- Date: 9 April 2025\n- Chairs: Lena Fischer (LF), Omar Haddad (OH)\n\n## 1. Bash\n\nLF: Any changes?\n\n## 2. Next\n\nOH: None.\n",
			"WG Minutes", []string{"Lena Fischer: Any changes?", "Omar Haddad: None."}},
		{"roll call names resolve first-name labels", "x.txt",
			"IESG Minutes\n\n1. Roll call\n\nAlissa Cooper (Cisco) / IETF Chair\n\n2. Documents\n\nAlissa: Any objection?\n",
			"IESG Minutes", []string{"Alissa Cooper: Any objection?"}},
		{"a heading that is only a logo is no title; emphasis is no part of a place", "x.md",
			"# ![WG logo](/logo.png)\n\n# WG call, 3 May 2022\n\n- **Location**: *Room 4*\n\n## Budget\n\nAnn Lee: Fine.\n",
			"WG call, 3 May 2022", []string{"Ann Lee: Fine."}},
		{"front matter after a blank line, the duties handed out at the top", "x.md",
			"\n---\ntitle: Coordination Meeting\ndate: \"2019-01-14\"\n---\n\n- Facilitator: Tilmann\n- Notary: Janina and others\n\n# CoMe 2019-01-14\n\n## 1. Evaluations\n\nTilmann: Fine.\n",
			"CoMe 2019-01-14", []string{"Tilmann: Fine."}},
		{"TOML front matter", "x.md",
			"+++\ntitle = \"2022 AGM Minutes\"\n+++\n\n# AGM\n\n## Budget\n\nJohn Ward: We still have money.\n",
			"AGM", []string{"John Ward: We still have"}},
	}
	for _, tt := range tests {
		doc, err := Parse([]byte(tt.src), Options{Name: tt.name})
		if err != nil {
			t.Fatalf("%s: %v", tt.rule, err)
		}
		if doc.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.rule, doc.Title, tt.title)
		}
		got := turnsOf(t, tt.name, tt.src)
		if len(got) != len(tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.rule, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: remark %d = %q, want %q", tt.rule, i, got[i], tt.want[i])
			}
		}
	}
}

// TestLetteredItems checks that "A." sub-items follow a numbered heading
// and that numbering resumes after them.
func TestLetteredItems(t *testing.T) {
	var q numSeq
	for _, step := range []struct {
		num string
		ok  bool
	}{{"4", true}, {"4.13", false}, {"4.1", true}, {"A", true}, {"B", true}, {"D", false}, {"C", true}, {"4.2", true}, {"B", false}} {
		if got := q.accept(step.num); got != step.ok {
			t.Errorf("accept(%q) = %v, want %v (last %v)", step.num, got, step.ok, q.last)
		}
	}
}

// TestLineShapes checks the small line classifiers the rules rely on.
func TestLineShapes(t *testing.T) {
	checks := []struct {
		what string
		f    func(string) bool
		in   string
		want bool
	}{
		{"schedule", isScheduleLine, "Monday Session 15:20-17:20", true},
		{"schedule", isScheduleLine, "10:00-11:00am", true},
		{"schedule", isScheduleLine, "EKR: 10 minutes", false},
		{"name list", isNameList, "Jana and Martin Thomson", true},
		{"name list", isNameList, "BE, OH, AR", true},
		{"name list", isNameList, "The group debated", false},
		{"person", isPersonName, "Encrypted SNI", false},
		{"person", isPersonName, "Mike St. Johns", true},
		{"person", isPersonName, "Haven't", false},
		{"narration", isNarration, "… long discussion …", true},
		{"narration", isNarration, "Strong hum for, some against.", true},
		{"narration", isNarration, "(Some thumbs up from the room)", true},
		{"narration", isNarration, "General issue is review", true},
		{"narration", isNarration, "Should be using hardware", false},
		{"first person", firstPerson, "We should wait.", true},
		{"first person", firstPerson, "Announcement of a BoF", false},
		{"meta line", isMetaLine, "http://x.org/a.pptx (fix when pdf is available)", true},
		{"meta line", isMetaLine, "http://x.org/a see this", false},
	}
	for _, c := range checks {
		if got := c.f(c.in); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", c.what, c.in, got, c.want)
		}
	}
}

// TestSentenceStarts checks sentence cuts after closing quotes and not
// after abbreviations.
func TestSentenceStarts(t *testing.T) {
	tests := []struct {
		in   string
		want []int
	}{
		{`On "the Web." Hana thanked`, []int{0, 14}},
		{"See e.g. Bob. Ann said", []int{0, 14}},
		{"A. B. Smith said so.", []int{0}},
	}
	for _, tt := range tests {
		got := sentenceStarts(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("sentenceStarts(%q) = %v, want %v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("sentenceStarts(%q) = %v, want %v", tt.in, got, tt.want)
				break
			}
		}
	}
}

// TestMentions checks that a bare first name resolves to the namesake
// written last, wherever the full name was written.
func TestMentions(t *testing.T) {
	blocks := []block{
		{kind: kPara, lines: []string{"Martin Duke asked about it."}},
		{kind: kItem, lines: []string{"Endian Issues (Martin Thomson)"}},
		{kind: kPara, lines: []string{"Martin Thomson said that he agrees."}},
		{kind: kPara, lines: []string{"Martin: hello"}},
	}
	reg := newRegistry(nil)
	collectPeople(blocks, nil, reg)
	if got := reg.resolve("Martin", 1); got != "Martin Thomson" {
		t.Errorf("resolve(Martin, 1) = %q, want Martin Thomson", got)
	}
	if got := reg.resolve("Martin", 0); got != "Martin Duke" {
		t.Errorf("resolve(Martin, 0) = %q, want Martin Duke", got)
	}
}

func TestQualifiedRoster(t *testing.T) {
	for s, want := range map[string]bool{
		"voting member attendance": true, "tsc members present": true, "other attendees": true, "not present": true,
		"attendees":                  false, // one word: rosterHeadings itself
		"feedback from participants": false, "questions for attendees": false, "a long list of many attendees": false,
		"diversity targets": false,
	} {
		if got := qualifiedRoster(s); got != want {
			t.Errorf("qualifiedRoster(%q) = %v, want %v", s, got, want)
		}
	}
}
