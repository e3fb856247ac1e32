// Plain recursion without memory: exponential time.
function rolloutPlans(n) {
  return n <= 2 ? n : rolloutPlans(n - 1) + rolloutPlans(n - 2);
}
