// Tries every start and extends it to every end: O(n^2).
function bestStretch(savings) {
  let best = -Infinity;
  for (let i = 0; i < savings.length; i++) {
    let sum = 0;
    for (let j = i; j < savings.length; j++) {
      sum += savings[j];
      if (sum > best) best = sum;
    }
  }
  return best;
}
