// Right answers, but get filters all of the key's versions to find the last one at or before the time:
// O(v) per get.
class TimeMap {
  constructor() {
    this.versions = new Map();
  }
  set(key, value, timestamp) {
    if (!this.versions.has(key)) this.versions.set(key, []);
    this.versions.get(key).push({ timestamp, value });
  }
  get(key, timestamp) {
    const earlier = (this.versions.get(key) || []).filter((v) => v.timestamp <= timestamp);
    return earlier.length > 0 ? earlier[earlier.length - 1].value : '';
  }
}
