import java.util.*;

// Wrong: keeps the k largest in a TreeSet, which stores equal latencies once, so duplicates are not
// counted and the k-th largest comes out too small (or -1).
class KthLargest {
    private final int k;
    private final TreeSet<Integer> top = new TreeSet<>();

    public KthLargest(int k, int[] nums) {
        this.k = k;
        for (int x : nums) offer(x);
    }

    public int add(int val) {
        offer(val);
        return top.size() == k ? top.first() : -1;
    }

    private void offer(int x) {
        if (top.size() < k) {
            top.add(x);
        } else if (x > top.first()) {
            top.pollFirst();
            top.add(x);
        }
    }
}
