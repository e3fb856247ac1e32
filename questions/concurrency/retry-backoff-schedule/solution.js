function backoffDelays(baseMs, capMs, draws) {
  const out = [];
  let ceiling = Math.min(capMs, baseMs);
  for (const draw of draws) {
    out.push(Math.floor(draw * ceiling));
    ceiling = Math.min(capMs, ceiling * 2);
  }
  return out;
}
