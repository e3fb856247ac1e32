// A map from id to the time it was last applied answers "duplicate?" in O(1); a FIFO of
// (time, id) in application order says which ids expire next. Each process call first pops every
// entry whose window has passed, erasing the id only if that entry is its latest application.
class DedupConsumer {
    long long windowMs;
    unordered_map<string, long long> appliedAt;
    deque<pair<long long, string>> order;

    void evict(long long now) {
        while (!order.empty() && now - order.front().first >= windowMs) {
            auto& [t, id] = order.front();
            auto it = appliedAt.find(id);
            if (it != appliedAt.end() && it->second == t) appliedAt.erase(it);
            order.pop_front();
        }
    }

public:
    DedupConsumer(int windowMs) : windowMs(windowMs) {}

    bool process(string messageId, int nowMs) {
        evict(nowMs);
        if (appliedAt.count(messageId)) return false;
        appliedAt[messageId] = nowMs;
        order.emplace_back(nowMs, messageId);
        return true;
    }

    int remembered() { return int(appliedAt.size()); }
};
