package minutes

import "strings"

// dashMarks end a European Parliament style label: a full stop, then an
// en dash, em dash or hyphen ("President. – ", "Maria Rossi, rapporteur. - ").
var dashMarks = []string{". – ", ". — ", ". - "}

// dashLabel reads the verbatim-report label "NAME[, ROLE]. – text". The
// name must be a full name or an office ("President"), so that a short
// sentence followed by a dash ("Done. - next") is not taken for a speaker.
func dashLabel(s string) (label, bool) {
	if s == "" || !(isUpperByte(s[0]) || s[0] >= 0x80) {
		return label{}, false
	}
	end, mark := -1, ""
	for _, m := range dashMarks {
		if i := strings.Index(s[:min(len(s), 120)], m); i > 0 && (end < 0 || i < end) {
			end, mark = i, m
		}
	}
	if end < 0 {
		return label{}, false
	}
	name, role, _ := strings.Cut(s[:end], ", ")
	name = strings.TrimSpace(name)
	l := label{textStart: int32(skipSpace(s, end+len(mark)))}
	switch {
	case onlyOffices(stripTitles(name)) && countWords(name) <= 3:
		l.kind, l.name = lRole, name
	case countWords(name) >= 2 && isPersonName(name):
		l.kind, l.name = lPerson, stripTitles(name)
	default:
		return label{}, false
	}
	if role = strings.TrimSpace(role); len(role) > 80 {
		return label{}, false
	}
	l.aff = role
	return l, true
}
