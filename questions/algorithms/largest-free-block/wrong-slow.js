// Tries every pair of slots, tracking the minimum: O(n^2).
function largestRectangle(heights) {
  let best = 0;
  for (let i = 0; i < heights.length; i++) {
    let low = heights[i];
    for (let j = i; j < heights.length; j++) {
      low = Math.min(low, heights[j]);
      best = Math.max(best, low * (j - i + 1));
    }
  }
  return best;
}
