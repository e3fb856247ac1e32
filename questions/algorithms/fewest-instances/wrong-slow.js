// The right recurrence without memoization: the same totals are solved again and again.
function fewestInstances(sizes, target) {
  const fewest = (t) => {
    if (t === 0) return 0;
    let best = -1;
    for (const s of sizes) {
      if (s > t) continue;
      const r = fewest(t - s);
      if (r >= 0 && (best < 0 || r + 1 < best)) best = r + 1;
    }
    return best;
  };
  return fewest(target);
}
