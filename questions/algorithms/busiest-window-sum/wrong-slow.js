// Re-sums every window: O(n*k), too slow for long inputs with a wide window.
function maxWindowSum(counts, k) {
  let best = -Infinity;
  for (let i = 0; i + k <= counts.length; i++) {
    let sum = 0;
    for (let j = i; j < i + k; j++) sum += counts[j];
    if (sum > best) best = sum;
  }
  return best;
}
