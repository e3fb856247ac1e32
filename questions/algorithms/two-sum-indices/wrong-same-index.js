// Inserts before checking, so a value can pair with itself (5 + 5 with one 5).
function pairWithSum(nums, target) {
  const seen = new Map();
  for (let j = 0; j < nums.length; j++) {
    seen.set(nums[j], j);
    const want = target - nums[j];
    if (seen.has(want)) return [seen.get(want), j].sort((a, b) => a - b);
  }
  return [];
}
