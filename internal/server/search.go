package server

import (
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// Search limits: hits per page, deepest page offered, longest query.
const (
	searchPageSize = 20
	searchMaxPages = 50
	maxQueryRunes  = 200
)

// search runs a full-text search with the request's filters. No query
// gives the help page; a query matching nothing gives a helpful page too.
func (s *Server) search(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	v, sq := searchRequest(q)
	w.Header().Set("Cache-Control", cacheShort)
	p := web.Page{Title: "Search", Description: "Search what was said in the archived minutes.", Query: v.Query}
	if !v.Searched {
		return s.render(w, r, http.StatusOK, web.Search(p, v))
	}
	p.Title = "Search: " + v.Query
	p.Feed, p.FeedTitle = "/search/feed.atom?"+r.URL.RawQuery, "Search for "+v.Query
	page := pageParam(q, searchMaxPages)
	sq.Limit, sq.Offset = searchPageSize, (page-1)*searchPageSize
	hits, err := s.reads.Search(r.Context(), sq)
	if err != nil {
		return err
	}
	if len(hits) > 0 {
		v.Total = hits[0].Total
	}
	pages := min((v.Total+searchPageSize-1)/searchPageSize, searchMaxPages)
	v.Pager = pager(r.URL, page, pages)
	for _, h := range hits {
		v.Hits = append(v.Hits, searchHit(h))
	}
	v.Scope = searchScope(v, hits)
	return s.render(w, r, http.StatusOK, web.Search(p, v))
}

// searchScope says in words which filters narrowed the hits ("by Jari
// Arkko, in IETF Plenary Session"), so a reader who came from a speaker or
// session page sees names, not the slugs in the form. The names come from
// the hits themselves: every hit matches the filters.
func searchScope(v web.SearchPage, hits []archive.SearchHit) string {
	if len(hits) == 0 {
		return ""
	}
	var parts []string
	if v.Speaker != "" && hits[0].SpeakerSlug != nil {
		parts = append(parts, "by "+hits[0].SpeakerName)
	}
	if v.Session != "" {
		parts = append(parts, "in "+hits[0].SessionTitle)
	}
	if v.From != "" {
		parts = append(parts, "from "+v.From)
	}
	if v.To != "" {
		parts = append(parts, "until "+v.To)
	}
	return strings.Join(parts, ", ")
}

// searchRequest reads and cleans the parameters: hostile or malformed
// input is trimmed or ignored with a note, never an error page.
func searchRequest(q url.Values) (web.SearchPage, archive.SearchQuery) {
	v := web.SearchPage{
		Query: cleanParam(q.Get("q"), maxQueryRunes), Speaker: cleanParam(q.Get("speaker"), 100),
		Session: cleanParam(q.Get("session"), 100), ByDate: q.Get("order") == "date",
	}
	sq := archive.SearchQuery{Text: v.Query, Speaker: v.Speaker, Session: v.Session, ByDate: v.ByDate}
	sq.From, v.From, v.Notes = dateParam(q.Get("from"), "from", v.Notes)
	sq.To, v.To, v.Notes = dateParam(q.Get("to"), "to", v.Notes)
	v.Searched = strings.TrimSpace(v.Query) != ""
	return v, sq
}

// cleanParam makes a parameter safe to show and to send to PostgreSQL:
// valid UTF-8, no control characters (PostgreSQL rejects NUL), white
// space collapsed, at most max runes.
func cleanParam(s string, max int) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return ' '
		case unicode.IsControl(r):
			return -1
		case unicode.Is(unicode.Co, r): // private use: our snippet markers
			return -1
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		// The cut may land after a space: trim it, or the query shown
		// and sent ends in white space.
		s = strings.TrimRight(string(r[:max]), " ")
	}
	return s
}

// dateParam parses a YYYY-MM-DD filter; a malformed one is dropped with a
// note saying so.
func dateParam(s, name string, notes []string) (*time.Time, string, []string) {
	s = cleanParam(s, 20)
	if s == "" {
		return nil, "", notes
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return nil, "", append(notes, "The “"+name+"” date “"+s+"” was ignored: use the form YYYY-MM-DD.")
	}
	return &d, s, notes
}

// searchHit maps a hit to its view, splitting the snippet at the markers.
func searchHit(h archive.SearchHit) web.SearchHit {
	v := web.SearchHit{
		SpeakerName: h.SpeakerName, SessionTitle: h.SessionTitle, SessionURL: "/sessions/" + h.SessionSlug,
		Date: humanDate(h.SessionDate), ISODate: isoDate(h.SessionDate),
		URL: contextPath(h.SessionSlug, h.Key), Snippet: elide(segments(h.Snippet), h.CutStart, h.CutEnd),
	}
	if h.SpeakerSlug != nil {
		v.SpeakerURL = "/speakers/" + *h.SpeakerSlug
	}
	return v
}

// elide marks a snippet taken from inside its remark with an ellipsis at
// the cut ends, so a reader does not take a passage for the whole remark.
func elide(segs []web.Segment, start, end bool) []web.Segment {
	if start {
		segs = append([]web.Segment{{Text: "… "}}, segs...)
	}
	if end {
		segs = append(segs, web.Segment{Text: " …"})
	}
	return segs
}

// segments splits a ts_headline snippet into plain and marked pieces.
func segments(snippet string) []web.Segment {
	var out []web.Segment
	for snippet != "" {
		i := strings.Index(snippet, archive.MarkStart)
		if i < 0 {
			return append(out, web.Segment{Text: snippet})
		}
		if i > 0 {
			out = append(out, web.Segment{Text: snippet[:i]})
		}
		snippet = snippet[i+len(archive.MarkStart):]
		j := strings.Index(snippet, archive.MarkStop)
		if j < 0 {
			j = len(snippet)
		}
		out = append(out, web.Segment{Text: snippet[:j], Mark: true})
		snippet = strings.TrimPrefix(snippet[j:], archive.MarkStop)
	}
	return out
}
