import "sort"

// Wrong: meetings that only touch (one ends at 10, the next starts at 10) count as overlapping.
func hasOverlap(meetings [][]int) bool {
	sort.Slice(meetings, func(i, j int) bool { return meetings[i][0] < meetings[j][0] })
	for i := 1; i < len(meetings); i++ {
		if meetings[i][0] <= meetings[i-1][1] {
			return true
		}
	}
	return false
}
