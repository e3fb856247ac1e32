// Tries both choices for every job without remembering anything: O(2^n).
function bestBatchValue(costs, values, budget) {
  const go = (i, left) => {
    if (i === costs.length) return 0;
    let best = go(i + 1, left);
    if (costs[i] <= left) best = Math.max(best, values[i] + go(i + 1, left - costs[i]));
    return best;
  };
  return go(0, budget);
}
