package minutes

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf8"
)

// decode turns raw bytes into clean UTF-8 text with LF line endings. It
// strips a UTF-8 BOM, reads UTF-16 with a BOM or, when the zero bytes
// give the byte order away, without one, and falls back to the charset an
// HTML document declares or to Windows-1252 (a superset of Latin-1's
// printable range) when the bytes are not valid UTF-8, because that is
// what older minutes were saved in.
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
			bom := utf16Order(src)
			if bom == nil {
				return "", ErrBinary
			}
			u, err := decodeUTF16(append(bom, src[:len(src)&^1]...))
			if err != nil {
				return "", err
			}
			s = u
		} else if utf8.Valid(src) {
			s = string(src)
		} else {
			u, err := decodeLegacy(src)
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

// isBinary reports text with more than 10% control characters (C0 other
// than whitespace, DEL, C1, and U+FFFD replacement characters). s is valid
// UTF-8 (decode guarantees it), so one pass over the bytes counts runes
// and spots the multi-byte controls by their encodings without decoding.
func isBinary(s string) bool {
	ctrl, n := 0, 0
	for i := 0; i < len(s); i++ {
		// Eight printable ASCII bytes at a time (no byte below 0x20 nor
		// from 0x7F up): eight runes, no control among them.
		for i+8 <= len(s) && plainASCII8(binary.LittleEndian.Uint64([]byte(s[i:i+8]))) {
			i += 8
			n += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		switch {
		case c&0xC0 == 0x80:
			continue // a continuation byte: not a rune of its own
		case c < 0x20:
			if c != '\n' && c != '\r' && c != '\t' && c != '\f' {
				ctrl++
			}
		case c == 0x7F:
			ctrl++
		case c == 0xC2 && i+1 < len(s) && s[i+1] < 0xA0: // U+0080..U+009F
			ctrl++
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBF && s[i+2] == 0xBD: // U+FFFD
			ctrl++
		}
		n++
	}
	return n > 0 && ctrl*10 > n
}

// plainASCII8 reports eight bytes all in 0x20..0x7E.
func plainASCII8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := (x - 0x20*ones) & ^x & highs // some byte < 0x20 (or >= 0x80)
	above := (x + 0x01*ones) | x          // some byte >= 0x7F sets its high bit
	return (below|above)&highs == 0
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
