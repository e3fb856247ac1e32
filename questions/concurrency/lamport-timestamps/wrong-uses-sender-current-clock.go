// Wrong: a receive looks up the sender's clock as it is now, not the value the message carried when
// it was sent, so a message received long after the sender moved on gets too large a timestamp.
func lamportTimestamps(events []Event) []int {
	clock := map[string]int{}
	sender := map[string]string{}
	out := make([]int, len(events))
	for i, e := range events {
		switch e.Kind {
		case "send":
			sender[*e.Msg] = e.Node
			clock[e.Node]++
		case "recv":
			clock[e.Node] = max(clock[e.Node], clock[sender[*e.Msg]]) + 1
		default:
			clock[e.Node]++
		}
		out[i] = clock[e.Node]
	}
	return out
}
