class TimeMap {
  constructor() {
    this.versions = new Map(); // key -> { times: number[], values: string[] }
  }
  set(key, value, timestamp) {
    let v = this.versions.get(key);
    if (v === undefined) {
      v = { times: [], values: [] };
      this.versions.set(key, v);
    }
    v.times.push(timestamp);
    v.values.push(value);
  }
  get(key, timestamp) {
    const v = this.versions.get(key);
    if (v === undefined) return '';
    // first index whose time is > timestamp
    let lo = 0;
    let hi = v.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v.times[mid] <= timestamp) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? v.values[lo - 1] : '';
  }
}
