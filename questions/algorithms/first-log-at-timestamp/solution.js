function firstIndex(times, target) {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo < times.length && times[lo] === target ? lo : -1;
}

function firstIndexes(times, queries) {
  return queries.map((q) => firstIndex(times, q));
}
