function bestValue(values) {
  let prev = 0;
  let cur = 0;
  for (const v of values) [prev, cur] = [cur, Math.max(cur, prev + v)];
  return cur;
}
