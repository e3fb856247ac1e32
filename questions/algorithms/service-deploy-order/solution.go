import "container/heap"

// Kahn's algorithm with a min-heap of ready names: count each service's undeployed dependencies,
// start with the services that have none, and always deploy the smallest ready name, then release
// its dependents. If fewer services come out than went in, the rest wait on a cycle: no order.
func deployOrder(services []string, dependsOn [][]string) []string {
	waiting := make(map[string]int, len(services))
	dependents := make(map[string][]string, len(services))
	for _, s := range services {
		waiting[s] = 0
	}
	for _, pair := range dependsOn {
		service, dependency := pair[0], pair[1]
		waiting[service]++
		dependents[dependency] = append(dependents[dependency], service)
	}
	ready := &nameHeap{}
	for _, s := range services {
		if waiting[s] == 0 {
			*ready = append(*ready, s)
		}
	}
	heap.Init(ready)
	order := make([]string, 0, len(services))
	for ready.Len() > 0 {
		s := heap.Pop(ready).(string)
		order = append(order, s)
		for _, d := range dependents[s] {
			waiting[d]--
			if waiting[d] == 0 {
				heap.Push(ready, d)
			}
		}
	}
	if len(order) < len(services) {
		return []string{}
	}
	return order
}

type nameHeap []string

func (h nameHeap) Len() int           { return len(h) }
func (h nameHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h nameHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *nameHeap) Push(x any)        { *h = append(*h, x.(string)) }
func (h *nameHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
