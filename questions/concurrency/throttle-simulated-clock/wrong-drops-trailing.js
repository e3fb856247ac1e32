// Leading edge only: updates during the quiet period are dropped, so the newest value can be lost.
class Throttler {
  constructor(intervalMs) {
    this.intervalMs = intervalMs;
    this.lastPush = undefined;
    this.pushes = [];
  }
  call(t, value) {
    if (this.lastPush === undefined || t - this.lastPush >= this.intervalMs) {
      this.pushes.push([t, value]);
      this.lastPush = t;
    }
  }
  drain() {
    const out = this.pushes;
    this.pushes = [];
    return out;
  }
}
