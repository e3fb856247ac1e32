// Tries every candidate minute in increasing order with a flood fill; throws on ragged rows.
function earliestCrossing(safeAt) {
  const rows = safeAt.length, cols = safeAt[0].length;
  if (safeAt.some((row) => row.length !== cols)) throw new Error('rows must have the same length');
  const candidates = [...new Set(safeAt.flat())].sort((a, b) => a - b);
  for (const t of candidates) {
    if (safeAt[0][0] > t) continue;
    const seen = new Set(['0,0']);
    const stack = [[0, 0]];
    while (stack.length > 0) {
      const [r, c] = stack.pop();
      if (r === rows - 1 && c === cols - 1) return [t];
      for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
        if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || safeAt[nr][nc] > t || seen.has(`${nr},${nc}`)) continue;
        seen.add(`${nr},${nc}`);
        stack.push([nr, nc]);
      }
    }
  }
  throw new Error('unreachable: the largest value always connects the corners');
}
