function suggestNames(names, typed) {
  const sorted = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out = [];
  let lo = 0;
  for (let i = 1; i <= typed.length; i++) {
    const prefix = typed.slice(0, i);
    // first index in [lo, n) whose name is >= prefix
    let l = lo;
    let r = sorted.length;
    while (l < r) {
      const mid = (l + r) >> 1;
      if (sorted[mid] < prefix) l = mid + 1;
      else r = mid;
    }
    lo = l;
    const row = [];
    for (let j = lo; j < sorted.length && row.length < 3 && sorted[j].startsWith(prefix); j++) row.push(sorted[j]);
    out.push(row);
  }
  return out;
}
