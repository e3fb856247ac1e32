// Compares each tag with the first tag of every group found so far: O(n * groups) sorts, too slow.
function groupAnagrams(tags) {
  const key = (t) => [...t].sort().join('');
  const groups = [];
  for (const t of tags) {
    const g = groups.find((x) => key(x[0]) === key(t));
    if (g) g.push(t);
    else groups.push([t]);
  }
  return groups.map((g) => g.sort()).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
