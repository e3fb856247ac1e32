// Checks the promises no rule expresses (ends inside 0..n-1) and gives the answer by Prim's O(n^2) scan.
function cheapestBackbone(n, links) {
  for (const [a, b] of links) if (a >= n || b >= n) throw new Error(`link ${a}-${b} names a datacenter outside 0..${n - 1}`);
  const best = new Map();
  for (const [a, b, c] of links) {
    if (a === b) continue;
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    if (!best.has(key) || c < best.get(key)) best.set(key, c);
  }
  const inTree = new Array(n).fill(false);
  const dist = new Array(n).fill(Infinity);
  dist[0] = 0;
  let total = 0;
  for (let step = 0; step < n; step++) {
    let u = -1;
    for (let v = 0; v < n; v++) if (!inTree[v] && (u < 0 || dist[v] < dist[u])) u = v;
    if (dist[u] === Infinity) return [-1];
    inTree[u] = true;
    total += dist[u];
    for (const [key, c] of best) {
      const [a, b] = key.split(',').map(Number);
      if (a === u && !inTree[b] && c < dist[b]) dist[b] = c;
      if (b === u && !inTree[a] && c < dist[a]) dist[a] = c;
    }
  }
  return [total];
}
