import java.util.*;

class Solution {
    public int[] waitForHigher(int[] loads) {
        int[] out = new int[loads.length];
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < loads.length; i++) {
            while (!stack.isEmpty() && loads[stack.peek()] < loads[i]) {
                int j = stack.pop();
                out[j] = i - j;
            }
            stack.push(i);
        }
        return out;
    }
}
