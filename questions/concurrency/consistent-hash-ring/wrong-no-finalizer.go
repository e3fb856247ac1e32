import (
	"sort"
	"strconv"
)

// Wrong: hashes with plain FNV-1a and leaves out the finalizer, so every point and key lands at a
// different position than the specified hash puts it.
type ringPoint struct {
	pos  uint32
	node string
}

type HashRing struct {
	replicas int
	nodes    map[string]bool
	points   []ringPoint
}

func Constructor(replicas int) HashRing {
	return HashRing{replicas: replicas, nodes: map[string]bool{}}
}

func fnv1a(s string) uint32 {
	h := uint32(2166136261)
	for _, b := range []byte(s) {
		h ^= uint32(b)
		h *= 16777619
	}
	return h
}

func (this *HashRing) rebuild() {
	this.points = nil
	for name := range this.nodes {
		for i := 0; i < this.replicas; i++ {
			this.points = append(this.points, ringPoint{fnv1a(name + "#" + strconv.Itoa(i)), name})
		}
	}
	sort.Slice(this.points, func(i, j int) bool {
		if this.points[i].pos != this.points[j].pos {
			return this.points[i].pos < this.points[j].pos
		}
		return this.points[i].node < this.points[j].node
	})
}

func (this *HashRing) AddNode(name string) {
	if !this.nodes[name] {
		this.nodes[name] = true
		this.rebuild()
	}
}

func (this *HashRing) RemoveNode(name string) {
	if this.nodes[name] {
		delete(this.nodes, name)
		this.rebuild()
	}
}

func (this *HashRing) OwnerOf(key string) string {
	if len(this.points) == 0 {
		return ""
	}
	h := fnv1a(key)
	i := sort.Search(len(this.points), func(k int) bool { return this.points[k].pos >= h })
	return this.points[i%len(this.points)].node
}
