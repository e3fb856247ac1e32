// Sorts all values on every findMedian: O(n log n) per query, far too slow for a long stream.
class MedianFinder {
  constructor() {
    this.values = [];
  }
  addNum(num) {
    this.values.push(num);
  }
  findMedian() {
    const s = [...this.values].sort((a, b) => a - b);
    const n = s.length;
    return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
