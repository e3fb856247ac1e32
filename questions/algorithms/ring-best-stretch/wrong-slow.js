// Every start, every length: O(n^2).
function bestArc(gains) {
  const n = gains.length;
  let best = -Infinity;
  for (let start = 0; start < n; start++) {
    let sum = 0;
    for (let len = 0; len < n; len++) {
      sum += gains[(start + len) % n];
      if (sum > best) best = sum;
    }
  }
  return best;
}
