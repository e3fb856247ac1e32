// Recounts the partitions with a BFS after every link: O(m * (n + m)).
function partitionsAfterLinks(n, links) {
  const adj = Array.from({ length: n }, () => []);
  const out = [];
  for (const [a, b] of links) {
    adj[a].push(b);
    adj[b].push(a);
    const seen = new Uint8Array(n);
    let parts = 0;
    for (let s = 0; s < n; s++) {
      if (seen[s]) continue;
      parts++;
      seen[s] = 1;
      const queue = [s];
      for (let q = 0; q < queue.length; q++) for (const y of adj[queue[q]]) if (!seen[y]) { seen[y] = 1; queue.push(y); }
    }
    out.push(parts);
  }
  return out;
}
