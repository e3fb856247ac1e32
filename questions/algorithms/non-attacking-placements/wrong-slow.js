// Tries every permutation of columns and checks the diagonals afterwards: no pruning, n! checks.
function countPlacements(n) {
  const cols = [];
  const used = new Array(n).fill(false);
  let count = 0;
  const go = () => {
    if (cols.length === n) {
      const a = new Set(cols.map((c, r) => r + c));
      const b = new Set(cols.map((c, r) => r - c));
      if (a.size === n && b.size === n) count++;
      return;
    }
    for (let c = 0; c < n; c++) {
      if (used[c]) continue;
      used[c] = true;
      cols.push(c);
      go();
      cols.pop();
      used[c] = false;
    }
  };
  go();
  return count;
}
