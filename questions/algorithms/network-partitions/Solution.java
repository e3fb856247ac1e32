// Disjoint-set union: every link whose ends have different roots merges two partitions, so the
// count drops by one; a link inside a partition (a repeat or a loopback) changes nothing. Path
// halving and union by size keep each find nearly constant, and the loop never recurses.
class Solution {
    public int[] partitionsAfterLinks(int n, int[][] links) {
        int[] parent = new int[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        int parts = n;
        int[] out = new int[links.length];
        for (int i = 0; i < links.length; i++) {
            int ra = find(parent, links[i][0]);
            int rb = find(parent, links[i][1]);
            if (ra != rb) {
                if (size[ra] < size[rb]) {
                    int t = ra;
                    ra = rb;
                    rb = t;
                }
                parent[rb] = ra;
                size[ra] += size[rb];
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
