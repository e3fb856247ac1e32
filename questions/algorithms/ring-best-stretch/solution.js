function bestArc(gains) {
  let total = 0;
  let bestEnd = -Infinity, best = -Infinity;
  let worstEnd = Infinity, worst = Infinity;
  for (const g of gains) {
    total += g;
    bestEnd = Math.max(g, bestEnd + g);
    best = Math.max(best, bestEnd);
    worstEnd = Math.min(g, worstEnd + g);
    worst = Math.min(worst, worstEnd);
  }
  // The wrapping arc leaves out the smallest piece; it must not leave out everything.
  if (best < 0) return best;
  return Math.max(best, total - worst);
}
