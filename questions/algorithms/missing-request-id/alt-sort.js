// Sorts and finds the first position whose id does not match it: O(n log n).
function missingId(ids) {
  const sorted = Int32Array.from(ids).sort();
  for (let i = 0; i < sorted.length; i++) if (sorted[i] !== i) return i;
  return sorted.length;
}
