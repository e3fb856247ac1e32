// Searches the log for every id in turn: O(n^2).
function missingId(ids) {
  for (let i = 0; i <= ids.length; i++) if (!ids.includes(i)) return i;
  return -1;
}
