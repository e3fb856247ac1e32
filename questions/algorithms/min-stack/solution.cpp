// Each entry keeps the minimum of the stack below it: every operation O(1).
class MinStack {
    vector<pair<int, int>> items;  // value, minimum so far
public:
    MinStack() {}
    void push(int x) { items.emplace_back(x, items.empty() ? x : min(x, items.back().second)); }
    void pop() { items.pop_back(); }
    int top() { return items.back().first; }
    int getMin() { return items.back().second; }
};
