// A fresh breadth-first search from every server until it meets a cache: O((rows * cols)^2).
function farthestServer(grid) {
  const rows = grid.length, cols = grid[0].length;
  let worst = 0;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    if (grid[r][c] !== '.') continue;
    const seen = new Uint8Array(rows * cols);
    seen[r * cols + c] = 1;
    let frontier = [[r, c]], d = 0, found = -1;
    while (frontier.length > 0 && found < 0) {
      const next = [];
      for (const [y, x] of frontier) {
        if (grid[y][x] === 'C') { found = d; break; }
        for (const [ny, nx] of [[y + 1, x], [y - 1, x], [y, x + 1], [y, x - 1]]) {
          if (ny < 0 || nx < 0 || ny >= rows || nx >= cols || grid[ny][nx] === '#' || seen[ny * cols + nx]) continue;
          seen[ny * cols + nx] = 1;
          next.push([ny, nx]);
        }
      }
      frontier = next;
      d++;
    }
    if (found < 0) return -1;
    worst = Math.max(worst, found);
  }
  return worst;
}
