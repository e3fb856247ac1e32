func trappedWater(heights []int) int64 {
	lo, hi := 0, len(heights)-1
	leftMax, rightMax := 0, 0
	var water int64
	for lo < hi {
		if heights[lo] < heights[hi] {
			leftMax = max(leftMax, heights[lo])
			water += int64(leftMax - heights[lo])
			lo++
		} else {
			rightMax = max(rightMax, heights[hi])
			water += int64(rightMax - heights[hi])
			hi--
		}
	}
	return water
}
