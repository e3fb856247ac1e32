import "sort"

// Wrong: takes paths[:k] without capping k at the number of distinct paths, so a log with fewer
// than k endpoints panics with a slice bounds error instead of returning all of them.
func topEndpoints(requests []string, k int) []string {
	hits := map[string]int{}
	for _, r := range requests {
		hits[r]++
	}
	paths := make([]string, 0, len(hits))
	for p := range hits {
		paths = append(paths, p)
	}
	sort.Slice(paths, func(i, j int) bool {
		if hits[paths[i]] != hits[paths[j]] {
			return hits[paths[i]] > hits[paths[j]]
		}
		return paths[i] < paths[j]
	})
	return paths[:k]
}
