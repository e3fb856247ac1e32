import java.util.*;

class Solution {
    public List<List<Integer>> zeroSumTriples(int[] amounts) {
        int[] a = amounts.clone();
        Arrays.sort(a);
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < a.length - 2; i++) {
            if (i > 0 && a[i] == a[i - 1]) continue;
            int lo = i + 1, hi = a.length - 1;
            while (lo < hi) {
                long s = (long) a[i] + a[lo] + a[hi];
                if (s == 0) {
                    out.add(List.of(a[i], a[lo], a[hi]));
                    while (lo < hi && a[lo] == a[lo + 1]) lo++;
                    lo++;
                    hi--;
                } else if (s < 0) lo++;
                else hi--;
            }
        }
        return out;
    }
}
