package minutes

import "testing"

// TestSubtitleTranscripts checks transcripts saved as subtitles: WebVTT
// with voice spans or "Name:" cues, SubRip, a NOTE block, a cue that runs
// on with no name; and that minutes quoting one timing line stay minutes.
// The inputs are invented, in the formats' published shapes.
func TestSubtitleTranscripts(t *testing.T) {
	checkTurns(t, []turnCase{
		{"WebVTT voice spans, a speaker's cues joined", "call.vtt",
			"WEBVTT\n\nNOTE recorded by the meeting app\n\n1a2b-1\n00:00:01.000 --> 00:00:04.500\n<v Jason Plum>Hello everyone,</v>\n\n1a2b-2\n00:00:04.500 --> 00:00:06.000\n<v Jason Plum>welcome to the call.</v>\n\n" +
				"1a2b-3\n00:00:07.000 --> 00:00:09.000 align:start\n<v.loud Gregor Zeitlinger>Thanks. <i>About</i> the release.</v>\n",
			[]string{"Jason Plum: Hello everyone, welcome", "Gregor Zeitlinger: Thanks. About the"}},
		{"WebVTT cues with a name and a colon, a cue running on", "call.txt",
			"WEBVTT\n\n00:01.000 --> 00:04.000\nJason Plum: Hello everyone,\nwelcome to the call.\n\n00:04.000 --> 00:06.000\nand thanks for joining.\n\n00:07.000 --> 00:09.000\nGregor Zeitlinger: Thanks.\n",
			[]string{"Jason Plum: Hello everyone, welcome", "Gregor Zeitlinger: Thanks."}},
		{"SubRip", "call.srt",
			"1\n00:00:01,000 --> 00:00:04,500\nJason Plum: Hello everyone.\n\n2\n00:00:05,000 --> 00:00:09,000\nGregor Zeitlinger: The release is late.\n\n3\n00:00:09,000 --> 00:00:10,000\nJason Plum: Thanks.\n",
			[]string{"Jason Plum: Hello everyone.", "Gregor Zeitlinger: The release is", "Jason Plum: Thanks."}},
		{"two voices in one cue, a character reference", "x.vtt",
			"WEBVTT\n\n00:01.000 --> 00:04.000\n- <v Ana Ruiz>Yes, Q&amp;A later.</v>\n- <v Bob Lee>No.</v>\n\n00:04.000 --> 00:06.000\n<v Bob Lee>I mean yes.</v>\n",
			[]string{"Ana Ruiz: Yes, Q&A later.", "Bob Lee: No. I mean"}},
		{"minutes that quote a few cues in a code block are minutes", "x.md",
			"# Notes\n\nAnn Lee: the captions read:\n\n```\n00:00:01.000 --> 00:00:02.000\nhi\n00:00:03.000 --> 00:00:04.000\nthere\n00:00:05.000 --> 00:00:06.000\nyou\n```\n\n" +
				"Tom Smith: fine, a long remark about the captions and what they say.\n\nAnn Lee: more words.\n\nTom Smith: again.\n\nAnn Lee: ok, we go on with the rest of the agenda now.\n",
			[]string{"Ann Lee: the captions read:", "Ann Lee: 00:00:01.000 --> 00:00:02.000", "Tom Smith: fine, a long", "Ann Lee: more words.", "Tom Smith: again.", "Ann Lee: ok, we go"}},
		{"minutes that quote a timing line are minutes", "x.md",
			"## Captions\n\nAnn Lee: the caption file reads 00:00:01.000 --> 00:00:04.500 and is fine.\n\nTom Smith: agreed.\n",
			[]string{"Ann Lee: the caption file", "Tom Smith: agreed."}},
	})
}

// TestMachineTranscriptLabels checks the labels of machine transcripts:
// voices told apart but not named ("SPEAKER_03", "Speaker 2"), names in
// brackets with a colon, an unidentified voice; and that a Markdown
// link's definition ("[bob]: https://…") is nobody's turn.
func TestMachineTranscriptLabels(t *testing.T) {
	checkTurns(t, []turnCase{
		{"voices a speech-to-text service told apart", "x.txt",
			"Board of Health\n\nSPEAKER_03: Good evening, I call this meeting to order.\n\nSPEAKER_01: Present.\n\nSpeaker 2: I am here for the restaurant.\n\nMCM00001745_SPEAKER_03: Thank you.\n",
			[]string{"SPEAKER_03: Good evening, I", "SPEAKER_01: Present.", "Speaker 2: I am here", "MCM00001745_SPEAKER_03: Thank you."}},
		{"names and voices in brackets with a colon", "x.txt",
			"Board of Health\n\n[SPEAKER_03]: Good evening, I call this meeting to order.\n\n[Adam Hurtubise]: Present.\n\n[Unidentified]: Can you hear me?\n\n[SPEAKER_03]: Yes.\n",
			[]string{"SPEAKER_03: Good evening, I", "Adam Hurtubise: Present.", "-: Can you hear", "SPEAKER_03: Yes."}},
		{"a transcript's time into the recording beside the name", "x.txt",
			"Transcript\n\nJason Plum [00:05]: Hello everyone, welcome.\n\nGregor Zeitlinger [00:00:12]: Thanks.\n\n[Jason Plum] 10:02:13\nSure, go ahead.\n\n[Ann Lee] 10:03:01 Fine.\n\n[rob] 10:30 is fine.\n",
			[]string{"Jason Plum: Hello everyone, welcome.", "Gregor Zeitlinger: Thanks.", "Jason Plum: Sure, go ahead.", "Ann Lee: Fine.", "rob: 10:30 is fine."}},
		{"a Markdown link's definition is nobody's", "x.md",
			"# DEP meeting\n\n[bob]: https://github.com/munificent\n[gilad]: <https://github.com/gbracha>\n[spec]: ../spec.md\n[faq]: #faq\n\n## Notes\n\nBob Nystrom: we should ship it.\n",
			[]string{"Bob Nystrom: we should ship"}},
	})
}
