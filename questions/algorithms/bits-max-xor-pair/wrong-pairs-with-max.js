// Assumes the best pair must contain the largest value, and only XORs the maximum with everything else.
function maxXorPair(nums) {
  if (nums.length < 2) return 0;
  let maxIndex = 0;
  for (let i = 1; i < nums.length; i++) if (nums[i] > nums[maxIndex]) maxIndex = i;
  let best = 0;
  for (let i = 0; i < nums.length; i++) if (i !== maxIndex) best = Math.max(best, (nums[i] ^ nums[maxIndex]) >>> 0);
  return best;
}
