// Fills the batch with deliveries: it keeps reading past skipped and refused rows until batchSize
// events went out, so a run stuck behind a refusal reaches further into the outbox than its batch.
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
        for (size_t i = 0; i < unsent.size() && delivered.size() < batchSize; ++i) {
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
