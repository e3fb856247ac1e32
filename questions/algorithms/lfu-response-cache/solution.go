import "container/list"

// A map from key to its list element, and one list per use count holding that count's keys from
// least to most recently used. A use moves the key to the back of the next count's list; minFreq is
// the smallest count with keys, so the victim is the front of that list. Every operation is O(1).
type lfuEntry struct {
	key, value, freq int
}

type LFUCache struct {
	capacity int
	entries  map[int]*list.Element
	byFreq   map[int]*list.List
	minFreq  int
}

func Constructor(capacity int) LFUCache {
	return LFUCache{capacity: capacity, entries: map[int]*list.Element{}, byFreq: map[int]*list.List{}}
}

func (this *LFUCache) bucket(freq int) *list.List {
	l, ok := this.byFreq[freq]
	if !ok {
		l = list.New()
		this.byFreq[freq] = l
	}
	return l
}

// use moves a key's element from its count's list to the back of the next count's list.
func (this *LFUCache) use(el *list.Element) *list.Element {
	e := el.Value.(*lfuEntry)
	old := this.byFreq[e.freq]
	old.Remove(el)
	if old.Len() == 0 {
		delete(this.byFreq, e.freq)
		if this.minFreq == e.freq {
			this.minFreq++
		}
	}
	e.freq++
	moved := this.bucket(e.freq).PushBack(e)
	this.entries[e.key] = moved
	return moved
}

func (this *LFUCache) Get(key int) int {
	el, ok := this.entries[key]
	if !ok {
		return -1
	}
	return this.use(el).Value.(*lfuEntry).value
}

func (this *LFUCache) Put(key int, value int) {
	if this.capacity <= 0 {
		return
	}
	if el, ok := this.entries[key]; ok {
		el.Value.(*lfuEntry).value = value
		this.use(el)
		return
	}
	if len(this.entries) >= this.capacity {
		victims := this.byFreq[this.minFreq]
		victim := victims.Remove(victims.Front()).(*lfuEntry)
		if victims.Len() == 0 {
			delete(this.byFreq, this.minFreq)
		}
		delete(this.entries, victim.key)
	}
	this.entries[key] = this.bucket(1).PushBack(&lfuEntry{key: key, value: value, freq: 1})
	this.minFreq = 1
}
