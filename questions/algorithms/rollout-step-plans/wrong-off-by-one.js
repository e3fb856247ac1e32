// Starts the sequence one step late, so every answer is shifted to the previous n.
function rolloutPlans(n) {
  let a = 0;
  let b = 1;
  for (let i = 2; i <= n; i++) [a, b] = [b, a + b];
  return b;
}
