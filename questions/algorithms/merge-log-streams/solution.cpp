// k-way merge with a min-heap holding one entry per non-empty stream: (timestamp, stream, position).
// Tuples compare timestamp first, then stream index, which is exactly the required tie-break. Pop
// the smallest, emit it, push that stream's next line. O(N log k) time, O(k) besides the output.
class Solution {
public:
    vector<vector<long long>> mergeLogStreams(vector<vector<long long>>& streams) {
        using Entry = tuple<long long, int, size_t>;
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
