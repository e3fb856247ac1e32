class Solution {
    // Wrong: computes base * 2^i as an int shift, which overflows from i = 31 (and wraps around at 32),
    // so late retries get negative or tiny delays instead of staying at the cap.
    public int[] backoffDelays(int baseMs, int capMs, double[] draws) {
        int[] out = new int[draws.length];
        for (int i = 0; i < draws.length; i++) {
            int ceiling = Math.min(capMs, baseMs << i);
            out[i] = (int) Math.floor(draws[i] * ceiling);
        }
        return out;
    }
}
