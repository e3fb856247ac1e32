// Right answers, but getMin scans the whole stack: O(n) per call.
class MinStack {
  constructor() {
    this.items = [];
  }
  push(x) {
    this.items.push(x);
  }
  pop() {
    this.items.pop();
  }
  top() {
    return this.items[this.items.length - 1];
  }
  getMin() {
    let m = Infinity;
    for (const x of this.items) if (x < m) m = x;
    return m;
  }
}
