// Sorts and counts runs, but a duplicate resets the run instead of being skipped.
function longestConsecutive(ids) {
  if (ids.length === 0) return 0;
  const a = [...ids].sort((x, y) => x - y);
  let best = 1;
  let run = 1;
  for (let i = 1; i < a.length; i++) {
    run = a[i] === a[i - 1] + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}
