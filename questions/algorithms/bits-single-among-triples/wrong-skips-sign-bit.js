// Rebuilds the id from bits 0..30 only, so the sign bit of a negative id is lost.
function loneRequestId(ids) {
  let result = 0;
  for (let bit = 0; bit < 31; bit++) {
    let count = 0;
    for (const x of ids) if ((x >> bit) & 1) count++;
    if (count % 3 !== 0) result |= 1 << bit;
  }
  return result;
}
