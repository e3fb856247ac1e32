// Plain recursion over (i, j) without memoisation: exponential.
function editDistance(a, b) {
  const d = (i, j) => {
    if (i === 0) return j;
    if (j === 0) return i;
    if (a[i - 1] === b[j - 1]) return d(i - 1, j - 1);
    return 1 + Math.min(d(i - 1, j - 1), d(i - 1, j), d(i, j - 1));
  };
  return d(a.length, b.length);
}
