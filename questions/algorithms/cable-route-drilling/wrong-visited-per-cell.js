// Marks a cell visited the first time it is reached, however many drills were left then, so a
// later arrival that saved its drills for a wall further on is thrown away.
function shortestCableRoute(grid, drills) {
  const rows = grid.length, cols = grid[0].length;
  const seen = new Uint8Array(rows * cols);
  seen[0] = 1;
  let frontier = [[0, 0, drills]];
  for (let steps = 0; frontier.length > 0; steps++) {
    const next = [];
    for (const [r, c, left] of frontier) {
      if (r === rows - 1 && c === cols - 1) return steps;
      for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
        if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || seen[nr * cols + nc]) continue;
        const remaining = grid[nr][nc] === '#' ? left - 1 : left;
        if (remaining < 0) continue;
        seen[nr * cols + nc] = 1;
        next.push([nr, nc, remaining]);
      }
    }
    frontier = next;
  }
  return -1;
}
