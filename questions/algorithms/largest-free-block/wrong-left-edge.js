// Uses the popped bar's own index as the left edge, so rectangles never extend to the left.
function largestRectangle(heights) {
  const stack = [];
  let best = 0;
  for (let i = 0; i <= heights.length; i++) {
    const h = i === heights.length ? 0 : heights[i];
    while (stack.length && heights[stack[stack.length - 1]] >= h) {
      const top = stack.pop();
      best = Math.max(best, heights[top] * (i - top));
    }
    stack.push(i);
  }
  return best;
}
