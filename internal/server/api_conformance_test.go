package server

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/gorillamux"
)

// TestOpenAPIConformance serves real requests of every API route, errors
// included, and validates each request and response against
// openapi.json with kin-openapi: the description is what the API does.
func TestOpenAPIConformance(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	doc, err := openapi3.NewLoader().LoadFromData(openAPI)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(ctx); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	_, h := seededSite(t)
	for _, path := range []string{
		"/api/v1/sessions", "/api/v1/sessions?limit=1", "/api/v1/sessions?body=IETF&from=2016-01-01&to=2016-12-31",
		"/api/v1/sessions?limit=0", "/api/v1/sessions?cursor=!!!",
		"/api/v1/sessions/" + seedSlug, "/api/v1/sessions/" + hostileSlug, "/api/v1/sessions/no-such",
		"/api/v1/sessions/" + seedSlug + "/remarks/42", "/api/v1/sessions/" + hostileSlug + "/remarks/3",
		"/api/v1/sessions/" + seedSlug + "/remarks/99999",
		"/api/v1/speakers", "/api/v1/speakers/bob-sample", "/api/v1/speakers/bob-sample?limit=1", "/api/v1/speakers/nobody",
		"/api/v1/search?q=congestion", "/api/v1/search?q=internet&order=date&limit=3", "/api/v1/search?q=%3Cscript%3E",
		"/api/v1/search?q=x&speaker=%00&from=2030-01-01&to=2000-01-01", "/api/v1/search",
	} {
		req := httptest.NewRequest(http.MethodGet, "http://example.com"+path, nil)
		route, params, err := router.FindRoute(req)
		if err != nil {
			t.Errorf("%s: no route in openapi.json: %v", path, err)
			continue
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
		out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: rec.Code, Header: rec.Header(),
			Body: io.NopCloser(bytes.NewReader(rec.Body.Bytes())), Options: &openapi3filter.Options{IncludeResponseStatus: true}}
		if err := openapi3filter.ValidateResponse(ctx, out); err != nil {
			t.Errorf("%s: %d response does not match openapi.json: %v", path, rec.Code, err)
		}
	}
}
