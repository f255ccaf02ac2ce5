package server

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/plenary/plenary/internal/archive"
)

// fixUploadRemark is POST /admin/uploads/{id}/remarks/{index}: the speaker
// of one remark of a pending upload, set in its preview before publishing.
func (s *Server) fixUploadRemark(w http.ResponseWriter, r *http.Request) error {
	return s.editUploadRemark(w, r, func(f url.Values, e *archive.UploadEdit) (string, error) {
		e.Speaker, e.NewName, e.Narration = f.Get("speaker"), f.Get("name"), f.Get("narration") == "1"
		return "is corrected", nil
	})
}

// splitUploadRemark is POST /admin/uploads/{id}/remarks/{index}/split:
// where to split one remark of a pending upload, and who said the rest.
func (s *Server) splitUploadRemark(w http.ResponseWriter, r *http.Request) error {
	return s.editUploadRemark(w, r, func(f url.Values, e *archive.UploadEdit) (string, error) {
		at, err := strconv.Atoi(f.Get("at"))
		if err != nil || at < 1 {
			return "", statusError(http.StatusUnprocessableEntity, "Choose where to split the remark. Nothing was changed.")
		}
		e.SplitAt = at
		e.SplitSpeaker, e.SplitNewName, e.SplitNarration = f.Get("speaker"), f.Get("name"), f.Get("narration") == "1"
		return "will be split", nil
	})
}

// joinUploadRemark is POST /admin/uploads/{id}/remarks/{index}/join: join
// one remark of a pending upload onto the one before it.
func (s *Server) joinUploadRemark(w http.ResponseWriter, r *http.Request) error {
	return s.editUploadRemark(w, r, func(_ url.Values, e *archive.UploadEdit) (string, error) {
		e.Join = true
		return "will be joined onto the remark before", nil
	})
}

// undoUploadRemark is POST /admin/uploads/{id}/remarks/{index}/undo:
// forget the corrections of one remark of a pending upload.
func (s *Server) undoUploadRemark(w http.ResponseWriter, r *http.Request) error {
	return s.editUploadRemark(w, r, func(_ url.Values, e *archive.UploadEdit) (string, error) {
		e.Undo = true
		return "is back as the parser read it.", nil
	})
}

// editUploadRemark stores a correction made in a preview (what fill reads
// from the form) and shows the preview again at the remark; a refusal is
// its status page (422, or 409 and 410 for an upload no longer pending)
// and changes nothing.
func (s *Server) editUploadRemark(w http.ResponseWriter, r *http.Request, fill func(url.Values, *archive.UploadEdit) (string, error)) error {
	id, err := uploadID(r)
	if err != nil {
		return err
	}
	index, err := strconv.Atoi(chi.URLParam(r, "index"))
	if err != nil || index < 1 || strconv.Itoa(index) != chi.URLParam(r, "index") {
		return statusError(http.StatusNotFound, "There is no such remark in this upload.")
	}
	if err := parseSmallForm(w, r); err != nil {
		return err
	}
	e := archive.UploadEdit{ID: id, Index: index}
	what, err := fill(r.PostForm, &e)
	if err != nil {
		return err
	}
	if err := s.store.EditUpload(r.Context(), e, s.adminName(r)); err != nil {
		return adminError(err)
	}
	if !e.Undo {
		what += "; publishing applies it, and later revisions keep it."
	}
	s.flash(r, "Remark #"+strconv.Itoa(index)+" "+what)
	http.Redirect(w, r, uploadURL(id)+"#pr"+strconv.Itoa(index), http.StatusSeeOther)
	return nil
}
