func pairWithSum(nums []int, target int) []int {
	seen := map[int]int{}
	for j, x := range nums {
		if i, ok := seen[target-x]; ok {
			return []int{i, j}
		}
		if _, ok := seen[x]; !ok {
			seen[x] = j
		}
	}
	return []int{}
}
