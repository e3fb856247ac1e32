class Solution {
    // Wrong: checks the roots but then points node b itself at node a, instead of b's root at a's
    // root; b's old root and the rest of its partition are left behind while the count says they merged.
    public int[] partitionsAfterLinks(int n, int[][] links) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        int parts = n;
        int[] out = new int[links.length];
        for (int i = 0; i < links.length; i++) {
            int a = links[i][0], b = links[i][1];
            if (find(parent, a) != find(parent, b)) {
                parent[b] = a;
                parts--;
            }
            out[i] = parts;
        }
        return out;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
