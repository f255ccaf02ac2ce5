package server

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// multipartBody is a well-formed upload form with boundary "XyZ".
const multipartBody = "--XyZ\r\nContent-Disposition: form-data; name=\"slug\"\r\n\r\nsome-slug\r\n" +
	"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.txt\"\r\nContent-Type: text/plain\r\n\r\n" +
	testMinutes + "\r\n--XyZ--\r\n"

// TestUploadBadForms posts bodies that cannot be read as the upload form:
// each must re-show the form with a 400 and change nothing.
func TestUploadBadForms(t *testing.T) {
	tests := []struct {
		name, contentType, body string
	}{
		{"bad URL escape", "application/x-www-form-urlencoded", "text=%zz"},
		{"bad escape after good fields", "application/x-www-form-urlencoded", "slug=x&title=%G1"},
		{"truncated multipart", "multipart/form-data; boundary=XyZ", multipartBody[:len(multipartBody)/2]},
		{"multipart without closing boundary", "multipart/form-data; boundary=XyZ", strings.TrimSuffix(multipartBody, "--XyZ--\r\n")},
		{"multipart without boundary", "multipart/form-data", multipartBody},
		{"multipart garbage", "multipart/form-data; boundary=XyZ", "this is not multipart at all"},
		{"broken content type", "text/plain; ;=", "text=hello"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newAdminEnv(t, Config{})
			e.login()
			before := e.counts()
			req, _ := http.NewRequest(http.MethodPost, e.ts.URL+"/admin/uploads", strings.NewReader(tt.body))
			req.Header.Set("Content-Type", tt.contentType)
			resp, body := e.do(req)
			if resp.StatusCode != http.StatusBadRequest {
				t.Errorf("status = %d, want 400", resp.StatusCode)
			}
			if !strings.Contains(body, "could not be read") || !strings.Contains(body, `id="upload-error"`) {
				t.Errorf("the form is not re-shown with the reason:\n%.2000s", body)
			}
			e.sameCounts(before)
		})
	}
}

// FuzzUploadForm feeds arbitrary bodies and content types to the upload
// form reader: it must not panic, and whatever it refuses must map to a
// refusal shown on the form (4xx), never a server error.
func FuzzUploadForm(f *testing.F) {
	f.Add([]byte("text=%zz"), "application/x-www-form-urlencoded")
	f.Add([]byte("text=hello&slug=a-b&date=2025-01-02"), "application/x-www-form-urlencoded")
	f.Add([]byte(multipartBody), "multipart/form-data; boundary=XyZ")
	f.Add([]byte(multipartBody[:100]), "multipart/form-data; boundary=XyZ")
	f.Add([]byte(multipartBody), "multipart/form-data")
	f.Add([]byte("--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n"+strings.Repeat("t", 2000)+"\r\n--XyZ--\r\n"), "multipart/form-data; boundary=XyZ")
	f.Add([]byte("\x00\xff"), "")
	f.Add([]byte("x"), "text/plain; ;=")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		w := httptest.NewRecorder()
		r := httptest.NewRequest(http.MethodPost, "/admin/uploads", bytes.NewReader(body))
		r.Header.Set("Content-Type", contentType)
		limitUploadBody(w, r)
		_, err := readUploadForm(r)
		if err == nil {
			return
		}
		status, msg, ok := uploadRefusal(err)
		if !ok || status >= 500 || status < 400 || msg == "" {
			t.Errorf("readUploadForm error %v maps to %d %q, refusal %v; want a 4xx refusal", err, status, msg, ok)
		}
	})
}

// TestUploadSlowBodyOutlivesReadTimeout sends an upload more slowly than
// the server's ReadTimeout allows: createUpload extends the deadline for
// its request, so the upload still arrives whole.
func TestUploadSlowBodyOutlivesReadTimeout(t *testing.T) {
	e := newAdminEnv(t, Config{})
	slow := httptest.NewUnstartedServer(e.srv.Routes())
	slow.Config.ReadTimeout = 500 * time.Millisecond
	slow.Start()
	t.Cleanup(slow.Close)
	e.ts = slow
	e.login()

	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	// A long text field (ignored: the file wins) makes the body larger
	// than the client's buffers, so its first half reaches the server
	// before the pause instead of all of it after.
	_ = mw.WriteField("text", strings.Repeat("filler ", 64<<10))
	fw, _ := mw.CreateFormFile("file", "slow.txt")
	_, _ = fw.Write([]byte(testMinutes))
	_ = mw.Close()
	pr, pw := io.Pipe()
	go func() {
		half := buf.Len() / 2
		_, _ = pw.Write(buf.Bytes()[:half])
		time.Sleep(3 * slow.Config.ReadTimeout) // well past the server's deadline
		_, _ = pw.Write(buf.Bytes()[half:])
		_ = pw.Close()
	}()
	req, _ := http.NewRequest(http.MethodPost, slow.URL+"/admin/uploads", pr)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	resp, body := e.do(req)
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/admin/uploads/") {
		t.Errorf("slow upload = %d → %q, want 303 to the preview:\n%.1000s", resp.StatusCode, resp.Header.Get("Location"), body)
	}
}
