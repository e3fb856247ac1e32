function nightsNeeded(jobs, cap) {
  let nights = 1;
  let load = 0;
  for (const j of jobs) {
    if (load + j > cap) {
      nights++;
      load = 0;
    }
    load += j;
  }
  return nights;
}

function minCapacity(jobs, days) {
  let lo = Math.max(...jobs.slice(0, 1), 0);
  let hi = 0;
  for (const j of jobs) {
    if (j > lo) lo = j;
    hi += j;
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (nightsNeeded(jobs, mid) <= days) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
