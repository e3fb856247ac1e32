function loneRequestId(ids) {
  let ones = 0;
  let twos = 0;
  for (const x of ids) {
    ones = (ones ^ x) & ~twos;
    twos = (twos ^ x) & ~ones;
  }
  return ones | 0;
}
