// A hash set; count up only from values that start a run. O(n) expected time.
class Solution {
public:
    int longestConsecutive(vector<int>& ids) {
        unordered_set<long long> set(ids.begin(), ids.end());
        int best = 0;
        for (long long x : set) {
            if (set.count(x - 1)) continue;
            long long y = x;
            while (set.count(y + 1)) ++y;
            best = max(best, int(y - x + 1));
        }
        return best;
    }
};
