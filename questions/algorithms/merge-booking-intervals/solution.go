import "sort"

func mergeBookings(bookings [][]int) [][]int {
	sorted := append([][]int(nil), bookings...)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i][0] != sorted[j][0] {
			return sorted[i][0] < sorted[j][0]
		}
		return sorted[i][1] < sorted[j][1]
	})
	out := [][]int{}
	for _, b := range sorted {
		if n := len(out); n > 0 && b[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], b[1])
		} else {
			out = append(out, []int{b[0], b[1]})
		}
	}
	return out
}
