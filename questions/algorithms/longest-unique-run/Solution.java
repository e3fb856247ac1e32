import java.util.*;

class Solution {
    public int longestUniqueRun(String s) {
        Map<Character, Integer> last = new HashMap<>();
        int left = 0, best = 0;
        for (int i = 0; i < s.length(); i++) {
            Integer seen = last.get(s.charAt(i));
            if (seen != null && seen >= left) left = seen + 1;
            last.put(s.charAt(i), i);
            best = Math.max(best, i - left + 1);
        }
        return best;
    }
}
