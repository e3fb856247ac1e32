// Adds only one slot after the last frame, ignoring that every job type tied for the maximum count needs its own final slot.
function minBatchSlots(jobs, cooldown) {
  const counts = new Map();
  let top = 0;
  for (const j of jobs) {
    const c = (counts.get(j) || 0) + 1;
    counts.set(j, c);
    top = Math.max(top, c);
  }
  if (top === 0) return 0;
  return Math.max(jobs.length, (top - 1) * (cooldown + 1) + 1);
}
