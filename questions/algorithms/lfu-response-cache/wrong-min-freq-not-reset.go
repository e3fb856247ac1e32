import "container/list"

// Wrong: inserting a new key does not set the smallest use count back to 1, so the next eviction
// looks in the list of an older, higher count and removes a frequently used key instead of the new one.
type node struct {
	key, value, freq int
}

type LFUCache struct {
	capacity int
	entries  map[int]*list.Element
	byFreq   map[int]*list.List
	minFreq  int
}

func Constructor(capacity int) LFUCache {
	return LFUCache{capacity: capacity, entries: map[int]*list.Element{}, byFreq: map[int]*list.List{}, minFreq: 1}
}

func (this *LFUCache) listFor(freq int) *list.List {
	if this.byFreq[freq] == nil {
		this.byFreq[freq] = list.New()
	}
	return this.byFreq[freq]
}

func (this *LFUCache) touch(el *list.Element) {
	n := el.Value.(*node)
	from := this.byFreq[n.freq]
	from.Remove(el)
	if from.Len() == 0 && this.minFreq == n.freq {
		this.minFreq++
	}
	n.freq++
	this.entries[n.key] = this.listFor(n.freq).PushBack(n)
}

func (this *LFUCache) Get(key int) int {
	el, ok := this.entries[key]
	if !ok {
		return -1
	}
	n := el.Value.(*node)
	this.touch(el)
	return n.value
}

func (this *LFUCache) Put(key int, value int) {
	if this.capacity == 0 {
		return
	}
	if el, ok := this.entries[key]; ok {
		el.Value.(*node).value = value
		this.touch(el)
		return
	}
	if len(this.entries) == this.capacity {
		for this.listFor(this.minFreq).Len() == 0 {
			this.minFreq++
		}
		lru := this.listFor(this.minFreq)
		delete(this.entries, lru.Remove(lru.Front()).(*node).key)
	}
	this.entries[key] = this.listFor(1).PushBack(&node{key: key, value: value, freq: 1})
}
