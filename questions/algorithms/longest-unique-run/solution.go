func longestUniqueRun(s string) int {
	last := map[byte]int{}
	left, best := 0, 0
	for i := 0; i < len(s); i++ {
		if at, ok := last[s[i]]; ok && at >= left {
			left = at + 1
		}
		last[s[i]] = i
		best = max(best, i-left+1)
	}
	return best
}
