// Sorts by count only; equal counts keep first-seen order instead of being ordered by name.
function topEndpoints(requests, k) {
  const counts = new Map();
  for (const r of requests) counts.set(r, (counts.get(r) || 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return ranked.slice(0, k).map((e) => e[0]);
}
