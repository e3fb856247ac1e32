class KthLargest {
  constructor(k, nums) {
    this.k = k;
    this.heap = [];
    for (const x of nums) this.offer(x);
  }
  offer(x) {
    const h = this.heap;
    if (h.length < this.k) {
      h.push(x);
      let i = h.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (h[p] <= h[i]) break;
        [h[p], h[i]] = [h[i], h[p]];
        i = p;
      }
    } else if (x > h[0]) {
      h[0] = x;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l] < h[m]) m = l;
        if (r < h.length && h[r] < h[m]) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
  }
  add(val) {
    this.offer(val);
    return this.heap.length === this.k ? this.heap[0] : -1;
  }
}
