function maxWindowSum(counts, k) {
  let sum = 0;
  for (let i = 0; i < k; i++) sum += counts[i];
  let best = sum;
  for (let i = k; i < counts.length; i++) {
    sum += counts[i] - counts[i - k];
    if (sum > best) best = sum;
  }
  return best;
}
