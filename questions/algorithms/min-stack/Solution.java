import java.util.*;

class MinStack {
    private final Deque<int[]> items = new ArrayDeque<>();

    public MinStack() {
    }

    public void push(int x) {
        int current = items.isEmpty() ? x : Math.min(x, items.peek()[1]);
        items.push(new int[] { x, current });
    }

    public void pop() {
        items.pop();
    }

    public int top() {
        return items.peek()[0];
    }

    public int getMin() {
        return items.peek()[1];
    }
}
