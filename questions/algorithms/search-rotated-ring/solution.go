func searchRotated(ring []int, target int) int {
	lo, hi := 0, len(ring)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		switch {
		case ring[mid] == target:
			return mid
		case ring[lo] <= ring[mid]:
			if ring[lo] <= target && target < ring[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		case ring[mid] < target && target <= ring[hi]:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}
