// Two pointers: the lower side's running maximum bounds the water above it. O(n), O(1).
class Solution {
public:
    long long trappedWater(vector<int>& heights) {
        int lo = 0, hi = (int)heights.size() - 1;
        long long leftMax = 0, rightMax = 0, water = 0;
        while (lo < hi) {
            if (heights[lo] < heights[hi]) {
                leftMax = max<long long>(leftMax, heights[lo]);
                water += leftMax - heights[lo++];
            } else {
                rightMax = max<long long>(rightMax, heights[hi]);
                water += rightMax - heights[hi--];
            }
        }
        return water;
    }
};
