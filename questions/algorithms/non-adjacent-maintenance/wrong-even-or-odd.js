// Compares only "all even windows" with "all odd windows"; the best choice can mix both.
function bestValue(values) {
  let even = 0;
  let odd = 0;
  values.forEach((v, i) => {
    if (i % 2 === 0) even += v;
    else odd += v;
  });
  return Math.max(even, odd);
}
