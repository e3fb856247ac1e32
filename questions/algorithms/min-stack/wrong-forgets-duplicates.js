// Keeps a second stack of minimums but only pushes strictly smaller values, so popping one of two
// equal minimums loses the other.
class MinStack {
  constructor() {
    this.items = [];
    this.mins = [];
  }
  push(x) {
    this.items.push(x);
    if (this.mins.length === 0 || x < this.mins[this.mins.length - 1]) this.mins.push(x);
  }
  pop() {
    const x = this.items.pop();
    if (x === this.mins[this.mins.length - 1]) this.mins.pop();
  }
  top() {
    return this.items[this.items.length - 1];
  }
  getMin() {
    return this.mins[this.mins.length - 1];
  }
}
