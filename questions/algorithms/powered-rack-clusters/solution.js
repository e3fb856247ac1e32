function countClusters(grid) {
  const rows = grid.length;
  const cols = rows ? grid[0].length : 0;
  const seen = new Uint8Array(rows * cols);
  let clusters = 0;
  const stack = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== '1' || seen[r * cols + c]) continue;
      clusters++;
      seen[r * cols + c] = 1;
      stack.push(r * cols + c);
      while (stack.length) {
        const cell = stack.pop();
        const y = Math.floor(cell / cols);
        const x = cell % cols;
        for (const [dy, dx] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
          const ny = y + dy;
          const nx = x + dx;
          if (ny < 0 || nx < 0 || ny >= rows || nx >= cols) continue;
          const k = ny * cols + nx;
          if (grid[ny][nx] === '1' && !seen[k]) {
            seen[k] = 1;
            stack.push(k);
          }
        }
      }
    }
  }
  return clusters;
}
