package minutes

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// decode turns raw bytes into clean UTF-8 text with LF line endings. It
// strips a UTF-8 BOM, reads UTF-16 with a BOM, and falls back to
// Windows-1252 (a superset of Latin-1's printable range) when the bytes are
// not valid UTF-8, because that is what older minutes were saved in.
func decode(src []byte) (string, error) {
	if len(bytes.TrimSpace(src)) == 0 {
		return "", ErrEmpty
	}
	var s string
	switch {
	case bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}):
		src = src[3:]
		if !utf8.Valid(src) {
			return "", ErrEncoding
		}
		s = string(src)
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}), bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		u, err := decodeUTF16(src)
		if err != nil {
			return "", err
		}
		s = u
	default:
		if bytes.IndexByte(src, 0) >= 0 {
			return "", ErrBinary
		}
		if utf8.Valid(src) {
			s = string(src)
		} else {
			u, err := charmap.Windows1252.NewDecoder().Bytes(src)
			if err != nil {
				return "", ErrEncoding
			}
			s = string(u)
		}
	}
	if isBinary(s) {
		return "", ErrBinary
	}
	s = normaliseNewlines(s)
	if strings.TrimSpace(s) == "" {
		return "", ErrEmpty
	}
	return s, nil
}

// decodeUTF16 reads UTF-16 text that starts with a byte order mark.
func decodeUTF16(src []byte) (string, error) {
	if len(src)%2 != 0 {
		return "", ErrEncoding
	}
	big := src[0] == 0xFE
	var b strings.Builder
	units := make([]uint16, 0, len(src)/2)
	for i := 2; i+1 < len(src); i += 2 {
		if big {
			units = append(units, uint16(src[i])<<8|uint16(src[i+1]))
		} else {
			units = append(units, uint16(src[i+1])<<8|uint16(src[i]))
		}
	}
	for i := 0; i < len(units); i++ {
		u := rune(units[i])
		if u >= 0xD800 && u < 0xDC00 && i+1 < len(units) {
			lo := rune(units[i+1])
			if lo >= 0xDC00 && lo < 0xE000 {
				b.WriteRune((u-0xD800)<<10 + (lo - 0xDC00) + 0x10000)
				i++
				continue
			}
		}
		if u == 0 {
			return "", ErrBinary
		}
		b.WriteRune(u)
	}
	return b.String(), nil
}

// isBinary reports text dominated by control characters: such input is an
// image or archive uploaded by mistake, not minutes.
func isBinary(s string) bool {
	ctrl, n := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return isBinaryRunes(s[i:], ctrl, n)
		}
		n++
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F {
			ctrl++
		}
	}
	return n > 0 && ctrl*10 > n
}

// isBinaryRunes continues isBinary rune by rune once non-ASCII text
// appears, with the counts of the ASCII prefix.
func isBinaryRunes(s string, ctrl, n int) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x80 {
			n++
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F {
				ctrl++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size - 1
		n++
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			ctrl++
		} else if r == utf8.RuneError || (r >= 0x7F && r < 0xA0) {
			ctrl++
		}
	}
	return n > 0 && ctrl*10 > n
}

// normaliseNewlines turns CRLF and lone CR into LF and form feeds into
// blank lines, so later stages only see '\n'.
func normaliseNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 && strings.IndexByte(s, '\f') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ReplaceAll(s, "\f", "\n")
}
