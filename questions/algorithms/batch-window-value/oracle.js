// Every subset, for the small written cases; throws when the two lists differ in length.
function bestBatchValue(costs, values, budget) {
  if (costs.length !== values.length) throw new Error('costs and values must have the same length');
  if (costs.length > 20) throw new Error('the oracle enumerates subsets of at most 20 jobs');
  let best = 0;
  for (let mask = 0; mask < 1 << costs.length; mask++) {
    let cost = 0, value = 0;
    for (let i = 0; i < costs.length; i++) if (mask & (1 << i)) { cost += costs[i]; value += values[i]; }
    if (cost <= budget && value > best) best = value;
  }
  return [best];
}
