package server

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"time"
)

// feedSize is how many sessions the Atom feed carries.
const feedSize = 50

// atomFeed is the subset of RFC 4287 the feed uses.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Href string `xml:"href,attr"`
	Type string `xml:"type,attr,omitempty"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title   string `xml:"title"`
	ID      string `xml:"id"`
	Updated string `xml:"updated"` // when the shown revision was published
	// Published is the day the meeting was held, when the minutes say:
	// a reader's feed then sorts meetings by when they happened, not by
	// when they were put online (often all at once, for an archive).
	Published string   `xml:"published,omitempty"`
	Link      atomLink `xml:"link"`
	Summary   string   `xml:"summary"`
}

// feed is the Atom feed of newly published sessions.
func (s *Server) feed(w http.ResponseWriter, r *http.Request) error {
	stamp, err := s.reads.Stamp(r.Context())
	if err != nil {
		return err
	}
	if notModified(w, r, etag("feed", stamp), cachePage) {
		return nil
	}
	list, err := s.reads.NewSessions(r.Context(), feedSize)
	if err != nil {
		return err
	}
	f := atomFeed{
		Title: "Plenary: new sessions", ID: s.absURL("/feed.atom"),
		Updated: time.Unix(0, 0).UTC().Format(time.RFC3339),
		Links: []atomLink{
			{Rel: "self", Href: s.absURL("/feed.atom"), Type: "application/atom+xml"},
			{Rel: "alternate", Href: s.absURL("/sessions"), Type: "text/html"},
		},
		Author: atomAuthor{Name: "Plenary"},
	}
	for _, sess := range list {
		updated := sess.UpdatedAt.UTC().Format(time.RFC3339)
		f.Updated = max(f.Updated, updated)
		url := s.absURL("/sessions/" + sess.Slug)
		f.Entries = append(f.Entries, atomEntry{
			Title: sess.Title, ID: url, Updated: updated, Published: meetingDay(sess.Date),
			Link: atomLink{Rel: "alternate", Href: url, Type: "text/html"}, Summary: sessionDescription(sess),
		})
	}
	return writeXML(w, "application/atom+xml; charset=utf-8", f)
}

// meetingDay is a meeting's date as an Atom date-time (midnight UTC), or
// "" when the minutes give none.
func meetingDay(d *time.Time) string {
	if d == nil {
		return ""
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC).Format(time.RFC3339)
}

// writeXML writes v as an XML document.
func writeXML(w http.ResponseWriter, contentType string, v any) error {
	out, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", contentType, err)
	}
	w.Header().Set("Content-Type", contentType)
	if _, err := w.Write(append([]byte(xml.Header), out...)); err != nil {
		return fmt.Errorf("write %s: %w", contentType, err)
	}
	return nil
}
