// A list in recency order plus a map from key to list position: O(1) get and put.
class LRUCache {
    int capacity;
    list<pair<int, int>> order;  // most recent first
    unordered_map<int, list<pair<int, int>>::iterator> at;
public:
    LRUCache(int capacity) : capacity(capacity) {}
    int get(int key) {
        auto it = at.find(key);
        if (it == at.end()) return -1;
        order.splice(order.begin(), order, it->second);
        return it->second->second;
    }
    void put(int key, int value) {
        auto it = at.find(key);
        if (it != at.end()) {
            it->second->second = value;
            order.splice(order.begin(), order, it->second);
            return;
        }
        if ((int)order.size() >= capacity) {
            at.erase(order.back().first);
            order.pop_back();
        }
        order.emplace_front(key, value);
        at[key] = order.begin();
    }
};
