import java.util.*;

class Solution {
    public int[] pairWithSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int j = 0; j < nums.length; j++) {
            Integer i = seen.get(target - nums[j]);
            if (i != null) return new int[] { i, j };
            seen.putIfAbsent(nums[j], j);
        }
        return new int[0];
    }
}
