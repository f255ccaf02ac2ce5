package server

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/plenary/plenary/internal/archive"
)

// uploadRefusal maps a refused upload to its status and the message the
// form shows; ok is false for errors that are not the input's fault.
func uploadRefusal(err error) (status int, msg string, ok bool) {
	var mbe *http.MaxBytesError
	var ie *archive.InputError
	var bfe *badFormError
	switch {
	case errors.As(err, &mbe), errors.Is(err, archive.ErrTooLarge):
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("The file is too large: the limit is %d MiB. Nothing was stored.", archive.MaxSourceBytes>>20), true
	case errors.As(err, &bfe):
		return http.StatusBadRequest, "The upload form could not be read: it arrived incomplete or malformed. Submit the form again. Nothing was stored.", true
	case errors.Is(err, archive.ErrEmptySource):
		return http.StatusBadRequest, "The upload is empty: choose a file or paste the minutes. Nothing was stored.", true
	case errors.Is(err, archive.ErrBinarySource):
		return http.StatusUnsupportedMediaType, "This is not a text file (it looks like binary data, such as a PDF, image or archive). Upload the minutes as plain text, Markdown or HTML. Nothing was stored.", true
	case errors.Is(err, archive.ErrSourceEncoding):
		return http.StatusUnprocessableEntity, "The file's character encoding could not be read. Save it as UTF-8 and upload it again. Nothing was stored.", true
	case errors.Is(err, archive.ErrNoRemarks):
		return http.StatusUnprocessableEntity, "No remarks were found in this file: it does not look like minutes (agenda headings and who said what). Nothing was stored.", true
	case errors.As(err, &ie):
		return http.StatusUnprocessableEntity, ie.Error() + ". Nothing was stored.", true
	}
	return 0, "", false
}

// adminError maps the archive's refusals of admin actions to status pages.
func adminError(err error) error {
	var ie *archive.InputError
	switch {
	case errors.Is(err, archive.ErrAlreadyPublished):
		return &httpError{status: http.StatusConflict, msg: "This upload has already been published (perhaps by another admin); it cannot be published or discarded again.", err: err}
	case errors.Is(err, archive.ErrDiscarded):
		return &httpError{status: http.StatusGone, msg: "This upload was discarded (perhaps by another admin); it can no longer be previewed or published. Its source is kept in the archive's records.", err: err}
	case errors.As(err, &ie):
		return &httpError{status: http.StatusUnprocessableEntity, msg: ie.Error(), err: err}
	case errors.Is(err, archive.ErrPublishBusy):
		return &httpError{status: http.StatusServiceUnavailable, msg: "Another publish (an import of many files, perhaps) has held the archive for over a minute and a half. Nothing was changed: publish again when it is done.", err: err}
	}
	return err
}
