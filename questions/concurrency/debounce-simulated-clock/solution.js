class Debouncer {
  constructor(waitMs) {
    this.waitMs = waitMs;
    this.pending = undefined; // { due, value }
    this.fired = [];
  }
  advance(t) {
    if (this.pending && this.pending.due <= t) {
      this.fired.push([this.pending.due, this.pending.value]);
      this.pending = undefined;
    }
  }
  call(t, value) {
    this.advance(t);
    this.pending = { due: t + this.waitMs, value };
  }
  drain(t) {
    this.advance(t);
    const out = this.fired;
    this.fired = [];
    return out;
  }
}
