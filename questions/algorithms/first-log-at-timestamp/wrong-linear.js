// Scans the log for every query: O(n) per query, O(n*q) in all.
function firstIndexes(times, queries) {
  return queries.map((q) => {
    for (let i = 0; i < times.length; i++) {
      if (times[i] === q) return i;
      if (times[i] > q) break;
    }
    return -1;
  });
}
