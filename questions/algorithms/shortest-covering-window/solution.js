function shortestCover(log, codes) {
  if (codes.length === 0) return '';
  const need = new Map();
  for (const c of codes) need.set(c, (need.get(c) ?? 0) + 1);
  let missing = need.size;
  const have = new Map();
  let bestStart = 0;
  let bestLen = Infinity;
  let left = 0;
  for (let right = 0; right < log.length; right++) {
    const c = log[right];
    if (need.has(c)) {
      have.set(c, (have.get(c) ?? 0) + 1);
      if (have.get(c) === need.get(c)) missing--;
    }
    while (missing === 0) {
      if (right - left + 1 < bestLen) {
        bestLen = right - left + 1;
        bestStart = left;
      }
      const d = log[left++];
      if (need.has(d)) {
        if (have.get(d) === need.get(d)) missing++;
        have.set(d, have.get(d) - 1);
      }
    }
  }
  return bestLen === Infinity ? '' : log.slice(bestStart, bestStart + bestLen);
}
