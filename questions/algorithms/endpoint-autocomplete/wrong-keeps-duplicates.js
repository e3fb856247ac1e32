// Sorts the catalogue but never removes duplicates, so one name can fill several suggestion slots.
function suggestNames(names, typed) {
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out = [];
  for (let i = 1; i <= typed.length; i++) {
    const prefix = typed.slice(0, i);
    let l = 0;
    let r = sorted.length;
    while (l < r) {
      const mid = (l + r) >> 1;
      if (sorted[mid] < prefix) l = mid + 1;
      else r = mid;
    }
    const row = [];
    for (let j = l; j < sorted.length && row.length < 3 && sorted[j].startsWith(prefix); j++) row.push(sorted[j]);
    out.push(row);
  }
  return out;
}
