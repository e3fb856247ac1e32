// Wrong: stores the value before looking, so a value that is half the target pairs with itself.
class Solution {
public:
    vector<int> pairWithSum(vector<int>& nums, int target) {
        unordered_map<long long, int> seen;
        for (int i = 0; i < (int)nums.size(); ++i) {
            seen[nums[i]] = i;
            auto it = seen.find((long long)target - nums[i]);
            if (it != seen.end()) return {min(it->second, i), max(it->second, i)};
        }
        return {};
    }
};
