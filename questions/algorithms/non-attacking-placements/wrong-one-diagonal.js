// Checks only one diagonal direction, so it counts placements that interfere on the other.
function countPlacements(n) {
  const cols = new Set();
  const diag = new Set();
  const go = (row) => {
    if (row === n) return 1;
    let count = 0;
    for (let c = 0; c < n; c++) {
      if (cols.has(c) || diag.has(row + c)) continue;
      cols.add(c);
      diag.add(row + c);
      count += go(row + 1);
      cols.delete(c);
      diag.delete(row + c);
    }
    return count;
  };
  return go(0);
}
