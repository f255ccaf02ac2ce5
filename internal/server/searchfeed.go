package server

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"time"

	"github.com/plenary/plenary/internal/archive"
)

// searchFeedSize is how many hits a search feed carries.
const searchFeedSize = 50

// searchFeed is the Atom feed of a search, newest meeting first, so that a
// reader can follow a topic (q) or a person (speaker) as minutes arrive.
// It takes the search page's parameters and cleaning; without a query it
// is a 400, as there is nothing to follow.
func (s *Server) searchFeed(w http.ResponseWriter, r *http.Request) error {
	v, sq := searchRequest(r.URL.Query())
	if !v.Searched {
		return statusError(http.StatusBadRequest, "A search feed needs something to search for: add q=… to the address.")
	}
	stamp, err := s.reads.Stamp(r.Context())
	if err != nil {
		return err
	}
	sum := sha256.Sum256([]byte(r.URL.RawQuery))
	if notModified(w, r, etag("sfeed", stamp, hex.EncodeToString(sum[:8])), cachePage) {
		return nil
	}
	// A filter the archive cannot use (a speaker's name nobody has) is
	// a feed with no entries, as the search page would show none.
	problem, err := s.resolveSearch(r, &sq)
	if err != nil {
		return err
	}
	sq.ByDate, sq.Limit, sq.Offset = true, searchFeedSize, 0
	var hits []archive.SearchHit
	if problem == "" {
		if hits, err = s.reads.Search(r.Context(), sq); err != nil {
			return err
		}
	}
	self := s.absURL("/search/feed.atom?" + r.URL.RawQuery)
	f := atomFeed{
		Title: "Plenary: search for " + v.Query, ID: self,
		Updated: time.Unix(0, 0).UTC().Format(time.RFC3339),
		Links: []atomLink{
			{Rel: "self", Href: self, Type: "application/atom+xml"},
			{Rel: "alternate", Href: s.absURL("/search?" + r.URL.RawQuery), Type: "text/html"},
		},
		Author: atomAuthor{Name: "Plenary"},
	}
	for _, h := range hits {
		updated := h.SessionUpdated.UTC().Format(time.RFC3339)
		f.Updated = max(f.Updated, updated)
		url := s.absURL(remarkPath(h.SessionSlug, h.Key))
		title := h.SessionTitle
		if h.SpeakerName != "" {
			title = h.SpeakerName + ", " + title
		}
		if d := humanDate(h.SessionDate); d != "" {
			title += ", " + d
		}
		f.Entries = append(f.Entries, atomEntry{
			Title: title, ID: url, Updated: updated, Published: meetingDay(h.SessionDate),
			Link: atomLink{Rel: "alternate", Href: url, Type: "text/html"}, Summary: snippetText(h),
		})
	}
	return writeXML(w, "application/atom+xml; charset=utf-8", f)
}

// snippetText is a hit's passage as plain text, its cuts marked.
func snippetText(h archive.SearchHit) string {
	t := strings.NewReplacer(archive.MarkStart, "", archive.MarkStop, "").Replace(h.Snippet)
	if h.CutStart {
		t = "… " + t
	}
	if h.CutEnd {
		t += " …"
	}
	return t
}
