// Keys groups by length and the set of letters: "aab" and "abb" land together.
function groupAnagrams(tags) {
  const groups = new Map();
  for (const t of tags) {
    const key = `${t.length}:${[...new Set(t)].sort().join('')}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(t);
  }
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
