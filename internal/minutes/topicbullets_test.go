package minutes

import "testing"

// TestTopicBullets checks the outline of notes that set each topic as a
// bullet at the margin over the discussion nested under it.
func TestTopicBullets(t *testing.T) {
	const exr = "# 10/22/2020\n\n### Attending:\n* Cary Phillips\n* Larry Gritz\n\n### Discussion:\n" +
		"* ASWF project survey: should OpenEXR participate?\n  * Larry: we struggle to enumerate what to ask.\n  * Cary: the questions are interesting to us.\n" +
		"* GPU acceleration of EXR reading:\n  * Steve: reading compressed files, decompress on the GPU.\n  * Larry: what's the programming model?\n"
	tests := []struct{ name, src, want string }{
		{"topics under a heading of the discussion as a whole", exr,
			"Attending:|Discussion:|ASWF project survey: should OpenEXR participate?|GPU acceleration of EXR reading:"},
		{"a topic under which nothing was noted stays a topic among the others", "# WG\n\nNotes\n\n- Demo\n  - Brandon: regclient works.\n- Are layout changes needed?\n- Upgrading\n  - Josh: a PR is open.\n",
			"Demo|Are layout changes needed?|Upgrading"},
		{"an ordered list numbers its topics as printed, every one '1.' alike; a topic's emoji shortcodes are no part of its title",
			"# Dev Dept Minutes - March 19th, 2024\n\n1. Roll Call\n1. Last meeting minutes approved.\n1. :handshake: **Budget** :handshake:\n   - [name=kopeboy]\n     - Dev should co-own it.\n" +
				"1. :handshake: **Internal Tooling** :handshake:\n   - Ray Raspberry: consider incentives.\n",
			"1 Roll Call|1 Last meeting minutes approved.|1 Budget|1 Internal Tooling"},
		{"a list with a point standing alone is of points, not topics",
			"# Notes\n\n## Meeting Notes\n\n- Next Steps for the standard:\n  - Get three statements of use.\n- Within the next month Cisco will publish.\n- Any other companies supporting it?\n  - Will: Arista will send a request.\n",
			""},
		{"the bullets under a heading of one topic are its points",
			"# Team\n\n## GitHub issues workflow\n\n- What jobs are issues doing for us?\n  - Tracking code work\n- Issues vs. discussions\n  - Sean: consolidate the workflow\n",
			"GitHub issues workflow"},
		{"a list the agenda introduces restates it",
			"# Meetings\n\nThe draft agenda is:\n- P2093R3: Formatted output\n  - Review the updates.\n- N2620: Restartable functions\n  - Continue the discussion.\n\n# January 13th\n\nAnn Lee: fine.\n",
			"January 13th"},
	}
	for _, tt := range tests {
		if got := itemsOf(mustParse(t, tt.src, "x.md")); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
