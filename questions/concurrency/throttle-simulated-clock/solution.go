// The time of the last push and at most one pending value. Before anything at time t, the pending
// value goes out if its slot (lastPush + interval) has come, and that push starts the next interval;
// then a call pushes now if a whole interval has passed, or waits as the pending value.
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
	this.hasPending = true
	this.pending = value
}

func (this *Throttler) Drain(t int64) [][]any {
	this.flush(t)
	out := this.pushes
	this.pushes = [][]any{}
	return out
}
