function countParses(digits) {
  const MOD = 1000000007;
  let prev2 = 1; // ways for the first i - 2 digits
  let prev1 = digits[0] === '0' ? 0 : 1; // ways for the first i - 1 digits
  for (let i = 2; i <= digits.length; i++) {
    let ways = 0;
    if (digits[i - 1] !== '0') ways = prev1;
    const pair = Number(digits.slice(i - 2, i));
    if (digits[i - 2] !== '0' && pair <= 26) ways = (ways + prev2) % MOD;
    prev2 = prev1;
    prev1 = ways;
  }
  return prev1;
}
