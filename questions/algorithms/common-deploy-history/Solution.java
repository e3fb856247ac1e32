class Solution {
    public int commonHistory(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int i = 0; i < a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            prev = cur;
        }
        return prev[b.length()];
    }
}
