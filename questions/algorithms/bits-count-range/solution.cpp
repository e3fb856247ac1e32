// bits(i) = bits(i / 2) + (i & 1). O(n) time.
class Solution {
public:
    vector<int> flagCounts(int n) {
        vector<int> counts(n + 1, 0);
        for (int i = 1; i <= n; ++i) counts[i] = counts[i >> 1] + (i & 1);
        return counts;
    }
};
