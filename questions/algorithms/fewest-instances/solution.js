function fewestInstances(sizes, target) {
  const best = new Array(target + 1).fill(Infinity);
  best[0] = 0;
  for (let t = 1; t <= target; t++) {
    for (const s of sizes) {
      if (s <= t && best[t - s] + 1 < best[t]) best[t] = best[t - s] + 1;
    }
  }
  return best[target] === Infinity ? -1 : best[target];
}
