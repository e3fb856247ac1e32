class BoundedQueue {
  constructor(capacity) {
    this.capacity = capacity;
    this.items = [];
    this.takers = []; // resolve functions of waiting takes
    this.putters = []; // { item, resolve } of waiting puts
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
    if (this.items.length > 0) {
      const item = this.items.shift();
      const putter = this.putters.shift();
      if (putter) {
        this.items.push(putter.item);
        putter.resolve();
      }
      return Promise.resolve(item);
    }
    return new Promise((resolve) => this.takers.push(resolve));
  }
  size() {
    return this.items.length;
  }
}
