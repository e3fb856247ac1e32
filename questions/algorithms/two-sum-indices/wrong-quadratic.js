// Correct but checks every pair: too slow for the largest inputs.
function pairWithSum(nums, target) {
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === target) return [i, j];
  }
  return [];
}
