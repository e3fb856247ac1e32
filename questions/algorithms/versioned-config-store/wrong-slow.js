// Right answers, but get walks back through the key's versions one by one: O(v) per get.
class TimeMap {
  constructor() {
    this.versions = new Map();
  }
  set(key, value, timestamp) {
    if (!this.versions.has(key)) this.versions.set(key, []);
    this.versions.get(key).push([timestamp, value]);
  }
  get(key, timestamp) {
    const list = this.versions.get(key) || [];
    for (let i = list.length - 1; i >= 0; i--) if (list[i][0] <= timestamp) return list[i][1];
    return '';
  }
}
