// A sliding window of k counts, summed in 64 bits. O(n) time, O(1) space.
class Solution {
public:
    long long maxWindowSum(vector<int>& counts, int k) {
        long long sum = 0;
        for (int i = 0; i < k; ++i) sum += counts[i];
        long long best = sum;
        for (int i = k; i < (int)counts.size(); ++i) {
            sum += counts[i] - counts[i - k];
            best = max(best, sum);
        }
        return best;
    }
};
