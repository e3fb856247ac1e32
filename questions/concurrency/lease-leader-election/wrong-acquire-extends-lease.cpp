// Acquiring again while holding the lease also pushes its expiry forward, as if it were a renew: a
// leader that keeps calling acquire stays leader past the expiry it was granted.
class LeaseStore {
    long long leaseMs;
    optional<string> holder;
    int newest = 0;           // the highest token granted; 0 before any grant
    long long expiresAt = 0;

    bool live(long long now) const { return holder && now < expiresAt; }

public:
    LeaseStore(int leaseMs) : leaseMs(leaseMs) {}

    int acquire(string node, int now) {
        if (live(now)) {
            if (*holder != node) return -1;
            expiresAt = (long long)now + leaseMs;
            return newest;
        }
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
