package akn

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
	"time"

	"github.com/plenary/plenary/internal/testcorpus"
)

// sample is a debate with what minutes throw at XML: markup and entities
// in text, control characters, an item nobody spoke to, narration, and a
// speaker whose name is not ASCII.
func sample() Debate {
	day := time.Date(2016, 11, 16, 0, 0, 0, 0, time.UTC)
	return Debate{
		Title: "IETF <Plenary> & \"friends\"", Body: "IETF", Location: "Seoul", Date: &day, Revision: 2,
		Published: day.Add(48 * time.Hour), Generated: day.Add(72 * time.Hour),
		WorkURI: "http://example.com/sessions/ietf97", FileURI: "http://example.com/sessions/ietf97.akn.xml",
		Speakers: []Person{{ID: "jari-arkko", Name: "Jari Arkko", URI: "http://example.com/speakers/jari-arkko"},
			{ID: "label_" + ID("Müller, Anna"), Name: "Müller, Anna", URI: "/ontology/person/unresolved/x"}},
		Sections: []Section{
			{Number: "1", Title: "Welcome", Remarks: []Speech{
				{Key: 1, Speaker: "jari-arkko", From: "Jari Arkko", Affiliation: "Ericsson", Text: "Hello & <welcome>]]>.\nSecond\x00 line\x1b"},
				{Key: 2, Text: "(Applause)\n<script>alert(1)</script>"},
				{Key: 3, Speaker: "label_" + ID("Müller, Anna"), From: "Müller, Anna", Text: "Ja."},
			}},
			{Title: "Nobody spoke"},
		},
	}
}

// TestWrite checks the document is well-formed XML that keeps every
// character of the text as text, and valid against the schema.
func TestWrite(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{`<speech eId="remark_1" by="#jari-arkko">`, `<from>Jari Arkko (Ericsson)</from>`,
		`&lt;script&gt;`, `<narrative eId="remark_2">`, `<num>1</num>`, `<heading>Welcome</heading>`,
		`<FRBRversionNumber value="r2">`, `<FRBRdate date="2016-11-16" name="meeting">`, `by="#label_müller-anna"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s", want)
		}
	}
	if strings.Contains(out, "<script>") || strings.ContainsRune(out, 0) {
		t.Error("markup or a NUL from the text reached the XML")
	}
	if err := xml.Unmarshal(buf.Bytes(), new(struct{})); err != nil {
		t.Errorf("not well-formed: %v", err)
	}
	testcorpus.CheckAkn(t, map[string][]byte{"sample.akn.xml": buf.Bytes()})
}

// TestID checks the identifiers made from names.
func TestID(t *testing.T) {
	for in, want := range map[string]string{"Müller, Anna": "müller-anna", "  IETF  ": "ietf", "": "", "R&D / Ops": "r-d-ops"} {
		if got := ID(in); got != want {
			t.Errorf("ID(%q) = %q, want %q", in, got, want)
		}
	}
}
