// Right answers, but keeps the recency order in an array: indexOf and splice cost O(capacity) per call.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.order = [];
    this.values = new Map();
  }
  get(key) {
    const i = this.order.indexOf(key);
    if (i < 0) return -1;
    this.order.splice(i, 1);
    this.order.push(key);
    return this.values.get(key);
  }
  put(key, value) {
    const i = this.order.indexOf(key);
    if (i >= 0) this.order.splice(i, 1);
    else if (this.order.length >= this.capacity) this.values.delete(this.order.shift());
    this.order.push(key);
    this.values.set(key, value);
  }
}
