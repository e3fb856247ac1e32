// Tries both replicas for every shard: O(2^n).
function smallestLoadGap(loads) {
  const go = (i, diff) => (i === loads.length ? Math.abs(diff) : Math.min(go(i + 1, diff + loads[i]), go(i + 1, diff - loads[i])));
  return go(0, 0);
}
