// Starts the best at 0, so when every window is negative it answers 0.
function maxWindowSum(counts, k) {
  let sum = 0;
  let best = 0;
  for (let i = 0; i < counts.length; i++) {
    sum += counts[i];
    if (i >= k) sum -= counts[i - k];
    if (i >= k - 1) best = Math.max(best, sum);
  }
  return best;
}
