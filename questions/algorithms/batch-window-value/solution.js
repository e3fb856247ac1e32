function bestBatchValue(costs, values, budget) {
  const best = new Array(budget + 1).fill(0);
  for (let i = 0; i < costs.length; i++) {
    const c = costs[i], v = values[i];
    for (let b = budget; b >= c; b--) {
      if (best[b - c] + v > best[b]) best[b] = best[b - c] + v;
    }
  }
  return best[budget];
}
