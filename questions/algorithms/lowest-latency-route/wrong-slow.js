// Bellman-Ford: relaxes every edge up to n-1 times, O(V * E).
function lowestLatency(n, edges, source, target) {
  const dist = new Array(n).fill(Infinity);
  dist[source] = 0;
  for (let round = 0; round < n - 1; round++) {
    let changed = false;
    for (const [a, b, w] of edges) {
      if (dist[a] + w < dist[b]) {
        dist[b] = dist[a] + w;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return dist[target] === Infinity ? -1 : dist[target];
}
