// Updating an existing key with put replaces the value but does not count as a use.
class LFUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.entries = new Map(); // key -> { value, freq }
    this.buckets = new Map(); // freq -> Map of keys in recency order (oldest first)
    this.minFreq = 0;
  }
  touch(key) {
    const entry = this.entries.get(key);
    const f = entry.freq;
    const bucket = this.buckets.get(f);
    bucket.delete(key);
    if (bucket.size === 0) {
      this.buckets.delete(f);
      if (this.minFreq === f) this.minFreq = f + 1;
    }
    entry.freq = f + 1;
    if (!this.buckets.has(f + 1)) this.buckets.set(f + 1, new Map());
    this.buckets.get(f + 1).set(key, true);
  }
  get(key) {
    const entry = this.entries.get(key);
    if (entry === undefined) return -1;
    this.touch(key);
    return entry.value;
  }
  put(key, value) {
    if (this.capacity <= 0) return;
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      entry.value = value;
      return;
    }
    if (this.entries.size >= this.capacity) {
      const bucket = this.buckets.get(this.minFreq);
      const victim = bucket.keys().next().value;
      bucket.delete(victim);
      if (bucket.size === 0) this.buckets.delete(this.minFreq);
      this.entries.delete(victim);
    }
    this.entries.set(key, { value, freq: 1 });
    if (!this.buckets.has(1)) this.buckets.set(1, new Map());
    this.buckets.get(1).set(key, true);
    this.minFreq = 1;
  }
}
