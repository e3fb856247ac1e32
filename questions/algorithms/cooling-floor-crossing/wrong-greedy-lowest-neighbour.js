// Walks from the start, always stepping to the coolest unvisited neighbour, and reports the
// hottest tile on that one walk.
function earliestCrossing(safeAt) {
  const rows = safeAt.length, cols = safeAt[0].length;
  const seen = new Set(['0,0']);
  let r = 0, c = 0, worst = safeAt[0][0];
  while (r !== rows - 1 || c !== cols - 1) {
    let best = null;
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || seen.has(`${nr},${nc}`)) continue;
      if (best === null || safeAt[nr][nc] < safeAt[best[0]][best[1]]) best = [nr, nc];
    }
    if (best === null) return -1;
    [r, c] = best;
    seen.add(`${r},${c}`);
    worst = Math.max(worst, safeAt[r][c]);
  }
  return worst;
}
