type TokenBucket struct {
	cap, rate, tokens float64
	last              int
}

func Constructor(capacity int, refillPerSecond float64) TokenBucket {
	return TokenBucket{cap: float64(capacity), rate: refillPerSecond, tokens: float64(capacity)}
}

func (this *TokenBucket) Allow(nowMs int) bool {
	this.tokens = min(this.cap, this.tokens+float64(nowMs-this.last)*this.rate/1000)
	this.last = nowMs
	if this.tokens >= 1-1e-9 {
		this.tokens--
		return true
	}
	return false
}
