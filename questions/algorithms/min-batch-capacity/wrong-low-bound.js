// Starts the search at 1 instead of the largest file: a capacity smaller than one file "fits" by
// opening a night per file without ever sending it.
function minCapacity(jobs, days) {
  const need = (cap) => {
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
  };
  let lo = 1;
  let hi = jobs.reduce((a, b) => a + b, 0);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (need(mid) <= days) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
