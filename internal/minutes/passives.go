package minutes

import "strings"

// This file holds the passive of speech in reported minutes: the one a
// sentence says was asked or thanked is spoken to, not speaking, and the
// sentence is the record's own narration.

// passiveAfter reports a subject the sentence speaks to, not for: "The
// Clerk was asked to write", "Councillors were thanked", "Ms Field has
// been asked" (the minutes of councils, committees and inquiries). Who
// asked or thanked is the clerk's record; the one asked said nothing, and
// the sentence is the record's own, not the speaker's before it.
func passiveAfter(sent, name string) bool {
	i := strings.Index(sent, name)
	if i < 0 || name == "" {
		return false
	}
	rest := strings.TrimLeft(sent[i+len(name):], " ,")
	for _, aux := range []string{"was ", "were ", "has been ", "had been ", "have been ", "is being "} {
		if v, ok := cutPrefixFold(rest, aux); ok {
			w, _ := nextWord(v, 0)
			return passiveVerbs.hasFold(trimRightAny(w, ",.;:")) && !answersAfter(v)
		}
	}
	return false
}

// answersAfter reports a clause in which the one asked goes on to speak:
// "Jeff was asked about the UI and replied that …". A verb in its bare
// form is still the errand ("The Clerk was asked to write to Highways and
// ask what the idea was": the minutes of two parish councils).
func answersAfter(s string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], " and ")
		if i < 0 {
			return false
		}
		from += i + len(" and ")
		if isVerbAt(s, from) && finiteVerb(s[from:]) {
			return true
		}
	}
}

// finiteVerb reports whether the word opening s is inflected: past
// ("replied", "said") or third person ("replies"), not a bare infinitive.
func finiteVerb(s string) bool {
	w, _ := nextWord(s, 0)
	w = strings.ToLower(trimRightAny(w, ",.:;"))
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || irregularPasts.has(w) || spokenPasts.has(w)
}

// spokenPasts are past tenses of speech verbs not ending in -ed that
// irregularPasts lacks.
var spokenPasts = wordSet(`told spoke gave felt thought wrote put brought rose`)

// passiveVerbs are the participles of speech addressed to someone.
var passiveVerbs = wordSet(`asked thanked told informed invited requested reminded advised urged congratulated welcomed`)
