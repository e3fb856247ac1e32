class Throttler {
  constructor(intervalMs) {
    this.intervalMs = intervalMs;
    this.lastPush = undefined;
    this.pending = undefined; // { value }
    this.pushes = [];
  }
  flush(t) {
    if (this.pending && this.lastPush + this.intervalMs <= t) {
      const at = this.lastPush + this.intervalMs;
      this.pushes.push([at, this.pending.value]);
      this.lastPush = at;
      this.pending = undefined;
    }
  }
  call(t, value) {
    this.flush(t);
    if (this.lastPush === undefined || t - this.lastPush >= this.intervalMs) {
      this.pushes.push([t, value]);
      this.lastPush = t;
      this.pending = undefined;
    } else {
      this.pending = { value };
    }
  }
  drain(t) {
    this.flush(t);
    const out = this.pushes;
    this.pushes = [];
    return out;
  }
}
