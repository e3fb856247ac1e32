// Breadth-first search: finds the route with the fewest hops, not the lowest latency.
function lowestLatency(n, edges, source, target) {
  const adj = Array.from({ length: n }, () => []);
  for (const [a, b, w] of edges) adj[a].push([b, w]);
  const dist = new Array(n).fill(-1);
  dist[source] = 0;
  const queue = [source];
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i];
    for (const [v, w] of adj[u]) {
      if (dist[v] === -1) {
        dist[v] = dist[u] + w;
        queue.push(v);
      }
    }
  }
  return dist[target];
}
