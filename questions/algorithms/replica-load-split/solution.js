function smallestLoadGap(loads) {
  const total = loads.reduce((a, b) => a + b, 0);
  const half = Math.floor(total / 2);
  const reachable = new Uint8Array(half + 1);
  reachable[0] = 1;
  for (const load of loads) {
    for (let s = half; s >= load; s--) if (reachable[s - load]) reachable[s] = 1;
  }
  let s = half;
  while (!reachable[s]) s--;
  return total - 2 * s;
}
