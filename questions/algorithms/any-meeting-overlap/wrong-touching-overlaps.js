// Uses <= so back-to-back meetings count as a clash.
function hasOverlap(meetings) {
  const m = [...meetings].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < m.length; i++) if (m[i][0] <= m[i - 1][1]) return true;
  return false;
}
