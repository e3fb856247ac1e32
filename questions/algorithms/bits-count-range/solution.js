function flagCounts(n) {
  const counts = new Array(n + 1);
  counts[0] = 0;
  for (let i = 1; i <= n; i++) counts[i] = counts[i >> 1] + (i & 1);
  return counts;
}
