// Every committed write is kept as a version stamped with its commit's sequence number, and a
// transaction's snapshot is the number of commits before it began. A read walks the key's versions
// newest first to the last one inside the snapshot. At commit, a key "changed after begin" when its
// newest version is stamped after the snapshot: that check runs over the write set (first committer
// wins) and, in serializable mode, over the keys read from the snapshot too.
class MvccStore {
    struct Txn {
        long long snapshot = 0;
        unordered_map<string, int> writes;  // buffered, newest value per key
        unordered_set<string> reads;        // keys read from the snapshot
    };

    bool serializable;
    long long commits = 0;
    unordered_map<string, vector<pair<long long, int>>> versions;  // key -> (commit seq, value), oldest first
    unordered_map<string, Txn> open;

    bool changedSince(const string& key, long long snapshot) const {
        auto it = versions.find(key);
        return it != versions.end() && it->second.back().first > snapshot;
    }

public:
    MvccStore(bool serializable) : serializable(serializable) {}

    void begin(string txn) { open[txn].snapshot = commits; }

    optional<int> read(string txn, string key) {
        Txn& t = open.at(txn);
        auto own = t.writes.find(key);
        if (own != t.writes.end()) return own->second;
        t.reads.insert(key);
        auto it = versions.find(key);
        if (it == versions.end()) return nullopt;
        const auto& vs = it->second;
        for (auto v = vs.rbegin(); v != vs.rend(); ++v)
            if (v->first <= t.snapshot) return v->second;
        return nullopt;
    }

    void write(string txn, string key, int value) { open.at(txn).writes[key] = value; }

    bool commit(string txn) {
        Txn t = move(open.at(txn));
        open.erase(txn);
        if (t.writes.empty()) return true;
        for (const auto& [key, value] : t.writes)
            if (changedSince(key, t.snapshot)) return false;
        if (serializable)
            for (const string& key : t.reads)
                if (changedSince(key, t.snapshot)) return false;
        ++commits;
        for (const auto& [key, value] : t.writes) versions[key].emplace_back(commits, value);
        return true;
    }

    void rollback(string txn) { open.erase(txn); }
};
