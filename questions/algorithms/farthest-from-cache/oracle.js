// The answer by a search from every server; throws when the rows are not all the same length.
function farthestServer(grid) {
  const rows = grid.length, cols = grid[0].length;
  if (grid.some((row) => row.length !== cols)) throw new Error('rows must have the same length');
  let worst = 0;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    if (grid[r][c] !== '.') continue;
    const dist = new Map([[r * cols + c, 0]]);
    const queue = [[r, c]];
    let found = -1;
    for (let i = 0; i < queue.length && found < 0; i++) {
      const [y, x] = queue[i];
      if (grid[y][x] === 'C') found = dist.get(y * cols + x);
      for (const [dy, dx] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
        const ny = y + dy, nx = x + dx;
        if (ny < 0 || nx < 0 || ny >= rows || nx >= cols || grid[ny][nx] === '#' || dist.has(ny * cols + nx)) continue;
        dist.set(ny * cols + nx, dist.get(y * cols + x) + 1);
        queue.push([ny, nx]);
      }
    }
    if (found < 0) return [-1];
    worst = Math.max(worst, found);
  }
  return [worst];
}
