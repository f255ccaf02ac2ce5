package akn

import (
	"time"

	"github.com/plenary/plenary/internal/archive"
)

// FromSession builds the debate of a published session from the rows the
// session page shows (archive.Store's AgendaItems and Remarks), so that
// the site and the bulk export write the same document. base is the
// site's public origin ("https://plenary.example"), or "" for addresses
// relative to it.
func FromSession(base string, sess archive.Session, items []archive.AgendaItem, remarks []archive.Remark) Debate {
	d := Debate{
		Title: sess.Title, Body: sess.Body, Location: sess.Location, Date: sess.Date,
		Revision: sess.Revision, Published: sess.UpdatedAt.UTC(), Generated: sess.ChangedAt.UTC(),
		WorkURI: base + "/sessions/" + sess.Slug, FileURI: base + "/sessions/" + sess.Slug + ".akn.xml",
		Sections: make([]Section, len(items)),
	}
	if d.Generated.IsZero() {
		d.Generated = time.Now().UTC()
	}
	index := make(map[int64]int, len(items))
	for i, it := range items {
		index[it.ID] = i
		d.Sections[i] = Section{Number: it.Number, Title: it.Title}
	}
	listed := map[string]bool{}
	for _, rm := range remarks {
		i, ok := index[rm.ItemID]
		if !ok {
			continue // every remark has an item; a row without one is skipped, not invented
		}
		sp := Speech{Key: rm.Key, From: rm.SpeakerName, Affiliation: rm.Affiliation, Text: rm.Text}
		if who := person(base, rm); who.ID != "" {
			sp.Speaker = who.ID
			if !listed[who.ID] {
				listed[who.ID] = true
				d.Speakers = append(d.Speakers, who)
			}
		}
		d.Sections[i].Remarks = append(d.Sections[i].Remarks, sp)
	}
	return d
}

// person is who a remark is by: a speaker with a page, or a label the
// archive could not resolve, a person all the same, known by the name
// printed (the underscore keeps the ID apart from every speaker's slug);
// nobody for narration.
func person(base string, rm archive.Remark) Person {
	switch {
	case rm.SpeakerSlug != nil:
		return Person{ID: *rm.SpeakerSlug, Name: rm.SpeakerName, URI: base + "/speakers/" + *rm.SpeakerSlug}
	case rm.SpeakerName != "":
		return Person{ID: "label_" + ID(rm.SpeakerName), Name: rm.SpeakerName, URI: "/ontology/person/unresolved/" + ID(rm.SpeakerName)}
	}
	return Person{}
}
