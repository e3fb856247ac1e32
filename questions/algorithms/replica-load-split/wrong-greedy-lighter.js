// Largest shard first, each to the currently lighter replica.
function smallestLoadGap(loads) {
  let a = 0, b = 0;
  for (const load of [...loads].sort((x, y) => y - x)) {
    if (a <= b) a += load; else b += load;
  }
  return Math.abs(a - b);
}
