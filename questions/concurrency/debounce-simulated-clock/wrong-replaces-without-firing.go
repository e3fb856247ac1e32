// Wrong: a new event replaces the pending value without first firing it when it was already due,
// so a value whose wait ran out before the next event is lost instead of saved.
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

func (this *Debouncer) Call(t int64, value any) {
	this.pending = true
	this.due = t + this.wait
	this.value = value
}

func (this *Debouncer) Drain(t int64) [][]any {
	if this.pending && this.due <= t {
		this.fired = append(this.fired, []any{this.due, this.value})
		this.pending = false
	}
	out := this.fired
	this.fired = [][]any{}
	return out
}
