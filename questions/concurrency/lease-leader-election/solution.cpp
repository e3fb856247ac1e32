// Only the current grant matters: its holder, its token and when it expires, plus the number of
// grants so far (the newest token). A lease is live while a holder exists and now < expiresAt;
// every operation checks that first, and storage accepts a write only under the live, newest token.
class LeaseStore {
    long long leaseMs;
    optional<string> holder;
    int newest = 0;           // the highest token granted; 0 before any grant
    long long expiresAt = 0;

    bool live(long long now) const { return holder && now < expiresAt; }

public:
    LeaseStore(int leaseMs) : leaseMs(leaseMs) {}

    int acquire(string node, int now) {
        if (live(now)) return *holder == node ? newest : -1;
        holder = node;
        ++newest;
        expiresAt = (long long)now + leaseMs;
        return newest;
    }

    bool renew(string node, int now) {
        if (!live(now) || *holder != node) return false;
        expiresAt = (long long)now + leaseMs;
        return true;
    }

    string leader(int now) { return live(now) ? *holder : ""; }

    bool write(int token, int now) { return live(now) && token == newest; }
};
