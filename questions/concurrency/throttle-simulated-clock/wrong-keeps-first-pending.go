// Wrong: during the quiet period the first update is kept as the trailing value and later ones are
// ignored, so the trailing push sends a stale value instead of the newest.
type Throttler struct {
	interval   int64
	pushed     bool
	lastPush   int64
	hasPending bool
	pending    string
	pushes     [][]any
}

func Constructor(intervalMs int) Throttler {
	return Throttler{interval: int64(intervalMs), pushes: [][]any{}}
}

func (this *Throttler) push(t int64, value string) {
	this.pushes = append(this.pushes, []any{t, value})
	this.pushed = true
	this.lastPush = t
}

func (this *Throttler) flush(t int64) {
	if this.hasPending && this.lastPush+this.interval <= t {
		this.hasPending = false
		this.push(this.lastPush+this.interval, this.pending)
	}
}

func (this *Throttler) Call(t int64, value string) {
	this.flush(t)
	if !this.pushed || t-this.lastPush >= this.interval {
		this.hasPending = false
		this.push(t, value)
		return
	}
	if !this.hasPending {
		this.hasPending = true
		this.pending = value
	}
}

func (this *Throttler) Drain(t int64) [][]any {
	this.flush(t)
	out := this.pushes
	this.pushes = [][]any{}
	return out
}
