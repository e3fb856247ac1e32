// Treats codes as a set: "AAB" is satisfied by a single A.
function shortestCover(log, codes) {
  if (codes.length === 0) return '';
  const need = new Set(codes);
  const have = new Map();
  let covered = 0;
  let best = '';
  let left = 0;
  for (let right = 0; right < log.length; right++) {
    const c = log[right];
    if (need.has(c)) {
      have.set(c, (have.get(c) ?? 0) + 1);
      if (have.get(c) === 1) covered++;
    }
    while (covered === need.size) {
      if (!best || right - left + 1 < best.length) best = log.slice(left, right + 1);
      const d = log[left++];
      if (need.has(d)) {
        have.set(d, have.get(d) - 1);
        if (have.get(d) === 0) covered--;
      }
    }
  }
  return best;
}
