// Plain recursion over (i, j) without memoisation: exponential.
function commonHistory(a, b) {
  const go = (i, j) => {
    if (i === a.length || j === b.length) return 0;
    if (a[i] === b[j]) return 1 + go(i + 1, j + 1);
    return Math.max(go(i + 1, j), go(i, j + 1));
  };
  return go(0, 0);
}
