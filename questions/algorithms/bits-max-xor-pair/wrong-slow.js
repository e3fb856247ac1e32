// Correct but tries every pair: O(n^2), far too slow for the worst case.
function maxXorPair(keys) {
  let best = 0;
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const v = (keys[i] ^ keys[j]) >>> 0;
      if (v > best) best = v;
    }
  }
  return best;
}
