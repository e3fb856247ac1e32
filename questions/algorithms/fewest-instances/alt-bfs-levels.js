// Breadth-first over totals: the first level that reaches the target is the fewest instances.
function fewestInstances(sizes, target) {
  if (target === 0) return 0;
  const seen = new Uint8Array(target + 1);
  let frontier = [0];
  seen[0] = 1;
  for (let count = 1; frontier.length > 0; count++) {
    const next = [];
    for (const t of frontier) {
      for (const s of sizes) {
        const u = t + s;
        if (u === target) return count;
        if (u < target && !seen[u]) { seen[u] = 1; next.push(u); }
      }
    }
    frontier = next;
  }
  return -1;
}
