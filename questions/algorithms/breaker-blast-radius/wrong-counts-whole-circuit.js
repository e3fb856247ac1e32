// Counts every rack on the same circuit, linked to the tripped one or not.
function blastRadius(circuit, row, col) {
  const id = circuit[row][col];
  let count = 0;
  for (const r of circuit) for (const x of r) if (x === id) count++;
  return count;
}
