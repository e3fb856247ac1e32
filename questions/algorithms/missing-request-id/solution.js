function missingId(ids) {
  const n = ids.length;
  let total = (n * (n + 1)) / 2;
  for (const id of ids) total -= id;
  return total;
}
