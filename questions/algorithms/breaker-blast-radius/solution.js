function blastRadius(circuit, row, col) {
  const rows = circuit.length, cols = circuit[0].length;
  const id = circuit[row][col];
  const seen = circuit.map((r) => r.map(() => false));
  seen[row][col] = true;
  const stack = [[row, col]];
  let count = 0;
  while (stack.length > 0) {
    const [r, c] = stack.pop();
    count++;
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || seen[nr][nc] || circuit[nr][nc] !== id) continue;
      seen[nr][nc] = true;
      stack.push([nr, nc]);
    }
  }
  return count;
}
