// Each client has a queue of its accepted timestamps, oldest first. Before deciding, timestamps
// windowMs or more in the past leave the front; the request is accepted if fewer than limit remain.
// The queue is a slice with a head index, compacted when the dropped prefix is at least half of it,
// so memory follows the requests still in the window and every timestamp is moved O(1) times.
type clientLog struct {
	times []int
	head  int
}

type SlidingWindowLimiter struct {
	limit, window int
	logs          map[string]*clientLog
}

func Constructor(limit int, windowMs int) SlidingWindowLimiter {
	return SlidingWindowLimiter{limit: limit, window: windowMs, logs: map[string]*clientLog{}}
}

func (this *SlidingWindowLimiter) Allow(clientId string, nowMs int) bool {
	log, ok := this.logs[clientId]
	if !ok {
		log = &clientLog{}
		this.logs[clientId] = log
	}
	for log.head < len(log.times) && nowMs-log.times[log.head] >= this.window {
		log.head++
	}
	if log.head > 0 && 2*log.head >= len(log.times) {
		log.times = append(log.times[:0], log.times[log.head:]...)
		log.head = 0
	}
	if len(log.times)-log.head >= this.limit {
		return false
	}
	log.times = append(log.times, nowMs)
	return true
}
