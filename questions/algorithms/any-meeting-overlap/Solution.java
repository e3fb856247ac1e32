import java.util.*;

class Solution {
    public boolean hasOverlap(int[][] meetings) {
        int[][] m = meetings.clone();
        Arrays.sort(m, (x, y) -> Integer.compare(x[0], y[0]));
        for (int i = 1; i < m.length; i++) {
            if (m[i][0] < m[i - 1][1]) return true;
        }
        return false;
    }
}
