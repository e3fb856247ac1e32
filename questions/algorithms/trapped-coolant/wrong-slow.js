// Recomputes both maxima for every position: O(n^2).
function trappedWater(heights) {
  let water = 0;
  for (let i = 0; i < heights.length; i++) {
    let left = 0;
    let right = 0;
    for (let j = 0; j <= i; j++) left = Math.max(left, heights[j]);
    for (let j = i; j < heights.length; j++) right = Math.max(right, heights[j]);
    water += Math.min(left, right) - heights[i];
  }
  return water;
}
