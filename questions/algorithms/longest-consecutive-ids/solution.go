func longestConsecutive(ids []int) int {
	seen := make(map[int]bool, len(ids))
	for _, x := range ids {
		seen[x] = true
	}
	best := 0
	for x := range seen {
		if seen[x-1] {
			continue
		}
		y := x
		for seen[y+1] {
			y++
		}
		best = max(best, y-x+1)
	}
	return best
}
