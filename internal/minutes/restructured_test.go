package minutes

import "testing"

// TestRestructuredText checks minutes kept as reStructuredText: names
// linked to a page ("`Molly`_"), a literal, a role and an embedded link
// read as their text, and the link targets at the end are nobody's.
func TestRestructuredText(t *testing.T) {
	checkTurns(t, []turnCase{
		{"references to people's pages, a literal, a role", "minutes.rst",
			"=======\nMinutes\n=======\n\nIn Attendance: `Molly Wingate`_ (clerk), `Lisa Lister`_\n\n`Molly`_ started the meeting with a reading.\n\n" +
				"1. Finance. `Lisa`_ said the ``budget`` is on :doc:`the site <https://example.org/b>`__ now.\n\n.. _Molly: /Friends/MollyWingate/\n.. _Lisa: /Friends/LisaLister/\n",
			[]string{"Molly Wingate: Molly started the", "-: 1. Finance.", "Lisa Lister: Lisa said the"}},
	})
}

// TestRSTInline checks the inline markup restructuredText drops.
func TestRSTInline(t *testing.T) {
	for in, want := range map[string]string{
		"`Molly`_ joy":                  "Molly joy",
		"see `the site <https://x>`__.": "see the site.",
		"the ``EVENTS`` header":         "the EVENTS header",
		"read :ref:`intro` first":       "read intro first",
		"a lone ` backtick":             "a lone ` backtick",
		"ratio 3:`x`":                   "ratio 3:x",
	} {
		if got := rstInline(in); got != want {
			t.Errorf("rstInline(%q) = %q, want %q", in, got, want)
		}
	}
}
