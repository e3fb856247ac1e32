// Binary-searches the first version at or after the requested time, returning a future value between versions.
class TimeMap {
  constructor() {
    this.versions = new Map();
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
    let lo = 0;
    let hi = v.times.length - 1;
    if (v.times[0] > timestamp) return '';
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v.times[mid] < timestamp) lo = mid + 1;
      else hi = mid;
    }
    return v.values[lo];
  }
}
