func flagCounts(n int) []int {
	counts := make([]int, n+1)
	for i := 1; i <= n; i++ {
		counts[i] = counts[i>>1] + i&1
	}
	return counts
}
