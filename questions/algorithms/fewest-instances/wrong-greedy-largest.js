// Takes as many of the largest size as fit, then the next: fails when a smaller mix is needed.
function fewestInstances(sizes, target) {
  const sorted = [...sizes].sort((a, b) => b - a);
  let left = target, count = 0;
  for (const s of sorted) {
    count += Math.floor(left / s);
    left %= s;
  }
  return left === 0 ? count : -1;
}
