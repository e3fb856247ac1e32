class Solution {
    public int loneRequestId(int[] ids) {
        int result = 0;
        for (int bit = 0; bit < 32; bit++) {
            int count = 0;
            for (int x : ids) count += (x >>> bit) & 1;
            if (count % 3 != 0) result |= 1 << bit;
        }
        return result;
    }
}
