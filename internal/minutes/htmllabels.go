package minutes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// leadState follows the inline element that opens a block. Parliamentary
// records and word-processor exports print the speaker in bold or in a
// span classed as a speaker, often with no colon ("<b>Mr SPEAKER</b>
// Order, order."): the markup is the label.
type leadState struct {
	depth int  // open inline elements of the lead
	end   int  // buffer length where the lead closed
	done  bool // the lead closed, or the block opened with plain text
	bold  bool // the lead is bold
	// speaker tells a lead whose class names a speaker or member.
	speaker bool
}

// openLead notes an inline element: at the start of a block it opens the
// lead, inside the lead it nests.
func (h *htmlReader) openLead(a atom.Atom, attrs tagAttrs) {
	l := &h.lead
	if l.done {
		return
	}
	if l.depth == 0 && strings.TrimSpace(h.buf.String()) != "" {
		l.done = true
		return
	}
	l.depth++
	l.bold = l.bold || a == atom.Strong || a == atom.B
	l.speaker = l.speaker || hasSpeakerClass(attrs.class)
}

// closeLead ends an inline element; the lead ends with its outermost one.
func (h *htmlReader) closeLead(atom.Atom) {
	l := &h.lead
	if l.done || l.depth == 0 {
		return
	}
	if l.depth--; l.depth == 0 {
		l.done, l.end = true, h.buf.Len()
	}
}

// hasSpeakerClass reports a class value that marks a speaker's name.
func hasSpeakerClass(v string) bool {
	v = strings.ToLower(v)
	return strings.Contains(v, "speaker") || strings.Contains(v, "member")
}

// leadLabel adds the colon a label printed by markup lacks: a bold or
// speaker-classed lead that reads as a person's or office's label and is
// followed by a capitalised sentence. Bold topics ("<b>Budget</b> was
// approved") stay as they are.
func (h *htmlReader) leadLabel(s string) string {
	l := h.lead
	if !l.done || !(l.bold || l.speaker) || l.end <= 0 || l.end > len(s) {
		return s
	}
	lead, rest := strings.TrimSpace(s[:l.end]), strings.TrimLeft(s[l.end:], " \u00a0")
	if lead == "" || rest == "" || strings.ContainsAny(lead, "\n:") || strings.ContainsAny(lead[len(lead)-1:], ".!?") ||
		strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") {
		return s
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) && !l.speaker {
		if l.bold && countWords(lead) >= 2 && isPersonName(lead) && (verbLikeAt(rest, 0) || reportPhrase(rest)) {
			// "<b>Colin Finck</b> traveled through Sweden": a subject set
			// in bold, as sure a sign of the speaker as in Markdown.
			return "**" + lead + "** " + rest
		}
		return s
	}
	lab, ok := parseLabel(lead + ": x")
	if !ok || lab.kind != lPerson && lab.kind != lRole {
		return s
	}
	if !l.speaker && len(strings.Fields(lead)) < 2 {
		return s
	}
	return lead + ": " + rest
}
