// Records whom a waiter waits for as the holder at the time it queued, and never updates it: after
// a hand-over the queued transactions still point at the old holder, so a cycle through the new
// holder goes unnoticed and both wait forever.
class LockManager {
    unordered_map<string, string> holderOf;         // resource -> txn holding it
    unordered_map<string, deque<string>> queue;     // resource -> waiting txns, oldest first
    unordered_map<string, string> waitingFor;       // txn -> resource it waits for
    unordered_map<string, vector<string>> held;     // txn -> resources it holds
    unordered_map<string, string> blockedBy;        // txn -> holder when it queued

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
            auto b = blockedBy.find(t);
            if (b == blockedBy.end()) break;
            t = b->second;
        }
        queue[resource].push_back(txn);
        waitingFor[txn] = resource;
        blockedBy[txn] = h->second;
        return "waiting";
    }

    vector<string> release(string txn) {
        auto w = waitingFor.find(txn);
        if (w != waitingFor.end()) {
            deque<string>& q = queue[w->second];
            q.erase(find(q.begin(), q.end(), txn));
            waitingFor.erase(w);
            blockedBy.erase(txn);
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
            blockedBy.erase(next);
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
