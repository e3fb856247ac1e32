// One pass with two maps: each node's counter, and the value each message carries. A local event or
// a send ticks the node's counter (a send records the new value for its message); a receive sets the
// counter to the larger of it and the message's value, plus one.
func lamportTimestamps(events []Event) []int {
	clock := map[string]int{}
	carried := map[string]int{}
	out := make([]int, len(events))
	for i, e := range events {
		t := clock[e.Node]
		if e.Kind == "recv" && e.Msg != nil {
			t = max(t, carried[*e.Msg])
		}
		t++
		if e.Kind == "send" && e.Msg != nil {
			carried[*e.Msg] = t
		}
		clock[e.Node] = t
		out[i] = t
	}
	return out
}
