// Keeps every latency and sorts them all again on every add: far too slow for a long stream.
class KthLargest {
  constructor(k, nums) {
    this.k = k;
    this.values = [...nums];
  }
  add(val) {
    this.values.push(val);
    this.values.sort((a, b) => b - a);
    return this.values.length >= this.k ? this.values[this.k - 1] : -1;
  }
}
