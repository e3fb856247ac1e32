class Solution {
    public long maxWindowSum(int[] counts, int k) {
        long s = 0;
        for (int i = 0; i < k; i++) s += counts[i];
        long best = s;
        for (int i = k; i < counts.length; i++) {
            s += counts[i] - counts[i - k];
            best = Math.max(best, s);
        }
        return best;
    }
}
