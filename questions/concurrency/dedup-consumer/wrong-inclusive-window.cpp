// Off by one at the window's edge: an id is still treated as remembered when exactly windowMs has
// passed, so a redelivery at t + windowMs is dropped although the queue's promise has run out.
class DedupConsumer {
    long long windowMs;
    unordered_map<string, long long> appliedAt;
    deque<pair<long long, string>> order;

    void evict(long long now) {
        while (!order.empty() && now - order.front().first > windowMs) {
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
