function maxJobs(jobs) {
  const byEnd = [...jobs].sort((a, b) => a[1] - b[1]);
  let count = 0;
  let free = -Infinity;
  for (const [s, e] of byEnd) {
    if (s >= free) {
      count++;
      free = e;
    }
  }
  return count;
}
