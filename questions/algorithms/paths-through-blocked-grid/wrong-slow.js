// Walks every route one by one (depth-first): right answers, but the time grows with the count of routes.
function countRoutes(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const walk = (r, c) => {
    if (r >= rows || c >= cols || grid[r][c] === 1) return 0;
    if (r === rows - 1 && c === cols - 1) return 1;
    return walk(r + 1, c) + walk(r, c + 1);
  };
  return walk(0, 0);
}
