// Caps after applying the jitter instead of capping the ceiling: once base * 2^i passes the cap, every
// client waits exactly capMs again and the retries synchronize (and 2 ** i overflows to Infinity).
function backoffDelays(baseMs, capMs, draws) {
  return draws.map((draw, i) => Math.min(capMs, Math.floor(draw * baseMs * 2 ** i)));
}
