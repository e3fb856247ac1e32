// Loops to i < n, so the count for n itself is missing.
function flagCounts(n) {
  const counts = [];
  for (let i = 0; i < n; i++) counts.push(i === 0 ? 0 : counts[i >> 1] + (i & 1));
  return counts.length === 0 ? [0] : counts;
}
