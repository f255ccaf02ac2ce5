package server

import (
	"net/http"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/go-chi/chi/v5"

	"github.com/plenary/plenary/internal/archive"
)

// speakerFeedSize is how many remarks a speaker's feed carries: the
// newest sessions' remarks, which is what a follower has not read yet.
const speakerFeedSize = 50

// speakerFeed is the Atom feed of a speaker's remarks, newest meeting
// first, one entry per remark at its permalink, so that a journalist can
// follow a person across sessions. A merged speaker's feed moves to the
// speaker it was merged into, as the page does.
func (s *Server) speakerFeed(w http.ResponseWriter, r *http.Request) error {
	sp, err := s.reads.SpeakerBySlug(r.Context(), chi.URLParam(r, "slug"))
	if err != nil {
		return err
	}
	if sp.MergedInto != nil {
		http.Redirect(w, r, "/speakers/"+*sp.MergedInto+"/feed.atom", http.StatusMovedPermanently)
		return nil
	}
	if sp.Remarks == 0 {
		return archive.ErrNotFound
	}
	// Any publish, rename or merge moves the archive's stamp.
	stamp, err := s.reads.Stamp(r.Context())
	if err != nil {
		return err
	}
	if notModified(w, r, etag("spfeed"+strconv.FormatInt(sp.ID, 10), stamp), cachePage) {
		return nil
	}
	list, err := s.reads.SpeakerRemarks(r.Context(), sp.ID, speakerFeedSize, 0)
	if err != nil {
		return err
	}
	self := s.absURL("/speakers/" + sp.Slug + "/feed.atom")
	f := atomFeed{
		Title: "Plenary: remarks by " + sp.Name, ID: self,
		Updated: time.Unix(0, 0).UTC().Format(time.RFC3339),
		Links: []atomLink{
			{Rel: "self", Href: self, Type: "application/atom+xml"},
			{Rel: "alternate", Href: s.absURL("/speakers/" + sp.Slug), Type: "text/html"},
		},
		Author: atomAuthor{Name: "Plenary"},
	}
	for _, rm := range list {
		updated := rm.SessionUpdated.UTC().Format(time.RFC3339)
		f.Updated = max(f.Updated, updated)
		url := s.absURL(remarkPath(rm.SessionSlug, rm.Key))
		title := sp.Name + ", " + rm.SessionTitle
		if d := humanDate(rm.SessionDate); d != "" {
			title += ", " + d
		}
		f.Entries = append(f.Entries, atomEntry{
			Title: title, ID: url, Updated: updated, Published: meetingDay(rm.SessionDate),
			Link: atomLink{Rel: "alternate", Href: url, Type: "text/html"}, Summary: clip(rm.Text, 600),
		})
	}
	return writeXML(w, "application/atom+xml; charset=utf-8", f)
}

// clip shortens text to at most n bytes at a rune boundary, marking the
// cut with an ellipsis: a feed entry summarises, the permalink has it all.
func clip(text string, n int) string {
	if len(text) <= n {
		return text
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n] + "…"
}
