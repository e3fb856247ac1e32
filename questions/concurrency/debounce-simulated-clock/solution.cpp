// One pending value and the time it is due; a new event replaces both. Before an event or a drain
// at time t, the pending value fires if it is due by t, stamped with its own due time.
class Debouncer {
    long long wait;
    bool pending = false;
    long long due = 0;
    Json value;  // any JSON value: kept as it came, never read
    vector<tuple<long long, Json>> fired;

    void advance(long long t) {
        if (pending && due <= t) {
            fired.emplace_back(due, value);
            pending = false;
        }
    }

public:
    Debouncer(int waitMs) : wait(waitMs) {}

    void call(long long t, Json& v) {
        advance(t);
        pending = true;
        due = t + wait;
        value = v;
    }

    vector<tuple<long long, Json>> drain(long long t) {
        advance(t);
        vector<tuple<long long, Json>> out;
        out.swap(fired);
        return out;
    }
};
