import "sort"

// Count the requests per path in one pass, then sort the distinct paths by count descending and
// path ascending (Go compares strings byte by byte, which is character-code order for ASCII) and
// keep the first k: O(n + d log d).
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
		a, b := paths[i], paths[j]
		if hits[a] != hits[b] {
			return hits[a] > hits[b]
		}
		return a < b
	})
	return paths[:min(k, len(paths))]
}
