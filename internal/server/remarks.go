package server

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-chi/chi/v5"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// contextSize is how many remarks a remark page shows before and after.
const contextSize = 2

// remark shows one remark with its neighbours, a citation and social
// preview meta. A key retired by a correction redirects to the nearest
// surviving remark in context, with a notice.
func (s *Server) remark(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	slug := chi.URLParam(r, "slug")
	key, err := remarkKey(chi.URLParam(r, "key"))
	if err != nil {
		return err
	}
	sess, err := s.sessionBySlug(ctx, slug)
	if err != nil {
		return err
	}
	if notModified(w, r, sessionETag(sess, "k"+strconv.Itoa(key)), cachePage) {
		return nil
	}
	window, err := s.reads.RemarkWindow(ctx, sess.ID, key, contextSize)
	var retired *archive.RetiredError
	if errors.As(err, &retired) {
		w.Header().Del("ETag")
		to := "/sessions/" + sess.Slug + "?moved=" + strconv.Itoa(key) + "#r" + strconv.Itoa(retired.Successor)
		http.Redirect(w, r, to, http.StatusMovedPermanently)
		return nil
	}
	if err != nil {
		return err
	}
	items, err := s.reads.AgendaItems(ctx, sess.ID)
	if err != nil {
		return err
	}
	v := s.remarkPage(sess, items, window, key)
	corrected, err := s.reads.RemarkCorrected(ctx, sess.ID, key)
	if err != nil {
		return err
	}
	v.Corrected = humanDate(corrected)
	v.EditURL = "/admin/sessions/" + sess.Slug + "/remarks/" + strconv.Itoa(key)
	return s.render(w, r, http.StatusOK, web.RemarkDetail(s.remarkMeta(sess, v), v))
}

// remarkPage builds the view model of a remark page.
func (s *Server) remarkPage(sess archive.Session, items []archive.AgendaItem, window []archive.Remark, key int) web.RemarkPage {
	v := web.RemarkPage{Session: sessionLink(sess), ContextURL: contextPath(sess.Slug, key)}
	for _, rm := range window {
		rv := remarkView(sess.Slug, rm)
		rv.ID = ""
		if rm.Key == key {
			rv.Current = true
			v.Remark = rv
			v.Item, v.ItemTitle = itemOf(items, rm.ItemID)
		}
		v.Context = append(v.Context, rv)
	}
	v.Citation = citation(v, s.absURL(remarkPath(sess.Slug, key)))
	return v
}

// remarkMeta is the page meta of a remark page: canonical link and the
// social preview "Speaker — Session, date" with the remark's opening.
func (s *Server) remarkMeta(sess archive.Session, v web.RemarkPage) web.Page {
	title := sess.Title
	if d := humanDate(sess.Date); d != "" {
		title += ", " + d
	}
	if v.Remark.SpeakerName != "" {
		title = v.Remark.SpeakerName + " — " + title
	}
	desc := firstSentence(v.Remark.Text, 200)
	url := s.absURL(remarkPath(sess.Slug, v.Remark.Key))
	return web.Page{
		Title: title, Description: desc, Canonical: url,
		Social: &web.Social{Title: title, Description: desc, URL: url, Type: "article"},
	}
}

// itemOf returns how a remark page names an item: its printed number
// ("6", "3.1") and title, or only its title when it has no number.
func itemOf(items []archive.AgendaItem, id int64) (item, title string) {
	for _, it := range items {
		if it.ID == id {
			if it.Number != "" {
				return it.Number, it.Title
			}
			return it.Title, ""
		}
	}
	return "", ""
}

// citation is "Andrew Sullivan, IETF Plenary Session, 16 November 2016,
// item 6 (Open Mic), remark 42, <permalink>", leaving out what is unknown.
func citation(v web.RemarkPage, permalink string) string {
	var parts []string
	if v.Remark.SpeakerName != "" {
		parts = append(parts, v.Remark.SpeakerName)
	}
	parts = append(parts, v.Session.Title)
	if v.Session.Date != "" {
		parts = append(parts, v.Session.Date)
	}
	if v.Item != "" {
		item := "item " + v.Item
		if v.ItemTitle != "" {
			item += " (" + v.ItemTitle + ")"
		}
		parts = append(parts, item)
	}
	parts = append(parts, "remark "+strconv.Itoa(v.Remark.Key), permalink)
	return strings.Join(parts, ", ")
}

// firstSentence returns text up to the end of its first sentence, or cut
// at a word boundary near max bytes with an ellipsis.
func firstSentence(text string, max int) string {
	text = strings.Join(strings.Fields(text), " ")
	for i, r := range text {
		if i >= max {
			break
		}
		if (r == '.' || r == '?' || r == '!') && i >= 20 && (i+1 == len(text) || text[i+1] == ' ') {
			return text[:i+1]
		}
	}
	if len(text) <= max {
		return text
	}
	cut := strings.LastIndexFunc(text[:max], unicode.IsSpace)
	if cut < max/2 {
		cut = max
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
	}
	return strings.TrimRight(text[:cut], " ,;:") + "…"
}

// remarkKey reads a remark's number from its address: a positive 32-bit
// number written the one way it is linked ("42", not "+42" or "042"), so
// that each remark has one address and nothing overflows the column.
func remarkKey(s string) (int, error) {
	key, ok := positiveInt32(s)
	if !ok || strconv.Itoa(key) != s {
		return 0, archive.ErrNotFound
	}
	return key, nil
}

// positiveInt32 reads a positive number that fits the archive's 32-bit
// keys (remarks, revisions): a larger one names nothing, and passed on it
// would overflow the column.
func positiveInt32(s string) (int, bool) {
	n, err := strconv.ParseInt(s, 10, 32)
	return int(n), err == nil && n > 0
}
