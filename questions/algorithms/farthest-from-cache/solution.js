function farthestServer(grid) {
  const rows = grid.length, cols = grid[0].length;
  const dist = new Int32Array(rows * cols).fill(-1);
  const queue = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    if (grid[r][c] === 'C') { dist[r * cols + c] = 0; queue.push(r * cols + c); }
  }
  for (let head = 0; head < queue.length; head++) {
    const cell = queue[head];
    const r = Math.floor(cell / cols), c = cell % cols;
    const neighbours = [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]];
    for (const [nr, nc] of neighbours) {
      if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || grid[nr][nc] === '#') continue;
      const next = nr * cols + nc;
      if (dist[next] !== -1) continue;
      dist[next] = dist[cell] + 1;
      queue.push(next);
    }
  }
  let worst = 0;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    if (grid[r][c] !== '.') continue;
    const d = dist[r * cols + c];
    if (d === -1) return -1;
    worst = Math.max(worst, d);
  }
  return worst;
}
