// Leases each datacenter's cheapest offer: every node gets a link, but the groups may stay apart.
function cheapestBackbone(n, links) {
  if (n === 1) return 0;
  const chosen = new Map();
  for (let v = 0; v < n; v++) {
    let best = null;
    for (const link of links) {
      if (link[0] === link[1] || (link[0] !== v && link[1] !== v)) continue;
      if (best === null || link[2] < best[2]) best = link;
    }
    if (best === null) return -1;
    chosen.set(best, true);
  }
  let total = 0;
  for (const link of chosen.keys()) total += link[2];
  return total;
}
