// Binary search: one half of [lo, hi] is always sorted; keep the half that can hold the target.
class Solution {
public:
    int searchRotated(vector<int>& ring, int target) {
        int lo = 0, hi = (int)ring.size() - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (ring[mid] == target) return mid;
            if (ring[lo] <= ring[mid]) {
                if (ring[lo] <= target && target < ring[mid]) hi = mid - 1;
                else lo = mid + 1;
            } else if (ring[mid] < target && target <= ring[hi]) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
};
