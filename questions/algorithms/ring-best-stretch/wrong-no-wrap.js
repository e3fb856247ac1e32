// Plain best subarray: forgets that an arc may wrap past the last node.
function bestArc(gains) {
  let bestEnd = -Infinity, best = -Infinity;
  for (const g of gains) {
    bestEnd = Math.max(g, bestEnd + g);
    best = Math.max(best, bestEnd);
  }
  return best;
}
