// Square-and-multiply with plain numbers: products above 2^53 lose their low digits.
function shiftFactor(base, length, mod) {
  let b = base % mod;
  let e = length;
  let result = 1 % mod;
  while (e > 0) {
    if (e % 2 === 1) result = (result * b) % mod;
    b = (b * b) % mod;
    e = Math.floor(e / 2);
  }
  return result;
}
