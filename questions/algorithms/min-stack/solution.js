class MinStack {
  constructor() {
    this.items = [];
  }
  push(x) {
    const min = this.items.length === 0 ? x : Math.min(x, this.items[this.items.length - 1][1]);
    this.items.push([x, min]);
  }
  pop() {
    this.items.pop();
  }
  top() {
    return this.items[this.items.length - 1][0];
  }
  getMin() {
    return this.items[this.items.length - 1][1];
  }
}
