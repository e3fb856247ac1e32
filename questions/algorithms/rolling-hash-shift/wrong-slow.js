// Multiplies length times: O(length).
function shiftFactor(base, length, mod) {
  const m = BigInt(mod), b = BigInt(base) % m;
  let result = 1n % m;
  for (let i = 0; i < length; i++) result = (result * b) % m;
  return Number(result);
}
