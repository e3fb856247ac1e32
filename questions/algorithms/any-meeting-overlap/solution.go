import "sort"

func hasOverlap(meetings [][]int) bool {
	sorted := append([][]int(nil), meetings...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i][0] < sorted[j][0] })
	for i := 1; i < len(sorted); i++ {
		if sorted[i][0] < sorted[i-1][1] {
			return true
		}
	}
	return false
}
