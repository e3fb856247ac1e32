import java.util.*;

class Solution {
    public int longestConsecutive(int[] ids) {
        Set<Integer> s = new HashSet<>();
        for (int x : ids) s.add(x);
        int best = 0;
        for (int x : s) {
            if (s.contains(x - 1)) continue;
            int y = x;
            while (s.contains(y + 1)) y++;
            best = Math.max(best, y - x + 1);
        }
        return best;
    }
}
