function minBatchSlots(jobs, cooldown) {
  const counts = new Map();
  let top = 0;
  for (const j of jobs) {
    const c = (counts.get(j) || 0) + 1;
    counts.set(j, c);
    if (c > top) top = c;
  }
  if (top === 0) return 0;
  let tied = 0;
  for (const c of counts.values()) if (c === top) tied++;
  return Math.max(jobs.length, (top - 1) * (cooldown + 1) + tied);
}
