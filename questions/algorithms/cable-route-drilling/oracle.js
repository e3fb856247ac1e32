// Breadth-first search over every (row, column, drills left) state, uncapped; throws when the rows
// differ in length or a corner is a wall.
function shortestCableRoute(grid, drills) {
  const rows = grid.length, cols = grid[0].length;
  if (grid.some((row) => row.length !== cols)) throw new Error('rows must have the same length');
  if (grid[0][0] !== '.' || grid[rows - 1][cols - 1] !== '.') throw new Error('start and end must be open');
  const key = (r, c, k) => `${r},${c},${k}`;
  const seen = new Set([key(0, 0, drills)]);
  let frontier = [[0, 0, drills]];
  for (let steps = 0; frontier.length > 0; steps++) {
    const next = [];
    for (const [r, c, k] of frontier) {
      if (r === rows - 1 && c === cols - 1) return [steps];
      for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
        if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue;
        const left = grid[nr][nc] === '#' ? k - 1 : k;
        if (left < 0 || seen.has(key(nr, nc, left))) continue;
        seen.add(key(nr, nc, left));
        next.push([nr, nc, left]);
      }
    }
    frontier = next;
  }
  return [-1];
}
