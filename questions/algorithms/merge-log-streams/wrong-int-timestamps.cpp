// Keeps timestamps in the heap as int: a timestamp above 2^31 - 1 (they go up to 10^12) is
// truncated, so large timestamps come out wrong and in the wrong order.
class Solution {
public:
    vector<vector<long long>> mergeLogStreams(vector<vector<long long>>& streams) {
        using Entry = tuple<int, int, size_t>;
        priority_queue<Entry, vector<Entry>, greater<Entry>> heap;
        size_t total = 0;
        for (int i = 0; i < (int)streams.size(); ++i) {
            total += streams[i].size();
            if (!streams[i].empty()) heap.emplace(streams[i][0], i, 0);
        }
        vector<vector<long long>> out;
        out.reserve(total);
        while (!heap.empty()) {
            auto [ts, i, pos] = heap.top();
            heap.pop();
            out.push_back({ts, i});
            if (pos + 1 < streams[i].size()) heap.emplace(streams[i][pos + 1], i, pos + 1);
        }
        return out;
    }
};
