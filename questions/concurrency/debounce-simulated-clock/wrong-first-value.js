// Keeps the first value of a burst instead of the last one (only the due time moves).
class Debouncer {
  constructor(waitMs) {
    this.waitMs = waitMs;
    this.pending = undefined;
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
    this.pending = { due: t + this.waitMs, value: this.pending ? this.pending.value : value };
  }
  drain(t) {
    this.advance(t);
    const out = this.fired;
    this.fired = [];
    return out;
  }
}
