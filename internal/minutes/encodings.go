package minutes

import (
	"bytes"
	"regexp"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// utf16Order guesses the byte order of UTF-16 text saved without a byte
// order mark ("Unicode" text from Windows tools): in text that is mostly
// ASCII, one byte of every pair is zero. It returns the two-byte mark
// decodeUTF16 expects, or nil.
func utf16Order(src []byte) []byte {
	n := min(len(src), 4096) &^ 1
	if n < 8 {
		return nil
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if src[i] == 0 {
			even++
		}
		if src[i+1] == 0 {
			odd++
		}
	}
	switch pairs := n / 2; {
	case odd*10 >= pairs*7 && even*10 <= pairs:
		return []byte{0xFF, 0xFE}
	case even*10 >= pairs*7 && odd*10 <= pairs:
		return []byte{0xFE, 0xFF}
	}
	return nil
}

// charsetDecl finds the charset an HTML or XML document declares in its
// opening bytes (<meta charset>, <meta http-equiv content="...;
// charset=...">, <?xml encoding="...">).
var charsetDecl = regexp.MustCompile(`(?i)(?:charset|encoding)\s*=\s*["']?([a-z0-9_.:-]+)`)

// decodeLegacy decodes bytes that are not UTF-8: with the encoding the
// document declares when it names one (ISO-8859-2, KOI8-R, Shift_JIS),
// otherwise as Windows-1252, which covers Latin-1's printable range.
func decodeLegacy(src []byte) ([]byte, error) {
	if m := charsetDecl.FindSubmatch(src[:min(len(src), 2048)]); m != nil {
		if enc, _ := charset.Lookup(string(m[1])); enc != nil {
			if out, err := enc.NewDecoder().Bytes(src); err == nil && !bytes.ContainsRune(out, 0xFFFD) {
				return out, nil
			}
		}
	}
	return charmap.Windows1252.NewDecoder().Bytes(src)
}
