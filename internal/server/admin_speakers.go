package server

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/plenary/plenary/internal/archive"
	"github.com/plenary/plenary/web"
)

// adminSpeakers is /admin/speakers: rename and merge speakers, and the
// remarks whose speaker was not resolved, each with a form to assign it.
func (s *Server) adminSpeakers(w http.ResponseWriter, r *http.Request) error {
	return s.speakersPage(w, r, http.StatusOK, "")
}

// speakersPage renders /admin/speakers with an optional error.
func (s *Server) speakersPage(w http.ResponseWriter, r *http.Request, status int, errMsg string) error {
	ctx := r.Context()
	q := r.URL.Query().Get("q")
	list, err := s.store.AdminSpeakers(ctx, q, 500)
	if err != nil {
		return err
	}
	unresolved, total, err := s.store.UnresolvedRemarks(ctx, 100)
	if err != nil {
		return err
	}
	v := web.SpeakersAdminPage{AdminShell: s.shell(r), Error: errMsg, Query: q, UnresolvedTotal: total}
	for _, sp := range list {
		v.Speakers = append(v.Speakers, web.AdminSpeakerView{
			Slug: sp.Slug, Name: sp.Name, Remarks: sp.Remarks, Aliases: sp.Aliases,
			RenameURL: "/admin/speakers/" + sp.Slug + "/rename",
		})
	}
	for _, u := range unresolved {
		v.Unresolved = append(v.Unresolved, web.UnresolvedView{
			SessionSlug: u.SessionSlug, SessionTitle: u.SessionTitle, Label: u.Label, Text: u.Text, Key: u.Key,
			URL: "/sessions/" + u.SessionSlug + "#r" + strconv.Itoa(u.Key),
		})
	}
	return s.render(w, r, status, web.SpeakersAdmin(web.Page{Title: "Speakers"}, v))
}

// renameSpeaker changes a speaker's displayed name.
func (s *Server) renameSpeaker(w http.ResponseWriter, r *http.Request) error {
	if err := parseSmallForm(w, r); err != nil {
		return err
	}
	slug, name := chi.URLParam(r, "slug"), r.PostForm.Get("name")
	if err := s.store.RenameSpeaker(r.Context(), slug, name, s.adminName(r)); err != nil {
		return s.speakerRefusal(w, r, err)
	}
	s.recent.forgetAll()
	s.flash(r, fmt.Sprintf("Speaker %s renamed to %s.", slug, name))
	http.Redirect(w, r, "/admin/speakers", http.StatusSeeOther)
	return nil
}

// mergeSpeakers merges speaker "from" into speaker "into".
func (s *Server) mergeSpeakers(w http.ResponseWriter, r *http.Request) error {
	if err := parseSmallForm(w, r); err != nil {
		return err
	}
	from, into := r.PostForm.Get("from"), r.PostForm.Get("into")
	if err := s.store.MergeSpeakers(r.Context(), from, into, s.adminName(r)); err != nil {
		return s.speakerRefusal(w, r, err)
	}
	s.recent.forgetAll()
	s.flash(r, fmt.Sprintf("Speaker %s merged into %s; /speakers/%s now redirects.", from, into, from))
	http.Redirect(w, r, "/admin/speakers", http.StatusSeeOther)
	return nil
}

// assignSpeaker attributes unresolved remarks of a session to a speaker:
// every remark printed with the form's label, or, for a remark that names
// nobody, the one with the form's key.
func (s *Server) assignSpeaker(w http.ResponseWriter, r *http.Request) error {
	if err := parseSmallForm(w, r); err != nil {
		return err
	}
	f := r.PostForm
	a := archive.Assignment{Session: f.Get("session"), Label: f.Get("label"), Speaker: f.Get("speaker"), NewName: f.Get("name")}
	if k := strings.TrimSpace(f.Get("key")); k != "" {
		key, ok := positiveInt32(k)
		if !ok {
			return s.speakersPage(w, r, http.StatusUnprocessableEntity, "The remark key must be a positive number. Nothing was changed.")
		}
		a.Key = key
	}
	done, err := s.store.AssignSpeaker(r.Context(), a, s.adminName(r))
	if err != nil {
		return s.speakerRefusal(w, r, err)
	}
	s.recent.forgetAll()
	s.flash(r, assignedNotice(a, done))
	http.Redirect(w, r, "/admin/speakers", http.StatusSeeOther)
	return nil
}

// assignedNotice tells the admin what an assignment did.
func assignedNotice(a archive.Assignment, done archive.Assigned) string {
	who := fmt.Sprintf("%s (%s)", done.SpeakerName, done.SpeakerSlug)
	if done.Created {
		who = fmt.Sprintf("%s (new speaker %s)", done.SpeakerName, done.SpeakerSlug)
	}
	if a.Label == "" {
		return fmt.Sprintf("Remark %d of %s is now attributed to %s.", a.Key, done.SessionTitle, who)
	}
	what := fmt.Sprintf("All %d remarks printed as “%s” in %s are", done.Remarks, a.Label, done.SessionTitle)
	if done.Remarks == 1 {
		what = fmt.Sprintf("The remark printed as “%s” in %s is", a.Label, done.SessionTitle)
	}
	return what + " now attributed to " + who + "; later corrections of the session keep this."
}

// maxSmallForm bounds the body of the admin's small forms (login,
// rename, merge, assign, session details): a few fields of text.
const maxSmallForm = 64 << 10

// parseSmallForm reads a small URL-encoded admin form into r.PostForm,
// refusing a body over maxSmallForm or one that cannot be read.
func parseSmallForm(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, maxSmallForm)
	if err := r.ParseForm(); err != nil {
		return statusError(http.StatusBadRequest, "The form could not be read.")
	}
	return nil
}

// speakerRefusal re-shows the speakers page with why an action was
// refused (unknown speaker or session, name taken); other errors pass on.
func (s *Server) speakerRefusal(w http.ResponseWriter, r *http.Request, err error) error {
	var ie *archive.InputError
	switch {
	case errors.As(err, &ie):
		status := http.StatusUnprocessableEntity
		if errors.Is(err, archive.ErrNotFound) {
			status = http.StatusNotFound // what the form named does not exist
		}
		return s.speakersPage(w, r, status, ie.Error()+". Nothing was changed.")
	case errors.Is(err, archive.ErrNotFound):
		// The error names the lookup that failed ("speaker x: not
		// found"), which is for the log, not for the admin.
		return s.speakersPage(w, r, http.StatusNotFound, "There is no such speaker: check the speaker names and try again. Nothing was changed.")
	}
	return err
}

// suggestSpeakers is GET /admin/speakers/suggest?q=: up to ten current
// speakers matching what an admin typed into a speaker field, as JSON
// [{"slug", "name"}], for site.js to offer. The fields work without it:
// they take a slug or a speaker's name.
func (s *Server) suggestSpeakers(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query().Get("q")
	if len(q) > 200 {
		return badParam("q", "at most 200 bytes")
	}
	list, err := s.store.SuggestSpeakers(r.Context(), q, 10, false)
	if err != nil {
		return err
	}
	if list == nil {
		list = []archive.SpeakerChoice{}
	}
	w.Header().Set("Cache-Control", "no-store")
	return writeJSON(w, list)
}
