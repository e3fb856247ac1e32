// Sorts and looks for a gap, but never considers that n itself is the missing id.
function missingId(ids) {
  const sorted = [...ids].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) if (sorted[i] !== i) return i;
  return sorted[sorted.length - 1];
}
