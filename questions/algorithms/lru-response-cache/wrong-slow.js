// Right answers, but remembers when each key was last used and scans every key for the oldest on
// eviction: O(capacity) per eviction.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.entries = new Map(); // key -> { value, used }
    this.clock = 0;
  }
  get(key) {
    const e = this.entries.get(key);
    if (!e) return -1;
    e.used = ++this.clock;
    return e.value;
  }
  put(key, value) {
    const e = this.entries.get(key);
    if (e) {
      e.value = value;
      e.used = ++this.clock;
      return;
    }
    if (this.entries.size >= this.capacity) {
      let oldest;
      let when = Infinity;
      for (const [k, x] of this.entries) if (x.used < when) { when = x.used; oldest = k; }
      this.entries.delete(oldest);
    }
    this.entries.set(key, { value, used: ++this.clock });
  }
}
