// Finds the entry to evict by scanning every key: O(capacity) per eviction instead of O(1).
class LFUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.items = new Map(); // key -> { value, uses, last }
    this.clock = 0;
  }
  get(key) {
    this.clock++;
    const e = this.items.get(key);
    if (!e) return -1;
    e.uses++;
    e.last = this.clock;
    return e.value;
  }
  put(key, value) {
    this.clock++;
    if (this.capacity === 0) return;
    const e = this.items.get(key);
    if (e) {
      e.value = value;
      e.uses++;
      e.last = this.clock;
      return;
    }
    if (this.items.size >= this.capacity) {
      let victim;
      let best;
      for (const [k, x] of this.items) {
        if (!best || x.uses < best.uses || (x.uses === best.uses && x.last < best.last)) {
          best = x;
          victim = k;
        }
      }
      this.items.delete(victim);
    }
    this.items.set(key, { value, uses: 1, last: this.clock });
  }
}
