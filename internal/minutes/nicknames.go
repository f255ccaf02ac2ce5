package minutes

import "strings"

// nicknames maps a familiar form of a first name to the formal first
// names it usually stands for. Minutes often list people formally in a
// roll call ("Benjamin Kaduk (Akamai)") and then label their turns with
// the name they go by ("Ben:"); without this table those labels stay
// unresolved. Only forms that are not themselves common formal names
// of other people are listed, and an exact first-name match always wins
// (see registry.candidates).
var nicknames = map[string][]string{
	"abby": {"abigail"}, "alex": {"alexander", "alexandra", "alexandre", "alexey", "alexei"},
	"andy": {"andrew", "andreas"}, "barb": {"barbara"}, "becky": {"rebecca"}, "ben": {"benjamin", "benedict", "benoit"},
	"bill": {"william"}, "billy": {"william"}, "bob": {"robert"}, "bobby": {"robert"}, "brad": {"bradley", "bradford"},
	"cathy": {"catherine", "cathleen"}, "charlie": {"charles"}, "chris": {"christopher", "christian", "christine", "christina", "christoph"},
	"chuck": {"charles"}, "dan": {"daniel"}, "danny": {"daniel"}, "dave": {"david"}, "deb": {"deborah", "debra"},
	"debbie": {"deborah", "debra"}, "dick": {"richard"}, "don": {"donald"}, "doug": {"douglas"}, "ed": {"edward", "edwin", "edmund"},
	"eddie": {"edward"}, "fred": {"frederick", "frederic", "fredrik"}, "geoff": {"geoffrey"}, "greg": {"gregory"},
	"jake": {"jacob"}, "jeff": {"jeffrey", "jeffery"}, "jen": {"jennifer"}, "jenny": {"jennifer"}, "jerry": {"gerald", "jerome"},
	"jess": {"jessica"}, "jim": {"james"}, "jimmy": {"james"}, "joe": {"joseph"}, "jon": {"jonathan"}, "josh": {"joshua"},
	"kate": {"katherine", "catherine", "kathryn"}, "katie": {"katherine", "kathryn"}, "ken": {"kenneth"}, "larry": {"lawrence"},
	"liz": {"elizabeth"}, "matt": {"matthew", "matthias"}, "mike": {"michael", "mikael"}, "mick": {"michael"},
	"mitch": {"mitchell"}, "nate": {"nathan", "nathaniel"}, "nick": {"nicholas", "nicolas", "nikolas", "niklas"},
	"pat": {"patrick", "patricia"}, "pete": {"peter"}, "phil": {"philip", "phillip", "philipp"}, "rich": {"richard"},
	"rick": {"richard", "frederick"}, "rob": {"robert"}, "ron": {"ronald"}, "russ": {"russell"}, "sam": {"samuel", "samantha"},
	"stan": {"stanley"}, "steve": {"steven", "stephen"}, "sue": {"susan", "suzanne"}, "ted": {"edward", "theodore"},
	"tim": {"timothy"}, "tom": {"thomas"}, "tommy": {"thomas"}, "tony": {"anthony", "antonio"}, "vic": {"victor"},
	"walt": {"walter"}, "will": {"william"}, "zach": {"zachary"},
}

// nicknameMatches reports whether short, a familiar first name, can stand
// for full through its formal first name ("Bob" for "Robert Sparks").
func nicknameMatches(full, short string) bool {
	forms, ok := nicknames[short]
	if !ok {
		if forms, ok = nicknames[strings.ToLower(short)]; !ok {
			return false
		}
	}
	first, _, _ := strings.Cut(full, " ")
	for _, f := range forms {
		if strings.EqualFold(first, f) {
			return true
		}
	}
	return false
}

// longerName returns the one full name of the registry that a printed
// two-word name abbreviates: the first words of a longer name ("Hans
// Petter" for "Hans Petter Holen"), or the same surname after a familiar
// first name ("Bob Hinden" for "Robert Hinden"), or the surname's
// initial ("Martin T." for "Martin Thomson"). It returns "" when there
// is none or more than one. The printed name itself may be registered
// too: reported speech registers every name it reads.
func (r *registry) longerName(p string) string {
	first, last, _ := strings.Cut(p, " ")
	found := ""
	for _, n := range r.names {
		f, rest, _ := strings.Cut(n, " ")
		if len(n) > len(p) && n[len(p)] == ' ' && strings.HasPrefix(n, p) || rest == p && nameParticles.hasFold(first) || strings.EqualFold(rest, last) && nicknameMatches(n, first) && f != first ||
			isSurnameInitial(last) && f == first && len(rest) > 2 && rest[0] == last[0] && strings.IndexByte(rest, ' ') < 0 ||
			isSurnameInitial(first) && len(f) > 2 && f[0] == first[0] && strings.EqualFold(rest, last) {
			if found != "" && found != n {
				return ""
			}
			found = n
		}
	}
	return found
}

// isSurnameInitial reports a surname written as its initial: "T." or "T".
func isSurnameInitial(w string) bool {
	return isInitialDot(w) || len(w) == 1 && isUpperByte(w[0])
}

// speakerAmong picks, among two or more namesakes, the one who took a
// turn last in the current agenda item before pos, or "" when none of
// them has spoken in it yet.
func (r *registry) speakerAmong(pos int, cands []string) string {
	if len(cands) < 2 {
		return ""
	}
	best, bestPos := "", r.itemStart-1
	for _, c := range cands {
		if p, ok := r.spoke[c]; ok && p > bestPos && p <= pos {
			best, bestPos = c, p
		}
	}
	return best
}

// handleMatches reports a lower-case chat handle built from the name the
// usual ways: first initial and surname ("dherman" for Dave Herman),
// first name and surname initial ("martint"), both names run together
// ("davidherman") or joined by a dot, dash or underscore ("dave.herman").
func handleMatches(full, handle string) bool {
	first, _, _ := strings.Cut(full, " ")
	last := full[strings.LastIndexByte(full, ' ')+1:]
	if first == "" || last == "" || handle[0] != first[0]|0x20 {
		return false
	}
	if hf, hl := splitHandle(handle); hf != "" {
		return strings.EqualFold(hf, first) && strings.EqualFold(hl, last) // "roy.fielding"
	}
	// Compared piece by piece: this runs for every name a handle is
	// looked up against, and building the forms would allocate.
	f, l := len(first), len(last)
	switch len(handle) {
	case 1 + l:
		if strings.EqualFold(handle[1:], last) {
			return true
		}
	case f + 1:
		if strings.EqualFold(handle[:f], first) && handle[f] == last[0]|0x20 {
			return true
		}
	}
	return len(handle) == f+l && strings.EqualFold(handle[:f], first) && strings.EqualFold(handle[f:], last)
}

// isChatNick reports the nick of a pasted chat line ("<mnot>",
// "<roy.fielding>", "<Barry Leiba>"): a handle, which in chat may join
// the parts of a name with dots, dashes or underscores, or a full name.
func isChatNick(n string) bool {
	if isPersonName(n) {
		return true
	}
	low := strings.ToLower(n)
	if isNick(low) {
		return true
	}
	return handleChars(low, 30)
}

// handleChars reports a lower-case handle of three to max bytes: a
// letter, then letters, digits, dots, dashes and underscores.
func handleChars(s string, max int) bool {
	if len(s) < 3 || len(s) > max || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// splitHandle reads a handle that joins a first name and a surname with
// a dot, dash or underscore ("roy.fielding"), or returns "", "".
func splitHandle(h string) (first, last string) {
	i := strings.IndexAny(h, "._-")
	if i <= 0 || i+1 >= len(h) || strings.ContainsAny(h[i+1:], "._-") {
		return "", ""
	}
	return h[:i], h[i+1:]
}
