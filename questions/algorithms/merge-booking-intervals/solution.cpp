// Sort by start, then extend the last merged interval while the next one starts inside it.
class Solution {
public:
    vector<vector<int>> mergeBookings(vector<vector<int>>& bookings) {
        vector<vector<int>> sorted = bookings, out;
        sort(sorted.begin(), sorted.end(), [](const vector<int>& a, const vector<int>& b) { return a[0] < b[0]; });
        for (auto& b : sorted) {
            if (!out.empty() && b[0] <= out.back()[1]) out.back()[1] = max(out.back()[1], b[1]);
            else out.push_back({b[0], b[1]});
        }
        return out;
    }
};
