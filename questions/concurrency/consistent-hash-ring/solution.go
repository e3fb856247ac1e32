import (
	"sort"
	"strconv"
)

// The ring is a slice of (position, node) points sorted by position, then node name. A lookup
// binary-searches for the first point at or after h(key) and wraps to the start past the end.
// Adding or removing a node rebuilds the slice from the set of nodes: O(nr log nr), rare next to lookups.
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

// ringHash is 32-bit FNV-1a over the UTF-8 bytes, then the bit-mixing finalizer; uint32
// arithmetic wraps modulo 2^32 by itself.
func ringHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

func (this *HashRing) rebuild() {
	this.points = this.points[:0]
	for name := range this.nodes {
		for i := 0; i < this.replicas; i++ {
			this.points = append(this.points, ringPoint{ringHash(name + "#" + strconv.Itoa(i)), name})
		}
	}
	sort.Slice(this.points, func(i, j int) bool {
		a, b := this.points[i], this.points[j]
		if a.pos != b.pos {
			return a.pos < b.pos
		}
		return a.node < b.node
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
	h := ringHash(key)
	i := sort.Search(len(this.points), func(k int) bool { return this.points[k].pos >= h })
	if i == len(this.points) {
		i = 0
	}
	return this.points[i].node
}
