// Tries every capacity upwards from the largest file: O(n * S).
function minCapacity(jobs, days) {
  for (let cap = jobs.reduce((a, b) => Math.max(a, b), 0); ; cap++) {
    let nights = 1;
    let load = 0;
    for (const j of jobs) {
      if (load + j > cap) {
        nights++;
        load = 0;
      }
      load += j;
    }
    if (nights <= days) return cap;
  }
}
