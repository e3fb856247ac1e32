func maxWindowSum(counts []int, k int) int64 {
	var sum int64
	for _, c := range counts[:k] {
		sum += int64(c)
	}
	best := sum
	for i := k; i < len(counts); i++ {
		sum += int64(counts[i] - counts[i-k])
		best = max(best, sum)
	}
	return best
}
