// The outbox is the list of unsent rows in commit order. A poll takes the first batchSize of them,
// skips rows of aggregates that already had a refusal in this run (per-aggregate order), publishes
// the rest, and only afterwards marks the delivered rows sent, so a crash costs a duplicate, never
// a lost event.
class OutboxRelay {
    size_t batchSize;
    vector<pair<string, string>> unsent;  // (eventId, aggregate), oldest first

public:
    OutboxRelay(int batchSize) : batchSize(batchSize) {}

    void commit(string eventId, string aggregate) { unsent.emplace_back(eventId, aggregate); }

    vector<string> poll(vector<string>& rejected, bool crash) {
        unordered_set<string> refused(rejected.begin(), rejected.end());
        unordered_set<string> blocked;  // aggregates with a refused event in this run
        vector<string> delivered;
        vector<bool> sent(unsent.size(), false);
        size_t batch = min(batchSize, unsent.size());
        for (size_t i = 0; i < batch; ++i) {
            const auto& [id, aggregate] = unsent[i];
            if (blocked.count(aggregate)) continue;
            if (refused.count(id)) {
                blocked.insert(aggregate);
                continue;
            }
            delivered.push_back(id);
            sent[i] = true;
        }
        if (!crash) {  // the relay survived to mark what the broker acknowledged
            vector<pair<string, string>> still;
            for (size_t i = 0; i < unsent.size(); ++i)
                if (!sent[i]) still.push_back(move(unsent[i]));
            unsent.swap(still);
        }
        return delivered;
    }

    int pending() { return int(unsent.size()); }
};
