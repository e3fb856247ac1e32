function longestUniqueRun(s) {
  const last = new Map();
  let left = 0;
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const seen = last.get(s[i]);
    if (seen !== undefined && seen >= left) left = seen + 1;
    last.set(s[i], i);
    best = Math.max(best, i - left + 1);
  }
  return best;
}
