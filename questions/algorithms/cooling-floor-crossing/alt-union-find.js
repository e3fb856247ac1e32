// Makes tiles usable in increasing order of safeAt and joins each with its usable neighbours;
// the answer is the value at which the two corners first share a group.
function earliestCrossing(safeAt) {
  const rows = safeAt.length, cols = safeAt[0].length, total = rows * cols;
  const parent = new Int32Array(total).map((_, i) => i);
  const find = (x) => {
    while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x]; }
    return x;
  };
  const usable = new Uint8Array(total);
  const order = Array.from({ length: total }, (_, i) => i).sort((a, b) => safeAt[Math.floor(a / cols)][a % cols] - safeAt[Math.floor(b / cols)][b % cols]);
  for (const cell of order) {
    usable[cell] = 1;
    const r = Math.floor(cell / cols), c = cell % cols;
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || !usable[nr * cols + nc]) continue;
      parent[find(nr * cols + nc)] = find(cell);
    }
    if (usable[0] && usable[total - 1] && find(0) === find(total - 1)) return safeAt[r][c];
  }
  return -1;
}
