func rolloutPlans(n int) int64 {
	var a, b int64 = 1, 1
	for i := 2; i <= n; i++ {
		a, b = b, a+b
	}
	return b
}
