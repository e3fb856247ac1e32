// Kruskal that asks "already connected?" with a fresh breadth-first search each time: O(E * (V + E)).
function cheapestBackbone(n, links) {
  const adj = Array.from({ length: n }, () => []);
  const connected = (a, b) => {
    const seen = new Uint8Array(n);
    const queue = [a];
    seen[a] = 1;
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i];
      if (u === b) return true;
      for (const v of adj[u]) if (!seen[v]) { seen[v] = 1; queue.push(v); }
    }
    return false;
  };
  let total = 0, taken = 0;
  for (const [a, b, cost] of [...links].sort((p, q) => p[2] - q[2])) {
    if (connected(a, b)) continue;
    adj[a].push(b);
    adj[b].push(a);
    total += cost;
    taken++;
  }
  return taken === n - 1 ? total : -1;
}
