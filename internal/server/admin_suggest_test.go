package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// TestSuggestSpeakers checks the JSON that speaker fields' suggestions
// come from: matches for what was typed, an empty list for nothing, a
// refusal of a huge query, and nothing for anonymous visitors.
func TestSuggestSpeakers(t *testing.T) {
	e := newAdminEnv(t, Config{})
	e.login()
	e.publish(testMinutes)
	for _, tc := range []struct {
		q      string
		status int
		want   string
	}{
		{"car", http.StatusOK, `[{"slug":"carol-person","name":"Carol Person"}]`},
		{"SAMPLE", http.StatusOK, `[{"slug":"bob-sample","name":"Bob Sample"}]`},
		{"", http.StatusOK, `[]`},
		{"zzz", http.StatusOK, `[]`},
		{strings.Repeat("a", 201), http.StatusBadRequest, ""},
	} {
		resp, body := e.get("/admin/speakers/suggest?q=" + tc.q)
		if resp.StatusCode != tc.status {
			t.Errorf("q=%.20s: %d, want %d", tc.q, resp.StatusCode, tc.status)
			continue
		}
		if tc.want == "" {
			continue
		}
		var got []struct {
			Slug string `json:"slug"`
			Name string `json:"name"`
		}
		if err := json.Unmarshal([]byte(body), &got); err != nil {
			t.Fatalf("q=%s: %v in %s", tc.q, err, body)
		}
		compact, _ := json.Marshal(got)
		if string(compact) != tc.want || resp.Header.Get("Content-Type") != "application/json" {
			t.Errorf("q=%s: %s (%s), want %s", tc.q, compact, resp.Header.Get("Content-Type"), tc.want)
		}
	}
	resp, err := newClient(t).Get(e.ts.URL + "/admin/speakers/suggest?q=car")
	if err != nil || resp.StatusCode != http.StatusSeeOther {
		t.Errorf("anonymous: %v %v, want 303 to the login", resp, err)
	}
}
