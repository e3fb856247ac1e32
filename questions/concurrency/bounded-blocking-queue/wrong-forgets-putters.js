// A take frees a slot but never lets a waiting put in: producers blocked on a full queue hang forever.
class BoundedQueue {
  constructor(capacity) {
    this.capacity = capacity;
    this.items = [];
    this.takers = [];
    this.putters = [];
  }
  put(item) {
    const taker = this.takers.shift();
    if (taker) {
      taker(item);
      return Promise.resolve();
    }
    if (this.items.length < this.capacity) {
      this.items.push(item);
      return Promise.resolve();
    }
    return new Promise((resolve) => this.putters.push({ item, resolve }));
  }
  take() {
    if (this.items.length > 0) return Promise.resolve(this.items.shift());
    return new Promise((resolve) => this.takers.push(resolve));
  }
  size() {
    return this.items.length;
  }
}
