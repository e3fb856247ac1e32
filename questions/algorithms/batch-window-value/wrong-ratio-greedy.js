// Takes jobs by value per minute while they fit: right for divisible work, wrong for whole jobs.
function bestBatchValue(costs, values, budget) {
  const order = costs.map((_, i) => i).sort((a, b) => values[b] / costs[b] - values[a] / costs[a]);
  let left = budget, total = 0;
  for (const i of order) {
    if (costs[i] <= left) { left -= costs[i]; total += values[i]; }
  }
  return total;
}
