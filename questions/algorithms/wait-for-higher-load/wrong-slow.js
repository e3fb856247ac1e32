// Scans forward from every second: O(n^2) on a long falling sequence.
function waitForHigher(loads) {
  return loads.map((x, i) => {
    for (let j = i + 1; j < loads.length; j++) if (loads[j] > x) return j - i;
    return 0;
  });
}
