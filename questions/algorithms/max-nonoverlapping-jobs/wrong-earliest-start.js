// Greedy on the earliest start: one long early job blocks many short ones.
function maxJobs(jobs) {
  const byStart = [...jobs].sort((a, b) => a[0] - b[0]);
  let count = 0;
  let free = -Infinity;
  for (const [s, e] of byStart) {
    if (s >= free) {
      count++;
      free = e;
    }
  }
  return count;
}
