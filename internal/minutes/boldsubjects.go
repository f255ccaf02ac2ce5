package minutes

import "strings"

// This file holds reported speech whose subject the writer set in bold
// ("**Tor Lindahl** thinks ..."), alone or joined with others.

// boldSubject reads a sentence whose subject is set in bold: "**Tor
// Lindahl** thinks the TTL is too short", "**Mele Tupou** +1".
func boldSubject(sent string) (reported, bool) {
	m := sent[:2]
	end := strings.Index(sent[2:], m)
	if end <= 0 || end > 80 {
		return reported{}, false
	}
	name, rest := sent[2:2+end], sent[2+end+2:]
	if first, _, ok := strings.Cut(name, ", "); ok && isNameList(name) {
		name = first // "**Michael, Tomasz, Beiko** exchange thoughts"
	}
	if !isPersonName(name) && !isInitials(name) {
		return reported{}, false
	}
	if t := strings.TrimSpace(rest); strings.HasPrefix(t, "+1") || strings.HasPrefix(t, "-1") {
		return reported{kind: lPerson, name: name, marked: true}, true
	}
	aff, after := readAffiliation(rest)
	if isVerbAt(after, 0) || verbLikeAt(after, 0) || asideThenVerb(after) || jointVerbAt(after) {
		return reported{kind: lPerson, name: name, aff: aff, marked: true}, true
	}
	// A note in parentheses between the name and the verb, links and all:
	// "**Sebastien** ([YouTube time: 30’03’’](https://…)) gives his input".
	if t := strings.TrimLeft(rest, " "); strings.HasPrefix(t, "(") {
		if end := matchBracket(t, 0); end > 0 && (isVerbAt(t[end+1:], 0) || verbLikeAt(t[end+1:], 0)) {
			return reported{kind: lPerson, name: name, marked: true}, true
		}
	}
	return reported{}, false
}

// jointVerbAt reads " and **Ansgar** share", " and others highlight", ",
// **B** and **C** think" after a first subject: more subjects, then a
// verb, which agrees with them in the plural.
func jointVerbAt(rest string) bool {
	pos := 0
	for joined := false; ; joined = true {
		switch {
		case strings.HasPrefix(rest[pos:], " and "):
			pos += len(" and ")
		case strings.HasPrefix(rest[pos:], ", "):
			pos += len(", ")
		default:
			return joined && pluralVerbAt(rest, pos)
		}
		if strings.HasPrefix(rest[pos:], "**") {
			end := strings.Index(rest[pos+2:], "**")
			if end <= 0 || !isPersonName(rest[pos+2:pos+2+end]) {
				return false
			}
			pos += 2 + end + 2 // "and **Tomasz Stanczak** both suggest"
			continue
		}
		w, next := nextWord(rest, pos)
		if w == "others" {
			return pluralVerbAt(rest, next) // "and others highlight"
		}
		name, n := splitName(rest[pos:])
		if name == "" {
			return false
		}
		pos += n
	}
}

// pluralVerbAt reports a verb at s[i:] that agrees with a plural subject
// ("share", "think", "agree") or any verb verbLikeAt reads.
func pluralVerbAt(s string, i int) bool {
	if verbLikeAt(s, i) {
		return true
	}
	w := verbAfterAdverb(s, i)
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && (speechVerbs.has(w) || speechVerbs.has(w+"s") || speechVerbs.has(w+"es"))
}

// boldLater reads a subject set in bold after a leading clause ("Adding
// to Ropsten issues, **Dragan Rakita** says…", "So, **Tomasz** ideates…",
// "However, **Danny, Mikhail** and **Ansgar** share…").
func boldLater(sent string) (reported, bool) {
	i := strings.Index(sent[:min(len(sent), 120)], "**")
	if i <= 0 {
		return reported{}, false
	}
	lead := strings.TrimSpace(sent[:i])
	if !strings.HasSuffix(lead, ",") && !leadWords.hasFold(lead) {
		return reported{}, false
	}
	return boldSubject(sent[i:])
}

// leadWords open a sentence before its subject without a comma ("So
// **Tomasz** ideates", "Then **Beiko** asks").
var leadWords = wordSet(`so then and but also finally however still now later meanwhile`)
