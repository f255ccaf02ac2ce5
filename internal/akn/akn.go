// Package akn writes a session as an Akoma Ntoso 3.0 debate (OASIS
// LegalDocML), the XML that parliaments exchange their records in: agenda
// items become debate sections, remarks speeches by persons listed in the
// references, and the permalinks of the archive name the work, its
// revision and this file in the FRBR identification block.
//
// The package reads the archive's rows but not the database: FromSession
// builds a Debate from the same store queries the session page uses, for
// the site and the bulk export alike, and tests check the result against
// the schema (../shared/schemas/akomantoso30.xsd).
package akn

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Namespace is the Akoma Ntoso 3.0 namespace.
const Namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

// Debate is one published revision of a session.
type Debate struct {
	Title, Body, Location string
	Date                  *time.Time // the meeting's day; nil when the minutes give none
	Revision              int
	Published             time.Time // when the revision was published
	Generated             time.Time // when this file is written
	// WorkURI is the session's permalink; FileURI where this file is
	// served. Both absolute.
	WorkURI, FileURI string
	Sections         []Section
	Speakers         []Person // everyone a speech refers to
}

// Section is an agenda item and its remarks.
type Section struct {
	Number, Title string
	Remarks       []Speech
}

// Speech is one remark. A remark with no Speaker is narration.
type Speech struct {
	Key         int
	Speaker     string // the person's ID in Speakers, or ""
	From        string // the name as the session shows it
	Affiliation string
	Text        string
}

// Person is a speaker with a page of their own.
type Person struct {
	ID, Name, URI string
}

// Write writes d as an Akoma Ntoso document.
func Write(w io.Writer, d Debate) error {
	doc := document{NS: Namespace, Debate: debate{Name: "minutes", Meta: d.meta(), Preface: d.preface(), Body: d.body()}}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write akoma ntoso: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write akoma ntoso: %w", err)
	}
	return enc.Close()
}

// meta is the identification and references block. The work is the
// session (its permalink), the expression its revision, the manifestation
// this XML; the country is "xx", ISO 3166's code for none assigned, as
// an archive of many bodies has no one jurisdiction. Minutes are English:
// the parser reads English only.
func (d Debate) meta() meta {
	day := d.Published
	if d.Date != nil {
		day = *d.Date
	}
	rev := "r" + strconv.Itoa(d.Revision)
	expr := d.WorkURI + "/eng@" + rev
	// Organisations' IDs have an underscore, which no speaker's slug has.
	refs := references{Source: "#org_plenary", Orgs: []tlc{{EID: "org_plenary", Href: "/ontology/organization/plenary", ShowAs: "Plenary"}}}
	author := "#org_plenary"
	if d.Body != "" {
		refs.Orgs = append(refs.Orgs, tlc{EID: "org_body", Href: "/ontology/organization/" + ID(d.Body), ShowAs: d.Body})
		author = "#org_body"
	}
	for _, p := range d.Speakers {
		refs.Persons = append(refs.Persons, tlc{EID: p.ID, Href: p.URI, ShowAs: p.Name})
	}
	return meta{
		Identification: identification{
			Source: "#org_plenary",
			Work: frbr{This: value{d.WorkURI}, URI: value{d.WorkURI}, Date: frbrDate{dateOf(day), "meeting"},
				Author: href{author}, Country: &value{"xx"}},
			Expression: frbr{This: value{expr}, URI: value{expr}, Date: frbrDate{dateOf(d.Published), "publication"},
				Author: href{"#org_plenary"}, Version: &value{rev}, Language: &language{"eng"}},
			Manifestation: frbr{This: value{d.FileURI}, URI: value{d.FileURI}, Date: frbrDate{dateOf(d.Generated), "generation"},
				Author: href{"#org_plenary"}},
		},
		References: refs,
	}
}

// preface carries the title, body, date and place of the meeting.
func (d Debate) preface() *preface {
	p := &preface{P: []line{{DocTitle: d.Title}}}
	if d.Body != "" {
		p.P = append(p.P, line{Text: d.Body})
	}
	if d.Date != nil {
		p.P = append(p.P, line{DocDate: &docDate{Date: dateOf(*d.Date), Text: d.Date.Format("2 January 2006")}})
	}
	if d.Location != "" {
		p.P = append(p.P, line{Text: d.Location})
	}
	return p
}

// body is the agenda, one section per item, in order.
func (d Debate) body() debateBody {
	var b debateBody
	for i, s := range d.Sections {
		sec := section{Name: "agendaItem", EID: "dbsect_" + strconv.Itoa(i+1), Num: s.Number, Heading: s.Title}
		for _, r := range s.Remarks {
			eid := "remark_" + strconv.Itoa(r.Key)
			if r.Speaker == "" {
				sec.Speeches = append(sec.Speeches, narrative(eid, strings.Join(paragraphs(r.Text), "\n")))
				continue
			}
			from := r.From
			if r.Affiliation != "" {
				from += " (" + r.Affiliation + ")"
			}
			sec.Speeches = append(sec.Speeches, speech{XMLName: xml.Name{Local: "speech"}, EID: eid, By: "#" + r.Speaker, From: from, P: paragraphs(r.Text)})
		}
		if len(sec.Speeches) == 0 {
			// The schema wants content in a section: an item nobody spoke
			// to is said to be one.
			sec.Speeches = []speech{narrative(sec.EID+"__empty", "No remarks are recorded under this item.")}
		}
		b.Sections = append(b.Sections, sec)
	}
	if len(b.Sections) == 0 {
		b.Sections = []section{{Name: "agendaItem", EID: "dbsect_1", Speeches: []speech{narrative("dbsect_1__empty", "No remarks are recorded.")}}}
	}
	return b
}

// narrative is the clerk's text: a remark nobody is named for.
func narrative(eid, text string) speech {
	return speech{XMLName: xml.Name{Local: "narrative"}, EID: eid, Text: text}
}

// paragraphs splits a remark's text at its line breaks.
func paragraphs(text string) []string {
	var out []string
	for l := range strings.SplitSeq(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

// dateOf is a day as xsd:date.
func dateOf(t time.Time) string { return t.Format("2006-01-02") }

// ID turns a name into an identifier of letters, digits and hyphens
// ("Müller, Anna" → "müller-anna"), for references to people.
func ID(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
