// At most one value is pending, with the time it is due; a new event replaces both. Before an event
// or a drain at time t, the pending value fires if it is due by t, stamped with its own due time.
type Debouncer struct {
	wait    int64
	pending bool
	due     int64
	value   any
	fired   [][]any
}

func Constructor(waitMs int) Debouncer {
	return Debouncer{wait: int64(waitMs), fired: [][]any{}}
}

func (this *Debouncer) advance(t int64) {
	if this.pending && this.due <= t {
		this.fired = append(this.fired, []any{this.due, this.value})
		this.pending = false
	}
}

func (this *Debouncer) Call(t int64, value any) {
	this.advance(t)
	this.pending = true
	this.due = t + this.wait
	this.value = value
}

func (this *Debouncer) Drain(t int64) [][]any {
	this.advance(t)
	out := this.fired
	this.fired = [][]any{}
	return out
}
