package server

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/plenary/plenary/internal/archive"
)

// apiSession is a session as lists show it.
type apiSession struct {
	Slug        string  `json:"slug"`
	Title       string  `json:"title"`
	Body        string  `json:"body"`
	Date        *string `json:"date"`
	Location    string  `json:"location"`
	Revision    int     `json:"revision"`
	PublishedAt string  `json:"published_at"`
	RemarkCount int     `json:"remark_count"`
	URL         string  `json:"url"`
	APIURL      string  `json:"api_url"`
	SourceURL   string  `json:"source_url"`
	AknURL      string  `json:"akn_url"`
}

// apiItem is an agenda item.
type apiItem struct {
	Number string `json:"number"`
	Title  string `json:"title"`
	Anchor string `json:"anchor"`
	Depth  int    `json:"depth"`
	URL    string `json:"url"`
}

// apiSpeakerRef is who said a remark.
type apiSpeakerRef struct {
	Slug   string `json:"slug"`
	Name   string `json:"name"`
	URL    string `json:"url"`
	APIURL string `json:"api_url"`
}

// apiRemark is one remark; Item is its agenda item's anchor.
type apiRemark struct {
	Key          int            `json:"key"`
	Item         string         `json:"item"`
	Speaker      *apiSpeakerRef `json:"speaker"`
	SpeakerLabel string         `json:"speaker_label"` // the name as printed when no speaker was resolved
	Affiliation  string         `json:"affiliation"`
	Text         string         `json:"text"`
	URL          string         `json:"url"`
	APIURL       string         `json:"api_url"`
}

// apiSessions lists sessions, newest meeting first, a page at a time.
func (s *Server) apiSessions(w http.ResponseWriter, r *http.Request) error {
	limit, err := apiLimit(r)
	if err != nil {
		return err
	}
	f := archive.SessionFilter{Body: r.URL.Query().Get("body")}
	if f.From, err = apiDate(r, "from"); err != nil {
		return err
	}
	if f.To, err = apiDate(r, "to"); err != nil {
		return err
	}
	after, err := sessionCursor(r)
	if err != nil {
		return err
	}
	stamp, err := s.reads.Stamp(r.Context())
	if err != nil {
		return err
	}
	if notModified(w, r, etag("api-sessions", stamp, r.URL.RawQuery), cachePage) {
		return nil
	}
	list, err := s.reads.SessionsAfter(r.Context(), f, after, limit+1)
	if err != nil {
		return err
	}
	out := struct {
		Sessions []apiSession `json:"sessions"`
		Next     *string      `json:"next"`
	}{Sessions: make([]apiSession, 0, len(list))}
	for i, sess := range list {
		if i == limit {
			last := list[limit-1]
			c := "n:" + strconv.FormatInt(last.ID, 10)
			if last.Date != nil {
				c = "d:" + last.Date.Format(time.DateOnly) + ":" + strconv.FormatInt(last.ID, 10)
			}
			out.Next = s.nextURL(r, encodeCursor(c))
			break
		}
		out.Sessions = append(out.Sessions, s.apiSession(sess))
	}
	return writeJSON(w, out)
}

// sessionCursor reads a sessions cursor: "d:DATE:ID" or "n:ID".
func sessionCursor(r *http.Request) (*archive.SessionCursor, error) {
	c, err := decodeCursor(r)
	if err != nil || c == "" {
		return nil, err
	}
	bad := badParam("cursor", "a cursor from a \"next\" link, passed back unchanged")
	parts := strings.Split(c, ":")
	id, err := strconv.ParseInt(parts[len(parts)-1], 10, 64)
	if err != nil || id <= 0 {
		return nil, bad
	}
	switch {
	case len(parts) == 2 && parts[0] == "n":
		return &archive.SessionCursor{ID: id}, nil
	case len(parts) == 3 && parts[0] == "d":
		d, err := time.Parse(time.DateOnly, parts[1])
		if err != nil {
			return nil, bad
		}
		return &archive.SessionCursor{Date: &d, ID: id}, nil
	}
	return nil, bad
}

// apiSessionDetail is a session with its agenda, speakers and remarks.
func (s *Server) apiSessionDetail(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	sess, err := s.sessionBySlug(ctx, chi.URLParam(r, "slug"))
	if err != nil {
		return err
	}
	if notModified(w, r, sessionETag(sess, "api"), cachePage) {
		return nil
	}
	items, remarks, err := s.sessionRows(ctx, sess.ID)
	if err != nil {
		return err
	}
	out := struct {
		apiSession
		Items    []apiItem       `json:"items"`
		Speakers []apiSpeakerRef `json:"speakers"`
		Remarks  []apiRemark     `json:"remarks"`
	}{apiSession: s.apiSession(sess), Items: make([]apiItem, len(items)), Speakers: []apiSpeakerRef{}, Remarks: make([]apiRemark, len(remarks))}
	for i, it := range items {
		out.Items[i] = s.apiItem(sess.Slug, it)
	}
	seen := map[string]bool{}
	anchors := itemAnchors(items)
	for i, rm := range remarks {
		out.Remarks[i] = s.apiRemark(sess.Slug, anchors, rm)
		if sp := out.Remarks[i].Speaker; sp != nil && !seen[sp.Slug] {
			seen[sp.Slug] = true
			out.Speakers = append(out.Speakers, *sp)
		}
	}
	return writeJSON(w, out)
}

// apiRemarkDetail is one remark with its session and agenda item. A key a
// correction retired redirects to the remark that took its place.
func (s *Server) apiRemarkDetail(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	key, err := remarkKey(chi.URLParam(r, "key"))
	if err != nil {
		return err
	}
	sess, err := s.sessionBySlug(ctx, chi.URLParam(r, "slug"))
	if err != nil {
		return err
	}
	if notModified(w, r, sessionETag(sess, "api-k"+strconv.Itoa(key)), cachePage) {
		return nil
	}
	window, err := s.reads.RemarkWindow(ctx, sess.ID, key, 0)
	var retired *archive.RetiredError
	if errors.As(err, &retired) {
		w.Header().Del("ETag")
		http.Redirect(w, r, "/api/v1/sessions/"+sess.Slug+"/remarks/"+strconv.Itoa(retired.Successor), http.StatusMovedPermanently)
		return nil
	}
	if err != nil {
		return err
	}
	items, err := s.reads.AgendaItems(ctx, sess.ID)
	if err != nil {
		return err
	}
	for _, rm := range window {
		if rm.Key != key {
			continue
		}
		out := struct {
			apiRemark
			Session  apiSession `json:"session"`
			ItemInfo *apiItem   `json:"item_detail"`
		}{apiRemark: s.apiRemark(sess.Slug, itemAnchors(items), rm), Session: s.apiSession(sess)}
		for _, it := range items {
			if it.ID == rm.ItemID {
				ai := s.apiItem(sess.Slug, it)
				out.ItemInfo = &ai
			}
		}
		return writeJSON(w, out)
	}
	return archive.ErrNotFound
}

// apiSession builds a session's list object.
func (s *Server) apiSession(sess archive.Session) apiSession {
	path := "/sessions/" + sess.Slug
	return apiSession{
		Slug: sess.Slug, Title: sess.Title, Body: sess.Body, Date: isoDay(sess.Date), Location: sess.Location,
		Revision: sess.Revision, PublishedAt: sess.UpdatedAt.UTC().Format(time.RFC3339), RemarkCount: sess.Remarks,
		URL: s.absURL(path), APIURL: s.absURL("/api/v1" + path), SourceURL: s.absURL(path + "/source"), AknURL: s.absURL(path + ".akn.xml"),
	}
}

// apiItem builds an agenda item's object.
func (s *Server) apiItem(slug string, it archive.AgendaItem) apiItem {
	return apiItem{Number: it.Number, Title: it.Title, Anchor: it.Anchor, Depth: it.Depth, URL: s.absURL("/sessions/" + slug + "#" + it.Anchor)}
}

// itemAnchors maps agenda item ids to their anchors.
func itemAnchors(items []archive.AgendaItem) map[int64]string {
	m := make(map[int64]string, len(items))
	for _, it := range items {
		m[it.ID] = it.Anchor
	}
	return m
}

// apiRemark builds a remark's object.
func (s *Server) apiRemark(slug string, anchors map[int64]string, rm archive.Remark) apiRemark {
	out := apiRemark{Key: rm.Key, Item: anchors[rm.ItemID], Affiliation: rm.Affiliation, Text: rm.Text,
		URL: s.absURL(remarkPath(slug, rm.Key)), APIURL: s.absURL("/api/v1" + remarkPath(slug, rm.Key))}
	if rm.SpeakerSlug != nil {
		out.Speaker = s.apiSpeakerRef(*rm.SpeakerSlug, rm.SpeakerName)
	} else {
		out.SpeakerLabel = rm.SpeakerName
	}
	return out
}

// apiSpeakerRef builds a speaker's reference.
func (s *Server) apiSpeakerRef(slug, name string) *apiSpeakerRef {
	return &apiSpeakerRef{Slug: slug, Name: name, URL: s.absURL("/speakers/" + slug), APIURL: s.absURL("/api/v1/speakers/" + slug)}
}
