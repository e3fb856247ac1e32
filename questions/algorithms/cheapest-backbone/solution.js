function cheapestBackbone(n, links) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x) => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const sorted = [...links].sort((p, q) => p[2] - q[2]);
  let total = 0, taken = 0;
  for (const [a, b, cost] of sorted) {
    const ra = find(a), rb = find(b);
    if (ra === rb) continue;
    parent[ra] = rb;
    total += cost;
    if (++taken === n - 1) break;
  }
  return taken === n - 1 ? total : -1;
}
