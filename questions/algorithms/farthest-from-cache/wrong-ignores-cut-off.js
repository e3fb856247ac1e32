// The right search, but servers it never reaches are skipped instead of making the answer -1.
function farthestServer(grid) {
  const rows = grid.length, cols = grid[0].length;
  const dist = grid.map((row) => Array.from(row, () => -1));
  const queue = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (grid[r][c] === 'C') { dist[r][c] = 0; queue.push([r, c]); }
  let worst = 0;
  for (let head = 0; head < queue.length; head++) {
    const [r, c] = queue[head];
    worst = Math.max(worst, dist[r][c]);
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || grid[nr][nc] === '#' || dist[nr][nc] !== -1) continue;
      dist[nr][nc] = dist[r][c] + 1;
      queue.push([nr, nc]);
    }
  }
  return worst;
}
