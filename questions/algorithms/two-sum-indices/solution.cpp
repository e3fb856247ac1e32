// One pass with a hash map from value to index: O(n) time, O(n) space.
class Solution {
public:
    vector<int> pairWithSum(vector<int>& nums, int target) {
        unordered_map<long long, int> seen;
        for (int i = 0; i < (int)nums.size(); ++i) {
            auto it = seen.find((long long)target - nums[i]);
            if (it != seen.end()) return {it->second, i};
            seen.emplace(nums[i], i);
        }
        return {};
    }
};
