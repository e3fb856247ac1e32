// Exclusive locks, so a waiting transaction has one outgoing edge in the wait-for graph: the holder
// of the resource it waits for. Before queueing txn behind a holder, follow that chain from the
// holder; reaching txn means a cycle, and txn is aborted through release. A waiter remembers the
// resource, not the holder, so a hand-over re-points every edge at once.
class LockManager {
    unordered_map<string, string> holderOf;         // resource -> txn holding it
    unordered_map<string, deque<string>> queue;     // resource -> waiting txns, oldest first
    unordered_map<string, string> waitingFor;       // txn -> resource it waits for
    unordered_map<string, vector<string>> held;     // txn -> resources it holds

    void grant(const string& txn, const string& resource) {
        holderOf[resource] = txn;
        held[txn].push_back(resource);
    }

public:
    LockManager() {}

    string acquire(string txn, string resource) {
        auto h = holderOf.find(resource);
        if (h == holderOf.end()) {
            grant(txn, resource);
            return "granted";
        }
        if (h->second == txn) return "granted";
        // Walk holder -> the resource it waits for -> that resource's holder ...
        for (string t = h->second;;) {
            if (t == txn) {
                release(txn);
                return "deadlock";
            }
            auto w = waitingFor.find(t);
            if (w == waitingFor.end()) break;
            t = holderOf.at(w->second);
        }
        queue[resource].push_back(txn);
        waitingFor[txn] = resource;
        return "waiting";
    }

    vector<string> release(string txn) {
        auto w = waitingFor.find(txn);
        if (w != waitingFor.end()) {
            deque<string>& q = queue[w->second];
            q.erase(find(q.begin(), q.end(), txn));
            waitingFor.erase(w);
        }
        vector<string> granted;
        auto h = held.find(txn);
        if (h == held.end()) return granted;
        vector<string> resources = move(h->second);
        held.erase(h);
        for (const string& resource : resources) {
            deque<string>& q = queue[resource];
            if (q.empty()) {
                holderOf.erase(resource);
                continue;
            }
            string next = q.front();
            q.pop_front();
            waitingFor.erase(next);
            grant(next, resource);
            granted.push_back(next);
        }
        sort(granted.begin(), granted.end());
        return granted;
    }

    optional<string> holder(string resource) {
        auto h = holderOf.find(resource);
        if (h == holderOf.end()) return nullopt;
        return h->second;
    }
};
