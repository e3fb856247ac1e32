function shortestCableRoute(grid, drills) {
  const rows = grid.length, cols = grid[0].length;
  if (rows === 1 && cols === 1) return 0;
  // A path never needs more drills than the cells it crosses.
  const k = Math.min(drills, rows + cols - 3);
  // most[cell] = the most drills left on any visit so far; a visit with no more left adds nothing.
  const most = new Int32Array(rows * cols).fill(-1);
  most[0] = k;
  let frontier = [[0, 0, k]];
  for (let steps = 1; frontier.length > 0; steps++) {
    const next = [];
    for (const [r, c, left] of frontier) {
      for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
        if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue;
        const remaining = grid[nr][nc] === '#' ? left - 1 : left;
        if (remaining < 0) continue;
        if (nr === rows - 1 && nc === cols - 1) return steps;
        const cell = nr * cols + nc;
        if (remaining <= most[cell]) continue;
        most[cell] = remaining;
        next.push([nr, nc, remaining]);
      }
    }
    frontier = next;
  }
  return -1;
}
