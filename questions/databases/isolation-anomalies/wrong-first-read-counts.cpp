// For a lost update, looks at the transaction's first read of the item instead of its last read
// before the write, so re-reading the fresh value before writing it is still called a lost update.
class Solution {
    struct Op {
        char kind;
        int txn;
        string item;  // empty for commit and abort
        int at;
    };

public:
    vector<string> isolationAnomalies(vector<string>& history) {
        vector<Op> reads, writes;
        map<int, int> ended, committed;  // txn -> position of its commit or abort / of its commit
        for (int at = 0; at < (int)history.size(); ++at) {
            const string& s = history[at];
            size_t open = s.find('(');
            int txn = stoi(s.substr(1, open == string::npos ? string::npos : open - 1));
            string item = open == string::npos ? "" : s.substr(open + 1, s.size() - open - 2);
            Op op{s[0], txn, item, at};
            if (op.kind == 'r') reads.push_back(op);
            else if (op.kind == 'w') writes.push_back(op);
            else {
                ended[txn] = at;
                if (op.kind == 'c') committed[txn] = at;
            }
        }
        auto endOf = [&](int txn) { auto it = ended.find(txn); return it == ended.end() ? INT_MAX : it->second; };
        set<string> found;

        // Dirty read: the item was written earlier by a transaction still running at the read.
        for (const Op& r : reads)
            for (const Op& w : writes)
                if (w.item == r.item && w.txn != r.txn && w.at < r.at && endOf(w.txn) > r.at) found.insert("dirty-read");

        // Non-repeatable read: a writer of the item commits between two reads of it by one transaction.
        for (const Op& a : reads)
            for (const Op& b : reads) {
                if (a.txn != b.txn || a.item != b.item || a.at >= b.at) continue;
                for (const Op& w : writes) {
                    auto c = committed.find(w.txn);
                    if (w.item == a.item && w.txn != a.txn && c != committed.end() && c->second > a.at && c->second < b.at)
                        found.insert("non-repeatable-read");
                }
            }

        map<int, set<string>> writeSet;
        for (const Op& w : writes) writeSet[w.txn].insert(w.item);
        // Position of t's read of item before position `before`, or -1.
        auto lastRead = [&](int t, const string& item, int before) {
            for (const Op& r : reads)
                if (r.txn == t && r.item == item && r.at < before) return r.at;
            return -1;
        };
        for (auto& [i, ci] : committed)
            for (auto& [j, cj] : committed) {
                if (i == j) continue;
                const set<string>& wi = writeSet[i];
                const set<string>& wj = writeSet[j];
                // Lost update: i commits after j, and one of i's writes of an item j wrote was computed
                // from a read made before j committed.
                if (ci > cj)
                    for (const Op& w : writes) {
                        if (w.txn != i || !wj.count(w.item)) continue;
                        int p = lastRead(i, w.item, w.at);
                        if (p >= 0 && p < cj) found.insert("lost-update");
                    }
                // Write skew: disjoint non-empty write sets, each read (before the other committed)
                // an item the other wrote.
                if (wi.empty() || wj.empty()) continue;
                bool common = any_of(wi.begin(), wi.end(), [&](const string& x) { return wj.count(x) > 0; });
                if (common) continue;
                bool iReadsJ = any_of(reads.begin(), reads.end(), [&](const Op& r) { return r.txn == i && wj.count(r.item) && r.at < cj; });
                bool jReadsI = any_of(reads.begin(), reads.end(), [&](const Op& r) { return r.txn == j && wi.count(r.item) && r.at < ci; });
                if (iReadsJ && jReadsI) found.insert("write-skew");
            }
        return vector<string>(found.begin(), found.end());
    }
};
