class SlidingWindowLimiter {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.logs = new Map(); // clientId -> { times: number[], head: number }
  }
  allow(clientId, nowMs) {
    let log = this.logs.get(clientId);
    if (!log) {
      log = { times: [], head: 0 };
      this.logs.set(clientId, log);
    }
    while (log.head < log.times.length && nowMs - log.times[log.head] >= this.windowMs) log.head++;
    if (log.head > 64 && log.head * 2 > log.times.length) {
      log.times = log.times.slice(log.head);
      log.head = 0;
    }
    if (log.times.length - log.head >= this.limit) return false;
    log.times.push(nowMs);
    return true;
  }
}
