// Tries every triple of positions: O(n^3).
function zeroSumTriples(amounts) {
  const found = new Map();
  const n = amounts.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      for (let k = j + 1; k < n; k++) {
        if (amounts[i] + amounts[j] + amounts[k] === 0) {
          const t = [amounts[i], amounts[j], amounts[k]].sort((a, b) => a - b);
          found.set(t.join(','), t);
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
