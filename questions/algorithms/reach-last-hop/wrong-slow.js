// Marks every relay reachable from each reachable relay: O(n * max reach).
function canReachEnd(reach) {
  const ok = new Uint8Array(reach.length);
  ok[0] = 1;
  for (let i = 0; i < reach.length; i++) {
    if (!ok[i]) continue;
    for (let j = i + 1; j < Math.min(reach.length, i + reach[i] + 1); j++) ok[j] = 1;
  }
  return ok[reach.length - 1] === 1;
}
