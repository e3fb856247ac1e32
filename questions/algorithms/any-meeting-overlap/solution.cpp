// Sort by start; two meetings overlap when one starts before the previous one ends. O(n log n).
class Solution {
public:
    bool hasOverlap(vector<vector<int>>& meetings) {
        vector<vector<int>> m = meetings;
        sort(m.begin(), m.end(), [](const vector<int>& a, const vector<int>& b) { return a[0] < b[0]; });
        for (size_t i = 1; i < m.size(); ++i)
            if (m[i][0] < m[i - 1][1]) return true;
        return false;
    }
};
