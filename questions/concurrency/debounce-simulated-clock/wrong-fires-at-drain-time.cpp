// Stamps a firing with the time it was noticed (the next event or drain), not the time it was due.
class Debouncer {
    long long wait;
    bool pending = false;
    long long due = 0;
    Json value;
    vector<tuple<long long, Json>> fired;

    void advance(long long t) {
        if (pending && due <= t) {
            fired.emplace_back(t, value);
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
