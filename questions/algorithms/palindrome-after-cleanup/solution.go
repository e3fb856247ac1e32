func isCleanPalindrome(s string) bool {
	alnum := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }
	lower := func(c byte) byte {
		if c >= 'A' && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	// Bytes, not runes: a multi-byte character is never an ASCII letter or digit, so it is skipped either way.
	i, j := 0, len(s)-1
	for i < j {
		switch {
		case !alnum(s[i]):
			i++
		case !alnum(s[j]):
			j--
		case lower(s[i]) != lower(s[j]):
			return false
		default:
			i++
			j--
		}
	}
	return true
}
