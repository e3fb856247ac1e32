// Walks upwards from every id, even from the middle of a run: O(n^2) on one long run.
function longestConsecutive(ids) {
  const s = new Set(ids);
  let best = 0;
  for (const x of ids) {
    let y = x;
    while (s.has(y + 1)) y++;
    best = Math.max(best, y - x + 1);
  }
  return best;
}
