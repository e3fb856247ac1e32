function countRoutes(grid) {
  const cols = grid[0].length;
  const ways = new Array(cols).fill(0);
  ways[0] = grid[0][0] === 0 ? 1 : 0;
  for (const row of grid) {
    for (let c = 0; c < cols; c++) {
      if (row[c] === 1) ways[c] = 0;
      else if (c > 0) ways[c] += ways[c - 1];
    }
  }
  return ways[cols - 1];
}
