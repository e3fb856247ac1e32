// Also joins diagonal neighbours, merging clusters that only touch at a corner.
function countClusters(grid) {
  const rows = grid.length;
  const cols = rows ? grid[0].length : 0;
  const seen = new Set();
  let clusters = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== '1' || seen.has(`${r},${c}`)) continue;
      clusters++;
      const stack = [[r, c]];
      seen.add(`${r},${c}`);
      while (stack.length) {
        const [y, x] = stack.pop();
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const ny = y + dy;
            const nx = x + dx;
            if (ny < 0 || nx < 0 || ny >= rows || nx >= cols || grid[ny][nx] !== '1' || seen.has(`${ny},${nx}`)) continue;
            seen.add(`${ny},${nx}`);
            stack.push([ny, nx]);
          }
        }
      }
    }
  }
  return clusters;
}
