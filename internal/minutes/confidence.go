package minutes

// Confidence is measured, not guessed: it is the share of words that the
// parser attributed right, on basis and signs alike, over the real minutes
// of the development set (testdata/real: 75 documents when fitted, about 139,000
// attributed words; refitted at 93). TestConfidenceCalibration measures it again and
// fails when a value drifts more than 0.05 from what it claims, so a
// rule that changes the parser's accuracy also refits this table (its
// log prints the new rates). Bases seen on few words are pulled towards the overall
// rate (an m-estimate with m = 50, overall 0.93), so that 35 lucky words
// do not claim certainty.
//
// Two signs split the largest bases where they differ most:
//   - first person ("I", "we", "my", "you"…) in narration: scribes write
//     about people, speakers about themselves, so narration in the first
//     person is often an unlabelled speech (right 0.58 of the time when
//     long, against 0.75 without);
//   - length: a long remark on reported speech or narration spans more
//     sentences, each a chance that someone else spoke.
//
// On the shared gold (14 documents not used to fit this), the tenth of
// remarks with the lowest confidence are wrong far more often than the
// rest: see the note of issue 15 for the measured rates.

// confidence is the confidence of a remark with text attributed on b.
func (b basis) confidence(text string) float64 {
	switch b {
	case bNarration:
		long, first := len(text) >= 80, firstPerson(text)
		switch {
		case long && first:
			return 0.62 // 0.623 on the 184 of the dev set (0.57 on 154)
		case long:
			return 0.75
		}
		return 0.83 // short narration, in the first person or not: 0.82 on the dev set
	case bContinued:
		if firstPerson(text) {
			return 0.95
		}
		return 0.92 // 0.93 with 89 documents, 0.85 with 93 (parish councils), 0.93 with 96 (printed Hansards)
	case bReported:
		if len(text) >= 400 {
			return 0.88
		}
		return 0.90
	}
	return basisConfidence[b]
}

// basisConfidence is the measured confidence of the bases without signs.
var basisConfidence = [...]float64{
	bLabel:      0.98,
	bRole:       0.99,
	bComma:      0.36, // 0.357 over 1,012 words of the 184 (0.50 over 546 of the first 75)
	bIntroduced: 0.93, // not seen in the development set: the overall rate
	bPresenter:  0.97, // 0.98 over 1,775 words (154 documents; 0.93 over 284 before)
	bResumed:    0.96, // 1.00 over 35 words
	bListOwner:  0.51, // 0.00 over 42 words (one document), pulled towards 0.93
}
