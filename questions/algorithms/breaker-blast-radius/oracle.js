// The size of the start's region by breadth-first search; throws on ragged rows or a start outside.
function blastRadius(circuit, row, col) {
  const rows = circuit.length, cols = circuit[0].length;
  if (circuit.some((r) => r.length !== cols)) throw new Error('rows must have the same length');
  if (row >= rows || col >= cols) throw new Error('the tripped rack must be inside the grid');
  const id = circuit[row][col];
  const seen = new Set([`${row},${col}`]);
  const queue = [[row, col]];
  for (let i = 0; i < queue.length; i++) {
    const [r, c] = queue[i];
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || circuit[nr][nc] !== id || seen.has(`${nr},${nc}`)) continue;
      seen.add(`${nr},${nc}`);
      queue.push([nr, nc]);
    }
  }
  return [seen.size];
}
