function countPlacements(n) {
  const all = (1 << n) - 1;
  const go = (cols, d1, d2) => {
    if (cols === all) return 1;
    let count = 0;
    let free = all & ~(cols | d1 | d2);
    while (free) {
      const bit = free & -free;
      free -= bit;
      count += go(cols | bit, ((d1 | bit) << 1) & all, (d2 | bit) >> 1);
    }
    return count;
  };
  return go(0, 0, 0);
}
