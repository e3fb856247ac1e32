// Tries every start and extends until covered: O(n^2) windows.
function shortestCover(log, codes) {
  if (!codes) return '';
  const need = new Map();
  for (const c of codes) need.set(c, (need.get(c) || 0) + 1);
  let best = '';
  for (let i = 0; i < log.length; i++) {
    const have = new Map();
    for (let j = i; j < log.length; j++) {
      have.set(log[j], (have.get(log[j]) || 0) + 1);
      if ([...need].every(([c, k]) => (have.get(c) || 0) >= k)) {
        if (!best || j - i + 1 < best.length) best = log.slice(i, j + 1);
        break;
      }
    }
  }
  return best;
}
