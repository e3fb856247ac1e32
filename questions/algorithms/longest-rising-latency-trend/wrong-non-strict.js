// Searches for the first tail greater than x, so equal values extend the run (non-decreasing, not strictly increasing).
function longestRising(versions) {
  const tails = [];
  for (const x of versions) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}
