import java.util.*;

// Keep only the k largest latencies in a min-heap: its top is the k-th largest. A new value joins
// while the heap holds fewer than k, and otherwise replaces the top only when it is larger, so each
// add costs O(log k). The initial list goes through the same rule.
class KthLargest {
    private final int k;
    private final PriorityQueue<Integer> heap = new PriorityQueue<>();

    public KthLargest(int k, int[] nums) {
        this.k = k;
        for (int x : nums) offer(x);
    }

    public int add(int val) {
        offer(val);
        return heap.size() == k ? heap.peek() : -1;
    }

    private void offer(int x) {
        if (heap.size() < k) {
            heap.add(x);
        } else if (x > heap.peek()) {
            heap.poll();
            heap.add(x);
        }
    }
}
