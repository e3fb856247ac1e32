func loneRequestId(ids []int) int {
	var result int32
	for bit := 0; bit < 32; bit++ {
		count := 0
		for _, x := range ids {
			if int32(x)>>bit&1 == 1 {
				count++
			}
		}
		if count%3 != 0 {
			result |= 1 << bit
		}
	}
	return int(result)
}
