import java.util.*;

class Solution {
    public List<List<Integer>> mergeBookings(int[][] bookings) {
        int[][] b = bookings.clone();
        Arrays.sort(b, (x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] iv : b) {
            if (!out.isEmpty() && iv[0] <= out.get(out.size() - 1)[1]) {
                int[] last = out.get(out.size() - 1);
                last[1] = Math.max(last[1], iv[1]);
            } else out.add(new int[] { iv[0], iv[1] });
        }
        List<List<Integer>> result = new ArrayList<>();
        for (int[] iv : out) result.add(List.of(iv[0], iv[1]));
        return result;
    }
}
