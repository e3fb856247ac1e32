class Solution {
    public int searchRotated(int[] ring, int target) {
        int lo = 0, hi = ring.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ring[mid] == target) return mid;
            if (ring[lo] <= ring[mid]) {
                if (ring[lo] <= target && target < ring[mid]) hi = mid - 1;
                else lo = mid + 1;
            } else if (ring[mid] < target && target <= ring[hi]) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
}
