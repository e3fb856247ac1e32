import "container/heap"

// Wrong: reads the pair [a, b] as "a goes first", the reverse of "a depends on b", so every
// dependency is deployed after the service that needs it.
func deployOrder(services []string, dependsOn [][]string) []string {
	indegree := map[string]int{}
	next := map[string][]string{}
	for _, p := range dependsOn {
		next[p[0]] = append(next[p[0]], p[1])
		indegree[p[1]]++
	}
	h := &readyHeap{}
	for _, s := range services {
		if indegree[s] == 0 {
			heap.Push(h, s)
		}
	}
	order := []string{}
	for h.Len() > 0 {
		s := heap.Pop(h).(string)
		order = append(order, s)
		for _, t := range next[s] {
			indegree[t]--
			if indegree[t] == 0 {
				heap.Push(h, t)
			}
		}
	}
	if len(order) != len(services) {
		return []string{}
	}
	return order
}

type readyHeap []string

func (h readyHeap) Len() int           { return len(h) }
func (h readyHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h readyHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *readyHeap) Push(x any)        { *h = append(*h, x.(string)) }
func (h *readyHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
