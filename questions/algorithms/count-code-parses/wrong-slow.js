// Counts by recursion without remembering anything: exponential on long runs of 1s and 2s.
function countParses(digits) {
  const from = (i) => {
    if (i === digits.length) return 1;
    if (digits[i] === '0') return 0;
    let ways = from(i + 1);
    if (i + 1 < digits.length && Number(digits.slice(i, i + 2)) <= 26) ways += from(i + 2);
    return ways % 1000000007;
  };
  return from(0);
}
