function groupAnagrams(tags) {
  const groups = new Map();
  for (const t of tags) {
    const key = [...t].sort().join('');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(t);
  }
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.values()].map((g) => g.sort(cmp)).sort((a, b) => cmp(a[0], b[0]));
}
