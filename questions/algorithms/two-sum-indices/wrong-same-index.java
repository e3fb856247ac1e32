import java.util.*;

class Solution {
    // Wrong: records the value before looking for its complement, so half the target pairs with itself.
    public int[] pairWithSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int j = 0; j < nums.length; j++) {
            seen.put(nums[j], j);
            Integer i = seen.get(target - nums[j]);
            if (i != null) return new int[] { Math.min(i, j), Math.max(i, j) };
        }
        return new int[0];
    }
}
