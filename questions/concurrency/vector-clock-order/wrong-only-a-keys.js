// Only walks a's replica ids, so a counter that exists only in b is never seen.
function compareClocks(a, b) {
  let aAhead = false;
  let bAhead = false;
  for (const id of Object.keys(a)) {
    const x = a[id];
    const y = b[id] ?? 0;
    if (x > y) aAhead = true;
    else if (y > x) bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  if (aAhead) return 'after';
  if (bAhead) return 'before';
  return 'equal';
}
