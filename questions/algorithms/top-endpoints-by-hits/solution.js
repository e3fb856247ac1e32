function topEndpoints(requests, k) {
  const counts = new Map();
  for (const r of requests) counts.set(r, (counts.get(r) || 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => (b[1] !== a[1] ? b[1] - a[1] : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return ranked.slice(0, k).map((e) => e[0]);
}
