// Every pair of positions i < j whose values sum to the target.
function pairWithSum(nums, target) {
  const pairs = [];
  for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === target) pairs.push([i, j]);
  return pairs;
}
