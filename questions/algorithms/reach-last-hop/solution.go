func canReachEnd(reach []int) bool {
	furthest := 0
	for i, r := range reach {
		if i > furthest {
			return false
		}
		furthest = max(furthest, i+r)
		if furthest >= len(reach)-1 {
			return true
		}
	}
	return true
}
