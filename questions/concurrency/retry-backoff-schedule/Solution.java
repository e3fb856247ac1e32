// Keep the ceiling itself and double it after each retry, clamping it to the cap, so no power of
// two is ever computed: the ceiling never exceeds capMs and cannot overflow. A long holds the
// doubled value before it is clamped.
class Solution {
    public int[] backoffDelays(int baseMs, int capMs, double[] draws) {
        int[] out = new int[draws.length];
        long ceiling = Math.min(capMs, baseMs);
        for (int i = 0; i < draws.length; i++) {
            out[i] = (int) Math.floor(draws[i] * ceiling);
            ceiling = Math.min(capMs, ceiling * 2);
        }
        return out;
    }
}
