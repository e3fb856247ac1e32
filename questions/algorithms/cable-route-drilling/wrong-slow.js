// Walks every simple route by backtracking and keeps the shortest: exponential in the grid size.
function shortestCableRoute(grid, drills) {
  const rows = grid.length, cols = grid[0].length;
  const onPath = new Uint8Array(rows * cols);
  let best = Infinity;
  const walk = (r, c, left, steps) => {
    if (steps >= best) return;
    if (r === rows - 1 && c === cols - 1) { best = steps; return; }
    onPath[r * cols + c] = 1;
    for (const [nr, nc] of [[r + 1, c], [r, c + 1], [r - 1, c], [r, c - 1]]) {
      if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || onPath[nr * cols + nc]) continue;
      const remaining = grid[nr][nc] === '#' ? left - 1 : left;
      if (remaining >= 0) walk(nr, nc, remaining, steps + 1);
    }
    onPath[r * cols + c] = 0;
  };
  walk(0, 0, drills, 0);
  return best === Infinity ? -1 : best;
}
