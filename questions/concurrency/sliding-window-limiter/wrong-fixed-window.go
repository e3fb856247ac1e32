// Wrong: counts requests per fixed window (nowMs / windowMs) instead of a sliding one, so a client
// can send a full limit just before a window boundary and another full limit just after it.
type fixedCount struct {
	window int
	count  int
}

type SlidingWindowLimiter struct {
	limit, window int
	counts        map[string]*fixedCount
}

func Constructor(limit int, windowMs int) SlidingWindowLimiter {
	return SlidingWindowLimiter{limit: limit, window: windowMs, counts: map[string]*fixedCount{}}
}

func (this *SlidingWindowLimiter) Allow(clientId string, nowMs int) bool {
	w := nowMs / this.window
	c, ok := this.counts[clientId]
	if !ok || c.window != w {
		c = &fixedCount{window: w}
		this.counts[clientId] = c
	}
	if c.count >= this.limit {
		return false
	}
	c.count++
	return true
}
