// Tries every distinct value in increasing order with a fresh flood fill: O((rows * cols)^2).
function earliestCrossing(safeAt) {
  const rows = safeAt.length, cols = safeAt[0].length;
  const values = [...new Set(safeAt.flat())].sort((a, b) => a - b);
  for (const t of values) {
    if (safeAt[0][0] > t) continue;
    const seen = new Uint8Array(rows * cols);
    seen[0] = 1;
    const stack = [0];
    while (stack.length > 0) {
      const cell = stack.pop();
      if (cell === rows * cols - 1) return t;
      const r = Math.floor(cell / cols), c = cell % cols;
      for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
        if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || seen[nr * cols + nc] || safeAt[nr][nc] > t) continue;
        seen[nr * cols + nc] = 1;
        stack.push(nr * cols + nc);
      }
    }
  }
  return -1;
}
